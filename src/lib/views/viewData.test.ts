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
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('ViewData', () => {
	it('loads nothing for the article and the timeline, and each view’s files the first time it opens', async () => {
		const { fetchFn, requested } = serve();
		const data = new ViewData(() => base, fetchFn);
		data.need('article');
		data.need('timeline');
		expect(requested).toEqual([]);
		data.need('claims');
		await settled();
		expect(data.europe?.length).toBeGreaterThan(20);
		data.need('claims');
		data.need('about');
		await settled();
		expect(requested).toEqual(['europe-areas.json', 'manifest.json', 'facts/corrections.json']);
		expect(data.manifestLayers?.length).toBeGreaterThan(5);
		expect(Array.isArray(data.corrections)).toBe(true);
		expect(data.problem).toBeNull();
	});

	it('says which file does not have the expected shape', async () => {
		const { fetchFn } = serve(['manifest.json', 'facts/corrections.json']);
		const data = new ViewData(() => base, fetchFn);
		data.need('about');
		await settled();
		expect(data.manifestLayers).toBeNull();
		expect(data.corrections).toBe('failed');
		expect(data.problem).toMatch(/does not have the expected shape/);
	});
});
