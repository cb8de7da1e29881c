import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { shippedDecks } from '../../src/lib/present/deckFiles';
import { filledPattern } from '../../src/lib/present/placeholders';
import { keepScreenshot, smallestText, waitForMap, waitForMapIdle, watchPage } from './support';

const decks = shippedDecks();
/** The default deck: /present/ without a `deck` in its link. */
const deck = decks[0]!.chapters;
const present = (page: Page) => page.locator('main.present');
const layersOf = (c: (typeof deck)[number]) => Object.entries(c.layers).filter(([, on]) => on).map(([n]) => n).join(' ');

async function expectChapter(page: Page, i: number, chapters: readonly (typeof deck)[number][] = deck) {
	const c = chapters[i]!;
	await expect(present(page)).toHaveAttribute('data-chapter', c.id);
	await expect(present(page)).toHaveAttribute('data-selected', c.select ?? '');
	await expect(present(page)).toHaveAttribute('data-layers', layersOf(c));
	// The deck's text with its placeholders filled: figures, never a placeholder, a blank or "undefined".
	await expect(page.getByTestId('caption')).toHaveText(filledPattern(c.caption));
	await expect(page.getByTestId('caption')).not.toHaveText(/[{}]|undefined|not available|loading/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(filledPattern(c.title));
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(i + 1));
	await expect.poll(() => new URL(page.url()).searchParams.get('chapter')).toBe(c.id);
}

interface IntervalRuns {
	/**
	 * The earliest, over the repeating timers the page has, of the page time at which its callback
	 * last started (and has since returned); -Infinity when it has none.
	 */
	lastIntervalRuns: () => number;
}

/**
 * Installed before the page's scripts: notes when each `setInterval` callback last ran, so that a
 * test can wait until the page's timers have checked the time after a given moment.
 */
function recordIntervalRuns() {
	const runs = new Map<number, number>();
	const setInterval = window.setInterval.bind(window);
	const clearInterval = window.clearInterval.bind(window);
	(window as unknown as IntervalRuns).lastIntervalRuns = () => (runs.size ? Math.min(...runs.values()) : -Infinity);
	window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
		const id: number = setInterval(() => {
			const at = performance.now();
			if (typeof handler === 'function') handler(...args);
			runs.set(id, at);
		}, timeout);
		runs.set(id, performance.now());
		return id;
	}) as typeof window.setInterval;
	window.clearInterval = ((id?: number) => {
		if (id !== undefined) runs.delete(id);
		clearInterval(id);
	}) as typeof window.clearInterval;
}

test.describe('presentation mode', () => {
	test('drives the whole deck by keys: layers, selection, caption, link', async ({ page }) => {
		const watch = watchPage(page, test.info().project.use.baseURL!);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto('/present/');
		await waitForMap(page);
		await expectChapter(page, 0);
		const forward = ['ArrowRight', 'PageDown', ' '];
		for (let i = 1; i < deck.length; i++) {
			await page.keyboard.press(forward[i % forward.length]!);
			await expectChapter(page, i);
		}
		await page.keyboard.press('ArrowRight');
		await expectChapter(page, deck.length - 1);
		await page.keyboard.press('PageUp');
		await expectChapter(page, deck.length - 2);
		await page.keyboard.press('ArrowLeft');
		await expectChapter(page, deck.length - 3);
		await page.keyboard.press('Home');
		await expectChapter(page, 0);
		await page.keyboard.press('End');
		await expectChapter(page, deck.length - 1);
		await page.keyboard.press('5');
		await page.keyboard.press('Enter');
		await expectChapter(page, 4);
		// A click on the map goes forward.
		await page.mouse.click(960, 300);
		await expectChapter(page, 5);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
	});

	test('deep link, blanking, help, Esc, text floor and axe', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 1920, height: 1080 });
		// Every chapter at four sizes, with its text floor and a screenshot: framing.spec.ts.
		for (const id of ['front-line', 'kursk-recapture', 'jeddah']) {
			await page.goto(`/present/?chapter=${id}`);
			await waitForMap(page);
			await expectChapter(page, deck.findIndex((c) => c.id === id));
			// The chapter's camera, layers and selection drawn (the globe's too, for Jeddah).
			await waitForMapIdle(page);
		}
		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		await page.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeVisible();
		await expect(page.getByTestId('blank')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeHidden();
		await page.keyboard.press('.');
		await expect(page.getByTestId('blank')).toBeVisible();
		await page.keyboard.press('.');
		await expect(page.getByTestId('blank')).toBeHidden();

		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'Keys' });
		await expect(help).toBeVisible();
		const helpText = await smallestText(page);
		expect(helpText.min).toBeGreaterThanOrEqual(0.03 * helpText.height - 0.5);
		const axeHelp = await new AxeBuilder({ page }).analyze();
		expect(axeHelp.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(help).toBeHidden();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('link', { name: 'Present' })).toBeVisible();
	});

	test('autoplay advances with shortened timings, pauses on p and on interaction, loops', async ({ page }) => {
		await page.addInitScript(recordIntervalRuns);
		const durationScale = 0.1;
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/present/?chapter=${deck.at(-3)!.id}&autoplay=1&durationScale=${durationScale}&idleResumeS=1`);
		await waitForMap(page);
		await expect(present(page)).toHaveAttribute('data-autoplay', 'playing');
		await expectChapter(page, deck.length - 2);
		await expectChapter(page, deck.length - 1);
		await expectChapter(page, 0);
		// The first chapter was shown by now (page time): running, autoplay leaves it at its first
		// check of the time once the chapter's duration has passed since.
		const due = (await page.evaluate(() => performance.now())) + deck[0]!.durationS * durationScale * 1000;
		await page.keyboard.press('p');
		await expect(present(page)).toHaveAttribute('data-autoplay', 'paused');
		await expect(page.getByText('Autoplay paused')).toBeVisible();
		// Paused, it stays: every repeating timer of the page (autoplay checks the time on one) has
		// run since the chapter's time was up, and the chapter is still the first, right then.
		await expect
			.poll(() => page.evaluate(() => (window as unknown as IntervalRuns).lastIntervalRuns()), { message: "the page's setInterval timers ran after the chapter's time was up", intervals: [100] })
			.toBeGreaterThanOrEqual(due);
		expect(await present(page).getAttribute('data-chapter')).toBe(deck[0]!.id);
		await expectChapter(page, 0);
		await page.keyboard.press('p');
		await expect(present(page)).toHaveAttribute('data-autoplay', 'playing');
		await expectChapter(page, 1);
		// Any other key pauses until idle for idleResumeS.
		await page.keyboard.press('Home');
		await expect(present(page)).toHaveAttribute('data-autoplay', 'paused');
		await expect(present(page)).toHaveAttribute('data-autoplay', 'playing', { timeout: 5000 });
		await expectChapter(page, 1);
		// So does moving the pointer (README, Presentation mode).
		await page.mouse.move(400, 300);
		await expect(present(page)).toHaveAttribute('data-autoplay', 'paused');
		await expect(present(page)).toHaveAttribute('data-autoplay', 'playing', { timeout: 5000 });
	});

	test('the presenter window follows the audience, and the audience follows it', async ({ page, context }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/present/?chapter=annexed-regions');
		await waitForMap(page);
		const popup = context.waitForEvent('page');
		await page.keyboard.press('n');
		const presenter = await popup;
		await presenter.waitForLoadState();
		const i = deck.findIndex((c) => c.id === 'annexed-regions');
		await expect(presenter.getByTestId('notes')).toHaveText(filledPattern(deck[i]!.notes));
		await expect(presenter.getByTestId('next')).toHaveText(deck[i + 1]!.title);
		await expect(presenter.getByTestId('clock')).toHaveText(/\d\d:\d\d:\d\d/);
		await expect(presenter.getByTestId('elapsed')).toHaveText(/\d:\d\d:\d\d/);
		await page.keyboard.press('ArrowRight');
		await expect(presenter.getByTestId('notes')).toHaveText(filledPattern(deck[i + 1]!.notes));
		await presenter.getByRole('button', { name: 'Next' }).click();
		await expectChapter(page, i + 2);
		await presenter.getByRole('button', { name: 'Blank screen' }).click();
		await expect(page.getByTestId('blank')).toBeVisible();
		await expect(presenter.getByRole('button', { name: 'Blank screen' })).toHaveAttribute('aria-pressed', 'true');
		// The presenter's "next" brings the map back rather than moving on behind black; b and . blank it from here too.
		await presenter.keyboard.press('PageDown');
		await expect(page.getByTestId('blank')).toBeHidden();
		await expectChapter(page, i + 2);
		await presenter.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeVisible();
		await presenter.keyboard.press('.');
		await expect(page.getByTestId('blank')).toBeHidden();
		const axe = await new AxeBuilder({ page: presenter }).analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	});

	test('keeps the screen on, asking again when the tab comes back, and hides an idle cursor', async ({ page }) => {
		// A stand-in Wake Lock that counts requests: headless Chromium has no screen to keep on.
		await page.addInitScript(() => {
			const log: string[] = [];
			(window as unknown as { wakeLockLog: string[] }).wakeLockLog = log;
			Object.defineProperty(navigator, 'wakeLock', {
				configurable: true,
				value: { request: async (type: string) => (log.push(type), { release: async () => {}, released: false, type }) }
			});
		});
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto('/present/');
		await waitForMap(page);
		const requests = () => page.evaluate(() => (window as unknown as { wakeLockLog: string[] }).wakeLockLog.length);
		await expect.poll(requests).toBeGreaterThanOrEqual(1);
		const before = await requests();
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect.poll(requests).toBe(before + 1);

		// The cursor goes after cursorHideS (2 s) without movement and comes back on the next move.
		await page.mouse.move(200, 200);
		await expect(present(page)).not.toHaveClass(/cursor-hidden/);
		await expect(present(page)).toHaveClass(/cursor-hidden/, { timeout: 5_000 });
		await page.mouse.move(300, 300);
		await expect(present(page)).not.toHaveClass(/cursor-hidden/);
	});

	test('a clicker’s next on a blanked screen brings the map back first; help lists the keys in force', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		// A settings file that remaps: x goes on, b is freed (only . blanks).
		await page.route('**/present-settings.json', (route) => route.fulfill({ json: { keys: { x: 'next', b: null, B: null } } }));
		await page.goto('/present/');
		await waitForMap(page);
		await expectChapter(page, 0);
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeHidden();
		for (const next of ['PageDown', 'ArrowRight', ' ', 'x']) {
			await page.keyboard.press('.');
			await expect(page.getByTestId('blank')).toBeVisible();
			await page.keyboard.press(next);
			await expect(page.getByTestId('blank'), next).toBeHidden();
			await expectChapter(page, 0);
		}
		await page.keyboard.press('.');
		await page.mouse.click(960, 300);
		await expect(page.getByTestId('blank')).toBeHidden();
		await expectChapter(page, 0);
		await page.keyboard.press('x');
		await expectChapter(page, 1);

		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'Keys' });
		await expect(help.locator('dt', { hasText: 'click' })).toHaveText('→ PageDown Space x click');
		await expect(help.locator('dt', { hasText: /^\.$/ })).toHaveCount(1);
		await expect(help.locator('dt', { hasText: /^b/ })).toHaveCount(0);
		await page.keyboard.press('Escape');

		// A chapter number the deck does not have: a notice on the wall, gone on Esc.
		for (const key of ['4', '2', 'Enter']) await page.keyboard.press(key);
		await expect(page.locator('.notice')).toContainText(`There is no chapter 42: this deck has chapters 1 to ${deck.length}.`);
		await expectChapter(page, 1);
		await page.keyboard.press('Escape');
		await expect(page.locator('.notice')).toHaveCount(0);
		await expect(page).toHaveURL(/\/present\//);
	});

	test('opens a second deck by link, and the default deck, with a notice, for an unknown one', async ({ page }, testInfo) => {
		const watch = watchPage(page, test.info().project.use.baseURL!);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 1920, height: 1080 });
		for (const shipped of decks) {
			await page.goto(`/present/?deck=${shipped.id}`);
			await waitForMap(page);
			await expect(present(page)).toHaveAttribute('data-deck', shipped.id);
			await expectChapter(page, 0, shipped.chapters);
			await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(shipped.chapters.length));
			await expect.poll(() => new URL(page.url()).searchParams.get('deck')).toBe(shipped.id);
			await waitForMapIdle(page);
			await keepScreenshot(page, testInfo, `present-deck-${shipped.id}-first-1920x1080`);
		}
		const briefing = decks.find((d) => d.id === 'briefing')!;
		await page.keyboard.press('End');
		await expectChapter(page, briefing.chapters.length - 1, briefing.chapters);

		await page.goto('/present/?deck=%3Cb%3Ehello&chapter=2');
		await expect(page.locator('.notice')).toHaveText(/Ignored the link’s deck: no deck has that id; showing the ceasefire deck\./);
		await expect(page.locator('body')).not.toContainText('hello');
		await waitForMap(page);
		await expect(present(page)).toHaveAttribute('data-deck', 'ceasefire');
		await expectChapter(page, 1);
		expect(watch.pageErrors).toEqual([]);
	});
});
