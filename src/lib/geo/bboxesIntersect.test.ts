import bbox from '@turf/bbox';
import type { BBox } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxesIntersect } from './bboxesIntersect';
import { casesFor, readFeatureCollection } from './test/fixtures';

const pairs = casesFor('bboxesIntersect').flatMap(({ name, expected }) => expected.map((pair) => ({ name, ...pair })));

function boxesOf(name: string): Map<string, BBox> {
	return new Map(readFeatureCollection(name).features.map((f) => [String(f.id), bbox(f) as BBox]));
}

describe('bboxesIntersect', () => {
	it('has pairs covering overlap, touching edges and corners, containment, a cross, and gaps in each direction', () => {
		expect(pairs.length).toBe(12);
		expect(pairs.filter((p) => p.intersect).length).toBe(8);
		expect(pairs.filter((p) => !p.intersect).length).toBe(4);
	});

	it.each(pairs)('boxes $a and $b of fixture $name: intersect = $intersect ($why)', ({ name, a, b, intersect }) => {
		const boxes = boxesOf(name);
		const boxA = boxes.get(a);
		const boxB = boxes.get(b);
		expect(boxA, `box ${a} in in/${name}.geojson`).toBeDefined();
		expect(boxB, `box ${b} in in/${name}.geojson`).toBeDefined();
		expect(bboxesIntersect(boxA!, boxB!)).toBe(intersect);
		expect(bboxesIntersect(boxB!, boxA!)).toBe(intersect);
	});
});
