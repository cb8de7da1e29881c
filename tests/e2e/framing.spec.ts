import { expect, test, type Page } from '@playwright/test';
import { shippedDecks } from '../../src/lib/present/deckFiles';
import { keepScreenshot, smallestText, waitForMap, waitForMapIdle } from './support';

// Every camera move frames its subject in what the overlays leave of the map (src/lib/map/framing.ts):
// the map's container says where the subject landed (`data-framed-subject`, the screen box of its
// bounds once the camera rests); this test measures the free rectangle itself, from the page: the
// map's box, inside the 90% safe area on a wall, less every overlay and MapLibre control.

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

async function framing(page: Page, safeInset: number) {
	return page.evaluate((inset) => {
		const map = document.querySelector<HTMLElement>('[data-map-state]')!;
		const rect = (e: Element) => {
			const r = e.getBoundingClientRect();
			return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, what: `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}` };
		};
		const [left, top, right, bottom] = (map.dataset.framedSubject ?? '').split(',').map(Number);
		return {
			subject: map.dataset.framedSubject ? { left: left!, top: top!, right: right!, bottom: bottom! } : null,
			map: rect(map),
			safe: { left: innerWidth * inset, top: innerHeight * inset, right: innerWidth * (1 - inset), bottom: innerHeight * (1 - inset) },
			obstacles: [...document.querySelectorAll('[data-map-obstacle], .maplibregl-ctrl-attrib, .maplibregl-ctrl-group')].map(rect).filter((r) => r.right > r.left && r.bottom > r.top)
		};
	}, safeInset);
}

const slack = 1;
const inside = (a: Box, b: Box) => a.left >= b.left - slack && a.top >= b.top - slack && a.right <= b.right + slack && a.bottom <= b.bottom + slack;
const overlap = (a: Box, b: Box) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
const show = (b: Box) => `[${[b.left, b.top, b.right, b.bottom].map((n) => Math.round(n)).join(', ')}]`;

async function expectFramed(page: Page, what: string, safeInset: number) {
	const f = await framing(page, safeInset);
	expect(f.subject, `${what}: the map says where it framed the subject`).not.toBeNull();
	const subject = f.subject!;
	expect(inside(subject, f.map), `${what}: subject ${show(subject)} inside the map ${show(f.map)}`).toBe(true);
	expect(inside(subject, f.safe), `${what}: subject ${show(subject)} inside the safe area ${show(f.safe)}`).toBe(true);
	for (const o of f.obstacles) expect(overlap(subject, o), `${what}: subject ${show(subject)} clear of ${o.what} ${show(o)}`).toBe(false);
}

const sizes = [
	[1920, 1080],
	[3840, 2160],
	[2560, 1080],
	[1080, 1920]
] as const;

// The default deck at every size; the others at a landscape and a portrait screen (their chapters
// frame the same kinds of subject, and each 4K chapter costs SwiftShader seconds).
const [defaultDeck, ...otherDecks] = shippedDecks();
const runs = [
	...sizes.map((size) => ({ deck: defaultDeck!, size })),
	...otherDecks.flatMap((deck) => [sizes[0], sizes[3]].map((size) => ({ deck, size })))
];

for (const { deck, size: [width, height] } of runs) {
	test(`every chapter of the ${deck.id} deck frames its subject in the free area at ${width}×${height} @screenshot`, async ({ page }, testInfo) => {
		test.setTimeout(240_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width, height });
		await page.goto(`/present/?deck=${deck.id}&chapter=${deck.chapters[0]!.id}`);
		await waitForMap(page);
		for (const [i, chapter] of deck.chapters.entries()) {
			if (i > 0) await page.keyboard.press('ArrowRight');
			await expect(page.locator('main.present')).toHaveAttribute('data-chapter', chapter.id);
			await waitForMapIdle(page);
			// The screenshot first, so that a chapter that fails is in the output too.
			await keepScreenshot(page, testInfo, `${deck.id}-${String(i + 1).padStart(2, '0')}-${chapter.id}-${width}x${height}`);
			await expectFramed(page, `${deck.id} ${chapter.id} at ${width}×${height}`, 0.05);
			// Text for the room: at least 3% of the screen's shorter side (its height on a landscape screen).
			const text = await smallestText(page);
			expect(text.min, `${deck.id} ${chapter.id}, smallest text at ${width}×${height}: ${text.where}`).toBeGreaterThanOrEqual(0.03 * text.shorter - 0.5);
			// The credits, secondary text in the strip under the map: at least 2.2%.
			const credits = await page.locator('.maplibregl-ctrl-attrib').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
			expect(credits, `credits at ${width}×${height}`).toBeGreaterThanOrEqual(0.022 * text.shorter - 0.5);
		}
	});
}

test('a selection on the main page is framed clear of the overlays, at 1280×800 and on a phone', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	for (const [width, height] of [
		[1280, 800],
		[390, 844]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Donetsk', exact: false }).first().click();
		await waitForMapIdle(page);
		await expectFramed(page, `Donetsk at ${width}×${height}`, 0);
	}
});
