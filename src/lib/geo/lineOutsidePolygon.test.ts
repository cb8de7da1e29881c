import { describe, expect, it } from 'vitest';
import type { LineString, Polygon } from 'geojson';
import { lengthKm } from './lengthKm';
import { lineOutsidePolygon } from './lineOutsidePolygon';
import { casesFor, readFeatureCollection } from './test/fixtures';

describe('lineOutsidePolygon', () => {
	const cases = casesFor('lineOutsidePolygon');

	it('has an expectation for each fixture it must cut', () => {
		expect(cases.map((c) => c.name)).toEqual(['front-across-box']);
	});

	it.each(cases)('keeps only the parts of fixture $name outside the polygon', ({ name, expected }) => {
		const [line, box] = readFeatureCollection(name).features;
		const outside = lineOutsidePolygon(line!.geometry as LineString, box!.geometry as Polygon);
		expect(outside.coordinates).toHaveLength(expected.pieces);
		expect(Math.abs(lengthKm(outside) - expected.km)).toBeLessThanOrEqual(expected.toleranceKm);
	});

	it('returns a line that never enters the polygon unchanged', () => {
		const [, box] = readFeatureCollection('front-across-box').features;
		const line: LineString = { type: 'LineString', coordinates: [[-1, 2], [3, 2]] };
		expect(lineOutsidePolygon(line, box!.geometry as Polygon).coordinates).toEqual([line.coordinates]);
	});

	it('returns nothing for a line wholly inside the polygon', () => {
		const [, box] = readFeatureCollection('front-across-box').features;
		const line: LineString = { type: 'LineString', coordinates: [[0.2, 0], [0.8, 0]] };
		expect(lineOutsidePolygon(line, box!.geometry as Polygon).coordinates).toEqual([]);
	});
});
