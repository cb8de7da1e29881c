import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FactsData } from '$lib/types/mapData';
import { AtlasDataStore } from './atlasData.svelte';

const base = new URL('http://atlas.test/data/');
const shipped = (async (input: URL) => {
	try {
		return new Response(readFileSync(`static/data/${input.pathname.replace(/^\/data\//, '')}`));
	} catch {
		return new Response('missing', { status: 404, statusText: 'Not Found' });
	}
}) as unknown as typeof fetch;

describe('AtlasDataStore', () => {
	it('loads the data and the first snapshot’s facts, tells of them, and runs `onloaded` with the data', async () => {
		const heard: FactsData[] = [];
		const store = new AtlasDataStore((facts) => heard.push(facts));
		let loadedWith = '';
		await store.load(base, { fetchFn: shipped }, (data) => (loadedWith = data.dataUrl.href));
		expect(store.data?.gazetteer.entries.has('region:UA-14')).toBe(true);
		expect(store.facts?.asOf).toBe('2025-03-13');
		expect(store.snapshot).toBe('2025-03-13');
		expect(store.firstSnapshot).toBe('2025-03-13');
		expect(heard.map((f) => f.asOf)).toEqual(['2025-03-13']);
		expect(loadedWith).toBe(base.href);
		expect(store.problem).toBeNull();
	});

	it('turns a failure into a problem that names the file', async () => {
		const store = new AtlasDataStore();
		const failing = (async () => new Response('missing', { status: 404, statusText: 'Not Found' })) as unknown as typeof fetch;
		await store.load(base, { fetchFn: failing });
		expect(store.data).toBeNull();
		expect(store.problem?.title).toBe('The map data could not be loaded');
		expect(store.problem?.detail).toMatch(/Could not load .*404/);
	});

	it('follows a snapshot the data does not have with a problem, and the one shown with nothing', async () => {
		const store = new AtlasDataStore();
		await store.load(base, { fetchFn: shipped });
		expect(store.follow(shipped)).toBeUndefined();
		store.snapshot = '2020-01-01';
		store.follow(shipped);
		await expect.poll(() => store.snapshotProblem?.reason).toMatch(/no snapshot dated 2020-01-01/);
		expect(store.problem).toBeNull();
		expect(store.unavailable.map((u) => u.file)).toEqual(['manifest.json']);
		expect(store.facts?.asOf).toBe('2025-03-13');
	});
});
