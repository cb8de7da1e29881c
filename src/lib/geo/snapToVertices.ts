import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Kilometres per degree of latitude on Turf's spherical Earth. */
const kmPerDegree = (6371.0088 * Math.PI) / 180;

/**
 * Moves every vertex of an area that lies within `toleranceKm` of a vertex of `targets` onto that
 * vertex, and drops the repeated positions that leaves. Two outlines drawn from the same source
 * (an exported layer and the basemap it was clipped to) then share their coast exactly instead of
 * running a few metres apart, which polygon clipping cannot resolve reliably.
 */
export function snapToVertices<G extends Polygon | MultiPolygon>(geometry: G, targets: Position[], toleranceKm: number): G {
	if (targets.length === 0) return geometry;
	const index = new Flatbush(targets.length);
	for (const [x, y] of targets) index.add(x!, y!, x!, y!);
	index.finish();
	const snap = (p: Position): Position => {
		const dLat = toleranceKm / kmPerDegree;
		const dLon = dLat / Math.max(0.01, Math.cos((p[1]! * Math.PI) / 180));
		let best: Position | null = null;
		let bestKm = toleranceKm;
		for (const i of index.search(p[0]! - dLon, p[1]! - dLat, p[0]! + dLon, p[1]! + dLat)) {
			const t = targets[i]!;
			const km = Math.hypot((t[0]! - p[0]!) * kmPerDegree * Math.cos((p[1]! * Math.PI) / 180), (t[1]! - p[1]!) * kmPerDegree);
			if (km <= bestKm) {
				best = t;
				bestKm = km;
			}
		}
		return best ?? p;
	};
	const ring = (r: Position[]): Position[] => {
		const out: Position[] = [];
		for (const p of r.map(snap)) if (!out.length || out.at(-1)![0] !== p[0] || out.at(-1)![1] !== p[1]) out.push(p);
		return out;
	};
	const polygon = (rings: Position[][]) => rings.map(ring).filter((r, i) => r.length >= 4 || i > 0).filter((r) => r.length >= 4);
	if (geometry.type === 'Polygon') return { ...geometry, coordinates: polygon(geometry.coordinates) };
	return { ...geometry, coordinates: geometry.coordinates.map(polygon).filter((p) => p.length > 0) };
}
