import { describe, expect, it } from 'vitest';
import { areaKm2 } from './areaKm2';
import { casesFor, readFeature } from './test/fixtures';

const cases = casesFor('areaKm2');

describe('areaKm2', () => {
	it('has an expectation for each shape it must measure', () => {
		expect(cases.map((c) => c.name)).toEqual(['bowtie', 'box-1deg-equator', 'line', 'multipolygon', 'pinched-ring', 'polygon-with-hole']);
	});

	it.each(cases)('measures fixture $name as its out/ file says', ({ name, expected }) => {
		const feature = readFeature(name);
		expect(Math.abs(areaKm2(feature) - expected.km2)).toBeLessThanOrEqual(expected.toleranceKm2);
	});

	it.each(cases)('gives the same area for the bare geometry of fixture $name as for the feature', ({ name }) => {
		const feature = readFeature(name);
		expect(areaKm2(feature.geometry)).toBe(areaKm2(feature));
	});

	it('subtracts a hole: the holed box measures its outer box less the 1° hole', () => {
		const holed = readFeature('polygon-with-hole');
		if (holed.geometry.type !== 'Polygon') throw new Error('fixture polygon-with-hole must be a Polygon');
		const [outer, hole] = holed.geometry.coordinates;
		const outerOnly = areaKm2({ type: 'Polygon', coordinates: [outer!] });
		const holeOnly = areaKm2({ type: 'Polygon', coordinates: [hole!] });
		expect(areaKm2(holed)).toBeCloseTo(outerOnly - holeOnly, 6);
		expect(holeOnly).toBeGreaterThan(12_000);
	});

	it('reports square kilometres, not square metres: a 1° equatorial box is between 12,000 and 12,500 km²', () => {
		const km2 = areaKm2(readFeature('box-1deg-equator'));
		expect(km2).toBeGreaterThan(12_000);
		expect(km2).toBeLessThan(12_500);
	});
});
