// The measure tool's maths: a polyline's great-circle lengths, a polygon's area and what it covers,
// on the shipped geometry, with Turf. No MapLibre, no Svelte: the map draws what these return.
import distance from '@turf/distance';
import greatCircle from '@turf/great-circle';
import kinks from '@turf/kinks';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import bbox from '@turf/bbox';
import { areaKm2 } from '$lib/geo/areaKm2';
import { bboxesIntersect } from '$lib/geo/bboxesIntersect';
import { intersectionAreaKm2 } from '$lib/geo/intersectionAreaKm2';

export type MeasureKind = 'line' | 'area';
export type LonLat = [number, number];

/** A measurement: a polyline (`line`) or the ring of a polygon (`area`, not closed: the first vertex is not repeated). */
export interface Measurement {
	kind: MeasureKind;
	vertices: LonLat[];
}

/** The fewest vertices a measurement of each kind needs to mean something. */
export const minVertices: Record<MeasureKind, number> = { line: 2, area: 3 };
/** A link stays short enough to share, and the map stays responsive. */
export const maxVertices = 100;

/** Whether the measurement has the vertices its kind needs. */
export const isComplete = (m: Measurement): boolean => m.vertices.length >= minVertices[m.kind];

/** Great-circle length of each segment, in km (an area's closing segment included). */
export function segmentKm(m: Measurement): number[] {
	const v = m.vertices;
	const out: number[] = [];
	for (let i = 1; i < v.length; i++) out.push(distance(v[i - 1]!, v[i]!, { units: 'kilometers' }));
	if (m.kind === 'area' && v.length >= 3) out.push(distance(v[v.length - 1]!, v[0]!, { units: 'kilometers' }));
	return out;
}

export const totalKm = (m: Measurement): number => segmentKm(m).reduce((sum, km) => sum + km, 0);

const v3 = (m: Measurement) => m.vertices.length >= 3;

/**
 * The path as drawn: each segment a great circle, densified so that a long segment bends as it does
 * on the globe (a straight screen line would be a rhumb line, longer than what is measured).
 */
export function geodesicPath(m: Measurement): Position[] {
	const v = m.kind === 'area' && v3(m) ? [...m.vertices, m.vertices[0]!] : m.vertices;
	if (v.length < 2) return v.map((p) => [...p]);
	const path: Position[] = [[...v[0]!]];
	for (let i = 1; i < v.length; i++) {
		const [a, b] = [v[i - 1]!, v[i]!];
		const km = distance(a, b, { units: 'kilometers' });
		if (km < 1 || (a[0] === b[0] && a[1] === b[1])) {
			path.push([...b]);
			continue;
		}
		// About a point every 10 km, between 2 and 64 a segment.
		const npoints = Math.min(64, Math.max(2, Math.ceil(km / 10)));
		const arc = greatCircle(a, b, { npoints }).geometry as LineString;
		path.push(...arc.coordinates.slice(1));
		path[path.length - 1] = [...b];
	}
	return path;
}

/** The measured area as a GeoJSON polygon (closed ring), or null when it has fewer than three vertices. */
export function areaPolygon(m: Measurement): Feature<Polygon> | null {
	if (m.kind !== 'area' || !v3(m)) return null;
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...m.vertices.map((p) => [...p]), [...m.vertices[0]!]]] } };
}

/** A region the measured area covers: how much of it, as a share of the region and of the measured area. */
export interface CoveredRegion {
	id: string;
	name: string;
	km2: number;
	/** Of the region's measured area (Natural Earth's polygon, as the map draws it). */
	shareOfRegion: number;
	/** Of the measured area. */
	shareOfArea: number;
}

export interface AreaReport {
	km2: number;
	/** Largest first; regions covered by less than 0.05% of the area are left out. */
	regions: CoveredRegion[];
	/** The occupied ground (before and since 2022) inside the measured area. */
	occupiedKm2: number;
	/** Of the measured area. */
	occupiedShare: number;
}

export type AreaResult = { ok: true; report: AreaReport } | { ok: false; problem: string };

type Areas = FeatureCollection<Polygon | MultiPolygon>;

/**
 * The measured area, its share of each region it covers and the occupied ground inside it. A ring
 * that crosses itself has no one area: it is refused with what to do about it.
 */
export function measureArea(m: Measurement, admin1: Areas, occupied: Areas): AreaResult {
	const polygon = areaPolygon(m);
	if (!polygon) return { ok: false, problem: 'An area needs at least three points.' };
	if (kinks(polygon).features.length) return { ok: false, problem: 'The area’s outline crosses itself: move or undo a point so that it does not.' };
	const km2 = areaKm2(polygon);
	const regions: CoveredRegion[] = [];
	// Clipping is the costly part, and it runs on every drag of a vertex: regions off the area's box are skipped.
	const box = bbox(polygon);
	for (const region of admin1.features) {
		if (!bboxesIntersect(box, bbox(region))) continue;
		const inside = intersectionAreaKm2(polygon, region);
		if (inside <= 0 || inside / km2 < 0.0005) continue;
		const props = region.properties ?? {};
		regions.push({ id: String(props.id), name: String(props.nameEn ?? props.id), km2: inside, shareOfRegion: inside / areaKm2(region), shareOfArea: inside / km2 });
	}
	// Largest first; regions covered alike (within 1 km²) in the order of their ids, so the list is stable.
	regions.sort((a, b) => (Math.abs(b.km2 - a.km2) > 1 ? b.km2 - a.km2 : a.id.localeCompare(b.id)));
	const occupiedKm2 = occupied.features.reduce((sum, f) => sum + intersectionAreaKm2(polygon, f), 0);
	return { ok: true, report: { km2, regions, occupiedKm2, occupiedShare: km2 > 0 ? occupiedKm2 / km2 : 0 } };
}
