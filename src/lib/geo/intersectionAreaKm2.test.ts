import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from './areaKm2';
import { intersectionAreaKm2 } from './intersectionAreaKm2';
import { casesFor, readFeatureCollection } from './test/fixtures';

describe('intersectionAreaKm2', () => {
	const cases = casesFor('intersectionAreaKm2');

	it('has an expectation for each fixture it must measure', () => {
		expect(cases.map((c) => c.name)).toEqual(['region-and-occupied']);
	});

	it.each(cases)('measures the overlap in fixture $name (a polygon with a hole and a multipolygon)', ({ name, expected }) => {
		const [region, occupied] = readFeatureCollection(name).features;
		const km2 = intersectionAreaKm2(region!.geometry as Polygon, occupied!.geometry as MultiPolygon);
		expect(Math.abs(km2 - expected.km2)).toBeLessThanOrEqual(expected.toleranceKm2);
	});

	it('is symmetric, and never more than the smaller area', () => {
		const [region, occupied] = readFeatureCollection('region-and-occupied').features;
		const a = intersectionAreaKm2(region as never, occupied as never);
		expect(intersectionAreaKm2(occupied as never, region as never)).toBeCloseTo(a, 6);
		expect(a).toBeLessThanOrEqual(areaKm2(region as never));
	});

	it('is 0 for shapes that do not overlap', () => {
		const box = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
		expect(intersectionAreaKm2(box(0), box(5))).toBe(0);
	});
});
