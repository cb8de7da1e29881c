// Issue 11: a data file that cannot be used, or a link that names what does not exist, leaves
// every unaffected part of the page working and says what is missing, by file or by parameter.
import { expect, test, type Page } from '@playwright/test';
import { openMapLayers, waitForMap, waitForMapIdle, watchPage } from './support';

const asOf = '2025-03-13';
const notice = (page: Page) => page.getByTestId('data-notice');
const claimsTab = (page: Page) => page.getByRole('tab', { name: 'Claims' });
const claimsPanel = (page: Page) => page.locator('#tabpanel-claims');

test.describe('broken data', () => {
	for (const { file, what } of [
		{ file: `facts/${asOf}/figures.json`, what: 'the measured figures' },
		{ file: 'places.geojson', what: 'the places the article names' },
		{ file: 'labels.geojson', what: 'the names of countries' }
	]) {
		test(`without ${file} the basemap and the other layers are drawn, and the views say what is missing`, async ({ page, baseURL }) => {
			const watch = watchPage(page, baseURL!);
			await page.route(`**/data/${file}`, (route) => route.fulfill({ status: 404, body: 'missing' }));
			await page.goto('/?view=claims');
			await waitForMap(page);
			await expect(notice(page)).toContainText(file);
			await expect(notice(page)).toContainText(what);
			// The Claims view either shows the claims or says why it cannot: it never loads forever.
			await expect(claimsPanel(page)).not.toContainText('Loading the claims');
			if (file.endsWith('figures.json')) await expect(claimsPanel(page)).toContainText(`${file} could not be used`);
			else await expect(claimsPanel(page).getByRole('heading').first()).toBeVisible();
			await notice(page).getByRole('button', { name: 'Dismiss' }).click();
			await expect(notice(page)).toBeHidden();
			expect(watch.pageErrors).toEqual([]);
		});
	}

	test('a layer with coordinates that are not numbers is left out, and the legend says why', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.route(`**/data/facts/${asOf}/contested.geojson`, (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: 'x' } }] }) })
		);
		await page.goto('/');
		await waitForMap(page);
		await expect(notice(page)).toContainText(`facts/${asOf}/contested.geojson`);
		await expect(notice(page)).toContainText('features.0.geometry.coordinates');
		await openMapLayers(page);
		await expect(page.getByRole('checkbox', { name: 'Contested ground' })).toBeDisabled();
		expect(watch.pageErrors).toEqual([]);
	});

	test('a claim on an impossible date does not break the Claims view', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.route('**/data/facts/annexation-claims.json', async (route) => {
			const body = await (await route.fetch()).json();
			body.claims[0].claimedOn = '2022-02-30';
			await route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
		});
		await page.goto('/');
		await waitForMap(page);
		await expect(notice(page)).toContainText('annexation-claims.json');
		await expect(notice(page)).toContainText('real calendar date');
		await claimsTab(page).click();
		await expect(claimsPanel(page).getByRole('heading').first()).toBeVisible();
		expect(watch.pageErrors).toEqual([]);
	});

	test('without the manifest the basemap is drawn with no dated layers, and says so', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.route('**/data/manifest.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
		await page.goto('/');
		await waitForMap(page);
		await expect(notice(page)).toContainText('manifest.json');
		await expect(page.locator('.as-of-badge')).toHaveCount(0);
		await claimsTab(page).click();
		await expect(claimsPanel(page)).toContainText('manifest.json could not be used');
		expect(watch.pageErrors).toEqual([]);
	});

	test('a globe whose world file fails says so once, and the notice goes when the globe is left', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.route('**/data/world.topojson', (route) => route.fulfill({ status: 404, body: 'missing' }));
		await page.goto('/');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Jeddah' }).first().click();
		await expect(notice(page)).toContainText('world.topojson');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await page.getByRole('combobox', { name: 'Regions and places' }).fill('Donetsk Oblast');
		await page.getByRole('combobox', { name: 'Regions and places' }).press('Enter');
		await expect(notice(page)).toBeHidden();
		await waitForMapIdle(page);
		expect(watch.pageErrors).toEqual([]);
	});
});

test.describe('hostile links', () => {
	test('a selection named after an object property gives a notice by name, and the page keeps following the state', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		for (const select of ['constructor:UA', '__proto__:UA', 'toString:x', 'hasOwnProperty:x']) {
			await page.goto(`/?select=${encodeURIComponent(select)}`);
			await waitForMap(page);
			const linkNotice = page.getByRole('status').filter({ hasText: 'Ignored part of the link' });
			await expect(linkNotice).toContainText('select (');
			await expect(linkNotice).not.toContainText(select.split(':')[0]!);
			await page.getByRole('combobox', { name: 'Regions and places' }).fill('Donetsk Oblast');
			await page.getByRole('combobox', { name: 'Regions and places' }).press('Enter');
			await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe('region:UA-14');
		}
		expect(watch.pageErrors).toEqual([]);
	});
});
