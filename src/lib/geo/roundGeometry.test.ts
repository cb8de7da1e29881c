import { describe, expect, it } from 'vitest';
import { roundGeometry } from './roundGeometry';
import { casesFor, readFeature } from './test/fixtures';

const cases = casesFor('roundGeometry').flatMap(({ name, expected }) => expected.map((e) => ({ name, places: String(e.decimals), ...e })));

describe('roundGeometry', () => {
	it('has expectations for lines, polygons with holes and multipolygons', () => {
		expect([...new Set(cases.map((c) => c.name))]).toEqual(['bowtie', 'line', 'multipolygon', 'precise-polygon', 'tiny-parts']);
	});

	it.each(cases)('rounds fixture $name to $places decimals as its out/ file says', ({ name, decimals, geometry }) => {
		expect(roundGeometry(readFeature(name).geometry, decimals)).toEqual(geometry);
	});

	it.each(cases)('leaves the input of fixture $name unchanged when rounding to $places decimals', ({ name, decimals }) => {
		const input = readFeature(name).geometry;
		const copy = structuredClone(input);
		roundGeometry(input, decimals);
		expect(input).toEqual(copy);
	});

	it('keeps every rounded ring closed', () => {
		for (const { name, decimals } of cases) {
			const rounded = roundGeometry(readFeature(name).geometry, decimals);
			if (!rounded || (rounded.type !== 'Polygon' && rounded.type !== 'MultiPolygon')) continue;
			const polygons = rounded.type === 'Polygon' ? [rounded.coordinates] : rounded.coordinates;
			for (const ring of polygons.flat()) expect(ring[ring.length - 1], `${name} at ${decimals} decimals`).toEqual(ring[0]);
		}
	});

	it('rounds points, and drops a line that collapses to one position', () => {
		expect(roundGeometry({ type: 'Point', coordinates: [30.52345, 50.45009] }, 3)).toEqual({ type: 'Point', coordinates: [30.523, 50.45] });
		expect(roundGeometry({ type: 'LineString', coordinates: [[30.001, 50.001], [30.002, 50.002]] }, 1)).toBeNull();
	});
});
