import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ViewData } from './viewData.svelte';

const base = new URL('http://atlas.test/data/');

function serve(broken: string[] = []) {
	const requested: string[] = [];
	const fetchFn = (async (input: URL) => {
		const name = input.pathname.replace(/^\/data\//, '');
		requested.push(name);
		if (broken.includes(name)) return new Response('{"nothing":1}');
		return new Response(readFileSync(`static/data/${name}`));
	}) as unknown as typeof fetch;
	return { fetchFn, requested };
}

describe('ViewData', () => {
	it('loads nothing for the article and the timeline, and each view’s files the first time it opens', async () => {
		const { fetchFn, requested } = serve();
		const data = new ViewData(() => base, fetchFn);
		data.need('article');
		data.need('timeline');
		expect(requested).toEqual([]);
		data.need('claims');
		await expect.poll(() => data.europe?.length ?? 0).toBeGreaterThan(20);
		data.need('claims');
		data.need('about');
		await expect.poll(() => data.manifestLayers !== null && data.corrections !== 'loading').toBe(true);
		expect(requested).toEqual(['europe-areas.json', 'manifest.json', 'facts/corrections.json']);
		expect(data.manifestLayers?.length).toBeGreaterThan(5);
		expect(Array.isArray(data.corrections)).toBe(true);
		expect(data.problems).toEqual({ claims: null, about: null });
	});

	it('says which file cannot be used and where, and forgets it when the reader leaves the view', async () => {
		const { fetchFn, requested } = serve(['manifest.json', 'facts/corrections.json']);
		const data = new ViewData(() => base, fetchFn);
		data.need('about');
		await expect.poll(() => data.problems.about).toMatch(/^Could not load manifest\.json: at layers: /);
		await expect.poll(() => data.corrections).toBe('failed');
		expect(data.manifestLayers).toBeNull();
		data.need('article');
		expect(data.problems.about).toBeNull();
		// Back in the view, it tries again.
		data.need('about');
		await expect.poll(() => requested.filter((r) => r === 'manifest.json').length).toBe(2);
	});

	it('refuses a file whose numbers are not numbers', async () => {
		const fetchFn = (async () => new Response('{"countries":[{"id":"FR","nameEn":"France","areaKm2":"x"}]}')) as unknown as typeof fetch;
		const data = new ViewData(() => base, fetchFn);
		data.need('claims');
		await expect.poll(() => data.problems.claims).toMatch(/europe-areas\.json: at countries\.0\.areaKm2/);
		expect(data.europe).toBeNull();
	});
});
