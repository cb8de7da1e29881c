import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { outerEdges } from './outerEdges';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
	type: 'Polygon',
	coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]
});

describe('outerEdges', () => {
	it('leaves out the edge two polygons share, whichever way round they run', () => {
		const reversed = box(1, 0, 2, 1);
		reversed.coordinates[0]!.reverse();
		const { coordinates } = outerEdges([box(0, 0, 1, 1), reversed]);
		const points = coordinates.flat();
		expect(points.filter(([x, y]) => x === 1 && y === 0.5)).toEqual([]);
		// Outer corners and the two ends of the shared edge: eight edges around the 2 × 1 rectangle.
		expect(coordinates.reduce((n, line) => n + line.length - 1, 0)).toBe(6);
	});

	it('keeps the ring of a lone polygon whole, and a hole as a line of its own', () => {
		const withHole: Polygon = { type: 'Polygon', coordinates: [box(0, 0, 4, 4).coordinates[0]!, box(1, 1, 2, 2).coordinates[0]!.slice().reverse()] };
		const { coordinates } = outerEdges([withHole, null]);
		expect(coordinates).toHaveLength(2);
		expect(coordinates.map((line) => line.length)).toEqual([5, 5]);
	});

	it('keeps edges that only nearly coincide: it does not snap', () => {
		const { coordinates } = outerEdges([box(0, 0, 1, 1), box(1.0001, 0, 2, 1)]);
		expect(coordinates.reduce((n, line) => n + line.length - 1, 0)).toBe(8);
	});
});
