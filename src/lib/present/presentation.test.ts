import { describe, expect, it } from 'vitest';
import { atlasConfig } from '$lib/config';
import { chapterIndex, deck } from './deck';
import { defaultSettings, type PresentSettings } from './keys';
import { parseLink } from './link';
import { Presentation, type KeyPress, type PresentationHost } from './presentation.svelte';
import type { SyncMessage } from './sync';

interface FakeHost extends PresentationHost {
	time: number;
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
		toggleFullscreen: () => (host.refuseFullscreen ? Promise.reject(new Error('no')) : Promise.resolve(void (host.fullscreen = !host.fullscreen))),
		isFullscreen: () => host.fullscreen,
		openPresenter: () => void host.presenterOpened++,
		leave: () => void host.left++
	};
	return host;
}

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress & { prevented: boolean } {
	const event = { key, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, prevented: false, preventDefault: () => void (event.prevented = true), ...modifiers };
	return event;
}

const onMap = { closest: () => null };
const onButton = { closest: (selector: string) => (selector.includes('button') ? {} : null) };

async function started(search = '', settings: PresentSettings = defaultSettings) {
	const host = fakeHost();
	const presentation = new Presentation(deck, host);
	const first = presentation.begin(parseLink(new URLSearchParams(search), deck), 1_000);
	await presentation.useSettings(settings, null, first);
	return { host, presentation };
}

describe('Presentation', () => {
	it('opens the linked chapter once the settings are in, with its view of the map', async () => {
		const { host, presentation } = await started('?chapter=kursk-incursion');
		const chapter = deck[chapterIndex('kursk-incursion')]!;
		expect(presentation.ready).toBe(true);
		expect(presentation.chapter).toBe(chapter);
		expect(presentation.selected).toBe('region:RU-KRS');
		expect(presentation.flight).toEqual({ key: 'region:RU-KRS' });
		expect(presentation.visibility).toBe(chapter.layers);
		expect(presentation.kurskDate).toBe('2024-08-27');
		expect(presentation.layerNames).toBe('kursk borderFront');
		expect(host.links).toEqual(['kursk-incursion']);
		expect(host.posts.at(-1)).toEqual({ type: 'state', index: chapterIndex('kursk-incursion'), blanked: false, paused: false, startedAt: 1_000 });
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
		const presentation = new Presentation(deck, host);
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
		presentation.key(press('f'));
		expect(host.fullscreen).toBe(true);
		presentation.key(press('Escape'));
		expect(host.left).toBe(0);
		host.fullscreen = false;
		presentation.key(press('Escape'));
		expect(host.left).toBe(1);
		presentation.key(press('n'));
		expect(host.presenterOpened).toBe(1);
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
		const presentation = new Presentation(deck, host);
		const first = presentation.begin(parseLink(new URLSearchParams(`?autoplay=1&chapter=${deck.at(-1)!.id}`), deck), 1_000);
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
		const presentation = new Presentation(deck, host);
		await presentation.useSettings(settings, 'present-settings.json: a problem.', 0);
		expect(presentation.motion).toBe('reduce');
		expect(presentation.notice).toBe('present-settings.json: a problem.');
		presentation.key(press('ArrowRight'));
		expect(presentation.index).toBe(0);
		presentation.key(press('x'));
		expect(presentation.index).toBe(1);
	});
});
