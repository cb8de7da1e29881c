import { describe, expect, it } from 'vitest';
import type { LineString } from 'geojson';
import { lengthKm } from './lengthKm';
import { casesFor, readFeature } from './test/fixtures';

describe('lengthKm', () => {
	const cases = casesFor('lengthKm');

	it('has an expectation for the lines it must measure', () => {
		expect(cases.map((c) => c.name)).toEqual(['meridian-degree']);
	});

	it.each(cases)('measures fixture $name as its out/ file says', ({ name, expected }) => {
		expect(Math.abs(lengthKm(readFeature(name) as never) - expected.km)).toBeLessThanOrEqual(expected.toleranceKm);
	});

	it('gives the same length for a geometry, its feature, and a collection holding it', () => {
		const feature = readFeature('meridian-degree');
		const geometry = feature.geometry as LineString;
		const single = lengthKm(geometry);
		expect(lengthKm(feature as never)).toBe(single);
		expect(lengthKm({ type: 'FeatureCollection', features: [feature as never] })).toBe(single);
	});

	it('adds up the lines of a collection and the parts of a multiline', () => {
		const feature = readFeature('meridian-degree');
		const single = lengthKm(feature as never);
		expect(lengthKm({ type: 'FeatureCollection', features: [feature as never, feature as never] })).toBeCloseTo(2 * single, 9);
		const geometry = feature.geometry as LineString;
		expect(lengthKm({ type: 'MultiLineString', coordinates: [geometry.coordinates, geometry.coordinates] })).toBeCloseTo(2 * single, 9);
	});
});
