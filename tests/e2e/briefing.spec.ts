import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { keepScreenshot, waitForMap, waitForMapIdle, watchPage } from './support';

/** Waits until the briefing's map image is rendered and loaded (its signal, then the <img> itself). */
async function waitForBriefing(page: Page) {
	await expect(page.locator('main.briefing')).toHaveAttribute('data-briefing', 'ready', { timeout: 120_000 });
	const image = page.locator('figure.map img');
	await expect(image).toBeVisible();
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1920);
}

/** The number of pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test.describe('the print briefing', () => {
	test('opens from the main page for the view shown, prints on at most two A4 and Letter pages, with the map image loaded', async ({ page, baseURL }, testInfo) => {
		test.setTimeout(180_000);
		const watch = watchPage(page, baseURL!);
		await page.goto('/?select=region:UA-14&view=claims');
		await waitForMap(page);
		await waitForMapIdle(page);
		await page.getByRole('link', { name: 'Briefing' }).click();
		await expect(page).toHaveURL(/\/briefing\/\?select=region%3AUA-14|\/briefing\/\?select=region:UA-14/);
		await waitForBriefing(page);

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frontline Atlas briefing: Donetsk Oblast');
		await expect(page.locator('.as-of')).toContainText('As DeepStateMap assessed it on 13 March 2025');
		await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
		await expect(page.locator('.claims > li')).toHaveCount(7);
		await expect(page.locator('.claims')).toContainText('The article says: “the nearly 2,000-kilometer front line”');
		await expect(page.locator('.timeline li').first()).toContainText('2014');
		await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Sources and their terms' }) })).toContainText('DEEPSTATEUATECH');
		await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Back to the map' })).toHaveAttribute('href', /\?select=region(%3A|:)UA-14/);

		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
		await keepScreenshot(page, testInfo, 'briefing-1280x800');

		mkdirSync('test-results/screenshots', { recursive: true });
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format });
			writeFileSync(`test-results/screenshots/briefing-${format}.pdf`, pdf);
			const pages = pageCount(pdf);
			expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
			expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
		}
		// On paper: no controls.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.screenshot({ path: 'test-results/screenshots/briefing-print-a4.png', fullPage: true });
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
	});

	test('says why there is no map image when it cannot be drawn, and keeps the rest', async ({ page }) => {
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
				return type.startsWith('webgl') ? null : original.call(this, type as '2d', ...(rest as []));
			} as typeof original;
		});
		await page.goto('/briefing/?select=region:UA-99&theme=blue');
		await expect(page.locator('main.briefing')).toHaveAttribute('data-briefing', 'failed', { timeout: 60_000 });
		await expect(page.locator('.placeholder')).toContainText('No map image: This browser cannot draw the map for the image');
		await expect(page.getByRole('status').filter({ hasText: 'Ignored part of the link' })).toContainText('select (unknown region)');
		await expect(page.getByRole('status').filter({ hasText: 'Ignored part of the link' })).toContainText('theme (neither light nor dark)');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frontline Atlas briefing: Ukraine');
		await expect(page.locator('.claims > li')).toHaveCount(7);
	});
});
