import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataLoadError, fetchJson } from './fetchJson';
import { followSnapshot, loadAtlasData, loadProblem, loadSnapshot } from './loadAtlasData';

const base = new URL('http://atlas.test/data/');

/** Serves static/data; `broken` answers a file with a status or a body of its own. */
function serveShipped(broken: Record<string, { status?: number; body?: string }> = {}): typeof fetch & { requested: string[] } {
	const requested: string[] = [];
	const fn = (async (input: URL) => {
		const name = input.pathname.replace(/^\/data\//, '');
		requested.push(name);
		const override = broken[name];
		if (override) return new Response(override.body ?? '', { status: override.status ?? 200 });
		try {
			return new Response(readFileSync(`static/data/${name}`));
		} catch {
			return new Response('missing', { status: 404, statusText: 'Not Found' });
		}
	}) as typeof fetch & { requested: string[] };
	fn.requested = requested;
	return fn;
}

describe('fetchJson', () => {
	it('names the file and the reason for each way a file can fail', async () => {
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		await expect(fetchJson(offline, base, 'a.json')).rejects.toThrow('Could not load a.json: the request failed (are you offline?)');
		const answer = (body: string, init?: ResponseInit) => (async () => new Response(body, init)) as unknown as typeof fetch;
		await expect(fetchJson(answer('gone', { status: 503, statusText: 'Service Unavailable' }), base, 'b.json')).rejects.toThrow('Could not load b.json: the server answered 503 Service Unavailable');
		await expect(fetchJson(answer('{"type":'), base, 'c.json')).rejects.toThrow('Could not load c.json: it is not valid JSON');
		expect(await fetchJson(answer('{"a":1}'), base, 'd.json')).toEqual({ a: 1 });
	});
});

describe('loadAtlasData', () => {
	it('loads the shipped basemap, places and facts, and builds the gazetteer with the extra countries', async () => {
		const fetchFn = serveShipped();
		const { data, facts: loaded, factsProblem } = await loadAtlasData(base, { otherCountries: ['SA'], fetchFn });
		const facts = loaded!;
		expect(factsProblem).toBeNull();
		expect(data.unavailable).toEqual([]);
		expect(facts.unavailable).toEqual([]);
		expect(data.dataUrl).toBe(base);
		expect(data.basemap.admin1.features.length).toBeGreaterThan(20);
		expect(data.places.features.some((f) => f.properties.id === 'kyiv')).toBe(true);
		expect(facts.asOf <= '2025-03-13').toBe(true);
		expect(data.gazetteer.entries.get('region:UA-14')?.annexationClaimedOn).toBeTruthy();
		expect(data.gazetteer.known.countries.has('SA')).toBe(true);
		// The world is the globe's, loaded on its first use: not part of the first view.
		expect(fetchFn.requested).not.toContain('world.topojson');
	});

	it('loads another snapshot on request', async () => {
		const fetchFn = serveShipped();
		const { data, facts: loaded } = await loadAtlasData(base, { fetchFn });
		const facts = loaded!;
		const again = await loadSnapshot(data, facts.asOf, fetchFn);
		expect(again.asOf).toBe(facts.asOf);
		await expect(loadSnapshot(data, '1999-01-01', fetchFn)).rejects.toThrow('it lists no snapshot dated 1999-01-01');
	});

	it('follows the snapshot asked for, and drops an answer no longer wanted', async () => {
		const fetchFn = serveShipped();
		const { data, facts: loaded } = await loadAtlasData(base, { fetchFn });
		const facts = loaded!;
		const got: string[] = [];
		const problems: string[] = [];
		const onfacts = (f: { asOf: string }) => got.push(f.asOf);
		const onproblem = (p: { detail: string }) => problems.push(p.detail);
		// Nothing to do: no data yet, or the snapshot shown is the one wanted.
		expect(followSnapshot(null, facts, '2024-11-23', onfacts, onproblem, fetchFn)).toBeUndefined();
		expect(followSnapshot(data, facts, facts.asOf, onfacts, onproblem, fetchFn)).toBeUndefined();
		const other = { ...facts, asOf: '1999-01-01' };
		// Asked for again, with the first request's cleanup run: only the second answer arrives.
		const cleanup = followSnapshot(data, other, facts.asOf, onfacts, onproblem, fetchFn);
		cleanup?.();
		followSnapshot(data, other, facts.asOf, onfacts, onproblem, fetchFn);
		followSnapshot(data, facts, '1999-01-01', onfacts, onproblem, fetchFn);
		await expect.poll(() => got.length + problems.length).toBe(2);
		expect(got).toEqual([facts.asOf]);
		expect(problems).toEqual([expect.stringContaining('it lists no snapshot dated 1999-01-01')]);
	});

	it('fails only without the basemap, naming it in words for the reader', async () => {
		const error = await loadAtlasData(base, { fetchFn: serveShipped({ 'basemap.topojson': { status: 503 } }) }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DataLoadError);
		expect(loadProblem(error)).toEqual({ title: 'The map data could not be loaded', detail: expect.stringContaining('basemap.topojson') });
		expect(loadProblem(new Error('chunk failed'))).toEqual({ title: 'The map could not start', detail: 'chunk failed' });
	});

	it.each([
		['labels.geojson', 'names of countries'],
		['rivers.geojson', 'the Dnipro'],
		['places.geojson', 'places the article names']
	])('draws without %s, and says what is missing', async (file, what) => {
		const { data, facts } = await loadAtlasData(base, { fetchFn: serveShipped({ [file]: { status: 404 } }) });
		expect(facts).not.toBeNull();
		expect(data.unavailable).toEqual([{ file, what: expect.stringContaining(what), reason: expect.stringContaining('404') }]);
		expect(data.basemap.admin1.features.length).toBeGreaterThan(20);
	});

	it('draws without the facts when the manifest cannot be used, and says so', async () => {
		const { data, facts, factsProblem } = await loadAtlasData(base, { fetchFn: serveShipped({ 'manifest.json': { status: 500 } }) });
		expect(facts).toBeNull();
		expect(factsProblem).toEqual({ file: 'manifest.json', what: expect.stringContaining('dated layer'), reason: expect.stringContaining('500') });
		expect(data.gazetteer.entries.has('region:UA-14')).toBe(true);
	});
});
