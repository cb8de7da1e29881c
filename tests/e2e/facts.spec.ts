import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { keepScreenshot, mapPixels, openMapLayers, waitForMap, watchPage } from './support';

// Colours of the occupied fills (src/lib/map/themes.ts): the ground between the hatch lines of the
// part occupied since 2022, and the solid fill of the part occupied before.
const lightOccupiedSince = '#f3c9bd';
const lightOccupiedBefore = '#9a3d31';
const darkSea = '#0f1b26';

const asOf = '2025-03-13';
/**
 * The figures the pipeline measured; the panel must show exactly these, never typed-in ones. Read
 * from the build the tests serve when it is not the default one (it holds a copy of static/data).
 */
const dataDir = process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/data` : 'static/data';
const figures = JSON.parse(readFileSync(`${dataDir}/facts/${asOf}/figures.json`, 'utf8'));

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const rounded = (value: number, step: number) => number.format(Math.round(value / step) * step);
const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

const layerNames = ['Occupied territory', 'Contact line', 'Annexation claims', 'Ukrainian-held ground in Kursk', 'Active border front'];

async function occupiedShare(page: Page) {
	const pixels = await mapPixels(page);
	return pixels.share(lightOccupiedSince) + pixels.share(lightOccupiedBefore);
}

test.describe('the facts layers', () => {
	for (const [width, height] of [
		[1280, 800],
		[3840, 2160]
	] as const) {
		test(`draws the facts with a legend and figures at ${width}x${height}, offline and without errors`, async ({ page, baseURL }, testInfo) => {
			const watch = watchPage(page, baseURL!);
			// The hatch is made in code when the style asks for it; MapLibre only warns when it is not.
			const missingImages: string[] = [];
			page.on('console', (message) => {
				if (/could not be loaded/.test(message.text())) missingImages.push(message.text());
			});
			await page.setViewportSize({ width, height });
			await page.goto('/');
			await waitForMap(page);
			await openMapLayers(page);

			for (const name of layerNames) await expect(page.getByRole('checkbox', { name })).toBeChecked();
			// The date the map shows, in the panel and on the map itself.
			const panel = page.getByRole('complementary', { name: 'About this map' });
			await expect(panel.getByText('As of 13 March 2025', { exact: true })).toBeVisible();
			await expect(page.locator('.map-frame').getByText('As of 13 March 2025')).toBeVisible();
			expect(await occupiedShare(page)).toBeGreaterThan(0.01);

			expect(watch.foreignRequests).toEqual([]);
			expect(watch.localRequests.some((url) => url.endsWith(`/data/facts/${asOf}/occupied.geojson`))).toBe(true);
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.pageErrors).toEqual([]);
			expect(missingImages).toEqual([]);
			await keepScreenshot(page, testInfo, `facts-light-${width}x${height}`);
		});
	}

	test('turns the occupied territory off and on again', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await openMapLayers(page);
		const before = await occupiedShare(page);
		expect(before).toBeGreaterThan(0.01);

		const toggle = page.getByRole('checkbox', { name: 'Occupied territory' });
		await toggle.uncheck();
		await expect(toggle).not.toBeChecked();
		await expect.poll(() => occupiedShare(page), { timeout: 30_000 }).toBeLessThan(before / 10);

		// From the keyboard this time.
		await toggle.focus();
		await page.keyboard.press('Space');
		await expect(toggle).toBeChecked();
		await expect.poll(() => occupiedShare(page), { timeout: 30_000 }).toBeGreaterThan(before * 0.9);
	});

	test('shows the figures measured by the pipeline', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await openMapLayers(page);
		const row = (term: string | RegExp) => page.locator('dl.figures > div').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd');
		await expect(row('Occupied territory of Ukraine')).toHaveText(`${rounded(figures.ukraine.occupiedKm2, 100)} km²`);
		await expect(row('Share of Ukraine occupied')).toHaveText(percent.format(figures.ukraine.occupiedShare));
		await expect(row('Length of the contact line')).toHaveText(`${rounded(figures.contactLine.totalKm, 10)} km`);
		await expect(row('Kursk held at peak')).toHaveText(`${rounded(figures.kursk.peak.heldKm2, 10)} km²`);
		const now = figures.kursk.snapshots.find((s: { date: string }) => s.date === asOf) ?? figures.kursk.latest;
		await expect(row(/Kursk held, \d/)).toHaveText(`${rounded(now.heldKm2, 10)} km²`);
		await expect(page.getByText('Measured with Turf on the geometry this map draws')).toBeVisible();
	});

	test('picks a Kursk date, defaulting to the article date', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await openMapLayers(page);
		const select = page.getByRole('combobox', { name: 'Kursk date' });
		await expect(select).toHaveValue(figures.kursk.snapshots.some((s: { date: string }) => s.date === asOf) ? asOf : figures.kursk.latest.date);
		// Only dates up to the article's: the map never shows what came after.
		const options = await select.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
		expect(options.every((date) => date <= asOf)).toBe(true);
		expect(options).toContain(figures.kursk.peak.date);
		await select.selectOption(figures.kursk.peak.date);
		await expect(select).toHaveValue(figures.kursk.peak.date);
	});

	test('draws the facts on the dark map too', async ({ page, baseURL }, testInfo) => {
		const watch = watchPage(page, baseURL!);
		await page.goto('/');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Dark map' }).click();
		await expect.poll(async () => (await mapPixels(page)).share(darkSea), { timeout: 30_000 }).toBeGreaterThan(0.03);
		await openMapLayers(page);
		for (const name of layerNames) await expect(page.getByRole('checkbox', { name })).toBeChecked();
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
		await keepScreenshot(page, testInfo, 'facts-dark-1280x800');
	});

	test('has no serious or critical accessibility violations, light or dark', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		for (let pass = 0; pass < 2; pass++) {
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
			await page.getByRole('button', { name: 'Dark map' }).click();
		}
	});

	test('names the facts file that cannot be read', async ({ page }) => {
		await page.route(`**/data/facts/${asOf}/occupied.geojson`, (route) => route.fulfill({ status: 404, body: 'missing' }));
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('The map data could not be loaded');
		await expect(page.getByRole('alert')).toContainText(`facts/${asOf}/occupied.geojson`);
		await expect(page.getByRole('alert')).toContainText('404');
	});
});
