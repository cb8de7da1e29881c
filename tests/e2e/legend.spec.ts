import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { keepScreenshot, waitForMap, waitForMapIdle, watchPage } from './support';

/** Boxes that must not overlap: the keys, the badge, the credits, the scale bar, the zoom buttons. */
async function boxes(page: Page, locators: Record<string, Locator>) {
	const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
	for (const [name, locator] of Object.entries(locators)) {
		const box = await locator.boundingBox();
		expect(box, `${name} is on screen`).not.toBeNull();
		out[name] = box!;
	}
	return out;
}
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectApart(page: Page, locators: Record<string, Locator>) {
	const found = await boxes(page, locators);
	const names = Object.keys(found);
	for (const [i, a] of names.entries()) for (const b of names.slice(i + 1)) expect(overlap(found[a]!, found[b]!), `${a} overlaps ${b}`).toBe(false);
}

async function axeClean(page: Page) {
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test.describe('the compact legend on the main page', () => {
	for (const [width, height] of [
		[1280, 800],
		[390, 844]
	] as const) {
		test(`is there on a cold open at ${width}x${height}, lists what is drawn, and is clear of the badge and the controls`, async ({ page, baseURL }, testInfo) => {
			const watch = watchPage(page, baseURL!);
			await page.setViewportSize({ width, height });
			await page.goto('/');
			await waitForMap(page);
			await waitForMapIdle(page);
			const legend = page.getByTestId('compact-legend');
			await expect(legend).toBeVisible();
			await expect(legend).toHaveAttribute('data-map-obstacle', '');
			await expect(legend).toContainText('On the map, 13 March 2025');
			const swatches = await legend.locator('li[data-swatch]').evaluateAll((els) => els.map((e) => e.getAttribute('data-swatch')));
			expect(swatches).toEqual(expect.arrayContaining(['occupied-since', 'occupied-before', 'contested', 'contact', 'claim', 'kursk', 'kursk-peak', 'border-front', 'place']));
			// The swatches are painted with the map's colours, set from the theme at run time.
			const before = await legend.locator('.key-swatch.key-occupied-before').evaluate((e) => getComputedStyle(e).backgroundColor);
			expect(before).not.toBe('rgba(0, 0, 0, 0)');
			await expect(page.getByTestId('as-of-badge')).toHaveText('As DeepStateMap assessed it on 13 March 2025');
			await expect(page.getByTestId('as-of-badge')).toHaveAttribute('data-map-obstacle', '');
			await expectApart(page, {
				legend,
				badge: page.getByTestId('as-of-badge'),
				credits: page.locator('.maplibregl-ctrl-attrib'),
				scale: page.locator('.maplibregl-ctrl-scale'),
				zoom: page.locator('.maplibregl-ctrl-top-right')
			});
			// On a phone it keeps to a corner: a small share of the map.
			const map = (await page.locator('.map').boundingBox())!;
			const box = (await legend.boundingBox())!;
			expect((box.width * box.height) / (map.width * map.height)).toBeLessThan(width < 760 ? 0.3 : 0.2);
			await axeClean(page);
			await keepScreenshot(page, testInfo, `main-cold-${width}x${height}`);

			// The full panel is one click away.
			await legend.getByRole('button', { name: 'All layers' }).click();
			const layers = page.locator('details#map-layers');
			await expect(layers).toHaveAttribute('open', '');
			await expect(layers.locator('summary')).toBeFocused();
			// Folding it leaves a button that brings it back.
			await legend.getByRole('button', { name: 'Hide key' }).click();
			await expect(legend.locator('li[data-swatch]')).toHaveCount(0);
			await legend.getByRole('button', { name: 'Key' }).click();
			await expect(legend.locator('li[data-swatch]').first()).toBeVisible();
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.pageErrors).toEqual([]);
		});
	}

	test('lists only the layers shown, and names both dates when Kursk is drawn as of another day', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await page.getByTestId('compact-legend').getByRole('button', { name: 'All layers' }).click();
		await page.getByRole('checkbox', { name: 'Occupied territory' }).uncheck();
		await page.getByRole('checkbox', { name: 'Contested ground' }).uncheck();
		const legend = page.getByTestId('compact-legend');
		await expect(legend.locator('li[data-swatch="occupied-since"]')).toHaveCount(0);
		await page.getByRole('combobox', { name: 'Kursk date' }).selectOption('2024-08-27');
		await expect(legend).toContainText('On the map: front 13 March 2025 · Kursk 27 August 2024');
		await expect(page.getByTestId('as-of-badge')).toHaveText('DeepStateMap: front 13 Mar 2025 · Kursk 27 Aug 2024');
		await page.getByRole('checkbox', { name: 'Ukrainian-held ground in Kursk oblast' }).uncheck();
		await expect(page.getByTestId('as-of-badge')).toHaveText('As DeepStateMap assessed it on 13 March 2025');
		await expect(legend.locator('li[data-swatch="kursk"]')).toHaveCount(0);
	});

	test('says which layer is not shown when its file fails', async ({ page }) => {
		await page.route('**/data/facts/*/contact-line.geojson', (route) => route.fulfill({ status: 404, body: 'gone' }));
		await page.goto('/');
		await waitForMap(page);
		const legend = page.getByTestId('compact-legend');
		await expect(legend.getByTestId('not-shown')).toContainText('contact line');
		await expect(legend.locator('li[data-swatch="contact"]')).toHaveCount(0);
		await expect(legend.locator('li[data-swatch="occupied-before"]')).toHaveCount(1);
	});

	test('keeps the badge, the credits, the scale bar and the zoom buttons apart at 3840x2160 @screenshot', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 3840, height: 2160 });
		await page.goto('/');
		await waitForMap(page);
		await waitForMapIdle(page);
		await expectApart(page, {
			legend: page.getByTestId('compact-legend'),
			badge: page.getByTestId('as-of-badge'),
			credits: page.locator('.maplibregl-ctrl-attrib'),
			scale: page.locator('.maplibregl-ctrl-scale'),
			zoom: page.locator('.maplibregl-ctrl-top-right')
		});
		await keepScreenshot(page, testInfo, 'main-cold-3840x2160');
	});
});

/** The swatches a chapter's layers call for (data-layers on the presentation's main element). */
function factsSwatches(layers: string): string[] {
	const on = new Set(layers.split(' '));
	return [
		...(on.has('occupied') ? ['occupied-since', 'occupied-before', 'contested'] : []),
		...(on.has('kursk') && !on.has('occupied') ? ['contested'] : []),
		...(on.has('contactLine') ? ['contact'] : []),
		...(on.has('annexationClaims') ? ['claim'] : []),
		...(on.has('kursk') ? ['kursk', 'kursk-peak'] : []),
		...(on.has('borderFront') ? ['border-front'] : [])
	].sort();
}
const factsKinds = new Set(['occupied-since', 'occupied-before', 'contested', 'contact', 'claim', 'kursk', 'kursk-peak', 'border-front']);

test.describe('the presentation legend', () => {
	test('lists the chapter’s layers, inside the safe area, clear of the caption, sized for the room; the badge names both dates on Kursk, 27 August 2024', async ({ page, baseURL }) => {
		const watch = watchPage(page, baseURL!);
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const id of ['kursk-incursion', 'annexed-regions', 'front-line']) {
			await page.goto(`/present/?chapter=${id}`);
			await waitForMap(page);
			await expect(page.locator('main.present')).toHaveAttribute('data-chapter', id);
			await waitForMapIdle(page);
			const legend = page.getByTestId('chapter-legend');
			await expect(legend).toBeVisible();
			await expect(legend).toHaveAttribute('data-map-obstacle', '');
			const layers = (await page.locator('main.present').getAttribute('data-layers'))!;
			const listed = await legend.locator('li[data-swatch]').evaluateAll((els) => els.map((e) => e.getAttribute('data-swatch')!));
			expect(listed.filter((s) => factsKinds.has(s)).sort(), `${id}: ${layers}`).toEqual(factsSwatches(layers));

			const box = (await legend.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0.05 * 1920 - 0.5);
			expect(box.y).toBeGreaterThanOrEqual(0.05 * 1080 - 0.5);
			expect(box.x + box.width).toBeLessThanOrEqual(0.95 * 1920 + 0.5);
			expect(box.y + box.height).toBeLessThanOrEqual(0.95 * 1080 + 0.5);
			await expectApart(page, { legend, caption: page.locator('section.caption'), badge: page.getByTestId('as-of-badge'), credits: page.locator('.maplibregl-ctrl-attrib') });
			const sizes = await legend.locator('li, p').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
			for (const size of sizes) expect(size).toBeGreaterThanOrEqual(0.022 * 1080);
		}

		await page.goto('/present/?chapter=kursk-incursion');
		await waitForMap(page);
		await expect(page.getByTestId('as-of-badge')).toHaveText('DeepStateMap: front 13 Mar 2025 · Kursk 27 Aug 2024');
		await expect(page.getByTestId('chapter-legend')).toContainText('On the map: front 13 March 2025 · Kursk 27 August 2024');
		await axeClean(page);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});
	// Screenshots of every chapter with its legend, at four sizes: framing.spec.ts.
});
