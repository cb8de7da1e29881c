import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { keepScreenshot, waitForMap, waitForMapIdle, watchPage } from './support';

interface FrontChange {
	from: string;
	to: string;
	gainedByRussiaKm2: number;
	regainedByUkraineKm2: number;
	occupiedToContestedKm2: number;
	byRegion: Array<{ id: string; name: string; gainedByRussiaKm2: number; regainedByUkraineKm2: number; occupiedToContestedKm2: number }>;
}
const figures = JSON.parse(readFileSync('static/data/facts/2025-03-13/figures.json', 'utf8')) as { changes: { front: FrontChange[] } };
const change = figures.changes.front.find((c) => c.from === '2024-08-06' && c.to === '2025-03-13')!;
/** As the table writes a figure: whole km², thousands separated; under 0.5 but not 0, "under 1". */
const written = (km2: number) => (km2 === 0 ? '0' : km2 < 0.5 ? 'under 1' : Math.round(km2).toLocaleString('en'));

async function expectTableFromFigures(page: Page) {
	const table = page.getByTestId('compare-table');
	await expect(table).toBeVisible();
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(change.byRegion.length);
	for (const region of change.byRegion) {
		const cells = table.locator(`tbody tr[data-region="${region.id}"] td`);
		await expect(cells).toHaveText([written(region.gainedByRussiaKm2), written(region.regainedByUkraineKm2), written(region.occupiedToContestedKm2)]);
	}
	await expect(table.locator('tfoot td')).toHaveText([written(change.gainedByRussiaKm2), written(change.regainedByUkraineKm2), written(change.occupiedToContestedKm2)]);
}

async function axeClean(page: Page) {
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test.describe('compare two dates', () => {
	test('compares 6 Aug 2024 with 13 Mar 2025 by keyboard, reads the km² from figures.json, and a reload restores it', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.goto('/');
		await waitForMap(page);
		const tab = page.getByRole('tab', { name: 'Compare' });
		await tab.focus();
		await page.keyboard.press('Enter');
		await expect(tab).toHaveAttribute('aria-selected', 'true');

		const panel = page.getByRole('tabpanel', { name: 'Compare' });
		await panel.getByLabel('From').selectOption('2024-08-06');
		await panel.getByLabel('to', { exact: true }).selectOption('2025-03-13');
		await panel.getByRole('button', { name: 'Compare', exact: true }).focus();
		await page.keyboard.press('Enter');
		await expectTableFromFigures(page);
		await expect(page).toHaveURL(/compare=2024-08-06\.\.2025-03-13/);
		await waitForMapIdle(page);
		// The key names what the map draws.
		await expect(page.getByTestId('compact-legend')).toContainText('Gained by Russia');

		// The toggle shows the earlier map under the change, and the badge says its date.
		await panel.getByRole('radio', { name: '6 August 2024' }).check();
		await waitForMapIdle(page);
		await expect(page.locator('.map-frame')).toContainText('6 August 2024');
		await expectTableFromFigures(page);

		await axeClean(page);

		await page.reload();
		await waitForMap(page);
		await page.getByRole('tab', { name: 'Compare' }).click();
		await expectTableFromFigures(page);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('gives the article’s context in one click, with numbers from the data', async ({ page }) => {
		await page.goto('/?view=compare');
		await waitForMap(page);
		await page.getByRole('button', { name: 'From the start of the Kursk incursion to the article’s day' }).click();
		const context = page.getByTestId('compare-context');
		await expect(context).toContainText(`Russia gained ${written(change.gainedByRussiaKm2)} km² in Ukraine`);
		const kursk = JSON.parse(readFileSync('static/data/facts/2025-03-13/figures.json', 'utf8')) as { kursk: { peak: { date: string } }; changes: { kursk: Array<{ from: string; to: string; lostByUkraineKm2: number }> } };
		const lost = kursk.changes.kursk.find((c) => c.from === kursk.kursk.peak.date && c.to === '2025-03-13')!;
		await expect(context).toContainText(`Ukraine had lost ${written(lost.lostByUkraineKm2)} km²`);
	});

	test('names a link’s pair the data cannot compare, without echoing it', async ({ page }) => {
		await page.goto('/?compare=2024-08-06..2024-08-27');
		await waitForMap(page);
		await expect(page.getByRole('status').filter({ hasText: 'Ignored part of the link' })).toContainText('compare (not two snapshots of the front, nor two dates of the Kursk layer)');
		await page.goto('/?compare=<b>x</b>');
		await waitForMap(page);
		const notice = page.getByRole('status').filter({ hasText: 'Ignored part of the link' });
		await expect(notice).toContainText('compare (not two dates written YYYY-MM-DD..YYYY-MM-DD)');
		await expect(notice).not.toContainText('<b>');
	});

	for (const [width, height] of [
		[1280, 800],
		[3840, 2160]
	] as const) {
		test(`screenshot of the compare chapter of the default deck at ${width}x${height} @screenshot`, async ({ page }, testInfo) => {
			await page.setViewportSize({ width, height });
			await page.goto('/present/?chapter=since-the-incursion');
			await expect(page.locator('main.present')).toHaveAttribute('data-chapter', 'since-the-incursion');
			await waitForMap(page);
			await waitForMapIdle(page);
			await expect(page.getByTestId('chapter-legend')).toContainText('Gained by Russia');
			await keepScreenshot(page, testInfo, `compare-chapter-${width}x${height}`);
		});

		test(`screenshot of the snapshot of 23 February 2022 at ${width}x${height} @screenshot`, async ({ page }, testInfo) => {
			await page.setViewportSize({ width, height });
			await page.goto('/?snapshot=2022-02-23&view=compare&compare=2022-02-23..2024-08-06');
			await waitForMap(page);
			await expect(page.getByTestId('compare-table')).toBeVisible();
			await page.getByRole('radio', { name: '23 February 2022' }).check();
			await waitForMapIdle(page);
			await keepScreenshot(page, testInfo, `snapshot-2022-02-23-${width}x${height}`);
		});

		test(`screenshot of the compare view at ${width}x${height} @screenshot`, async ({ page }, testInfo) => {
			await page.setViewportSize({ width, height });
			await page.goto('/?view=compare&compare=2024-08-06..2025-03-13&at=37.6,48.2,7');
			await waitForMap(page);
			await expect(page.getByTestId('compare-table')).toBeVisible();
			await waitForMapIdle(page);
			await keepScreenshot(page, testInfo, `compare-${width}x${height}`);
		});
	}
});
