import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, plainText } from '$lib/article';
import { chapterIndex, deck, type Chapter } from './deck';
import { validateDeck, type DeckIds } from './validateDeck';
import { KeyRouter, defaultKeymap } from './keys';
import { parseSettings } from './settings';
import { interact, isRunning, startAutoplay, tick, togglePause } from './autoplay';
import { parseMessage, reduce } from './sync';
import { checkDeckAgainstData } from './validateDeck.server';

const json = (f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8'));
const ids: DeckIds = {
	admin1Ids: json('basemap.topojson').objects.admin1.geometries.map((g: { id: string }) => g.id),
	countryIds: json('basemap.topojson').objects.countries.geometries.map((g: { id: string }) => g.id),
	placeIds: json('places.geojson').features.map((f: { properties: { id: string } }) => f.properties.id),
	blockIds: article.blocks.map((b) => b.id),
	kurskDates: json('facts/kursk.geojson').features.map((f: { properties: { date: string } }) => f.properties.date)
};

describe('the deck', () => {
	it('has 8 to 12 chapters whose ids all exist in the data and the article', () => {
		expect(deck.length).toBeGreaterThanOrEqual(8);
		expect(deck.length).toBeLessThanOrEqual(12);
		expect(validateDeck(deck, ids)).toEqual([]);
		expect(() => checkDeckAgainstData()).not.toThrow();
	});
	it('reports unknown ids, blocks and dates', () => {
		const bad: Chapter[] = [
			{ ...deck[0]!, id: 'x', select: 'region:XX-1', quoteBlockId: 'p-nope', kurskDate: '1999-01-01' },
			{ ...deck[1]!, id: 'x', camera: { keys: ['place:atlantis'] } },
			{ ...deck[2]!, camera: { layer: 'rivers' as 'occupied' }, snapshot: '2020-01-01' }
		];
		const problems = validateDeck(bad, { ...ids, snapshots: ['2025-03-13'] }).join('\n');
		expect(problems).toMatch(/chapter 1 \(x\): unknown region 'XX-1'/);
		expect(problems).toMatch(/no article block "p-nope"/);
		expect(problems).toMatch(/no Kursk snapshot on 1999-01-01/);
		expect(problems).toMatch(/used twice/);
		expect(problems).toMatch(/chapter 2 \(x\): unknown place 'atlantis'/);
		expect(problems).toMatch(/chapter 3 \(monitoring\): a camera on an unknown layer 'rivers'/);
		expect(problems).toMatch(/chapter 3 \(monitoring\): no snapshot of the front on 2020-01-01/);
	});
	it('keeps every caption within 140 characters', () => {
		for (const c of deck) expect(c.caption.length, c.id).toBeLessThanOrEqual(140);
	});

	// What the deck puts in quotation marks is quoted word for word: from the article (in its
	// spelling), or from the statements the Kursk claims record. "…" marks a cut, "[T]" a changed capital.
	const text = plainText(article);
	const claimsText = (json('facts/kursk-claims.json') as { snapshots: Array<{ note?: string; claims: Array<{ quote: string; note?: string }> }> }).snapshots
		.flatMap((s) => [s.note ?? '', ...s.claims.flatMap((c) => [c.quote, c.note ?? ''])])
		.join('\n');
	const quotes = (s: string) => [...s.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);
	it.each(deck.map((c) => [c.id, c] as const))('%s quotes its sources exactly', (_id, c) => {
		for (const quote of quotes(`${c.title}\n${c.caption}\n${c.notes}`)) {
			const parts = quote.replace(/\[(\p{L})\]/gu, (_m, letter: string) => letter.toLowerCase()).split('…').map((p) => p.trim()).filter(Boolean);
			for (const part of parts) expect(text.includes(part) || claimsText.includes(part), `${c.id}: “${part}”`).toBe(true);
		}
	});

	// Figures measured on the map change with the data: the deck leaves them to the Claims tab. Every
	// number it types is a date, or a figure the article or a recorded claim gives.
	const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
	const numbers = (s: string) => s.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
	const given = new Set([...numbers(text), ...numbers(claimsText)].map((n) => n.replace(/,$/, '')));
	it.each(deck.map((c) => [c.id, c] as const))('%s types no measured figure', (_id, c) => {
		const undated = `${c.title}\n${c.caption}\n${c.notes}`
			.replace(new RegExp(`\\b\\d{1,2} (?:${months})(?: \\d{4})?`, 'g'), '')
			.replace(/\b(?:19|20)\d\d\b/g, '')
			.replace(/ES-11\/4|68\/262/g, '');
		for (const n of numbers(undated).map((x) => x.replace(/,$/, ''))) expect(given, `${c.id}: ${n}`).toContain(n);
	});

	it('finds chapters by id', () => {
		expect(chapterIndex('kursk-recapture')).toBe(deck.findIndex((c) => c.id === 'kursk-recapture'));
		expect(chapterIndex('nope')).toBe(-1);
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
		expect(r.handle('Enter')).toBeNull();
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
