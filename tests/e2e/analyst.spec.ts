// The analyst tools: measuring a distance with the keyboard alone, a point query by a click on
// occupied ground, both restored from the link, bad links refused, and what they look like on a
// laptop and a 4K wall.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import distance from '@turf/distance';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import { keepScreenshot, waitForMap, waitForMapIdle, watchPage } from './support';

const dataDir = process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/data` : 'static/data';
const contactLine = JSON.parse(readFileSync(`${dataDir}/facts/2025-03-13/contact-line.geojson`, 'utf8')) as FeatureCollection<LineString | MultiLineString>;

const param = async (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const liveRegion = (page: Page) => page.locator('[aria-live="polite"]').last();
const canvas = (page: Page) => page.locator('.maplibregl-canvas');

async function axeClean(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** "12.3 km" or "1,234 km" → 12.3, 1234. */
const kmOf = (text: string) => Number(/([\d,]+(?:\.\d)?) km/.exec(text)![1]!.replace(/,/g, ''));

test.describe('analyst tools', () => {
	test.beforeEach(async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
	});

	test('measures a distance with the keyboard alone, and a reload restores it', async ({ page }, testInfo) => {
		const watch = watchPage(page, testInfo.project.use.baseURL!);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/?at=36.5,48.3,7');
		await waitForMap(page);
		// Tab to the map: the skip link first, then the map's canvas.
		for (let i = 0; i < 6 && !(await canvas(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(canvas(page)).toBeFocused();
		await expect(page.getByTestId('map-cursor')).toBeVisible();

		await page.keyboard.press('m');
		await expect(page.getByRole('button', { name: 'Measure distance' })).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Enter');
		await expect(liveRegion(page)).toHaveText('Point 1 added.');
		await page.keyboard.press('Shift+ArrowRight');
		await page.keyboard.press('Shift+ArrowDown');
		await waitForMapIdle(page);
		await page.keyboard.press('Enter');
		await expect(liveRegion(page)).toContainText('Point 2 added');
		await page.keyboard.press('Enter');
		await expect(liveRegion(page)).toContainText('Distance measured:');
		await expect(page.getByRole('button', { name: 'Measure distance' })).toHaveAttribute('aria-pressed', 'false');

		// The km shown is the great-circle distance between the two points the link carries.
		await expect.poll(() => param(page, 'measure')).toMatch(/^line:[\d.]+,[\d.]+;[\d.]+,[\d.]+$/);
		const [a, b] = (await param(page, 'measure'))!.slice('line:'.length).split(';').map((p) => p.split(',').map(Number));
		const km = distance(a!, b!, { units: 'kilometers' });
		expect(km).toBeGreaterThan(20);
		const total = page.getByTestId('measure-total');
		expect(Math.abs(kmOf((await total.textContent())!) - km)).toBeLessThan(0.1);
		await expect(liveRegion(page)).toContainText(`Distance measured: ${await total.textContent()}.`);
		await expect(page.getByTestId('compact-legend')).toContainText('Measured distance (great circle)');
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'analyst-measure-1280x800');
		await axeClean(page);

		const shown = await total.textContent();
		await page.reload();
		await waitForMap(page);
		await expect(page.getByTestId('measure-total')).toHaveText(shown!);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('a click on unlabelled occupied ground opens the point card, and a reload restores it', async ({ page }, testInfo) => {
		const watch = watchPage(page, testInfo.project.use.baseURL!);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/?at=35.6,46.9,8');
		await waitForMap(page);
		await waitForMapIdle(page);
		// The map's centre: south of Zaporizhzhia oblast, east of Melitopol, no named place on it.
		await canvas(page).click({ position: await canvas(page).evaluate((el) => ({ x: el.clientWidth / 2, y: el.clientHeight / 2 })) });

		const card = page.getByTestId('point-card');
		await expect(card).toBeVisible();
		await expect(card.getByTestId('point-holding')).toHaveText('Occupied by Russia since 24 February 2022, as DeepStateMap assessed it on 13 March 2025');
		await expect(card.getByRole('button', { name: 'Zaporizhzhia Oblast' })).toBeVisible();
		await expect(card).toContainText('Russia claims to have annexed Zaporizhzhia Oblast');
		await expect(card).toContainText('the UN General Assembly does not recognise the claim');
		await expect(card.getByTestId('point-decimal')).toHaveText(/^46\.9\d{3}° N, 35\.(5|6)\d{3}° E$/);
		// The region is selected as a click always did (its card in the panel), and the point is in the link.
		await expect.poll(() => param(page, 'select')).toBe('region:UA-23');
		await expect.poll(() => param(page, 'pt')).toMatch(/^35\.\d+,46\.\d+$/);

		// The distance to the contact line, checked here with Turf on the shipped line.
		const point = (await param(page, 'pt'))!.split(',').map(Number);
		const km = Math.min(...contactLine.features.map((f) => nearestPointOnLine(f, point, { units: 'kilometers' }).properties.dist));
		const front = (await card.getByTestId('point-front').textContent())!;
		expect(front).toMatch(/ km from the contact line of 13 March 2025$/);
		expect(Math.abs(kmOf(front) - km)).toBeLessThan(0.1);
		await expect(liveRegion(page)).toContainText('in Zaporizhzhia Oblast. Occupied by Russia since 24 February 2022');
		await expect(card.getByRole('listitem').first()).toContainText(/km, the point [NESW]+ of it/);
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'analyst-point-1280x800');
		await axeClean(page);

		await page.reload();
		await waitForMap(page);
		await expect(page.getByTestId('point-front')).toHaveText(front);

		// Escape in the card closes it and gives the keyboard back to the map.
		await page.getByTestId('point-card').getByRole('button', { name: 'Close the point card' }).focus();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('point-card')).toHaveCount(0);
		await expect(canvas(page)).toBeFocused();
		await expect.poll(() => param(page, 'pt')).toBeNull();
		// Enter on the keyboard cursor queries the point under it.
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('point-card')).toBeVisible();
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('an area and a point restored from a link, legible on a 4K wall', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 3840, height: 2160 });
		await page.goto('/?at=37.4,48.2,7.2&measure=area:36.9,48.5;37.9,48.5;37.9,47.9;36.9,47.9&pt=37.6,48.15');
		await waitForMap(page);
		await waitForMapIdle(page);
		await expect(page.getByTestId('measure-total')).toHaveText(/^[\d,]+ km²$/);
		const result = page.getByTestId('measure-result');
		await expect(result.getByRole('rowheader', { name: 'Donetsk Oblast' })).toBeVisible();
		await expect(result).toContainText(/Occupied inside it: [\d,.]+ km² \([\d.]+% of the area\)/);
		await expect(page.getByTestId('point-card')).toBeVisible();
		// Text on a wall: nothing of the tools under 20 px at 2160 p.
		const sizes = await page.locator('.analyst').evaluate((el) => [...el.querySelectorAll('*')].filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())).map((e) => parseFloat(getComputedStyle(e).fontSize)));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
		await keepScreenshot(page, testInfo, 'analyst-area-point-3840x2160');
		await axeClean(page);
	});

	test('with the pointer: clicks add points, a double-click finishes, a vertex drags', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/?at=37.5,48.3,7');
		await waitForMap(page);
		await waitForMapIdle(page);
		await page.getByRole('button', { name: 'Measure distance' }).click();
		const box = (await canvas(page).boundingBox())!;
		const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.click(cx, cy);
		await page.mouse.click(cx + 150, cy);
		await page.mouse.dblclick(cx + 150, cy + 120);
		await expect(page.getByRole('button', { name: 'Measure distance' })).toHaveAttribute('aria-pressed', 'false');
		await expect.poll(async () => (await param(page, 'measure'))?.split(';').length).toBe(3);
		// A click while measuring added a point and selected nothing.
		expect(await param(page, 'select')).toBeNull();
		const before = (await param(page, 'measure'))!;
		await waitForMapIdle(page);

		// Drag the first point 100 px down: it moves south, the others stay.
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		await page.mouse.move(cx, cy + 50, { steps: 5 });
		await page.mouse.move(cx, cy + 100, { steps: 5 });
		await page.mouse.up();
		await expect.poll(() => param(page, 'measure')).not.toBe(before);
		const [first, ...rest] = (await param(page, 'measure'))!.slice('line:'.length).split(';');
		const [oldFirst, ...oldRest] = before.slice('line:'.length).split(';');
		expect(rest).toEqual(oldRest);
		expect(Number(first!.split(',')[1])).toBeLessThan(Number(oldFirst!.split(',')[1]));
		// The camera did not pan with the drag.
		expect(await param(page, 'at')).toBe('37.5,48.3,7');
	});

	test('on a phone the tools and the point card stay over the map, above the panel', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/?at=37.4,48.2,6&measure=line:36.9,48.5;37.9,48.5&pt=37.6,48.15');
		await waitForMap(page);
		await waitForMapIdle(page);
		const tools = await page.locator('.analyst').boundingBox();
		const map = await page.locator('.map').boundingBox();
		expect(tools!.y).toBeGreaterThanOrEqual(map!.y);
		expect(tools!.y + tools!.height).toBeLessThanOrEqual(map!.y + map!.height);
		await expect(page.getByTestId('point-card')).toBeVisible();
		await keepScreenshot(page, testInfo, 'analyst-point-390x844');
	});

	test('refuses a bad pt and measure with a notice, keeping the rest of the link', async ({ page }) => {
		await page.goto('/?pt=abc&measure=line:37,48&view=claims');
		await waitForMap(page);
		await expect(page.getByRole('status').filter({ hasText: 'Ignored part of the link' })).toContainText('pt (not longitude,latitude in decimal degrees); measure (a distance needs at least 2 points)');
		await expect(page.getByRole('tab', { name: 'Claims' })).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByTestId('point-card')).toHaveCount(0);
	});
});

test.describe('a measurement on the wall', () => {
	test('presentation mode draws the link’s measurement over the chapter, with its key', async ({ page }, testInfo) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 3840, height: 2160 });
		// Kyiv to Kharkiv and on to the front at Kupiansk.
		await page.goto('/present/?chapter=front-line&measure=line:30.5238,50.4547;36.2304,49.9935;37.6158,49.71');
		await waitForMap(page);
		await waitForMapIdle(page);
		await expect(page.getByTestId('chapter-legend')).toContainText('Measured distance (great circle)');
		await expect(page.getByText('Ignored the link')).toHaveCount(0);
		await keepScreenshot(page, testInfo, 'analyst-present-measure-3840x2160');
	});

	test('presentation mode refuses a bad measurement with a notice naming the parameter', async ({ page }) => {
		await page.goto('/present/?measure=line:1,2;3,4');
		await waitForMap(page);
		await expect(page.getByRole('status').filter({ hasText: 'Ignored the link’s measure: a point outside the map.' })).toBeVisible();
	});
});
