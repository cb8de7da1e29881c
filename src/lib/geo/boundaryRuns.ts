import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { EdgeIndex } from './edgeIndex';

/** A stretch of an area's boundary that either lies along a territory's outline or does not. */
export interface BoundaryRun {
	onOutline: boolean;
	coordinates: Position[];
	/** True when the whole ring is one run off the outline (an island of the area, or a hole in it). */
	closed: boolean;
}

/** How close to the outline a boundary segment must lie to count as running along it: clipping puts it there exactly, give or take floating point. */
export const onOutlineToleranceKm = 0.002;

/**
 * Splits every ring of an area into runs that lie along the territory's outline (the coast, the
 * state border) and runs that do not. For an occupied area clipped to its country, the runs off the
 * outline are where it meets the rest of the country: its front.
 */
export function boundaryRuns(area: Polygon | MultiPolygon, outline: EdgeIndex, toleranceKm = onOutlineToleranceKm): BoundaryRun[] {
	const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
	return polygons.flatMap((rings) => rings.flatMap((ring) => ringRuns(ring, outline, toleranceKm)));
}

function ringRuns(ring: Position[], outline: EdgeIndex, toleranceKm: number): BoundaryRun[] {
	const n = ring.length - 1;
	if (n < 3) return [];
	const on = Array.from({ length: n }, (_, i) => outline.hasSegment(ring[i]!, ring[i + 1]!, toleranceKm));
	const firstChange = on.findIndex((value, i) => value !== on[(i + n - 1) % n]);
	if (firstChange === -1) return [{ onOutline: on[0]!, coordinates: ring.slice(), closed: !on[0] }];

	const runs: BoundaryRun[] = [];
	for (let k = 0; k < n; k++) {
		const i = (firstChange + k) % n;
		const last = runs.at(-1);
		if (last && last.onOutline === on[i]) last.coordinates.push(ring[i + 1]!);
		else runs.push({ onOutline: on[i]!, coordinates: [ring[i]!, ring[i + 1]!], closed: false });
	}
	return runs;
}
