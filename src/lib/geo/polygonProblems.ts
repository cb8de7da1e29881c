import kinks from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
	return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

function isFinitePosition(p: Position): boolean {
	return p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/**
 * Lists what is wrong with a polygon or multipolygon, in words a person can act on: rings that do
 * not close, rings with fewer than four positions, coordinates that are not numbers or lie outside
 * longitude/latitude range, and (when `checkKinks` is set) self-intersections. An empty list means
 * the geometry is valid for the app and for Turf's area and length measurements.
 */
export function polygonProblems(geometry: Polygon | MultiPolygon, checkKinks = true): string[] {
	const problems: string[] = [];
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	if (!Array.isArray(polygons) || polygons.length === 0) return ['has no polygons'];
	polygons.forEach((rings, p) => {
		if (!Array.isArray(rings) || rings.length === 0) {
			problems.push(`polygon ${p} has no rings`);
			return;
		}
		rings.forEach((ring, r) => {
			const where = `polygon ${p}, ring ${r}`;
			if (!Array.isArray(ring) || ring.length < 4) {
				problems.push(`${where} has fewer than 4 positions`);
				return;
			}
			const bad = ring.find((pos) => !Array.isArray(pos) || !isFinitePosition(pos));
			if (bad) {
				problems.push(`${where} has a position that is not a pair of numbers: ${JSON.stringify(bad)}`);
				return;
			}
			const outOfRange = ring.find((pos) => Math.abs(pos[0]!) > 180 || Math.abs(pos[1]!) > 90);
			if (outOfRange) problems.push(`${where} has a position outside lon/lat range: ${JSON.stringify(outOfRange)}`);
			if (!samePosition(ring[0], ring[ring.length - 1])) {
				problems.push(`${where} does not close (first ${JSON.stringify(ring[0])} ≠ last ${JSON.stringify(ring[ring.length - 1])})`);
			}
		});
	});
	if (checkKinks && problems.length === 0) {
		const found = kinks(geometry).features;
		if (found.length > 0) {
			const at = found[0]!.geometry.coordinates;
			problems.push(`intersects itself at ${found.length} point(s), first near ${JSON.stringify(at)}`);
		}
	}
	return problems;
}
