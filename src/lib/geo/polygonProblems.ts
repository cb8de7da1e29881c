import kinks from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
	return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

function isFinitePosition(p: Position): boolean {
	return p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** Twice the signed planar area of a closed ring (positive counter-clockwise). */
function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
	return sum;
}

/**
 * The loops a ring falls into where it touches itself at a vertex (a pinch): walking the ring, each
 * return to a vertex already visited closes a loop. A ring without pinches is one loop.
 */
function loops(ring: Position[]): Position[][] {
	const out: Position[][] = [];
	const stack: Position[] = [];
	const seen = new Map<string, number>();
	for (const p of ring.slice(0, -1)) {
		const key = `${p[0]},${p[1]}`;
		const at = seen.get(key);
		if (at !== undefined) {
			const loop = stack.splice(at);
			out.push([...loop, loop[0]!]);
			for (const q of loop) seen.delete(`${q[0]},${q[1]}`);
		}
		seen.set(key, stack.length);
		stack.push(p);
	}
	if (stack.length) out.push([...stack, stack[0]!]);
	return out;
}

/**
 * Self-intersections that are not merely a ring touching itself (or another ring) at a shared
 * vertex, plus pinched rings whose loops wind in opposite directions (a bow-tie drawn through a
 * vertex): both make areas wrong, where a plain touch does not.
 */
function crossings(geometry: Polygon | MultiPolygon): { count: number; at: Position | null } {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const vertices = new Map<string, number>();
	for (const ring of polygons.flat()) for (const p of ring.slice(0, -1)) vertices.set(`${p[0]},${p[1]}`, (vertices.get(`${p[0]},${p[1]}`) ?? 0) + 1);
	const real = kinks(geometry).features.map((f) => f.geometry.coordinates).filter((p) => (vertices.get(`${p[0]},${p[1]}`) ?? 0) < 2);
	for (const ring of polygons.flat()) {
		const parts = loops(ring);
		if (parts.length < 2) continue;
		const signs = parts.map((loop) => Math.sign(signedArea(loop)));
		if (signs.includes(1) && signs.includes(-1)) real.push(parts[0]![0]!);
	}
	return { count: real.length, at: real[0] ?? null };
}

/**
 * Lists what is wrong with a polygon or multipolygon, in words a person can act on: rings that do
 * not close, rings with fewer than four positions, coordinates that are not numbers or lie outside
 * longitude/latitude range, and (when `checkKinks` is set) self-intersections. Rings that only touch
 * at a shared vertex (as clipping leaves where two outlines meet at a point) are not counted. An
 * empty list means the geometry is valid for the app and for Turf's area and length measurements.
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
		const found = crossings(geometry);
		if (found.count > 0) problems.push(`intersects itself at ${found.count} point(s), first near ${JSON.stringify(found.at)}`);
	}
	return problems;
}
