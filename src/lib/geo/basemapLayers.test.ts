import { describe, expect, it } from 'vitest';
import { basemapLayers, type BasemapTopology } from './basemapLayers';
import { casesFor, readInput } from './test/fixtures';

const cases = casesFor('basemapLayers');

describe('basemapLayers', () => {
	it('has a topology that decodes and one that is refused', () => {
		expect(cases.map((c) => c.name)).toEqual(['missing-layer', 'two-squares']);
	});

	it.each(cases)('turns fixture $name into what its out/ file says', ({ name, expected }) => {
		const topology = readInput(name) as BasemapTopology;
		if ('throws' in expected) expect(() => basemapLayers(topology)).toThrow(expected.throws);
		else expect(basemapLayers(topology)).toEqual(expected.layers);
	});

	it('refuses something that is not a topology, naming the first layer it looks for', () => {
		const notTopology = { type: 'FeatureCollection', features: [] } as unknown as BasemapTopology;
		expect(() => basemapLayers(notTopology)).toThrow('The basemap topology has no "countries" layer.');
		expect(() => basemapLayers(null as unknown as BasemapTopology)).toThrow('no "countries" layer');
	});

	it('gives neighbours that share an arc exactly the same border positions', () => {
		const { admin1 } = basemapLayers(readInput('two-squares') as BasemapTopology);
		const [west, east] = admin1.features.map((f) => f.geometry.coordinates.flat(1).map((p) => JSON.stringify(p)));
		const shared = west!.filter((p) => east!.includes(p));
		expect(new Set(shared)).toEqual(new Set(['[31,50]', '[31,51]']));
	});
});
