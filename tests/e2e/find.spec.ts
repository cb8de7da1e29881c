// Find: the search in the panel's header finds a place by a misspelling or its Cyrillic name, from
// the keyboard alone; the map goes there and selects it, and the link brings it back. The towns and
// villages are loaded only when wanted, and named on the map at close zoom.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { heldBy, heldByPhrase } from '../../src/lib/search/heldBy';
import { keepScreenshot, waitForMap, waitForMapIdle, watchPage } from './support';

const dataDir = process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/data` : 'static/data';
const readData = <T>(name: string): T => JSON.parse(readFileSync(`${dataDir}/${name}`, 'utf8')) as T;
type Areas = FeatureCollection<Polygon | MultiPolygon>;
const occupied = readData<Areas>('facts/2025-03-13/occupied.geojson');
const contested = readData<Areas>('facts/2025-03-13/contested.geojson');
const kursk = readData<Areas>('facts/kursk.geojson');
const places = readData<FeatureCollection<{ type: 'Point'; coordinates: [number, number] }, { id: string }>>('places.geojson');
const settlements = readData<{ settlements: [number, string, number, number, string, number, number, string[]][] }>('settlements.json').settlements;

/** Who held a point on 13 March 2025 by the shipped layers: what the card must say, worked out here from the data. */
const heldOn13March = (point: [number, number], oblast: string) => heldByPhrase[heldBy(point, oblast, { occupied, contested, kursk, kurskDate: '2025-03-13', complete: true })];

const param = async (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const search = (page: Page) => page.getByRole('combobox', { name: 'Regions and places' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Regions and places' });
const card = (page: Page) => page.getByRole('complementary', { name: 'About this map' }).getByRole('region').filter({ has: page.getByRole('button', { name: /^Close the card/ }) });
const settlementsRequested = (requests: string[]) => requests.some((url) => new URL(url).pathname.endsWith('/data/settlements.json'));

async function expectNoSeriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/**
 * Where a point is on the page once the map has come to rest, from the camera the link carries
 * (Web Mercator with MapLibre's 512-pixel world at zoom 0), and the zoom: [x, y, zoom].
 */
async function onScreen(page: Page, [lon, lat]: [number, number]): Promise<[number, number, number]> {
	await waitForMapIdle(page);
	await expect.poll(() => param(page, 'at')).not.toBeNull();
	const [centerLon, centerLat, zoom] = (await param(page, 'at'))!.split(',').map(Number) as [number, number, number];
	const world = 512 * 2 ** zoom;
	const x = (l: number) => ((l + 180) / 360) * world;
	const y = (l: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / Math.PI) / 2) * world;
	const map = (await page.locator('.map').boundingBox())!;
	return [map.x + map.width / 2 + x(lon) - x(centerLon), map.y + map.height / 2 + y(lat) - y(centerLat), zoom];
}

test.describe('find', () => {
	test.beforeEach(async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
	});

	test('Kupiansk typed "Kupjansk", chosen with the keyboard: the map flies there, the card says who held it, the link restores it', async ({ page, baseURL }, testInfo) => {
		const watch = watchPage(page, baseURL!);
		await page.goto('/');
		await waitForMap(page);
		// The first view does not load the towns and villages.
		expect(settlementsRequested(watch.localRequests)).toBe(false);

		// `/` from anywhere on the page goes to the search.
		await page.locator('body').press('/');
		await expect(search(page)).toBeFocused();
		await expect.poll(() => settlementsRequested(watch.localRequests)).toBe(true);
		await page.keyboard.type('Kupjansk');
		await expect(search(page)).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('ArrowDown');
		const active = listbox(page).getByRole('option', { selected: true });
		await expect(active).toContainText('Kupiansk');
		const kupiansk = places.features.find((f) => f.properties.id === 'kupiansk')!.geometry.coordinates;
		await expect(active).toContainText(`Kharkiv Oblast · ${heldOn13March(kupiansk, 'UA-63')} on 13 Mar 2025`);
		await expectNoSeriousViolations(page);
		await keepScreenshot(page, testInfo, 'find-list-1280x800');
		await page.keyboard.press('Enter');

		await expect.poll(() => param(page, 'select')).toBe('place:kupiansk');
		await expect(card(page).getByRole('heading', { name: 'Kupiansk' })).toBeVisible();
		await expect(card(page).getByTestId('held-by')).toHaveText(`On 13 March 2025, as DeepStateMap assessed it: ${heldOn13March(kupiansk, 'UA-63')}.`);
		// The map went there: with the camera at rest, the town is on the map beside the panel, close in.
		const [x, y, zoom] = await onScreen(page, kupiansk);
		const map = (await page.locator('.map').boundingBox())!;
		const panelRight = (await page.getByRole('complementary', { name: 'About this map' }).boundingBox())!;
		expect(x).toBeGreaterThan(panelRight.x + panelRight.width);
		expect(x).toBeLessThan(map.x + map.width);
		expect(y).toBeGreaterThan(map.y);
		expect(y).toBeLessThan(map.y + map.height);
		expect(zoom).toBeGreaterThanOrEqual(7.5);
		await expectNoSeriousViolations(page);
		await keepScreenshot(page, testInfo, 'find-kupiansk-1280x800');

		await page.reload();
		await waitForMap(page);
		await expect.poll(() => param(page, 'select')).toBe('place:kupiansk');
		await expect(card(page).getByRole('heading', { name: 'Kupiansk' })).toBeVisible();
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('a village by its Ukrainian name, with Ctrl+K: select=settlement: restores it, and the map names the villages close in', async ({ page }, testInfo) => {
		const [id, name, lon, lat, oblast] = settlements.find((row) => row[1] === 'Borova')!;
		await page.goto('/');
		await waitForMap(page);
		await page.locator('body').press('Control+k');
		await expect(search(page)).toBeFocused();
		await page.keyboard.type('Борова');
		await expect(listbox(page).getByRole('group', { name: 'Towns and villages' })).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(listbox(page).getByRole('option', { selected: true })).toContainText(name);
		await page.keyboard.press('Enter');
		await expect.poll(() => param(page, 'select')).toBe(`settlement:${id}`);
		const held = `On 13 March 2025, as DeepStateMap assessed it: ${heldOn13March([lon, lat], oblast)}.`;
		await expect(card(page).getByRole('heading', { name })).toBeVisible();
		await expect(card(page)).toContainText('Settlement in Kharkiv Oblast');
		await expect(card(page).getByTestId('held-by')).toHaveText(held);

		// The shared link, opened afresh, loads the settlements and selects the village again.
		const link = page.url();
		await page.goto('about:blank');
		await page.goto(link);
		await waitForMap(page);
		await expect(card(page).getByRole('heading', { name })).toBeVisible();
		await expect(card(page).getByTestId('held-by')).toHaveText(held);
		expect(await param(page, 'select')).toBe(`settlement:${id}`);
		await expect(page.getByRole('status').filter({ hasText: 'Ignored part of the link' })).toHaveCount(0);

		// Close in, the map names the towns and villages (its description lists what it placed) and the key explains them.
		await page.goto(`/?at=${lon},${lat},9`);
		await waitForMap(page);
		await waitForMapIdle(page);
		await expect(page.locator('#map-description')).toContainText('Towns and villages labelled:');
		await expect(page.getByTestId('compact-legend')).toContainText('Town or village (GeoNames)');
		await expectNoSeriousViolations(page);
		await keepScreenshot(page, testInfo, 'find-villages-1280x800');
	});

	test('an unknown settlement in a link is ignored with a notice that does not repeat it', async ({ page }) => {
		await page.goto('/?select=settlement:999999999');
		await waitForMap(page);
		await expect(page.getByRole('status').filter({ hasText: 'Ignored part of the link' })).toContainText('select (unknown settlement)');
		await expect.poll(() => param(page, 'select')).toBeNull();
	});

	test('village names close to the front at 3840×2160 @screenshot', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 3840, height: 2160 });
		await page.goto('/?at=37.7,48.55,9');
		await waitForMap(page);
		await waitForMapIdle(page);
		await expect(page.locator('#map-description')).toContainText('Towns and villages labelled:');
		await keepScreenshot(page, testInfo, 'find-villages-3840x2160');
	});
});
