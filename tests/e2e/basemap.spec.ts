import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { keepScreenshot, mapPixels, waitForMap, waitForMapIdle, watchPage } from './support';

// Colours of the light basemap (src/lib/map/themes.ts).
const lightSea = '#cddde6';
const lightLand = '#ebe8e1';
const lightUkraine = '#faf8f3';
const darkSea = '#0f1b26';
// The occupied fills (see facts.spec.ts).
const lightOccupiedSince = '#f3c9bd';
const lightOccupiedBefore = '#9a3d31';

test.describe('the basemap', () => {
	for (const [width, height] of [
		[1280, 800],
		[3840, 2160]
	] as const) {
		test(`paints a labelled map of Ukraine at ${width}x${height}, offline and without errors`, async ({ page, baseURL }, testInfo) => {
			const watch = watchPage(page, baseURL!);
			await page.setViewportSize({ width, height });
			await page.goto('/');
			await waitForMap(page);

			const pixels = await mapPixels(page);
			// Sea, land and Ukraine each cover a real part of the view: the data was drawn, not just a background.
			expect(pixels.share(lightSea)).toBeGreaterThan(0.03);
			expect(pixels.share(lightLand)).toBeGreaterThan(0.1);
			expect(pixels.share(lightUkraine)).toBeGreaterThan(0.1);
			expect(pixels.distinctColours(0.001)).toBeGreaterThan(5);
			// Borders, dots and text are dark strokes on a light map.
			expect(pixels.darkerThan(110)).toBeGreaterThan(0.001);
			// The facts over it (facts.spec.ts checks them in detail at 1280×800): the occupied fills and the date.
			expect(pixels.share(lightOccupiedSince) + pixels.share(lightOccupiedBefore)).toBeGreaterThan(0.01);
			await expect(page.locator('.map-frame').getByText('As DeepStateMap assessed it on 13 March 2025', { exact: true })).toBeVisible();

			// Labels MapLibre has placed, as the map's accessible description reports them.
			const description = page.getByTestId('view-description');
			await expect(description).toContainText('Ukraine');
			await expect(description).toContainText('Kyiv');
			await expect(description).toContainText('Kharkiv');
			// Fonts come from this server, in Latin and Cyrillic subsets.
			expect(watch.localRequests.some((url) => /noto-sans-latin-400-normal.*\.woff2$/.test(url))).toBe(true);
			expect(watch.localRequests.some((url) => /noto-sans-cyrillic-400-normal.*\.woff2$/.test(url))).toBe(true);

			expect(watch.foreignRequests).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.pageErrors).toEqual([]);
			await keepScreenshot(page, testInfo, `basemap-light-${width}x${height}`);
		});
	}

	test("labels Crimea's cities and the Russian border regions in the first view", async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const description = page.getByTestId('view-description');
		for (const city of ['Simferopol', 'Sevastopol', 'Kursk', 'Belgorod', 'Bryansk', 'Minsk', 'Warsaw', 'Rostov-on-Don']) {
			await expect(description).toContainText(city);
		}
	});

	test('switches to the dark map and back, and remembers the choice', async ({ page }, testInfo) => {
		await page.goto('/');
		await waitForMap(page);
		const toggle = page.getByRole('button', { name: 'Dark map' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await waitForMapIdle(page);
		expect((await mapPixels(page)).share(darkSea)).toBeGreaterThan(0.03);
		await keepScreenshot(page, testInfo, 'basemap-dark-1280x800');
		await page.reload();
		await waitForMap(page);
		await expect(page.getByRole('button', { name: 'Dark map' })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Dark map' }).click();
		await waitForMapIdle(page);
		expect((await mapPixels(page)).share(lightSea)).toBeGreaterThan(0.03);
	});

	test('hides and shows the side panel from the keyboard, keeping focus', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const panel = page.getByRole('complementary', { name: 'About this map' });
		await expect(panel).toBeVisible();
		await page.getByRole('button', { name: 'Hide panel' }).focus();
		await page.keyboard.press('Enter');
		await expect(panel).toBeHidden();
		const show = page.getByRole('button', { name: 'Show panel' });
		await expect(show).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(panel).toBeVisible();
		await expect(page.getByRole('button', { name: 'Hide panel' })).toBeFocused();
	});

	test('zooms with the keyboard once the map has focus', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const canvas = page.getByRole('region', { name: 'Map of Ukraine and its neighbours' }).locator('canvas');
		await canvas.focus();
		const before = await page.getByTestId('view-description').textContent();
		await page.keyboard.press('Equal');
		await page.keyboard.press('Equal');
		await expect.poll(() => page.getByTestId('view-description').textContent(), { timeout: 30_000 }).not.toBe(before);
	});

	test('has no serious or critical accessibility violations', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
	});

	test('lays out the panel as a bottom sheet on a phone', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 375, height: 667 });
		await page.goto('/');
		await waitForMap(page);
		const box = await page.getByRole('complementary', { name: 'About this map' }).boundingBox();
		expect(box).not.toBeNull();
		expect(box!.width).toBeCloseTo(375, 0);
		expect(box!.y).toBeGreaterThan(667 / 2);
		await keepScreenshot(page, testInfo, 'basemap-light-375x667');
	});
});

test.describe('when something is missing', () => {
	test('explains that WebGL 2 is needed when the browser has none', async ({ page }) => {
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			// @ts-expect-error: narrowing the overloads is not the point here
			HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
				if (type === 'webgl2' || type === 'webgl') return null;
				return original.call(this, type as '2d', ...(rest as []));
			};
		});
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('This browser cannot draw the map');
		await expect(page.getByRole('alert')).toContainText('WebGL 2');
		// The rest of the page still works.
		await expect(page.getByRole('heading', { name: 'Frontline Atlas' })).toBeVisible();
	});

	test('names the broken file when map data cannot be read', async ({ page }) => {
		await page.route('**/data/basemap.topojson', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topol' }));
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('The map data could not be loaded');
		await expect(page.getByRole('alert')).toContainText('basemap.topojson');
	});

	test('draws the map without a file the server answers with an error for, and says so', async ({ page }) => {
		await page.route('**/data/labels.geojson', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
		await page.goto('/');
		await waitForMap(page);
		const notice = page.getByTestId('data-notice');
		await expect(notice).toContainText('labels.geojson');
		await expect(notice).toContainText('503');
		await expect(page.getByRole('alert')).toHaveCount(0);
	});
});
