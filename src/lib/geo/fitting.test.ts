import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from './areaKm2';
import { boundaryRuns } from './boundaryRuns';
import { EdgeIndex } from './edgeIndex';
import { enclavesOf } from './enclavesOf';
import { sliverStrips } from './sliverStrips';
import { snapToVertices } from './snapToVertices';
import { casesFor, readFeatureCollection } from './test/fixtures';

type Area = Feature<Polygon | MultiPolygon>;
const roles = (name: string) => {
	const features = readFeatureCollection(name).features as Area[];
	return { territory: features.find((f) => f.properties?.role === 'territory')!, area: features.find((f) => f.properties?.role === 'area')! };
};
const outlineOf = (territory: Area) => new EdgeIndex(territory.geometry.type === 'Polygon' ? territory.geometry.coordinates : territory.geometry.coordinates.flat());

describe('EdgeIndex', () => {
	const index = new EdgeIndex([[[0, 47], [1, 47]]]);
	it('measures the distance to the nearest segment, within a limit', () => {
		// 0.01° of latitude is 1.112 km on Turf's sphere.
		expect(index.distanceKm([0.5, 47.01], 2)).toBeCloseTo(1.112, 2);
		expect(index.distanceKm([0.5, 47.01], 1)).toBe(Infinity);
		expect(index.distanceKm([1.01, 47], 2)).toBeCloseTo(0.758, 2);
	});
	it('tells a segment along the lines from one beside them', () => {
		expect(index.hasSegment([0.2, 47], [0.3, 47], 0.002)).toBe(true);
		expect(index.hasSegment([0.3, 47], [0.2, 47], 0.002)).toBe(true);
		expect(index.hasSegment([0.2, 47], [0.3, 47.001], 0.002)).toBe(false);
	});
});

describe.each(casesFor('boundaryRuns'))('boundaryRuns on fixture $name', ({ name, expected }) => {
	it('splits the area’s edge into the runs its out/ file gives', () => {
		const { territory, area } = roles(name);
		const runs = boundaryRuns(area.geometry, outlineOf(territory));
		expect(runs.filter((r) => !r.onOutline)).toHaveLength(expected.offOutline);
		expect(runs.filter((r) => r.onOutline)).toHaveLength(expected.onOutline);
		// Runs join up: each starts where the one before it ended.
		for (let i = 1; i < runs.length; i++) expect(runs[i]!.coordinates[0]).toEqual(runs[i - 1]!.coordinates.at(-1));
	});
});

describe.each(casesFor('sliverStrips'))('sliverStrips on fixture $name', ({ name, expected }) => {
	it('finds the strips its out/ file gives, and none with a wider limit than the front’s depth', () => {
		const { territory, area } = roles(name);
		const strips = sliverStrips(area, territory, { maxWidthKm: 1.5 });
		expect(strips).toHaveLength(expected.count);
		expect(Math.abs(strips.reduce((s, f) => s + areaKm2(f), 0) - expected.km2)).toBeLessThanOrEqual(expected.toleranceKm2);
		// A limit narrower than the strip finds nothing.
		expect(sliverStrips(area, territory, { maxWidthKm: 0.3 })).toHaveLength(0);
	});
});

describe.each(casesFor('enclavesOf'))('enclavesOf on fixture $name', ({ name, expected }) => {
	it('finds the cut-off pieces its out/ file gives, and none under a smaller size limit', () => {
		const { territory, area } = roles(name);
		const enclaves = enclavesOf(area, territory, { maxKm2: 200 });
		expect(enclaves).toHaveLength(expected.count);
		expect(Math.abs(enclaves.reduce((s, f) => s + areaKm2(f), 0) - expected.km2)).toBeLessThanOrEqual(expected.toleranceKm2);
		expect(enclavesOf(area, territory, { maxKm2: 5 })).toHaveLength(0);
	});
});

describe('snapToVertices', () => {
	it('moves vertices within the tolerance onto the target and drops the repeats it makes', () => {
		const square: Polygon = { type: 'Polygon', coordinates: [[[0, 47], [1.0001, 47], [1, 48], [0, 48], [0, 47]]] };
		const snapped = snapToVertices(square, [[1, 47]], 0.02);
		expect(snapped.coordinates[0]![1]).toEqual([1, 47]);
		expect(snapToVertices(square, [[1, 47]], 0.005).coordinates[0]![1]).toEqual([1.0001, 47]);
		const collapsing: Polygon = { type: 'Polygon', coordinates: [[[0, 47], [1, 47], [1.00001, 47], [1, 48], [0, 47]]] };
		expect(snapToVertices(collapsing, [[1, 47]], 0.02).coordinates[0]).toEqual([[0, 47], [1, 47], [1, 48], [0, 47]]);
	});
});
