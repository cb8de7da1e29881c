// The main page: what its link carries, the timeline's dates, the Kursk card, the layout at
// 1280×800 and on a phone, the region picker by keyboard and the skip link.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { keepScreenshot, openMapLayers, waitForMap, waitForMapIdle, watchPage } from './support';

const dataDir = process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/data` : 'static/data';
const figures = JSON.parse(readFileSync(`${dataDir}/facts/2025-03-13/figures.json`, 'utf8'));
const rounded = (value: number, step: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(Math.round(value / step) * step);
const percent = (share: number) => new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);

const param = async (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const panel = (page: Page) => page.getByRole('complementary', { name: 'About this map' });
const card = (page: Page) => panel(page).getByRole('region').filter({ has: page.getByRole('button', { name: /^Close the card/ }) });
const picker = (page: Page) => page.getByRole('combobox', { name: 'Regions and places' });
/** The map's own description names the Kursk date it draws. */
const kurskDrawn = (page: Page, date: string) => expect(page.locator('#map-description')).toContainText(`Kursk oblast on ${date}`);

async function expectNoSeriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test.describe('the main page', () => {
	test.beforeEach(async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
	});

	test('the link carries the Kursk date, the theme and a hidden panel; a zoom out of range is clamped on its centre', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.goto('/?kursk=2024-08-27&theme=dark&panel=hidden&at=35.5,51.4,42');
		await waitForMap(page);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(panel(page)).toBeHidden();
		const notice = page.getByRole('status').filter({ hasText: 'Adjusted part of the link' });
		await expect(notice).toContainText('at (a zoom outside 3.5–10: shown at zoom 10, on the same centre)');
		await expect(notice).not.toContainText('42');
		await kurskDrawn(page, '27 August 2024');
		await waitForMapIdle(page);
		expect(await param(page, 'at')).toBe('35.5,51.4,10');
		expect(await param(page, 'kursk')).toBe('2024-08-27');
		expect(await param(page, 'theme')).toBe('dark');
		expect(await param(page, 'panel')).toBe('hidden');

		// Showing the panel, choosing another Kursk date and the other theme: the link follows.
		await page.getByRole('button', { name: 'Show panel' }).click();
		await expect.poll(() => param(page, 'panel')).toBeNull();
		await openMapLayers(page);
		const kurskDate = page.getByRole('combobox', { name: 'Kursk date' });
		await expect(kurskDate).toHaveValue('2024-08-27');
		await kurskDate.selectOption('2024-11-23');
		await expect.poll(() => param(page, 'kursk')).toBe('2024-11-23');
		await kurskDrawn(page, '23 November 2024');
		// The date the snapshot opens on is the default, and leaves the link.
		await kurskDate.selectOption(figures.kursk.latest.date);
		await expect.poll(() => param(page, 'kursk')).toBeNull();
		await page.getByRole('button', { name: 'Dark map' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expect.poll(() => param(page, 'theme')).toBe('light');

		// Dates the data lacks and words it does not know: named, never echoed, and the page opens as usual.
		await page.goto('/?kursk=2024-08-28&snapshot=1999-01-01&theme=pink&panel=closed');
		await waitForMap(page);
		const ignored = page.getByRole('status').filter({ hasText: 'Ignored part of the link' });
		for (const phrase of ['kursk (no Kursk snapshot on that date)', 'snapshot (no snapshot of the front on that date)', 'theme (neither light nor dark)', 'panel (neither shown nor hidden)']) {
			await expect(ignored).toContainText(phrase);
		}
		for (const value of ['pink', 'closed', '2024-08-28', '1999']) await expect(ignored).not.toContainText(value);
		await expect(panel(page)).toBeVisible();
		await kurskDrawn(page, '13 March 2025');
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('the 27 August 2024 Kursk entry of the timeline shows Kursk on that date, and the Kursk card and the Claims view agree', async ({ page }, testInfo) => {
		await page.goto('/?view=timeline');
		await waitForMap(page);
		const timeline = page.getByRole('tabpanel', { name: 'Timeline' });
		const entry = (date: string, text: RegExp) => timeline.getByRole('button').filter({ has: page.locator(`time[datetime="${date}"]`) }).filter({ hasText: text });
		await expect(entry('2014-09-05', /Minsk I/)).toContainText('The map has no snapshot for this date; it shows 13 March 2025.');
		await expect(entry('2024-08-06', /incursion/)).toContainText('it shows Kursk oblast on 27 August 2024 and the front on 13 March 2025');
		const august = entry('2024-08-27', /On the map/);
		await expect(august).toContainText('The map shows Kursk oblast on this date');
		await expect(august).toContainText(`${rounded(figures.kursk.snapshots[0].heldKm2, 10)} km² Ukrainian-held`);
		await august.scrollIntoViewIfNeeded();
		await keepScreenshot(page, testInfo, 'page-timeline-1280x800');
		await august.click();

		await expect.poll(() => param(page, 'kursk')).toBe('2024-08-27');
		await expect.poll(() => param(page, 'select')).toBe('region:RU-KRS');
		await kurskDrawn(page, '27 August 2024');
		await expect(page.locator('select').filter({ has: page.locator('option[value="2024-08-27"]') })).toHaveValue('2024-08-27');
		// The paragraph about the incursion is open.
		await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
		await expect(page.locator('#p-kursk-risk')).toBeInViewport();

		// The card: measured and claimed side by side, each share saying what it is a share of.
		const kursk = card(page);
		const key = kursk.getByTestId('key-figures');
		const { lostSincePeak, retakenClaim } = figures.kursk;
		// Held ground, as the deck's Kursk chapter says it, with contested ground beside it.
		await expect(key).toContainText(`${rounded(lostSincePeak.heldKm2, 10)} km²`);
		await expect(key).toContainText(`${percent(lostSincePeak.heldShare)} of the Ukrainian-held ground on 27 Aug 2024; with contested ground, ${rounded(lostSincePeak.heldOrContestedKm2, 10)} km²`);
		await expect(key).toContainText(`Valery Gerasimov, Russia claims`);
		await expect(key).toContainText(`more than ${rounded(retakenClaim.km2, 1)} km²`);
		await expect(key).toContainText(`more than 86% of ${retakenClaim.shareOf}`);
		await expect(key).toBeInViewport();
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'page-kursk-2024-08-27-1280x800');

		await kursk.getByRole('button', { name: /^More: all figures, sources and the article’s paragraphs/ }).click();
		const cardTable = kursk.getByRole('table', { name: /what this map measures and what each side claims/ });
		await expect(cardTable).toContainText('Oleksandr Syrskyi: 1,294 km², Ukraine claims');
		await expect(cardTable).toContainText(retakenClaim.quote);
		await keepScreenshot(page, testInfo, 'page-kursk-card-more-1280x800');
		await expect(cardTable).toContainText('the area as RBC reported it');
		await expect(cardTable).toContainText('The article: “the recapture of 1,100 square kilometers”, without “more than”.');
		await expect(cardTable).toContainText(`${percent(lostSincePeak.heldShare)} of the Ukrainian-held ground on 27 Aug 2024`);
		for (const snapshot of figures.kursk.snapshots) await expect(cardTable).toContainText(`${rounded(snapshot.heldKm2, 10)} km²`);
		await page.getByRole('tab', { name: 'Claims' }).click();
		const claimsTable = page.getByRole('tabpanel', { name: 'Claims' }).getByRole('table', { name: /what this map measures and what each side claims/ });
		await expect(claimsTable).toBeVisible();
		expect(await claimsTable.innerText()).toBe(await cardTable.innerText());
	});

	test('at 1280×800: the skip link, the region picker by keyboard, and the article keeps its height with a card open', async ({ page }, testInfo) => {
		await page.goto('/');
		await waitForMap(page);
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'page-cold-1280x800');

		// The first Tab stop is the skip link, shown when focused; Enter takes focus to the panel.
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to the article panel' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(panel(page)).toBeFocused();

		// Typing filters; the arrows move the active option without selecting or moving the map.
		const input = picker(page);
		await input.focus();
		await page.keyboard.type('oblast');
		await expect(input).toHaveAttribute('aria-expanded', 'true');
		const listbox = page.getByRole('listbox', { name: 'Regions and places' });
		await expect(listbox).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const active = listbox.getByRole('option', { selected: true });
		await expect(active).toHaveCount(1);
		await expect(input).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
		await keepScreenshot(page, testInfo, 'page-picker-1280x800');
		await expectNoSeriousViolations(page);
		await waitForMapIdle(page);
		expect(await param(page, 'select')).toBeNull();
		expect(await param(page, 'at')).toBeNull();
		// Escape closes the list, a second Escape clears the text; nothing was selected.
		await page.keyboard.press('Escape');
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await expect(listbox).toBeHidden();
		await expect(input).toHaveValue('oblast');
		await page.keyboard.press('Escape');
		await expect(input).toHaveValue('');
		expect(await param(page, 'select')).toBeNull();

		// Enter selects the active option, and only then the map flies.
		await page.keyboard.type('donetsk');
		await page.keyboard.press('ArrowDown');
		await expect(listbox.getByRole('option', { selected: true })).toHaveText('Donetsk Oblast');
		await page.keyboard.press('Enter');
		await expect.poll(() => param(page, 'select')).toBe('region:UA-14');
		await expect(input).toHaveValue('Donetsk Oblast');
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await expect(card(page).getByRole('heading', { name: 'Donetsk Oblast' })).toBeVisible();
		await expect.poll(() => param(page, 'at')).not.toBeNull();

		// The card is compact: its key figure in sight, and the article keeps at least 40% of the panel.
		const donetsk = figures.regions.find((r: { id: string }) => r.id === 'UA-14');
		await expect(card(page).getByTestId('key-figures')).toContainText(`${rounded(donetsk.occupiedKm2, 100)} km²`);
		await expect(card(page).getByTestId('key-figures')).toBeInViewport();
		const panelBox = (await panel(page).boundingBox())!;
		const articleBox = (await page.locator('.views').boundingBox())!;
		expect(articleBox.height / panelBox.height).toBeGreaterThanOrEqual(0.4);
		await expectNoSeriousViolations(page);
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'page-donetsk-1280x800');

		// A click on an option selects it too.
		await input.fill('kursk');
		await listbox.getByRole('option', { name: 'Kursk Oblast' }).click();
		await expect.poll(() => param(page, 'select')).toBe('region:RU-KRS');
		await expect(listbox).toBeHidden();
	});

	test('on a phone, the card’s key figure stays in sight when a name in the article is tapped', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/');
		await waitForMap(page);
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'page-cold-390x844');
		const mention = page.getByRole('button', { name: 'Kursk region', exact: true });
		await mention.scrollIntoViewIfNeeded();
		await mention.click();
		await expect.poll(() => param(page, 'select')).toBe('region:RU-KRS');
		const key = card(page).getByTestId('kursk-key-figure');
		await expect(key).toContainText(`${rounded(figures.kursk.lostSincePeak.heldOrContestedKm2, 10)} km²`);
		await expect(key).toBeInViewport();
		// The name tapped is still in sight too.
		await expect(mention).toBeInViewport();
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'page-kursk-390x844');
	});

	test('screenshot: Kursk on 27 August 2024 from a link, at 3840x2160', { tag: '@screenshot' }, async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 3840, height: 2160 });
		await page.goto('/?select=region:RU-KRS&kursk=2024-08-27');
		await waitForMap(page);
		await kurskDrawn(page, '27 August 2024');
		await expect.poll(() => param(page, 'at')).not.toBeNull();
		await waitForMapIdle(page);
		await keepScreenshot(page, testInfo, 'page-kursk-2024-08-27-3840x2160');
	});
});
