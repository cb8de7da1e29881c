import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, plainText } from '$lib/article';
import type { Figures } from '$lib/geo/figures';
import { blocksQuoting } from './claims';
import { locateEvents, timelineEvents } from './timeline';

const figures = JSON.parse(readFileSync(new URL('../../../static/data/facts/2025-03-13/figures.json', import.meta.url), 'utf8')) as Figures;
const text = plainText(article);

// Each event and the paragraph that mentions it.
const expected: Array<[string, string, string]> = [
	['minsk-1', '2014-09-05', 'p-military-upper-hand'],
	['minsk-2', '2015-02-12', 'p-military-upper-hand'],
	['invasion', '2022-02-24', 'p-causes-of-the-crisis'],
	['annexation-2022', '2022-09-30', 'p-causes-of-the-crisis'],
	['kursk-incursion', '2024-08-06', 'p-kursk-risk'],
	['inauguration', '2025-01-20', 'p-trump-reentry'],
	['oval-office', '2025-02-28', 'p-ukraine-accepts'],
	['jeddah', '2025-03-11', 'p-jeddah-proposal'],
	['putin-in-kursk', '2025-03-12', 'p-kursk-risk'],
	['press-conference', '2025-03-13', 'p-moscow-press-conference'],
	['witkoff-in-moscow', '2025-03-13', 'p-jeddah-proposal']
];

describe('timeline events', () => {
	it('are the expected events, in date order, each in the paragraph that mentions it', () => {
		expect(timelineEvents.map((e) => [e.id, e.date, e.blockId])).toEqual(expected);
	});

	it.each(timelineEvents.map((e) => [e.id, e] as const))('%s quotes the article word for word, in exactly one block', (_id, event) => {
		expect(text.includes(event.quote)).toBe(true);
		expect(blocksQuoting(article, event.quote)).toEqual([event.blockId]);
	});

	it('have valid dates, none after the article', () => {
		for (const e of timelineEvents) {
			expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
			expect(e.date <= article.date).toBe(true);
		}
	});

	it('leave out what the article does not mention: it never names Crimea', () => {
		expect(/Crimea/i.test(text)).toBe(false);
		expect(timelineEvents.some((e) => /crimea/i.test(e.id + e.label))).toBe(false);
	});

	it('point the map at Kursk dates the data has', () => {
		const dates = figures.kursk.snapshots.map((s) => s.date);
		for (const e of timelineEvents) if (e.map.kurskDate) expect(dates).toContain(e.map.kurskDate);
		expect(timelineEvents.find((e) => e.id === 'kursk-incursion')?.map).toEqual({ select: 'region:RU-KRS', layers: { kursk: true }, kurskDate: figures.kursk.peak?.date });
		// Putin went to a command post in the oblast, not to the city of Kursk.
		expect(timelineEvents.find((e) => e.id === 'putin-in-kursk')?.map).toEqual({ select: 'region:RU-KRS', layers: { kursk: true }, kurskDate: figures.kursk.latest?.date });
	});

	it('attribute what is contested, and quote claims with their qualifiers', () => {
		const label = (id: string) => timelineEvents.find((e) => e.id === id)?.label ?? '';
		for (const e of timelineEvents) if (/\bbroke\b/.test(e.label)) expect(e.label).toMatch(/the article says/);
		expect(label('putin-in-kursk')).toMatch(/Gerasimov claims more than 1,100 km²/);
		expect(label('annexation-2022')).toMatch(/^Russia claims to annex .*ES-11\/4/);
		expect(label('jeddah')).toMatch(/Ukraine says it is ready to accept a US proposal/);
	});

	it('are serialisable', () => {
		expect(JSON.parse(JSON.stringify(timelineEvents))).toEqual(timelineEvents);
	});

	it('fail loudly when a quote is lost', () => {
		expect(() => locateEvents(article, [{ id: 'x', date: '2014-03-18', label: 'Crimea', quote: 'annexation of Crimea', map: {} }])).toThrow(/no block/);
	});
});
