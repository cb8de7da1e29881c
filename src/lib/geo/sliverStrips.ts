import booleanValid from '@turf/boolean-valid';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { boundaryRuns } from './boundaryRuns';
import { EdgeIndex } from './edgeIndex';

type Area = Feature<Polygon | MultiPolygon>;

/**
 * The thin gaps an area clipped to a territory leaves along the territory's outline, where the
 * area's source drew the coast or the border a little inside the outline the map uses. A run of the
 * area's edge that leaves the outline and comes back to it without ever going farther than
 * `maxWidthKm` from it encloses such a strip: the strip between the run and the outline is returned,
 * for the caller to add to the area. A run that goes deeper into the territory is a real edge (a
 * front line) and is left alone, so is a strip whose outline path is much longer than its run (it
 * would go round the country). Strips lie inside the territory by construction: they are bounded
 * by the area's edge and the territory's own outline.
 */
export function sliverStrips(area: Area, territory: Area, { maxWidthKm }: { maxWidthKm: number }): Array<Feature<Polygon>> {
	const outlineRings = rings(territory.geometry);
	const outline = new EdgeIndex(outlineRings);
	const outlineLines: MultiLineString = { type: 'MultiLineString', coordinates: outlineRings };
	const strips: Array<Feature<Polygon>> = [];

	for (const run of boundaryRuns(area.geometry, outline)) {
		if (run.onOutline || run.closed) continue;
		const coords = run.coordinates;
		const tooDeep = coords.some((p, i) => {
			if (outline.distanceKm(p, maxWidthKm) > maxWidthKm) return true;
			const next = coords[i + 1];
			return next !== undefined && outline.distanceKm([(p[0]! + next[0]!) / 2, (p[1]! + next[1]!) / 2], maxWidthKm) > maxWidthKm;
		});
		if (tooDeep) continue;
		const path = outlinePath(outlineLines, coords.at(-1)!, coords[0]!);
		if (!path || pathKm(path) > 3 * pathKm(coords) + 5) continue;
		const ring = [...coords, ...path.slice(1)];
		ring[ring.length - 1] = ring[0]!;
		if (ring.length < 4) continue;
		const strip: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
		if (booleanValid(strip)) strips.push(strip);
	}
	return strips;
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Sum of planar segment lengths in degrees-ish units, enough to compare two paths. */
function pathKm(path: Position[]): number {
	let sum = 0;
	for (let i = 1; i < path.length; i++) {
		const k = Math.cos((path[i]![1]! * Math.PI) / 180);
		sum += Math.hypot((path[i]![0]! - path[i - 1]![0]!) * k, path[i]![1]! - path[i - 1]![1]!) * 111.195;
	}
	return sum;
}

/**
 * The shorter way along one ring of `outline` from `from` to `to` (both on or next to it), as
 * coordinates starting at `from` and ending at `to`; null when they lie on different rings.
 */
export function outlinePath(outline: MultiLineString, from: Position, to: Position): Position[] | null {
	const a = nearestPointOnLine(outline, from, { units: 'kilometers' }).properties;
	const b = nearestPointOnLine(outline, to, { units: 'kilometers' }).properties;
	if (a.lineStringIndex !== b.lineStringIndex) return null;
	const ring = outline.coordinates[a.lineStringIndex]!;
	const n = ring.length - 1;
	// Forward from a's segment to b's segment, wrapping round the closed ring.
	const forward: Position[] = [from];
	for (let i = a.segmentIndex; i !== b.segmentIndex; i = (i + 1) % n) forward.push(ring[(i + 1) % n]!);
	forward.push(to);
	const backward: Position[] = [from];
	for (let i = a.segmentIndex; i !== b.segmentIndex; i = (i - 1 + n) % n) backward.push(ring[i]!);
	backward.push(to);
	if (a.segmentIndex === b.segmentIndex) return [from, to];
	return pathKm(forward) <= pathKm(backward) ? forward : backward;
}
