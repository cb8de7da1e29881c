import { describe, expect, it } from 'vitest';
import { briefingBounds, cameraBounds, sourcesByTerms } from './briefingData';

describe('the briefing map’s extent', () => {
	it('is the extent a shared camera shows on a laptop’s map', () => {
		const [w, s, e, n] = cameraBounds({ center: [37.8, 48.02], zoom: 6.5 }, 896, 560);
		expect((w + e) / 2).toBeCloseTo(37.8, 6);
		// 896 px at zoom 6.5: 896 / (512 · 2^6.5) of 360°.
		expect(e - w).toBeCloseTo((896 / (512 * 2 ** 6.5)) * 360, 6);
		expect(s).toBeLessThan(48.02);
		expect(n).toBeGreaterThan(48.02);
		// Mercator: more latitude below the centre than above it, in the northern hemisphere.
		expect(48.02 - s).toBeGreaterThan(n - 48.02);
	});

	it('is the camera, else the selection on the map, else the first view', () => {
		const initial: [number, number, number, number] = [22, 44, 40, 53];
		const region = { bbox: [36, 47, 39, 49] as [number, number, number, number], point: null, onMap: true };
		expect(briefingBounds(null, region, initial)).toEqual([36, 47, 39, 49]);
		expect(briefingBounds(null, { bbox: null, point: [30.5, 50.45], onMap: true }, initial)).toEqual([29.3, 49.75, 31.7, 51.150000000000006]);
		expect(briefingBounds(null, { bbox: null, point: [39.2, 21.5], onMap: false }, initial)).toEqual(initial);
		expect(briefingBounds(null, null, initial)).toEqual(initial);
		expect(briefingBounds({ center: [37.8, 48], zoom: 6 }, region, initial)).not.toEqual(region.bbox);
	});
});

describe('the briefing’s sources', () => {
	it('lists each source once, under the terms of the layers that cite it', () => {
		const ds = { publisher: 'DeepState', title: 'Map of 13 March 2025', date: '2025-03-13' };
		const groups = sourcesByTerms([
			{ title: 'Countries', licence: 'Natural Earth: public domain.' },
			{ title: 'Occupied 2025', licence: 'DeepStateMap’s licence', sources: [ds] },
			{ title: 'Contested 2025', licence: 'DeepStateMap’s licence', sources: [ds, { publisher: 'UN OCHA', title: 'Card', date: null }] },
			{ title: 'Regions', licence: 'Natural Earth: public domain.' }
		]);
		expect(groups.map((g) => g.terms)).toEqual(['Natural Earth: public domain.', 'DeepStateMap’s licence']);
		expect(groups[0]!.layers).toEqual(['Countries', 'Regions']);
		expect(groups[1]!.sources.map((s) => s.publisher)).toEqual(['DeepState', 'UN OCHA']);
	});
});
