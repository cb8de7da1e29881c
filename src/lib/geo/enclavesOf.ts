import difference from '@turf/difference';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { areaKm2 } from './areaKm2';
import { EdgeIndex } from './edgeIndex';

type Area = Feature<Polygon | MultiPolygon>;

/**
 * The small pieces of a territory that an area cuts off from the rest: what is left of the
 * territory once the area is taken away falls into parts, the largest is the rest of the country,
 * and any other part under `maxKm2` that touches the area is a gap between the source's outline and
 * the map's (a strip of coast, a bend of the border), returned for the caller to add to the area.
 * Parts that do not touch the area (an island off another coast) are left alone.
 */
export function enclavesOf(area: Area, territory: Area, { maxKm2 }: { maxKm2: number }): Array<Feature<Polygon>> {
	const rest = difference({ type: 'FeatureCollection', features: [territory, area] });
	if (!rest) return [];
	const parts = (rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates).map((coordinates) => {
		const feature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
		return { feature, km2: areaKm2(feature) };
	});
	const largest = parts.reduce((best, p) => (p.km2 > best.km2 ? p : best), parts[0]!);
	const edge = new EdgeIndex(rings(area.geometry));
	const touches = (ring: Position[]) => ring.some((p) => edge.distanceKm(p, 0.002) <= 0.002);
	return parts.filter((p) => p !== largest && p.km2 < maxKm2 && touches(p.feature.geometry.coordinates[0]!)).map((p) => p.feature);
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}
