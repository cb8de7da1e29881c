import { describe, expect, it } from 'vitest';
import { formatClock, formatElapsed } from './clock';
import { shippedDecks } from './deckFiles';
import { figuresFailedText, figuresLoadingText } from './fillText';
import { IdleCursor, type Timers } from './idleCursor.svelte';
import { defaultSettings, type PresentSettings } from './keys';
import { PresenterWindow } from './presenter.svelte';
import { parseLink } from './link';
import { loadPresentSettings, withLinkOverrides } from './settings';
import type { SyncMessage } from './sync';

const decks = shippedDecks();
const deck = decks[0]!.chapters;

describe('the presenter window', () => {
	it('waits for the audience, then follows it', () => {
		const sent: SyncMessage[] = [];
		const presenter = new PresenterWindow(decks, (m) => sent.push(m));
		expect(presenter.status).toBe('Waiting for the audience window…');
		expect(presenter.current.id).toBe(deck[0]!.id);
		presenter.message({ type: 'state', index: 3, blanked: true, paused: true, startedAt: 1 });
		expect(presenter.connected).toBe(true);
		expect(presenter.current.id).toBe(deck[3]!.id);
		expect(presenter.next?.id).toBe(deck[4]!.id);
		expect(presenter.status).toBe(`Chapter 4 of ${deck.length} — screen blanked — autoplay paused`);
	});

	it('moves the audience by keys and buttons, within the deck, and blanks its screen', () => {
		const sent: SyncMessage[] = [];
		const presenter = new PresenterWindow(decks, (m) => sent.push(m));
		// Opened without the session's token, it does nothing.
		presenter.session = 'missing';
		expect(presenter.key('ArrowRight')).toBe(false);
		presenter.session = 'open';
		expect(presenter.key('ArrowRight')).toBe(true);
		expect(presenter.key('PageUp')).toBe(true);
		expect(presenter.key('PageUp')).toBe(true);
		expect(presenter.key('x')).toBe(false);
		expect(sent).toEqual([
			{ type: 'goto', index: 1 },
			{ type: 'goto', index: 0 },
			{ type: 'goto', index: 0 }
		]);
		presenter.go(deck.length + 5);
		expect(presenter.shared.index).toBe(deck.length - 1);
		expect(presenter.next).toBeNull();
		presenter.toggleBlank();
		expect(sent.at(-1)).toEqual({ type: 'blank', blanked: true });
	});

	it('blanks the audience screen with b and ., and brings it back with any "next", as remapped', () => {
		const sent: SyncMessage[] = [];
		const presenter = new PresenterWindow(decks, (m) => sent.push(m));
		presenter.session = 'open';
		for (const key of ['b', '.', 'B']) {
			expect(presenter.key(key), key).toBe(true);
			expect(sent.at(-1), key).toEqual({ type: 'blank', blanked: true });
		}
		presenter.message({ type: 'state', index: 2, blanked: true, paused: false, startedAt: 1 });
		for (const key of ['ArrowRight', 'PageDown', ' ']) {
			presenter.key(key);
			expect(sent.at(-1), key).toEqual({ type: 'blank', blanked: false });
		}
		presenter.message({ type: 'state', index: 2, blanked: false, paused: false, startedAt: 1 });
		presenter.key('End');
		expect(sent.at(-1)).toEqual({ type: 'goto', index: deck.length - 1 });
		// The settings file's keys are the presenter's too.
		presenter.keymap = { ArrowRight: 'next', x: 'blank' };
		expect(presenter.key('b')).toBe(false);
		expect(presenter.key('x')).toBe(true);
	});

	it('follows the audience’s deck, and fills the notes’ figures or says why it cannot', () => {
		const presenter = new PresenterWindow(decks, () => {});
		const briefing = decks.findIndex((d) => d.id === 'briefing');
		presenter.useDeck(briefing);
		expect(presenter.deck).toBe(decks[briefing]!.chapters);
		presenter.useDeck(99);
		expect(presenter.deck).toBe(deck);
		presenter.message({ type: 'state', index: deck.findIndex((c) => c.id === 'front-line'), blanked: false, paused: false, startedAt: 1 });
		expect(presenter.current.notes).toContain(figuresLoadingText);
		presenter.figures = 'failed';
		expect(presenter.current.notes).toContain(figuresFailedText);
		expect(presenter.current.notes).not.toMatch(/[{}]|undefined/);
	});

	it('shows the time of day and the time elapsed', () => {
		expect(formatClock(0)).toBe('--:--:--');
		expect(formatClock(Date.UTC(2025, 2, 13, 10, 4, 5))).toMatch(/^\d\d:\d\d:\d\d$/);
		expect(formatElapsed(0, 5)).toBe('0:00:00');
		expect(formatElapsed(1_000 + 3_725_000, 1_000)).toBe('1:02:05');
		expect(formatElapsed(500, 1_000)).toBe('0:00:00');
	});
});

describe('the idle cursor', () => {
	it('hides after the time the settings give without a move, and comes back on the next', () => {
		const pending = new Map<number, { run: () => void; ms: number }>();
		let next = 0;
		const timers: Timers = { set: (run, ms) => (pending.set(++next, { run, ms }), next), clear: (handle) => void pending.delete(handle as number) };
		let seconds = 2;
		const cursor = new IdleCursor(() => seconds * 1000, timers);
		cursor.moved();
		expect([...pending.values()].map((t) => t.ms)).toEqual([2000]);
		[...pending.values()][0]!.run();
		expect(cursor.hidden).toBe(true);
		seconds = 5;
		cursor.moved();
		expect(cursor.hidden).toBe(false);
		expect([...pending.values()].map((t) => t.ms)).toEqual([5000]);
		cursor.stop();
		expect(pending.size).toBe(0);
	});
});

describe('presentation settings', () => {
	const answer = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
	const url = new URL('http://atlas.test/present-settings.json');

	it('reads the file, with a notice for what it gets wrong', async () => {
		expect(await loadPresentSettings(url, answer({ loop: false }))).toEqual({ settings: { ...defaultSettings, loop: false }, notice: null });
		const { settings, notice } = await loadPresentSettings(url, answer({ loop: 'yes' }));
		expect(settings).toEqual(defaultSettings);
		expect(notice).toBe('present-settings.json: "loop" must be true or false. The defaults are used for these.');
	});

	it('falls back to the defaults when the file cannot be read', async () => {
		expect(await loadPresentSettings(url, answer({}, 404))).toEqual({ settings: defaultSettings, notice: 'present-settings.json could not be read (HTTP 404); the default keys and timings are used.' });
	});

	it('takes timings and motion from the link when they make sense', () => {
		const base: PresentSettings = { ...defaultSettings, motion: 'full' };
		const link = (search: string) => parseLink(new URLSearchParams(search), decks).link;
		expect(withLinkOverrides(base, link('durationScale=0.1&idleResumeS=1&motion=reduce'))).toMatchObject({ durationScale: 0.1, idleResumeS: 1, motion: 'reduce' });
		expect(withLinkOverrides(base, link('idleResumeS=x&motion=fast'))).toEqual(base);
		// Out of range is clamped, not ignored.
		expect(withLinkOverrides(base, link('durationScale=-1&idleResumeS=1e9'))).toMatchObject({ durationScale: 0.05, idleResumeS: 3600 });
	});
});
