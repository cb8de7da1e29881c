import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { keepScreenshot, waitForMap, waitForMapIdle, watchPage } from './support';

const dataDir = process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/data` : 'static/data';
const figures = JSON.parse(readFileSync(`${dataDir}/facts/2025-03-13/figures.json`, 'utf8'));
const rounded = (value: number, step: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(Math.round(value / step) * step);

/** The query parameter `name` of the page's current URL. */
async function param(page: Page, name: string) {
	return new URL(page.url()).searchParams.get(name);
}

function card(page: Page) {
	return page.getByRole('complementary', { name: 'About this map' }).getByRole('region').filter({ has: page.getByRole('button', { name: /^Close the card/ }) });
}

test.describe('the article and the map', () => {
	test.beforeEach(async ({ page }) => {
		// Flights are jumps: the camera is where it is going as soon as the map rests.
		await page.emulateMedia({ reducedMotion: 'reduce' });
	});

	test('credits the source article and renders its structure', async ({ page }) => {
		await page.goto('/');
		const panel = page.getByRole('complementary', { name: 'About this map' });
		await expect(panel.getByText(/Source article: .*13 March 2025/)).toBeVisible();
		await expect(panel.getByRole('heading', { level: 2, name: /Putin Says "YES" to the Truce/ })).toBeVisible();
		await expect(panel.locator('blockquote#q-phone-talk-with-trump')).toBeAttached();
		await expect(panel.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
	});

	test('a mention of the Kursk region selects it, and its card lists its paragraphs', async ({ page }, testInfo) => {
		const watch = watchPage(page, test.info().project.use.baseURL!);
		await page.goto('/');
		await waitForMap(page);
		const mention = page.getByRole('button', { name: 'Kursk region', exact: true });
		await expect(mention).toHaveAccessibleDescription(/Kursk Oblast on the map/);
		await mention.click();

		await expect.poll(() => param(page, 'select')).toBe('region:RU-KRS');
		const kursk = card(page);
		await expect(kursk.getByRole('heading', { name: 'Kursk Oblast' })).toBeVisible();
		await expect(kursk).toContainText('Oblast of Russia');
		// The measured snapshots, held and contested, and the claims beside them, all from figures.json.
		const { peak, latest, lostSincePeak, retakenClaim } = figures.kursk;
		for (const km2 of [peak.heldKm2, peak.contestedKm2, latest.heldKm2, latest.contestedKm2, lostSincePeak.heldKm2, lostSincePeak.heldOrContestedKm2]) {
			await expect(kursk).toContainText(`${rounded(km2, 10)} km²`);
		}
		await expect(kursk).toContainText('the largest of the dates shown');
		await expect(kursk).toContainText('No longer Ukrainian-held');
		// Claims are quoted as said, with their qualifiers, and attributed.
		await expect(kursk).toContainText(`${retakenClaim.speaker.split(',')[0]}: ${retakenClaim.qualifier} ${rounded(retakenClaim.km2, 1)} km²`);
		await expect(kursk).toContainText(`${retakenClaim.shareQualifier} ${Math.round(retakenClaim.share * 100)}% of ${retakenClaim.shareOf}`);
		await expect(kursk).not.toContainText(/\b(peak|lost|retaken|recaptured)\b/i);
		// The paragraphs open with the rest of the figures, on demand.
		await kursk.getByRole('button', { name: /^More: all figures, sources and the article’s paragraphs/ }).click();
		const links = kursk.getByRole('listitem').getByRole('button');
		await expect(links).toHaveCount(1);
		await expect(links.first()).toContainText('Ukraine’s concessions come with risks');
		// The paragraph that mentions it is marked.
		await expect(page.locator('#p-kursk-risk')).toHaveAttribute('aria-current', 'true');
		await expect(page.locator('#p-moscow-press-conference')).not.toHaveAttribute('aria-current', 'true');
		// The card's link goes to the paragraph.
		await page.locator('.views').evaluate((el) => el.scrollTo(0, 0));
		await links.first().click();
		await expect(page.locator('#p-kursk-risk')).toBeFocused();
		await expect(page.locator('#p-kursk-risk')).toBeInViewport();
		await expect(page.getByRole('status').filter({ hasText: 'Selected Kursk Oblast' })).toBeAttached();
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
		await keepScreenshot(page, testInfo, 'article-kursk-1280x800');

		// Escape closes the card.
		await page.keyboard.press('Escape');
		await expect(kursk).toHaveCount(0);
		await expect.poll(() => param(page, 'select')).toBeNull();
	});

	test('Donetsk from the keyboard list, then from a click on the map, highlights its paragraphs', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const list = page.getByRole('combobox', { name: 'Regions and places' });
		await list.fill('Donetsk');
		await list.press('ArrowDown');
		await list.press('Enter');
		await expect.poll(() => param(page, 'select')).toBe('region:UA-14');
		await expect(card(page).getByRole('heading', { name: 'Donetsk Oblast' })).toBeVisible();
		await expect(card(page)).toContainText('Oblast of Ukraine; Russia claims to have annexed it, 30 September 2022');
		const donetsk = figures.regions.find((r: { id: string }) => r.id === 'UA-14');
		await expect(card(page)).toContainText(`${rounded(donetsk.occupiedKm2, 100)} km²`);
		// The camera went to Donetsk: the link's position is inside the oblast's bounds.
		await expect.poll(async () => {
			const at = (await param(page, 'at'))?.split(',').map(Number) ?? [];
			return at[0]! > 36.5 && at[0]! < 39 && at[1]! > 46.8 && at[1]! < 49.3;
		}).toBe(true);

		// Close the card, then pick Donetsk again on the map: the centre of the view lies in it.
		await page.keyboard.press('Escape');
		await expect.poll(() => param(page, 'select')).toBeNull();
		await expect(page.locator('#p-causes-of-the-crisis')).not.toHaveAttribute('aria-current', 'true');
		// Hovering the region on the map marks the paragraphs about it.
		await page.locator('.map canvas').hover();
		await expect(page.locator('#p-causes-of-the-crisis')).toHaveClass(/mentions-hovered/);
		await page.locator('.map canvas').click();
		await expect.poll(() => param(page, 'select')).toBe('region:UA-14');
		await expect(card(page).getByRole('heading', { name: 'Donetsk Oblast' })).toBeVisible();
		await expect(page.locator('#p-causes-of-the-crisis')).toHaveAttribute('aria-current', 'true');
		await expect(page.locator('#p-causes-of-the-crisis')).toBeInViewport();
	});

	test('a shared link restores the selection, the tab and the camera', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		const at = '37.8,48.02,6.5';
		await page.goto(`/?select=region:UA-14&at=${at}`);
		await waitForMap(page);
		await expect(card(page).getByRole('heading', { name: 'Donetsk Oblast' })).toBeVisible();
		await expect.poll(() => param(page, 'select')).toBe('region:UA-14');
		// The map opens where the link says, not on the first view, and the link keeps saying so: once
		// the map has done all the selection asked of it, a flight to the selection would have come to
		// rest, and its camera been written into the link (at `moveend`, before the map's `idle`).
		await waitForMapIdle(page);
		expect(await param(page, 'at')).toBe(at);
		await expect(page.getByRole('status').filter({ hasText: 'Ignored part of the link' })).toHaveCount(0);

		await page.goto('/?select=place:moscow&view=about');
		await waitForMap(page);
		await expect(page.getByRole('tab', { name: 'About the data' })).toHaveAttribute('aria-selected', 'true');
		await expect(card(page).getByRole('heading', { name: 'Moscow' })).toBeVisible();
		await expect(card(page)).toContainText('Capital of Russia');
		// Moscow is where the article's diplomacy meets: selecting it shows the globe, with the links.
		await expect(card(page)).toContainText('the map turns into a globe');
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});

	test('a bad link gives one notice, not an error', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.goto('/?select=region:UA-99&at=abc,<script>,999&view=<b>x</b>');
		await waitForMap(page);
		const notice = page.getByRole('status').filter({ hasText: 'Ignored part of the link' });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('select (unknown region)');
		await expect(notice).not.toContainText('UA-99');
		await expect(notice).not.toContainText('<script>');
		await expect(page.locator('script:not([src])').filter({ hasText: 'alert' })).toHaveCount(0);
		await expect(page.locator('main b')).toHaveCount(0);
		// Nothing is selected, the article is open, and the map is on its first view.
		await expect(page.getByRole('button', { name: /^Close the card/ })).toHaveCount(0);
		await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toBeHidden();
	});

	test('a place beyond the map turns the map into a globe, and back', async ({ page, baseURL }, testInfo) => {
		const watch = watchPage(page, baseURL!);
		await page.goto('/');
		await waitForMap(page);
		// The first view is not written into the link; a camera from the globe must not be either.
		const regional = await param(page, 'at');
		await page.getByRole('button', { name: 'Jeddah' }).first().click();
		await expect(card(page).getByRole('heading', { name: 'Jeddah' })).toBeVisible();
		await expect(card(page)).toContainText('City in Saudi Arabia');
		await expect(card(page)).toContainText('lies beyond the regional map');
		await expect.poll(() => param(page, 'select')).toBe('place:jeddah');
		// The globe is drawn: its world file loaded, its style and camera in place, the map at rest.
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'article-jeddah-1280x800');
		// The link keeps the regional camera: the globe's would not be a valid `at`.
		expect(await param(page, 'at')).toBe(regional);
		await page.keyboard.press('Escape');
		await expect.poll(() => param(page, 'select')).toBeNull();
		await page.getByRole('combobox', { name: 'Regions and places' }).fill('Donetsk Oblast');
		await page.getByRole('combobox', { name: 'Regions and places' }).press('Enter');
		await expect.poll(async () => {
			const at = (await param(page, 'at'))?.split(',').map(Number) ?? [];
			return at[0]! > 36.5 && at[0]! < 39 && at[1]! > 46.8 && at[1]! < 49.3;
		}).toBe(true);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});

	test('a region the article does not mention says so', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await page.getByRole('combobox', { name: 'Regions and places' }).fill('Lviv Oblast');
		await page.getByRole('combobox', { name: 'Regions and places' }).press('Enter');
		await expect(card(page)).toContainText('The article does not mention Lviv Oblast.');
	});

	test('the tabs follow the arrow keys', async ({ page }) => {
		await page.goto('/');
		const article = page.getByRole('tab', { name: 'Article' });
		await article.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('tab', { name: 'Claims' })).toBeFocused();
		await expect(page.getByRole('tab', { name: 'Claims' })).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByRole('tabpanel', { name: 'Claims' })).toBeVisible();
		await page.keyboard.press('End');
		await expect(page.getByRole('tab', { name: 'About the data' })).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(article).toBeFocused();
		await expect.poll(() => param(page, 'view')).toBeNull();
	});

	test('a timeline event opens its paragraph in the article', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.goto('/?view=timeline');
		await waitForMap(page);
		const timeline = page.getByRole('tabpanel', { name: 'Timeline' });
		await expect(timeline).toBeVisible();
		await timeline.getByRole('listitem').last().getByRole('button').click();
		await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
		await expect(page.locator('.views :focus')).toBeInViewport();
		await page.getByRole('tab', { name: 'Claims' }).click();
		await expect(page.getByRole('tabpanel', { name: 'Claims' }).getByRole('heading').first()).toBeVisible();
		await page.getByRole('tab', { name: 'About the data' }).click();
		await expect(page.getByRole('tabpanel', { name: 'About the data' }).getByRole('heading').first()).toBeVisible();
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});

	test('the claims view shows the same figures as the facts layer', async ({ page }) => {
		await page.goto('/?view=claims');
		await waitForMap(page);
		const claims = page.getByRole('tabpanel', { name: 'Claims' });
		await expect(claims).toBeVisible();
		// Titles say whose a claim is.
		await expect(claims.getByRole('heading', { name: 'Four regions Russia claims to have annexed' })).toBeVisible();
		await expect(claims.getByRole('heading', { name: 'Gerasimov’s “recapture of 1,100 square kilometers”' })).toBeVisible();

		// The front line decomposed, to the kilometre, exactly as figures.json has it.
		const front = claims.getByRole('article', { name: 'How long is the front line?' });
		await expect(front.getByRole('blockquote')).toHaveText('the nearly 2,000-kilometer front line');
		const table = front.getByRole('table', { name: /Lengths measured on this map/ });
		for (const part of figures.frontLineClaim.parts) {
			await expect(table.getByRole('row', { name: new RegExp(part.label) })).toContainText(`${rounded(part.km, 1)} km`);
		}
		const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
		await expect(row('Contact line and active border front')).toContainText(`${rounded(figures.frontLineClaim.sumKm, 1)} km`);
		await expect(row('Contact line and all of the border Ukraine holds')).toContainText(`${rounded(figures.frontLineClaim.withHeldBorderKm, 1)} km`);
		await expect(row('The same, with the held border scaled')).toContainText(`${rounded(figures.frontLineClaim.withHeldBorderAtOfficialKm, 1)} km`);
		// The official border length, with its source, and the share of it the generalised border measures.
		const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
		for (const official of figures.border.official) {
			await expect(front).toContainText(`${rounded(official.km, 1)} km (${official.what})`);
			await expect(front).toContainText(official.source);
		}
		await expect(front).toContainText(`${percent.format(figures.border.measuredShareOfOfficial)} of the official`);
		// Measured length depends on resolution.
		const generalised = front.getByRole('table', { name: /generalised/ });
		for (const step of figures.contactLine.generalised) {
			await expect(generalised.getByRole('row', { name: new RegExp(`Generalised to ${step.toleranceKm} km`) })).toContainText(`${rounded(step.km, 10)} km`);
		}
		await expect(front).toContainText('The article names no source');
		await expect(front).not.toContainText(/closest|quiet|under fire|no fighting/i);

		// Kursk: the ground no longer Ukrainian-held since the largest date beside Gerasimov's “more than 1,100 km²”.
		const kursk = claims.getByRole('article', { name: /Gerasimov/ });
		await expect(kursk).toContainText(`${rounded(figures.kursk.lostSincePeak.heldKm2, 10)} km²`);
		await expect(kursk).toContainText(`${rounded(figures.kursk.lostSincePeak.heldOrContestedKm2, 10)} km²`);
		await expect(kursk).toContainText('more than 1,100 km²');
		await expect(kursk).toContainText(`more than 86% of ${figures.kursk.retakenClaim.shareOf}`);
		await expect(kursk).toContainText(`${rounded(figures.kursk.retakenClaim.km2 / figures.kursk.retakenClaim.share, 10)} km²`);
		// Every date, measured held and contested, with what was said about it.
		for (const snapshot of figures.kursk.snapshots) {
			const item = kursk.getByRole('listitem').filter({ has: page.locator(`time[datetime="${snapshot.date}"]`) }).first();
			await expect(item).toContainText(`${rounded(snapshot.heldKm2, 10)} km²`);
			await expect(item).toContainText(`${rounded(snapshot.contestedKm2, 10)} km²`);
			for (const said of snapshot.claims) await expect(item).toContainText(said.quote);
		}
		await expect(claims).not.toContainText(/\bpeak\b/i);
		await expect(claims).toContainText(`${rounded(figures.ukraine.occupiedKm2, 100)} km²`);
	});

	test('without places.geojson the article still selects its regions, and the notice names the file', async ({ page }) => {
		await page.route('**/data/places.geojson', (route) => route.fulfill({ status: 404, body: 'missing' }));
		await page.goto('/');
		await waitForMap(page);
		await expect(page.getByTestId('data-notice')).toContainText('places.geojson');
		await expect(page.getByTestId('data-notice')).toContainText('404');
		await page.getByRole('button', { name: 'Kursk region', exact: true }).click();
		await expect.poll(() => param(page, 'select')).toBe('region:RU-KRS');
		await expect(card(page).getByRole('heading', { name: 'Kursk Oblast' })).toBeVisible();
	});

	test('has no serious or critical accessibility violations with a card open', async ({ page }) => {
		await page.goto('/?select=region:RU-KRS');
		await waitForMap(page);
		await expect(card(page)).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
	});

	for (const [width, height] of [
		[375, 667],
		[1280, 800],
		[3840, 2160]
	] as const) {
		test(`screenshot with Donetsk selected at ${width}x${height}`, { tag: '@screenshot' }, async ({ page }, testInfo) => {
			await page.setViewportSize({ width, height });
			await page.goto('/?select=region:UA-14');
			await waitForMap(page);
			await expect(card(page)).toBeVisible();
			await expect.poll(() => param(page, 'at')).not.toBeNull();
			await waitForMapIdle(page);
			await keepScreenshot(page, testInfo, `article-${width}x${height}`);
		});
	}
});
