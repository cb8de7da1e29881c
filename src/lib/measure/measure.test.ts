import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { addVertex, finishMeasure, moveVertex, startMeasure, undoVertex } from './drawing';
import { geodesicPath, isComplete, maxVertices, measureArea, segmentKm, totalKm, type LonLat, type Measurement } from './measure';

const read = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));
const fixture = read('./test/in/two-regions.geojson') as FeatureCollection<Geometry>;
const expected = read('./test/out/two-regions.json');

const byRole = (role: string) => fixture.features.filter((f) => f.properties?.role === role);
const areas = (role: string): FeatureCollection<Polygon | MultiPolygon> => ({ type: 'FeatureCollection', features: byRole(role) as Feature<Polygon>[] });
const measures = byRole('measure');
const lineOf = (f: Feature<Geometry>): Measurement => ({ kind: 'line', vertices: (f.geometry as LineString).coordinates as LonLat[] });
/** The fixture's polygons are closed rings; a measurement's ring is not. */
const areaOf = (f: Feature<Geometry>): Measurement => ({ kind: 'area', vertices: ((f.geometry as Polygon).coordinates[0] as LonLat[]).slice(0, -1) });

describe('measure maths on test/in/two-regions.geojson', () => {
	const line = lineOf(measures.find((f) => f.properties?.kind === 'line')!);
	const box = areaOf(measures.find((f) => f.properties?.kind === 'area' && !f.properties?.name)!);
	const bowtie = areaOf(measures.find((f) => f.properties?.name === 'bowtie')!);

	it('measures each segment of a polyline on the great circle, and the total', () => {
		const segments = segmentKm(line);
		expect(segments).toHaveLength(2);
		segments.forEach((km, i) => expect(Math.abs(km - expected.line.segmentKm[i])).toBeLessThan(expected.line.toleranceKm));
		expect(totalKm(line)).toBeCloseTo(segments[0]! + segments[1]!, 9);
	});

	it('counts an area’s closing segment in its perimeter', () => {
		expect(segmentKm(box)).toHaveLength(4);
	});

	it('measures an area, its share of each region it covers and the occupied ground inside it', () => {
		const result = measureArea(box, areas('admin1'), areas('occupied'));
		if (!result.ok) throw new Error(result.problem);
		expect(Math.abs(result.report.km2 - expected.area.km2)).toBeLessThan(expected.area.toleranceKm2);
		expect(result.report.regions.map((r) => r.id)).toEqual(expected.area.regions.map((r: { id: string }) => r.id));
		result.report.regions.forEach((r, i) => {
			expect(r.shareOfRegion).toBeCloseTo(expected.area.regions[i].shareOfRegion, 2);
			expect(r.shareOfArea).toBeCloseTo(expected.area.regions[i].shareOfArea, 2);
		});
		expect(result.report.occupiedShare).toBeCloseTo(expected.area.occupiedShare, 2);
	});

	it('refuses an outline that crosses itself, saying what to do', () => {
		expect(measureArea(bowtie, areas('admin1'), areas('occupied'))).toEqual({ ok: false, problem: expected.bowtie.problem });
	});

	it('draws each segment as a great circle that ends on the vertices', () => {
		const path = geodesicPath({ kind: 'line', vertices: [[30, 50], [40, 50]] });
		expect(path[0]).toEqual([30, 50]);
		expect(path.at(-1)).toEqual([40, 50]);
		// The great circle bows north of the parallel; at its middle tan φ = tan 50° / cos 5°, φ = 50.106°.
		const highest = Math.max(...path.map((p) => p[1]!));
		expect(Math.abs(highest - 50.106)).toBeLessThan(0.005);
		// Its length is the measured one (the drawn line is what is measured).
		const drawn = path.slice(1).reduce((sum, p, i) => sum + distance(path[i]!, p), 0);
		expect(drawn).toBeCloseTo(totalKm({ kind: 'line', vertices: [[30, 50], [40, 50]] }), 0);
	});

	it('closes an area’s drawn outline', () => {
		const path = geodesicPath(box);
		expect(path.at(-1)).toEqual(path[0]);
	});
});

describe('drawing a measurement', () => {
	it('adds points, and a point on the last one finishes once there are enough', () => {
		let m = startMeasure('line');
		let step = addVertex(m, [30, 50]);
		m = step.measurement;
		step = addVertex(m, [30, 50]);
		expect(step.finished).toBe(false);
		expect(step.message).toMatch(/needs 2 different points/);
		m = addVertex(m, [31, 50]).measurement;
		expect(isComplete(m)).toBe(true);
		step = addVertex(m, [31, 50]);
		expect(step.finished).toBe(true);
		expect(step.measurement.vertices).toHaveLength(2);
	});

	it('undoes the last point and moves a dragged one', () => {
		const m: Measurement = { kind: 'area', vertices: [[0, 0], [1, 0], [1, 1]] };
		expect(undoVertex(m).vertices).toEqual([[0, 0], [1, 0]]);
		expect(moveVertex(m, 1, [2, 0]).vertices).toEqual([[0, 0], [2, 0], [1, 1]]);
		expect(moveVertex(m, 7, [2, 0])).toBe(m);
	});

	it('keeps a finished measurement with enough points, and says why it drops one without', () => {
		expect(finishMeasure({ kind: 'area', vertices: [[0, 0], [1, 0], [1, 1]] }).measurement).not.toBeNull();
		const dropped = finishMeasure({ kind: 'area', vertices: [[0, 0], [1, 0]] });
		expect(dropped.measurement).toBeNull();
		expect(dropped.message).toMatch(/at least 3 points/);
	});

	it('stops at the most points a measurement can have', () => {
		const full: Measurement = { kind: 'line', vertices: Array.from({ length: maxVertices }, (_, i) => [i / 10, 0] as LonLat) };
		const step = addVertex(full, [50, 1]);
		expect(step.measurement).toBe(full);
		expect(step.message).toMatch(/at most 100 points/);
	});
});
