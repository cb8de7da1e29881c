import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';

/** What a page did that a test may want to forbid: console errors, uncaught errors, foreign requests. */
export interface PageWatch {
	consoleErrors: string[];
	pageErrors: string[];
	foreignRequests: string[];
	localRequests: string[];
}

export function watchPage(page: Page, baseURL: string): PageWatch {
	const origin = new URL(baseURL).origin;
	const watch: PageWatch = { consoleErrors: [], pageErrors: [], foreignRequests: [], localRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watch.pageErrors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin === origin) watch.localRequests.push(url);
		else watch.foreignRequests.push(url);
	});
	return watch;
}

/** Waits until the map has drawn everything for the first time (MapLibre's first `idle`). */
export async function waitForMap(page: Page): Promise<void> {
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 60_000 });
}

/**
 * Waits until the map has drawn everything it was asked to show: `data-map-idle="true"` on the
 * map's container (src/lib/map/mapStatus.svelte.ts). It is "false" from the moment a change asks
 * the map for work (a layer, a theme, a flight, a selection) until MapLibre's next `idle`.
 *
 * It first waits for the page's own reaction to the last action, so that a change just made is
 * never mistaken for a settled map: for the second animation frame from now. The app's reaction
 * (Svelte's effects, the map work it queues, which sets the attribute to "false" at once) runs in
 * the task of the input or in microtasks after it; MapLibre's (a repaint it asks for itself, such
 * as a hover tint) runs in an animation frame, whose `render` sets the attribute to "false" too.
 * Chromium dispatches a pointer move at the start of a frame, and the repaint MapLibre asks for then
 * runs in that same frame but after a callback asked for earlier (this one's): the first frame may
 * come before it, the second comes after it all. Frames are events the page fires, not a clock.
 */
export async function waitForMapIdle(page: Page): Promise<void> {
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	await expect(page.locator('[data-map-idle]')).toHaveAttribute('data-map-idle', 'true', { timeout: 30_000 });
}

/** Opens the panel's "Map layers" disclosure, where the legend, its checkboxes and the key figures are. */
export async function openMapLayers(page: Page): Promise<void> {
	const layers = page.locator('details').filter({ has: page.locator('summary', { hasText: 'Map layers' }) });
	if ((await layers.getAttribute('open')) === null) await layers.locator('summary').click();
	await expect(layers).toHaveAttribute('open', '');
}

export interface Histogram {
	total: number;
	/** Share of pixels within a small distance of the given colour. */
	share(hex: string, tolerance?: number): number;
	/** Number of distinct colours (quantized to 4 bits a channel) that cover at least `minShare`. */
	distinctColours(minShare: number): number;
	/** Share of pixels darker than `luminance` (0–255). */
	darkerThan(luminance: number): number;
}

/** Takes a screenshot of the map region and summarises its pixels. */
export async function mapPixels(page: Page): Promise<Histogram> {
	const png = PNG.sync.read(await page.locator('.map').screenshot());
	const { data, width, height } = png;
	const total = width * height;
	const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return {
		total,
		share(hex, tolerance = 6) {
			const [r, g, b] = rgb(hex);
			let n = 0;
			for (let i = 0; i < data.length; i += 4) {
				if (Math.abs(data[i]! - r!) <= tolerance && Math.abs(data[i + 1]! - g!) <= tolerance && Math.abs(data[i + 2]! - b!) <= tolerance) n++;
			}
			return n / total;
		},
		distinctColours(minShare) {
			const counts = new Map<number, number>();
			for (let i = 0; i < data.length; i += 4) {
				const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
				counts.set(key, (counts.get(key) ?? 0) + 1);
			}
			return [...counts.values()].filter((c) => c / total >= minShare).length;
		},
		darkerThan(luminance) {
			let n = 0;
			for (let i = 0; i < data.length; i += 4) {
				if (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]! < luminance) n++;
			}
			return n / total;
		}
	};
}

/** Saves a full-page screenshot under test-results/screenshots and attaches it to the report. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
	mkdirSync('test-results/screenshots', { recursive: true });
	const path = `test-results/screenshots/${name}.png`;
	await page.screenshot({ path });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * The smallest font size of any visible piece of text, less what only screen readers get, the
 * chapter legend and the credits (secondary text, with a floor of their own, 2.2%: legend.spec.ts,
 * framing.spec.ts); with the screen's height and shorter side, which presentation sizes text by.
 */
export async function smallestText(page: Page): Promise<{ min: number; where: string; height: number; shorter: number }> {
	return page.evaluate(() => {
		let min = Infinity;
		let where = '';
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent?.trim()) continue;
			const el = node.parentElement!;
			// The chapter's legend has a floor of its own, 2.2% (legend.spec.ts).
			if (el.closest('.visually-hidden, [hidden], script, style, [data-testid="chapter-legend"], .maplibregl-ctrl-attrib')) continue;
			const box = el.getBoundingClientRect();
			const css = getComputedStyle(el);
			if (box.width < 2 || box.height < 2 || css.visibility === 'hidden' || css.display === 'none') continue;
			const size = parseFloat(css.fontSize);
			if (size < min) [min, where] = [size, `${el.tagName}.${el.className}: ${node.textContent.trim().slice(0, 40)}`];
		}
		return { min, where, height: window.innerHeight, shorter: Math.min(window.innerWidth, window.innerHeight) };
	});
}
