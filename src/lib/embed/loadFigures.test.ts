import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadFigureRows, rowsByDate } from './loadFigures';

/** A fetch that answers from static/data, as the built site would. */
const fromStatic = (missing: string | null = null): typeof fetch =>
	(async (input: RequestInfo | URL) => {
		const path = new URL(String(input)).pathname.replace(/^\/data\//, '');
		if (path === missing) return new Response('Not found', { status: 404 });
		return new Response(readFileSync(`static/data/${path}`, 'utf8'), { status: 200 });
	}) as typeof fetch;

describe('loadFigureRows', () => {
	it('gives every region of every snapshot, grouped latest date first', async () => {
		const rows = await loadFigureRows(new URL('http://atlas.test/data/'), fromStatic());
		const groups = rowsByDate(rows);
		expect(groups.map((g) => g.date)).toEqual([...groups.map((g) => g.date)].sort().reverse());
		const latest = JSON.parse(readFileSync(`static/data/facts/${groups[0]!.date}/figures.json`, 'utf8')) as { regions: { id: string; occupiedKm2: number }[] };
		expect(groups[0]!.rows.map((r) => [r.id, r.occupiedKm2])).toEqual(latest.regions.map((r) => [r.id, r.occupiedKm2]));
	});
	it('names the file that could not be loaded', async () => {
		await expect(loadFigureRows(new URL('http://atlas.test/data/'), fromStatic('facts/2024-08-06/figures.json'))).rejects.toThrow(/figures\.json/);
	});
});
