import { describe, expect, it } from 'vitest';
import { atlasConfig } from '$lib/config';
import { chapterIndex } from './deck';
import { shippedDecks } from './deckFiles';
import { figuresFailedText } from './fillText';
import { defaultSettings, type PresentSettings } from './keys';
import { parseLink } from './link';
import { Presentation, noticeMs, type KeyPress, type PresentationHost } from './presentation.svelte';
import type { SyncMessage } from './sync';

const decks = shippedDecks();
const deck = decks[0]!.chapters;

interface FakeHost extends PresentationHost {
	time: number;
	/** Timers set with `later`, run by {@link runTimers}. */
	timers: { at: number; run: () => void; cancelled: boolean }[];
	links: string[];
	posts: SyncMessage[];
	fullscreen: boolean;
	refuseFullscreen: boolean;
	presenterOpened: number;
	left: number;
}

/** A host that records what the presentation asks of the page, on a clock the test sets. */
function fakeHost(): FakeHost {
	const host: FakeHost = {
		time: 0,
		timers: [],
		links: [],
		posts: [],
		fullscreen: false,
		refuseFullscreen: false,
		presenterOpened: 0,
		left: 0,
		now: () => host.time,
		writeChapter: (id) => void host.links.push(id),
		post: (message) => void host.posts.push(message),
		settle: () => Promise.resolve(),
		mapDrawn: () => Promise.resolve(),
		later: (run, ms) => {
			const timer = { at: host.time + ms, run, cancelled: false };
			host.timers.push(timer);
			return () => void (timer.cancelled = true);
		},
		toggleFullscreen: () => (host.refuseFullscreen ? Promise.reject(new Error('no')) : Promise.resolve(void (host.fullscreen = !host.fullscreen))),
		isFullscreen: () => host.fullscreen,
		openPresenter: (deckId) => void (host.presenterOpened++, host.links.push(`presenter:${deckId}`)),
		leave: () => void host.left++
	};
	return host;
}

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress & { prevented: boolean } {
	const event = { key, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, prevented: false, preventDefault: () => void (event.prevented = true), ...modifiers };
	return event;
}

/** Runs the timers due by the host's time. */
function runTimers(host: FakeHost) {
	for (const timer of host.timers.splice(0)) {
		if (timer.cancelled) continue;
		if (timer.at <= host.time) timer.run();
		else host.timers.push(timer);
	}
}

const onMap = { closest: () => null };
const onButton = { closest: (selector: string) => (selector.includes('button') ? {} : null) };

async function started(search = '', settings: PresentSettings = defaultSettings) {
	const host = fakeHost();
	const presentation = new Presentation(decks, host);
	const first = presentation.begin(parseLink(new URLSearchParams(search), decks), 1_000);
	await presentation.useSettings(settings, null, first);
	return { host, presentation };
}

describe('Presentation', () => {
	it('opens the linked chapter once the settings are in, with its view of the map', async () => {
		const { host, presentation } = await started('?chapter=kursk-incursion');
		const chapter = deck[chapterIndex('kursk-incursion', deck)]!;
		expect(presentation.ready).toBe(true);
		expect(presentation.chapter).toBe(chapter);
		expect(presentation.selected).toBe('region:RU-KRS');
		expect(presentation.flight).toEqual({ key: 'region:RU-KRS' });
		expect(presentation.visibility).toBe(chapter.layers);
		expect(presentation.kurskDate).toBe('2024-08-27');
		expect(presentation.layerNames).toBe('kursk borderFront');
		expect(host.links).toEqual(['kursk-incursion']);
		expect(host.posts.at(-1)).toEqual({ type: 'state', index: chapterIndex('kursk-incursion', deck), blanked: false, paused: false, startedAt: 1_000 });
		expect(presentation.autoplayState).toBe('off');
	});

	it('starts at the first chapter, with a notice, for a chapter that does not exist; the article’s Kursk date by default', async () => {
		const { presentation } = await started('?chapter=nope');
		expect(presentation.index).toBe(0);
		expect(presentation.notice).toBe('Ignored the link’s chapter: no chapter has that id; showing chapter 1.');
		expect(presentation.kurskDate).toBe(atlasConfig.articleDate);
		expect(presentation.flight).toEqual(deck[0]!.camera);
	});

	it('sets the selection before the camera, and drops the camera of a chapter already left', async () => {
		const host = fakeHost();
		const releases: (() => void)[] = [];
		host.settle = () => new Promise<void>((resolve) => releases.push(resolve));
		const presentation = new Presentation(decks, host);
		const shown = presentation.show(4);
		expect(presentation.selected).toBe(deck[4]!.select);
		expect(presentation.flight).toBeNull();
		releases.shift()!();
		await shown;
		expect(presentation.flight).toEqual({ key: deck[4]!.select });
		const left = presentation.show(5);
		void presentation.show(6);
		releases.shift()!();
		await left;
		expect(presentation.flight).toEqual({ key: deck[4]!.select });
	});

	it('moves through the deck by keys, and stops at its ends', async () => {
		const { presentation } = await started();
		const next = press('ArrowRight');
		presentation.key(next);
		expect(next.prevented).toBe(true);
		expect(presentation.index).toBe(1);
		presentation.key(press('End'));
		expect(presentation.index).toBe(deck.length - 1);
		presentation.key(press('PageDown'));
		expect(presentation.index).toBe(deck.length - 1);
		presentation.key(press('Home'));
		presentation.key(press('ArrowLeft'));
		expect(presentation.index).toBe(0);
		presentation.key(press('5'));
		presentation.key(press('Enter'));
		expect(presentation.index).toBe(4);
		// Keys with modifiers, or already handled, are the browser's.
		presentation.key(press('ArrowRight', { ctrlKey: true }));
		presentation.key(press('ArrowRight', { defaultPrevented: true }));
		expect(presentation.index).toBe(4);
	});

	it('blanks, shows help, goes fullscreen, opens the presenter window, and leaves', async () => {
		const { host, presentation } = await started();
		presentation.key(press('b'));
		expect(presentation.blanked).toBe(true);
		expect(host.posts.at(-1)).toMatchObject({ type: 'state', blanked: true });
		presentation.click(onMap);
		expect(presentation.blanked).toBe(false);
		expect(presentation.index).toBe(0);
		presentation.key(press('?'));
		expect(presentation.helpOpen).toBe(true);
		presentation.key(press('Escape'));
		expect(presentation.helpOpen).toBe(false);
		expect(host.left).toBe(0);
		// `s` opens "Save image" (its dialog keeps its own keys) and stays on the chapter.
		presentation.key(press('s'));
		expect(presentation.saveOpen).toBe(true);
		expect(presentation.index).toBe(0);
		presentation.saveOpen = false;
		presentation.key(press('f'));
		expect(host.fullscreen).toBe(true);
		presentation.key(press('Escape'));
		expect(host.left).toBe(0);
		host.fullscreen = false;
		presentation.key(press('Escape'));
		expect(host.left).toBe(1);
		presentation.key(press('n'));
		expect(host.presenterOpened).toBe(1);
		expect(host.links.at(-1)).toBe('presenter:ceasefire');
		host.refuseFullscreen = true;
		presentation.key(press('f'));
		await Promise.resolve();
		expect(presentation.notice).toBe('This browser did not allow fullscreen.');
	});

	it('goes on with a click on the map, not with one on a control', async () => {
		const { presentation } = await started();
		presentation.click(onButton);
		expect(presentation.index).toBe(0);
		presentation.click(onMap);
		expect(presentation.index).toBe(1);
		presentation.helpOpen = true;
		presentation.click(onMap);
		expect(presentation.helpOpen).toBe(false);
		expect(presentation.index).toBe(1);
	});

	it('follows the presenter window, and answers its hello', async () => {
		const { host, presentation } = await started();
		presentation.message({ type: 'goto', index: 3 });
		expect(presentation.index).toBe(3);
		presentation.message({ type: 'blank', blanked: true });
		expect(presentation.blanked).toBe(true);
		const sent = host.posts.length;
		presentation.message({ type: 'hello' });
		expect(host.posts.length).toBe(sent + 1);
		expect(host.posts.at(-1)).toEqual({ type: 'state', index: 3, blanked: true, paused: false, startedAt: 1_000 });
	});

	it('autoplays with the chapters’ durations, pauses on p and on interaction, and loops', async () => {
		const settings = { ...defaultSettings, durationScale: 0.1, idleResumeS: 1 };
		const host = fakeHost();
		const presentation = new Presentation(decks, host);
		const first = presentation.begin(parseLink(new URLSearchParams(`?autoplay=1&chapter=${deck.at(-1)!.id}`), decks), 1_000);
		await presentation.useSettings(settings, null, first);
		expect(presentation.autoplayState).toBe('playing');
		host.time = deck.at(-1)!.durationS * 100 - 50;
		presentation.tick();
		expect(presentation.index).toBe(deck.length - 1);
		host.time += 100;
		presentation.tick();
		expect(presentation.index).toBe(0);

		presentation.key(press('p'));
		expect(presentation.autoplayState).toBe('paused');
		host.time += 60_000;
		presentation.tick();
		expect(presentation.index).toBe(0);
		presentation.key(press('p'));
		expect(presentation.autoplayState).toBe('playing');

		// Any other key pauses until idle for idleResumeS; the presenter hears when autoplay resumes.
		presentation.key(press('x'));
		expect(presentation.autoplayState).toBe('paused');
		presentation.tick();
		expect(presentation.autoplayState).toBe('paused');
		host.time += 1_000;
		presentation.tick();
		expect(presentation.autoplayState).toBe('playing');
		expect(host.posts.at(-1)).toMatchObject({ paused: false });
	});

	it('uses the settings’ keys and motion, and shows the settings’ notice', async () => {
		const settings: PresentSettings = { ...defaultSettings, keymap: { x: 'next' }, motion: 'reduce' };
		const host = fakeHost();
		const presentation = new Presentation(decks, host);
		await presentation.useSettings(settings, 'present-settings.json: a problem.', 0);
		expect(presentation.motion).toBe('reduce');
		expect(presentation.notice).toBe('present-settings.json: a problem.');
		presentation.key(press('ArrowRight'));
		expect(presentation.index).toBe(0);
		presentation.key(press('x'));
		expect(presentation.index).toBe(1);
	});

	it('brings a blanked screen back on any "next" (a clicker), rather than moving on behind black', async () => {
		const { presentation } = await started('', { ...defaultSettings, keymap: { ...defaultSettings.keymap, x: 'next' } });
		for (const key of ['ArrowRight', 'PageDown', ' ', 'x']) {
			presentation.key(press('b'));
			expect(presentation.blanked).toBe(true);
			const next = press(key);
			presentation.key(next);
			expect(next.prevented, key).toBe(true);
			expect(presentation.blanked, key).toBe(false);
			expect(presentation.index, key).toBe(0);
		}
		presentation.key(press('ArrowRight'));
		expect(presentation.index).toBe(1);
		// Other keys keep the screen black: b again, or "previous", which moves behind it as asked.
		presentation.key(press('.'));
		presentation.key(press('ArrowLeft'));
		expect([presentation.blanked, presentation.index]).toEqual([true, 0]);
	});

	it('times a chapter from when its map is drawn, so a slow first draw does not cut it short', async () => {
		const host = fakeHost();
		const drawn: (() => void)[] = [];
		host.mapDrawn = () => new Promise<void>((resolve) => drawn.push(resolve));
		const presentation = new Presentation(decks, host);
		const first = presentation.begin(parseLink(new URLSearchParams('?autoplay=1'), decks), 1_000);
		const shown = presentation.useSettings({ ...defaultSettings, durationScale: 1 }, null, first);
		await Promise.resolve();
		// The map takes a minute to draw: the chapter's time has not started.
		host.time = 60_000;
		presentation.tick();
		expect(presentation.index).toBe(0);
		drawn.shift()!();
		await shown;
		host.time += deck[0]!.durationS * 1000 - 1;
		presentation.tick();
		expect(presentation.index).toBe(0);
		host.time += 1;
		presentation.tick();
		expect(presentation.index).toBe(1);
		// The next chapter waits for its own map, not the first one's.
		host.time += 1_000_000;
		presentation.tick();
		expect(presentation.index).toBe(1);
	});

	it('pauses autoplay when the pointer moves, and resumes when it rests', async () => {
		const { host, presentation } = await started('?autoplay=1&idleResumeS=5', { ...defaultSettings, idleResumeS: 5 });
		presentation.pointer();
		expect(presentation.autoplayState).toBe('paused');
		host.time += 4_999;
		presentation.tick();
		expect(presentation.autoplayState).toBe('paused');
		host.time += 1;
		presentation.tick();
		expect(presentation.autoplayState).toBe('playing');
		// Without autoplay, moving the pointer changes nothing.
		const off = await started();
		off.presentation.pointer();
		expect(off.presentation.autoplayState).toBe('off');
	});

	it('says so when a typed chapter number is out of range; a notice goes by itself or on Esc', async () => {
		const { host, presentation } = await started();
		for (const key of ['4', '2', 'Enter']) presentation.key(press(key));
		expect(presentation.index).toBe(0);
		expect(presentation.notice).toBe(`There is no chapter 42: this deck has chapters 1 to ${deck.length}.`);
		host.time += noticeMs - 1;
		runTimers(host);
		expect(presentation.notice).not.toBeNull();
		host.time += 1;
		runTimers(host);
		expect(presentation.notice).toBeNull();
		for (const key of ['0', 'Enter']) presentation.key(press(key));
		expect(presentation.notice).toMatch(/^There is no chapter 0:/);
		presentation.key(press('Escape'));
		expect(presentation.notice).toBeNull();
		expect(host.left).toBe(0);
		// A link's notice is shown on the wall, and goes the same way.
		const linked = await started('?chapter=99');
		expect(linked.presentation.notice).toBe(`The link’s chapter is outside 1–${deck.length}; showing chapter ${deck.length}.`);
		linked.host.time += noticeMs;
		runTimers(linked.host);
		expect(linked.presentation.notice).toBeNull();
	});

	it('opens the deck the link names, or the default deck with a notice that names only the parameter', async () => {
		const briefing = decks.find((d) => d.id === 'briefing')!;
		const { host, presentation } = await started(`?deck=briefing&chapter=${briefing.chapters[2]!.id}`);
		expect(presentation.deckId).toBe('briefing');
		expect(presentation.deck).toBe(briefing.chapters);
		expect(presentation.index).toBe(2);
		expect(presentation.notice).toBeNull();
		presentation.key(press('n'));
		expect(host.links.at(-1)).toBe('presenter:briefing');
		presentation.key(press('End'));
		expect(presentation.index).toBe(briefing.chapters.length - 1);

		const unknown = await started('?deck=%3Cb%3Eoops');
		expect(unknown.presentation.deckId).toBe('ceasefire');
		expect(unknown.presentation.notice).toBe('Ignored the link’s deck: no deck has that id; showing the ceasefire deck.');
	});

	it('fills the chapter’s figures, and says so when the figures file could not be loaded', async () => {
		const { presentation } = await started('?chapter=front-line');
		const template = presentation.chapter.caption;
		expect(template).toContain('{contactLineKm}');
		presentation.figures = 'failed';
		expect(presentation.shown.caption).toContain(figuresFailedText);
		expect(presentation.shown.caption).not.toMatch(/[{}]|undefined/);
		expect(presentation.shown.id).toBe('front-line');
	});
});
