import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { polygonProblems } from './polygonProblems';
import { casesFor, readFeature } from './test/fixtures';

const cases = casesFor('polygonProblems');

function polygonOf(name: string): Polygon | MultiPolygon {
	const { geometry } = readFeature(name);
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error(`in/${name}.geojson is not a polygon`);
	return geometry;
}

describe('polygonProblems', () => {
	it('has an expectation for every valid and broken polygon fixture', () => {
		expect(cases.map((c) => c.name)).toEqual([
			'bowtie',
			'box-1deg-equator',
			'multipolygon',
			'multipolygon-unclosed-part',
			'non-numeric',
			'out-of-range',
			'pinched-bowtie',
			'pinched-ring',
			'polygon-with-hole',
			'short-ring',
			'unclosed-ring'
		]);
	});

	it.each(cases)('lists exactly the problems its out/ file gives for fixture $name', ({ name, expected }) => {
		expect(polygonProblems(polygonOf(name))).toEqual(expected.problems);
	});

	it.each(cases.filter((c) => c.expected.problemsWithoutKinkCheck !== undefined))(
		'with the self-intersection check off, lists what its out/ file gives for fixture $name',
		({ name, expected }) => {
			expect(polygonProblems(polygonOf(name), false)).toEqual(expected.problemsWithoutKinkCheck);
		}
	);

	it('finds the bow-tie only through the self-intersection check', () => {
		expect(polygonProblems(polygonOf('bowtie'), false)).toEqual([]);
		expect(polygonProblems(polygonOf('bowtie'))).toHaveLength(1);
	});

	it('reports a polygon with no parts', () => {
		expect(polygonProblems({ type: 'MultiPolygon', coordinates: [] })).toEqual(['has no polygons']);
		expect(polygonProblems({ type: 'MultiPolygon', coordinates: [[]] })).toEqual(['polygon 0 has no rings']);
	});
});
