// What the map draws of a measurement and the queried point, as GeoJSON with the words of its
// labels: the geodesic path, the area, the vertices, each segment's length at its middle and the
// total at the end. The map layer (src/lib/map/measure/measureLayer.ts) only styles this.
import midpoint from '@turf/midpoint';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { areaKm2 } from '$lib/geo/areaKm2';
import { areaPolygon, geodesicPath, segmentKm, totalKm, type LonLat, type Measurement } from './measure';

const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** 3.46 → "3.5 km", 1234.5 → "1,235 km": a tenth of a kilometre is what a click can mean under 100 km. */
export function kmText(km: number): string {
	return `${km < 100 ? oneDecimal.format(km) : whole.format(km)} km`;
}

/** 12.3 → "12 km²", 12345 → "12,345 km²", 0.42 → "0.4 km²". */
export function km2Text(km2: number): string {
	return `${km2 < 10 ? oneDecimal.format(km2) : whole.format(km2)} km²`;
}

/** The measurement's headline: "34.5 km" for a distance, "1,234 km²" for an area; null when it has too few points. */
export function measureSummary(m: Measurement): string | null {
	if (m.kind === 'line') return m.vertices.length >= 2 ? kmText(totalKm(m)) : null;
	const polygon = areaPolygon(m);
	return polygon ? km2Text(areaKm2(polygon)) : null;
}

const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties, geometry });

/**
 * The features the measure layer draws: `role` is `path`, `area`, `vertex` (with its `index`),
 * `segment-label`, `total-label` (with the measurement's `kind`) or `point` (the queried point), and
 * labels carry their `label`.
 * A line's segments are labelled only when there are two or more (one segment is the total).
 */
export function measureFeatures(m: Measurement | null, point: LonLat | null = null): FeatureCollection {
	const features: Feature[] = [];
	if (m && m.vertices.length) {
		const polygon = areaPolygon(m);
		if (polygon) features.push(feature(polygon.geometry, { role: 'area' }));
		if (m.vertices.length >= 2) features.push(feature({ type: 'LineString', coordinates: geodesicPath(m) }, { role: 'path' }));
		m.vertices.forEach((v, index) => features.push(feature({ type: 'Point', coordinates: [...v] }, { role: 'vertex', index })));
		const segments = segmentKm(m);
		if (segments.length >= 2)
			segments.forEach((km, i) => {
				const [a, b] = [m.vertices[i]!, m.vertices[(i + 1) % m.vertices.length]!];
				features.push(feature(midpoint([...a], [...b]).geometry, { role: 'segment-label', label: kmText(km) }));
			});
		const summary = measureSummary(m);
		if (summary) {
			const at = m.kind === 'area' && polygon ? centreOf(m.vertices) : m.vertices.at(-1)!;
			features.push(feature({ type: 'Point', coordinates: [...at] }, { role: 'total-label', kind: m.kind, label: m.kind === 'area' ? summary : `${summary} in all` }));
		}
	}
	if (point) features.push(feature({ type: 'Point', coordinates: [...point] }, { role: 'point' }));
	return { type: 'FeatureCollection', features };
}

/** The mean of the vertices: inside any convex outline, which is what people draw to measure. */
function centreOf(vertices: readonly LonLat[]): LonLat {
	const n = vertices.length;
	return [vertices.reduce((s, v) => s + v[0], 0) / n, vertices.reduce((s, v) => s + v[1], 0) / n];
}
