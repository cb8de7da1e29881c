import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { keepScreenshot, mapPixels, openMapLayers, waitForMap, waitForMapIdle, watchPage } from './support';

// Colours of the occupied fills (src/lib/map/themes.ts): the ground between the hatch lines of the
// part occupied since 2022, and the solid fill of the part occupied before.
const lightOccupiedSince = '#f3c9bd';
const lightOccupiedBefore = '#9a3d31';
const darkSea = '#0f1b26';
// Contested ground, and Ukrainian-held ground in Kursk, on the light map.
const lightContested = '#909090';
const lightKurskHeld = '#8db4e2';

const asOf = '2025-03-13';
/**
 * The figures the pipeline measured; the panel must show exactly these, never typed-in ones. Read
 * from the build the tests serve when it is not the default one (it holds a copy of static/data).
 */
const dataDir = process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/data` : 'static/data';
const figures = JSON.parse(readFileSync(`${dataDir}/facts/${asOf}/figures.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${dataDir}/manifest.json`, 'utf8'));
const snapshots = [...new Set(manifest.layers.filter((l: { kind: string }) => l.kind === 'contact-line').map((l: { asOf: string }) => l.asOf))].sort();

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const rounded = (value: number, step: number) => number.format(Math.round(value / step) * step);
const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

const layerNames = ['Occupied territory', 'Contested ground', 'Contact line', 'Regions Russia claims to have annexed', 'Ukrainian-held ground in Kursk oblast', 'Active border front'];
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = (date: string) => new Date(`${date}T00:00:00Z`);

async function occupiedShare(page: Page) {
	const pixels = await mapPixels(page);
	return pixels.share(lightOccupiedSince) + pixels.share(lightOccupiedBefore);
}

test.describe('the facts layers', () => {
	// At 1280×800; the first view at 3840×2160, facts included, is checked in basemap.spec.ts.
	for (const [width, height] of [[1280, 800]] as const) {
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
			// The date the map shows, credited to its source, in the panel and on the map itself.
			const panel = page.getByRole('complementary', { name: 'About this map' });
			await expect(panel.getByText('Front as DeepStateMap assessed it on 13 March 2025', { exact: true })).toBeVisible();
			await expect(page.locator('.map-frame').getByText('As DeepStateMap assessed it on 13 March 2025', { exact: true })).toBeVisible();
			await expect(page.getByRole('region', { name: 'Map of Ukraine and its neighbours' })).toHaveAccessibleDescription(/as DeepStateMap assessed it on 13 March 2025.*contested/);
			await expect(page.getByRole('combobox', { name: 'Front as of' })).toHaveValue(asOf);
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
		await expect(row('Contested (DeepStateMap: unknown status)')).toHaveText(`${rounded(figures.ukraine.contestedKm2, 10)} km²`);
		await expect(row('Length of the contact line')).toHaveText(`${rounded(figures.contactLine.totalKm, 10)} km`);
		// Kursk: held and contested at the largest of the dates shown and at the latest.
		const kursk = page.getByRole('table', { name: /Kursk oblast, as DeepStateMap assessed it/ });
		for (const [date, label] of [
			[figures.kursk.peak, /largest of the dates shown/],
			[figures.kursk.latest, new RegExp(shortDate.format(day(figures.kursk.latest.date)))]
		] as const) {
			const cells = kursk.getByRole('row', { name: label }).getByRole('cell');
			await expect(cells.nth(0)).toHaveText(`${rounded(date.heldKm2, 10)} km²`);
			await expect(cells.nth(1)).toHaveText(`${rounded(date.contestedKm2, 10)} km²`);
		}
		await expect(page.getByText('Measured with Turf on the geometry this map draws')).toBeVisible();
	});

	test('lists contested ground in the legend, in Ukraine and in Kursk, in the same look', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await openMapLayers(page);
		const contested = page.getByRole('checkbox', { name: 'Contested ground' });
		await expect(contested).toHaveAccessibleDescription(/DeepStateMap: unknown status; counted neither as occupied nor as Ukrainian-held/);
		await expect(page.getByRole('checkbox', { name: 'Ukrainian-held ground in Kursk oblast' })).toHaveAccessibleDescription(/contested \(DeepStateMap: unknown status\)/);
		await expect(page.getByRole('checkbox', { name: 'Regions Russia claims to have annexed' })).toHaveAccessibleDescription(/the whole region Russia claims; a claim, not control/);
		// One swatch for contested ground, wherever it is.
		const swatches = page.locator('.layers .key-swatch.key-contested');
		await expect(swatches).toHaveCount(2);
		const looks = await swatches.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
		expect(new Set(looks).size).toBe(1);
		// The app's own words: no "peak", "quiet", "under fire" or "no fighting".
		const legend = page.locator('section', { has: page.getByRole('heading', { name: 'On the map' }) });
		await expect(legend).not.toContainText(/\b(peak|quiet)\b|under fire|no fighting/i);
		await expect(legend).toContainText(`the largest of the dates shown`);

		// Switching it off leaves the occupied territory on.
		await contested.uncheck();
		await expect(page.getByRole('checkbox', { name: 'Occupied territory' })).toBeChecked();
	});

	test('offers every snapshot the data has under "Front as of", on the shown one', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await openMapLayers(page);
		const select = page.getByRole('combobox', { name: 'Front as of' });
		await expect(select).toBeEnabled();
		const options = await select.locator('option').evaluateAll((els) => els.map((e) => [(e as HTMLOptionElement).value, e.textContent?.trim()]));
		expect(options).toEqual(snapshots.map((date) => [date, longDate.format(day(date as string))]));
		await expect(select).toHaveValue(asOf);
	});

	test('loads another snapshot chosen under "Front as of", and every date on screen follows it', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		// A second, earlier snapshot: the same files listed under another date, as a new snapshot would be.
		const earlier = '2025-01-31';
		const copies = manifest.layers
			.filter((l: { asOf: string; kind: string }) => l.asOf === asOf && ['contact-line', 'occupied', 'contested', 'border', 'figures'].includes(l.kind))
			.map((l: { id: string }) => ({ ...l, id: `${l.id}-copy`, asOf: earlier }));
		await page.route('**/data/manifest.json', (route) => route.fulfill({ json: { ...manifest, layers: [...manifest.layers, ...copies] } }));
		await page.goto('/');
		await waitForMap(page);
		await openMapLayers(page);
		const select = page.getByRole('combobox', { name: 'Front as of' });
		await expect(select.locator('option')).toHaveText([...snapshots, earlier].sort().map((date) => longDate.format(day(date as string))));
		await expect(select).toHaveValue(asOf);

		await select.selectOption(earlier);
		const panel = page.getByRole('complementary', { name: 'About this map' });
		await expect(panel.getByText(`Front as DeepStateMap assessed it on ${longDate.format(day(earlier))}`, { exact: true })).toBeVisible();
		// Kursk offers no date after the snapshot's, and moves to the latest before it.
		const kurskDate = page.getByRole('combobox', { name: 'Kursk date' });
		const kurskOptions = await kurskDate.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
		expect(kurskOptions.length).toBeGreaterThan(0);
		expect(kurskOptions.every((date) => date <= earlier)).toBe(true);
		await expect(kurskDate).toHaveValue(kurskOptions.at(-1)!);
		// The badge names both dates: Kursk is not drawn as of the front's.
		const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
		await expect(page.getByTestId('as-of-badge')).toHaveText(`DeepStateMap: front ${shortDate.format(day(earlier))} · Kursk ${shortDate.format(day(kurskOptions.at(-1)!))}`);
		expect(watch.localRequests.filter((url) => url.endsWith(`/data/facts/${asOf}/contested.geojson`)).length).toBe(2);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
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
		// With the legend and the key figures open, so their text is checked too.
		await openMapLayers(page);
		for (let pass = 0; pass < 2; pass++) {
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
			await page.getByRole('button', { name: 'Dark map' }).click();
		}
	});

	// Close-ups where the conventions of the data show: the drained Kakhovka reservoir, the islands
	// of the lower Dnipro, and Kursk oblast on the article's date and on the largest of its dates.
	const closeUps = [
		{ name: 'kakhovka', at: '34.4,47.45,9', occupied: true },
		{ name: 'kherson', at: '32.65,46.63,10', occupied: true, contested: true },
		{ name: 'kursk', at: '35.2,51.2,9', kurskDates: [asOf, figures.kursk.peak.date as string] }
	];
	// At 1280×800 each; at 3840×2160 only Kursk, the one with the most text and outlines (every 4K
	// view costs SwiftShader seconds; the first view at 4K is checked in basemap.spec.ts).
	const sizes = [
		{ width: 1280, height: 800, names: closeUps.map((c) => c.name) },
		{ width: 3840, height: 2160, names: ['kursk'] }
	];
	for (const { width, height, names } of sizes) {
		for (const closeUp of closeUps.filter((c) => names.includes(c.name))) {
			test(`close-up of ${closeUp.name} at ${width}x${height}`, { tag: '@screenshot' }, async ({ page, baseURL }, testInfo) => {
				const watch = watchPage(page, baseURL!);
				await page.setViewportSize({ width, height });
				await page.goto(`/?at=${closeUp.at}`);
				await waitForMap(page);
				const pixels = await mapPixels(page);
				if (closeUp.occupied) expect(pixels.share(lightOccupiedSince) + pixels.share(lightOccupiedBefore)).toBeGreaterThan(0.005);
				if (closeUp.contested) expect(pixels.share(lightContested, 3)).toBeGreaterThan(0.0005);
				if (!closeUp.kurskDates) {
					await keepScreenshot(page, testInfo, `facts-${closeUp.name}-${width}x${height}`);
				} else {
					await openMapLayers(page);
					const select = page.getByRole('combobox', { name: 'Kursk date' });
					let held = 0;
					for (const date of closeUp.kurskDates) {
						await select.selectOption(date);
						await waitForMapIdle(page);
						// Each date covers another share of the view with the Ukrainian-held blue.
						const before = held;
						held = (await mapPixels(page)).share(lightKurskHeld, 3);
						expect(Math.abs(held - before)).toBeGreaterThan(0.001);
						expect(held).toBeGreaterThan(0.002);
						await keepScreenshot(page, testInfo, `facts-${closeUp.name}-${date}-${width}x${height}`);
					}
				}
				expect(watch.consoleErrors).toEqual([]);
				expect(watch.pageErrors).toEqual([]);
			});
		}
	}

	test('names the facts file that cannot be read, and draws everything else', async ({ page }) => {
		await page.route(`**/data/facts/${asOf}/occupied.geojson`, (route) => route.fulfill({ status: 404, body: 'missing' }));
		await page.goto('/');
		await waitForMap(page);
		const notice = page.getByTestId('data-notice');
		await expect(notice).toContainText(`facts/${asOf}/occupied.geojson`);
		await expect(notice).toContainText('404');
		await expect(notice).toContainText('the occupied territory');
		// The other facts layers are drawn and their figures given; the occupied layer says why it is off.
		await openMapLayers(page);
		await expect(page.getByRole('checkbox', { name: 'Occupied territory' })).toBeDisabled();
		await expect(page.getByRole('checkbox', { name: 'Contact line' })).toBeEnabled();
		await expect(page.getByRole('note').filter({ hasText: 'occupied.geojson could not be used' })).toBeVisible();
		expect(await occupiedShare(page)).toBeLessThan(0.001);
	});
});
