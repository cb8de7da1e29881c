import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, plainText } from '$lib/article';
import type { Figures } from '$lib/geo/figures';
import { blocksQuoting } from './claims';
import { eventState, kurskMapEvents, locateEvents, mapDatesOf, timelineEvents, withMapDates, type MapDates } from './timeline';

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

describe('the map state of each entry', () => {
	const kurskDates = figures.kursk.snapshots.map((s) => s.date);
	// The shipped data: one snapshot of the front, four dates of the Kursk layer.
	const shipped: MapDates = mapDatesOf({ asOf: figures.asOf, snapshots: [figures.asOf], kurskSnapshots: kurskDates.map((date) => ({ date, label: '' })) }, article.date);
	const state = (id: string, dates: MapDates = shipped) => {
		const event = withMapDates(timelineEvents, kurskMapEvents(dates.kurskDates, figures)).find((e) => e.id === id);
		if (!event) throw new Error(`no entry ${id}`);
		return eventState(event, dates);
	};

	it('shows a date the data has: the 27 August 2024 Kursk entry shows Kursk on that day', () => {
		expect(kurskDates).toContain('2024-08-27');
		const kursk = state('kursk-map-2024-08-27');
		expect(kursk.map).toEqual({ select: 'region:RU-KRS', layers: { kursk: true }, kurskDate: '2024-08-27', snapshot: '2025-03-13' });
		expect(kursk.kursk).toBe('2024-08-27');
		expect(kursk.exact).toBe(false);
		expect(kursk.note).toBe('The map shows Kursk oblast on this date; it has no snapshot of the front for it and shows the front on 13 March 2025.');
		// On the snapshot's own day, everything is of that day.
		expect(state('press-conference')).toMatchObject({ exact: true, front: '2025-03-13', kursk: null, note: 'The map shows this date.' });
		expect(state('press-conference').map.kurskDate).toBe('2025-03-13');
	});

	it('says plainly when the map cannot show the date, and which it shows instead', () => {
		const minsk = state('minsk-1');
		expect(minsk).toMatchObject({ exact: false, front: '2025-03-13', kursk: null, note: 'The map has no snapshot for this date; it shows 13 March 2025.' });
		// The whole map is of the date named: the Kursk layer goes back to the front's date too.
		expect(minsk.map.snapshot).toBe('2025-03-13');
		expect(minsk.map.kurskDate).toBe('2025-03-13');
		// The incursion began before the layer's first date: it shows the date the event names.
		expect(state('kursk-incursion')).toMatchObject({
			kursk: '2024-08-27',
			note: 'The map has no snapshot for this date; it shows Kursk oblast on 27 August 2024 and the front on 13 March 2025.'
		});
		expect(state('putin-in-kursk')).toMatchObject({ kursk: '2025-03-13', note: 'The map has no snapshot for this date; it shows 13 March 2025.' });
	});

	it('follows the data: a snapshot of a date makes the entry exact, a Kursk date without one is the next date after', () => {
		const more: MapDates = { snapshots: ['2014-09-05', '2025-03-13'], kurskDates: ['2024-08-10', '2024-11-23'], openingSnapshot: '2025-03-13' };
		expect(state('minsk-1', more)).toMatchObject({ exact: true, front: '2014-09-05', note: 'The map shows this date.' });
		expect(state('minsk-1', more).map.snapshot).toBe('2014-09-05');
		// The incursion's named date is not in this data: the first date after the event.
		expect(state('kursk-incursion', more).kursk).toBe('2024-08-10');
		// A snapshot of the incursion's day does not hold the Kursk dates after it: the entry keeps showing Kursk, with the opening front.
		const withIncursionDay: MapDates = { snapshots: ['2022-02-23', '2024-08-06', '2025-03-13'], kurskDates: ['2024-08-27', '2025-03-13'], openingSnapshot: '2025-03-13' };
		expect(state('kursk-incursion', withIncursionDay)).toMatchObject({ front: '2025-03-13', kursk: '2024-08-27', exact: false });
		expect(state('kursk-incursion', withIncursionDay).map.snapshot).toBe('2025-03-13');
		// With no Kursk dates at all the view leaves the layer's date alone.
		expect(state('kursk-incursion', { ...more, kurskDates: [] }).map.kurskDate).toBeUndefined();
	});

	it('adds one entry per date of the Kursk layer, with the measured ground and the claims, after the article’s events of that day', () => {
		const entries = withMapDates(timelineEvents, kurskMapEvents(kurskDates, figures));
		const dates = entries.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
		expect(entries.filter((e) => e.kind === 'map').map((e) => e.date)).toEqual(kurskDates);
		const first = entries.find((e) => e.id === 'kursk-map-2024-08-27')!;
		const measured = figures.kursk.snapshots[0]!;
		const km2 = (v: number) => `${new Intl.NumberFormat('en').format(Math.round(v / 10) * 10)} km²`;
		expect(first.label).toContain(`${km2(measured.heldKm2)} Ukrainian-held and ${km2(measured.contestedKm2)} contested, measured`);
		expect(first.label).toContain('says Ukraine’s forces controlled 1,294 km²');
		expect(first.blockId).toBe('p-kursk-risk');
		const lastDay = entries.filter((e) => e.date === '2025-03-13').map((e) => e.kind ?? 'article');
		expect(lastDay).toEqual(['article', 'article', 'map']);
		// Without figures, the date alone: no number that was not measured.
		expect(kurskMapEvents(kurskDates, null)[0]!.label).toBe('Kursk oblast on DeepStateMap’s map');
	});
});
