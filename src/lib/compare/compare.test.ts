import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figures } from '$lib/geo/figures';
import { articleContext, compareKind, compareTable, formatChangeKm2, kurskIncursionStart, pairSnapshot, pairText } from './compare';

const figures = (date: string) => JSON.parse(readFileSync(new URL(`../../../static/data/facts/${date}/figures.json`, import.meta.url), 'utf8')) as Figures;
const dates = { snapshots: ['2022-02-23', '2024-08-06', '2025-03-13'], kurskDates: ['2024-08-27', '2024-11-23', '2025-02-15', '2025-03-13'] };

describe('compareKind and pairSnapshot', () => {
	it.each([
		[{ from: '2024-08-06', to: '2025-03-13' }, 'front', '2025-03-13'],
		[{ from: '2022-02-23', to: '2024-08-06' }, 'front', '2024-08-06'],
		[{ from: '2024-08-27', to: '2025-03-13' }, 'kursk', '2025-03-13'],
		[{ from: '2024-08-27', to: '2024-11-23' }, 'kursk', '2025-03-13']
	] as const)('%j compares the %s, from the files of %s', (pair, kind, snapshot) => {
		expect(compareKind(pair, dates)).toBe(kind);
		expect(pairSnapshot(pair, kind, dates.snapshots)).toBe(snapshot);
	});

	it.each([
		[{ from: '2025-03-13', to: '2024-08-06' }, 'dates out of order'],
		[{ from: '2025-03-13', to: '2025-03-13' }, 'one date twice'],
		[{ from: '2022-02-23', to: '2024-08-27' }, 'a front snapshot with a Kursk date'],
		[{ from: '2023-01-01', to: '2025-03-13' }, 'a date the data does not have']
	])('%j compares nothing (%s)', (pair) => expect(compareKind(pair, dates)).toBeNull());

	it('writes a pair as the link does', () => expect(pairText({ from: '2024-08-06', to: '2025-03-13' })).toBe('2024-08-06..2025-03-13'));
});

describe('compareTable reads the pipeline’s figures, not new measurements', () => {
	it('gives the front’s change by oblast and in total, as figures.json has it', () => {
		const shipped = figures('2025-03-13').changes.front.find((c) => c.from === '2024-08-06')!;
		const table = compareTable(figures('2025-03-13'), { from: '2024-08-06', to: '2025-03-13' }, 'front')!;
		expect(table.total).toMatchObject({ toRussiaKm2: shipped.gainedByRussiaKm2, toUkraineKm2: shipped.regainedByUkraineKm2, toContestedKm2: shipped.occupiedToContestedKm2 });
		expect(table.rows.map((r) => [r.id, r.toRussiaKm2])).toEqual(shipped.byRegion.map((r) => [r.id, r.gainedByRussiaKm2]));
		// Donetsk oblast is where Russia gained most between the two dates.
		expect(table.rows.reduce((a, b) => (b.toRussiaKm2 > a.toRussiaKm2 ? b : a)).id).toBe('UA-14');
	});

	it('gives Kursk’s change as one row: lost by Ukraine to Russia, gained by Ukraine', () => {
		const shipped = figures('2025-03-13').changes.kursk.find((c) => c.from === '2024-08-27' && c.to === '2025-03-13')!;
		const table = compareTable(figures('2025-03-13'), { from: '2024-08-27', to: '2025-03-13' }, 'kursk')!;
		expect(table.rows).toEqual([]);
		expect(table.total).toMatchObject({ id: 'RU-KRS', toRussiaKm2: shipped.lostByUkraineKm2, toUkraineKm2: shipped.gainedByUkraineKm2 });
	});

	it('is null for a pair the figures do not hold', () => {
		expect(compareTable(figures('2024-08-06'), { from: '2024-08-06', to: '2025-03-13' }, 'front')).toBeNull();
	});
});

describe('articleContext', () => {
	const context = articleContext(figures('2025-03-13'), '2025-03-13')!;

	it('measures the front from the start of the incursion to the article’s day', () => {
		expect(context.front).toMatchObject({ from: kurskIncursionStart, to: '2025-03-13' });
		expect(context.front.gainedByRussiaKm2).toBe(figures('2025-03-13').changes.front.find((c) => c.from === kurskIncursionStart)!.gainedByRussiaKm2);
	});

	it('measures Kursk from its largest extent, since the data has no Ukrainian-held ground on the first day', () => {
		expect(context.kursk.heldOnStartKm2).toBeNull();
		expect(context.kursk.from).toBe(figures('2025-03-13').kursk.peak!.date);
		// Lost and now contested together are the held ground no longer held, as the Kursk card gives it.
		expect(context.kursk.lostByUkraineKm2 + context.kursk.heldToContestedKm2).toBeCloseTo(figures('2025-03-13').kursk.lostSincePeak!.heldKm2, 0);
	});

	it('is null for figures without the incursion’s first day', () => expect(articleContext(figures('2024-08-06'), '2025-03-13')).toBeNull());
});

describe('formatChangeKm2', () => {
	it.each([
		[2890.2, '2,890'],
		[3.8, '4'],
		[0.4, 'under 1'],
		[0, '0']
	])('%d km² → %s', (km2, text) => expect(formatChangeKm2(km2)).toBe(text));
});
