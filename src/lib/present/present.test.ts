import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, plainText } from '$lib/article';
import { chapterIndex } from './deck';
import { shippedDecks } from './deckFiles';
import { KeyRouter, defaultKeymap, keysInForce } from './keys';
import { parseSettings } from './settings';
import { chapterShown, interact, isRunning, startAutoplay, tick, togglePause } from './autoplay';
import { parseMessage, reduce } from './sync';
import { loadCheckedDecks } from './validateDeck.server';
import { placeholdersIn } from './placeholders';

const json = (f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8'));
const decks = shippedDecks();
const chapters = decks.flatMap((d) => d.chapters.map((c) => [`${d.id}/${c.id}`, c] as const));

describe('the shipped decks', () => {
	it('are the ceasefire deck (default, 8 to 12 chapters) and a short briefing, each passing the build’s checks', () => {
		expect(decks.map((d) => d.id)).toEqual(['ceasefire', 'briefing']);
		expect(decks[0]!.chapters.length).toBeGreaterThanOrEqual(8);
		expect(decks[0]!.chapters.length).toBeLessThanOrEqual(12);
		expect(decks[1]!.chapters.length).toBeGreaterThanOrEqual(4);
		expect(decks[1]!.chapters.length).toBeLessThanOrEqual(6);
		expect(loadCheckedDecks()).toEqual(decks);
	});

	// What the decks put in quotation marks is quoted word for word: from the article (in its
	// spelling), or from the statements the Kursk claims record. "…" marks a cut, "[T]" a changed capital.
	const text = plainText(article);
	const claimsText = (json('facts/kursk-claims.json') as { snapshots: Array<{ note?: string; claims: Array<{ quote: string; note?: string }> }> }).snapshots
		.flatMap((s) => [s.note ?? '', ...s.claims.flatMap((c) => [c.quote, c.note ?? ''])])
		.join('\n');
	const quotes = (s: string) => [...s.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);
	it.each(chapters)('%s quotes its sources exactly', (_id, c) => {
		for (const quote of quotes(`${c.title}\n${c.caption}\n${c.notes}`)) {
			const parts = quote.replace(/\[(\p{L})\]/gu, (_m, letter: string) => letter.toLowerCase()).split('…').map((p) => p.trim()).filter(Boolean);
			for (const part of parts) expect(text.includes(part) || claimsText.includes(part), `${c.id}: “${part}”`).toBe(true);
		}
	});

	// Figures measured on the map change with the data: the decks give them as placeholders. Every
	// number typed is a date, or a figure the article or a recorded claim gives.
	const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
	const numbers = (s: string) => s.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
	const given = new Set([...numbers(text), ...numbers(claimsText)].map((n) => n.replace(/,$/, '')));
	it.each(chapters)('%s types no measured figure', (_id, c) => {
		const undated = `${c.title}\n${c.caption}\n${c.notes}`
			.replace(/\{[^{}]*\}/g, '')
			.replace(new RegExp(`\\b\\d{1,2} (?:${months})(?: \\d{4})?`, 'g'), '')
			.replace(/\b(?:19|20)\d\d\b/g, '')
			.replace(/ES-11\/4|68\/262/g, '');
		for (const n of numbers(undated).map((x) => x.replace(/,$/, ''))) expect(given, `${c.id}: ${n}`).toContain(n);
	});

	// The front and Kursk chapters set what the map measures beside what was said (issue 12).
	it('give the measured front beside the article’s figure, and Kursk’s measured and claimed figures side by side', () => {
		const names = (c: { caption: string; notes: string }) => placeholdersIn(`${c.caption} ${c.notes}`).map((p) => p.name);
		const [front, incursion, recapture] = ['front-line', 'kursk-incursion', 'kursk-recapture'].map((id) => decks[0]!.chapters.find((c) => c.id === id)!);
		expect(front!.caption).toContain('“nearly 2,000”');
		expect(names(front!)).toEqual(expect.arrayContaining(['contactLineKm', 'borderFrontKm', 'contactLineGeneralisedKm', 'borderShareOfOfficial']));
		expect(names(incursion!)).toEqual(expect.arrayContaining(['kurskHeldKm2', 'kurskContestedKm2']));
		expect(incursion!.caption).toContain('1,294 square kilometers');
		expect(names(recapture!)).toEqual(expect.arrayContaining(['kurskRetakenClaim', 'kurskRetakenShare', 'kurskNoLongerHeldKm2', 'kurskNoLongerHeldShare']));
		expect(recapture!.notes).toMatch(/share is of .*held/);
	});

	it('finds chapters by id', () => {
		const deck = decks[0]!.chapters;
		expect(chapterIndex('kursk-recapture', deck)).toBe(deck.findIndex((c) => c.id === 'kursk-recapture'));
		expect(chapterIndex('nope', deck)).toBe(-1);
	});
});

describe('keys', () => {
	it('routes the default keys and number + Enter', () => {
		const r = new KeyRouter(defaultKeymap, 10);
		expect(r.handle('PageDown')).toEqual({ type: 'next' });
		expect(r.handle(' ')).toEqual({ type: 'next' });
		expect(r.handle('PageUp')).toEqual({ type: 'prev' });
		expect(r.handle('.')).toEqual({ type: 'blank' });
		expect(r.handle('1')).toBeNull();
		expect(r.handle('0')).toBeNull();
		expect(r.handle('Enter')).toEqual({ type: 'jump', index: 9 });
		expect(r.handle('4')).toBeNull();
		expect(r.handle('x')).toBeNull();
		expect(r.handle('Enter')).toBeNull();
		r.handle('1');
		r.handle('1');
		// A number the deck does not have is said on screen, not ignored without a word.
		expect(r.handle('Enter')).toEqual({ type: 'no-chapter', number: 11, count: 10 });
		r.handle('0');
		expect(r.handle('Enter')).toEqual({ type: 'no-chapter', number: 0, count: 10 });
	});
	it('lists the keys in force, after the settings file’s remapping', () => {
		const lines = (keymap: Parameters<typeof keysInForce>[0]) => Object.fromEntries(keysInForce(keymap).map((l) => [l.action, l.keys.join(' ')]));
		const defaults = lines(defaultKeymap);
		expect(defaults).toMatchObject({ next: '→ PageDown Space click', prev: '← PageUp', blank: 'b .', fullscreen: 'f', pause: 'p', help: '?', save: 's', exit: 'Esc', jump: 'number, Enter' });
		const { settings } = parseSettings({ keys: { b: null, B: null, x: 'blank', ArrowDown: 'next', ArrowRight: null, f: null, F: null } });
		const remapped = lines(settings.keymap);
		expect(remapped.next).toBe('PageDown Space ↓ click');
		expect(remapped.blank).toBe('. x');
		expect(remapped.fullscreen).toBeUndefined();
		// A capital alone is listed as the capital: it takes Shift.
		expect(lines({ N: 'presenter' }).presenter).toBe('N');
	});
	it('remaps from settings and reports bad content', () => {
		const { settings, problems } = parseSettings({ keys: { x: 'next', b: null, y: 'dance' }, idleResumeS: -1, motion: 'reduce', extra: 1 });
		expect(settings.keymap.x).toBe('next');
		expect(settings.keymap.b).toBeUndefined();
		expect(settings.motion).toBe('reduce');
		expect(settings.idleResumeS).toBe(30);
		expect(problems.join('\n')).toMatch(/"y" maps to "dance"/);
		expect(problems.join('\n')).toMatch(/idleResumeS/);
		expect(problems.join('\n')).toMatch(/unknown setting "extra"/);
		expect(parseSettings([]).problems).toHaveLength(1);
		expect(parseSettings(JSON.parse(readFileSync('static/present-settings.json', 'utf8'))).problems).toEqual([]);
	});
});

describe('autoplay', () => {
	it('advances after the duration, pauses on interaction and resumes when idle', () => {
		let s = startAutoplay(0, true);
		expect(tick(s, 999, 1000, 5000).advance).toBe(false);
		let r = tick(s, 1000, 1000, 5000);
		expect(r.advance).toBe(true);
		s = interact(r.state, 1200);
		expect(isRunning(s)).toBe(false);
		r = tick(s, 5000, 1000, 5000);
		expect(r.advance).toBe(false);
		r = tick(r.state, 6200, 1000, 5000);
		expect(isRunning(r.state)).toBe(true);
		// The next chapter's time runs from when its map is drawn.
		expect(tick(r.state, 1e9, 1000, 5000).advance).toBe(false);
		r = { state: chapterShown(r.state, 6200), advance: false };
		expect(tick(r.state, 7199, 1000, 5000).advance).toBe(false);
		expect(tick(r.state, 7200, 1000, 5000).advance).toBe(true);
	});
	it('p holds it until p again', () => {
		let s = togglePause(startAutoplay(0, true), 0);
		expect(tick(s, 1e9, 1000, 10).advance).toBe(false);
		s = togglePause(s, 100);
		expect(tick(s, 1100, 1000, 10).advance).toBe(true);
		expect(tick(startAutoplay(0, false), 1e9, 1, 1).advance).toBe(false);
	});
});

describe('sync', () => {
	it('reduces messages and clamps indexes', () => {
		const s = { index: 0, blanked: false, paused: false, startedAt: 1 };
		expect(reduce(s, { type: 'goto', index: 99 }, 10).index).toBe(9);
		expect(reduce(s, { type: 'blank', blanked: true }, 10).blanked).toBe(true);
		expect(reduce(s, { type: 'state', index: 3, blanked: true, paused: true, startedAt: 5 }, 10)).toEqual({ index: 3, blanked: true, paused: true, startedAt: 5 });
		expect(reduce(s, { type: 'hello' }, 10)).toBe(s);
		const token = 'a'.repeat(32);
		expect(parseMessage({ type: 'goto', index: 1, token }, token)).toEqual({ type: 'goto', index: 1 });
		expect(parseMessage({ type: 'goto', token }, token)).toBeNull();
		expect(parseMessage('x', token)).toBeNull();
	});
});
