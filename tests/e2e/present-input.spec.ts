// Presentation mode against hostile input (issue 11): messages that another page of the site posts
// on the presenter channel, and links with text or numbers that must not reach the screen or stall
// autoplay. Pages are shared between checks where one load can serve several: the map's first draw
// is the slow part.
import { expect, test, type Page } from '@playwright/test';
import { shippedDecks } from '../../src/lib/present/deckFiles';
import { filledPattern } from '../../src/lib/present/placeholders';
import { waitForMap, watchPage } from './support';

/** The default deck: /present/ without a `deck` in its link. */
const deck = shippedDecks()[0]!.chapters;
const present = (page: Page) => page.locator('main.present');
const indexOf = (id: string) => deck.findIndex((c) => c.id === id);

interface AttributeLog {
	/** Every value main.present's data-chapter and data-autoplay took, in order. */
	presentLog: { chapter: string; autoplay: string }[];
}

/**
 * Installed before the page's scripts: logs each change of the chapter and of autoplay's state, so
 * that a test can tell what happened between two moments even when a chapter lasts under a second.
 */
function recordAttributes() {
	const log: AttributeLog['presentLog'] = [];
	(window as unknown as AttributeLog).presentLog = log;
	new MutationObserver(() => {
		const main = document.querySelector('main.present');
		if (!main) return;
		const entry = { chapter: main.getAttribute('data-chapter') ?? '', autoplay: main.getAttribute('data-autoplay') ?? '' };
		const last = log.at(-1);
		if (!last || last.chapter !== entry.chapter || last.autoplay !== entry.autoplay) log.push(entry);
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chapter', 'data-autoplay'] });
}

const logOf = (page: Page) => page.evaluate(() => (window as unknown as AttributeLog).presentLog);

/** The chapters the log went through, without repeats: autoplay's steps only, each the next (looping). */
function expectOnlyAutoplaySteps(entries: AttributeLog['presentLog']) {
	const chapters = entries.map((e) => e.chapter).filter((c, i, all) => c && c !== all[i - 1]);
	for (let i = 1; i < chapters.length; i++) expect(indexOf(chapters[i]!), `${chapters[i - 1]} → ${chapters[i]}`).toBe((indexOf(chapters[i - 1]!) + 1) % deck.length);
	expect(entries.map((e) => e.autoplay).filter((a) => a !== 'playing')).toEqual([]);
}

/** Posts `messages` from `page` on `channel`, in order (a channel delivers one sender's messages in order). */
function post(page: Page, channel: string, messages: unknown[]) {
	return page.evaluate(
		({ channel, messages }) => {
			const c = new BroadcastChannel(channel);
			for (const m of messages) c.postMessage(m);
			c.close();
		},
		{ channel, messages }
	);
}

test.describe('presentation mode against hostile input', () => {
	test('messages from another page neither break nor drive the deck; a tiny durationScale is clamped', async ({ page, context }) => {
		await page.addInitScript(recordAttributes);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const watch = watchPage(page, test.info().project.use.baseURL!);
		await page.goto('/present/?autoplay=1&durationScale=1e-9&idleResumeS=1');
		await expect(page.locator('.notice')).toContainText('The link’s durationScale is outside 0.05–20; using 0.05.');
		// Clamped, the chapters last long enough for the map to come to rest.
		await waitForMap(page);

		// The presenter window, opened as a presenter opens it: its link carries the session's token.
		const popup = context.waitForEvent('page');
		await page.keyboard.press('n');
		const presenter = await popup;
		const presenterErrors: string[] = [];
		presenter.on('pageerror', (error) => presenterErrors.push(error.message));
		const token = new URL(presenter.url()).hash.match(/^#session=([0-9a-f]{32})$/)?.[1];
		expect(token, 'the presenter link carries a token').toBeTruthy();
		const channel = `frontline-atlas:present:${token}`;
		await expect(presenter.locator('main.presenter').getByRole('status')).toHaveText(/^Chapter \d+ of/);

		// Another page of the site: the presenter page opened by hand, which has no token and says so.
		const stranger = await context.newPage();
		await stranger.goto('/present/presenter/');
		await expect(stranger.getByRole('alert')).toHaveText(/Open this view from the presentation: press n there/);
		await expect(stranger.getByTestId('notes')).toHaveCount(0);

		// Autoplay has resumed after the key press; from here only its own steps may change the chapter.
		await expect(present(page)).toHaveAttribute('data-autoplay', 'playing');
		const mark = (await logOf(page)).length;
		const other = 'f'.repeat(32) === token ? '0'.repeat(32) : 'f'.repeat(32);
		await post(stranger, channel, [
			{ type: 'goto', index: 0.5, token },
			{ type: 'goto', index: NaN, token },
			{ type: 'goto', index: Infinity, token },
			{ type: 'goto', index: '1', token },
			{ type: 'state', index: NaN, blanked: false, paused: false, startedAt: 0, token },
			{ type: 'blank', blanked: 'yes', token },
			{ type: 'goto', index: 1, token: other },
			{ type: 'blank', blanked: true, token: other },
			{ type: 'goto', index: 1 },
			JSON.parse(`{"__proto__": {"type": "goto", "index": 1, "token": "${token}"}}`),
			'goto',
			null
		]);
		await post(stranger, 'frontline-atlas:present', [{ type: 'goto', index: 1 }, { type: 'goto', index: 0.5 }]);
		await post(stranger, `frontline-atlas:present:${other}`, [{ type: 'goto', index: 1, token: other }]);
		// A message of the session after them: once the screen has blanked, every one before it was read.
		await post(stranger, channel, [{ type: 'blank', blanked: true, token }]);
		await expect(page.getByTestId('blank')).toBeVisible();
		expectOnlyAutoplaySteps((await logOf(page)).slice(mark));
		expect(watch.pageErrors).toEqual([]);
		expect(presenterErrors).toEqual([]);

		// Autoplay still goes on, and the session's own messages still work.
		await post(stranger, channel, [{ type: 'blank', blanked: false, token }]);
		await expect(page.getByTestId('blank')).toBeHidden();
		const since = (await logOf(page)).length;
		await expect.poll(async () => (await logOf(page)).slice(since).filter((e) => e.chapter).length, { message: 'autoplay moved on' }).toBeGreaterThan(0);
		expectOnlyAutoplaySteps((await logOf(page)).slice(mark));

		// The presenter window, after a state it cannot use, still answers its Next key. Autoplay is
		// held first, so that the audience says nothing unasked from here on.
		await page.keyboard.press('p');
		await expect(present(page)).toHaveAttribute('data-autoplay', 'paused');
		await expect(presenter.locator('main.presenter').getByRole('status')).toHaveText(/autoplay paused/);
		const shown = indexOf((await present(page).getAttribute('data-chapter'))!);
		const k = shown === 2 ? 3 : 2;
		await post(stranger, channel, [
			{ type: 'state', index: NaN, blanked: false, paused: true, startedAt: 1, token },
			{ type: 'state', index: 0.5, blanked: false, paused: true, startedAt: 1, token },
			{ type: 'state', index: Infinity, blanked: false, paused: true, startedAt: NaN, token },
			{ type: 'state', index: 1, blanked: 'no', paused: true, startedAt: 1, token },
			// Well formed, of the session: the presenter shows chapter k once it has read the others.
			{ type: 'state', index: k, blanked: false, paused: true, startedAt: Date.now(), token }
		]);
		await expect(presenter.locator('main.presenter')).toHaveAttribute('data-chapter', deck[k]!.id);
		await presenter.keyboard.press('ArrowRight');
		await expect(present(page)).toHaveAttribute('data-chapter', deck[k + 1]!.id);
		await expect(presenter.getByTestId('notes')).toHaveText(filledPattern(deck[k + 1]!.notes));
		expect(watch.pageErrors).toEqual([]);
		expect(presenterErrors).toEqual([]);
	});

	test('link text never reaches the screen; an endless durationScale is clamped and autoplay goes on', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
		// Autoplay's clock is the page's: installed here, it can be moved past a 240 s chapter at once.
		await page.clock.install();
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const watch = watchPage(page, test.info().project.use.baseURL!);
		await page.goto(`/present/?chapter=${encodeURIComponent('<script>alert(1)</script>hello')}&autoplay=1&durationScale=Infinity`);
		const notice = page.locator('.notice');
		await expect(notice).toContainText('Ignored the link’s chapter: no chapter has that id; showing chapter 1.');
		await expect(notice).toContainText('The link’s durationScale is outside 0.05–20; using 20.');
		await expect(present(page)).toHaveAttribute('data-chapter', deck[0]!.id);
		await expect(present(page)).toHaveAttribute('data-autoplay', 'playing');
		const text = await page.locator('body').innerText();
		expect(text).not.toMatch(/hello|<script|alert\(1\)/i);
		expect(await page.title()).not.toMatch(/hello|script/i);
		// The address now names the chapter shown, not the link's text.
		await expect.poll(() => new URL(page.url()).searchParams.get('chapter')).toBe(deck[0]!.id);

		await waitForMap(page);
		await page.clock.fastForward(deck[0]!.durationS * 20 * 1000 + 1000);
		await expect(present(page)).toHaveAttribute('data-chapter', deck[1]!.id);
		expect(dialogs).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});
});
