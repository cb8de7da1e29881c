import intersect from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from './areaKm2';

type Area = Polygon | MultiPolygon;
const asFeature = (g: Area | Feature<Area>): Feature<Area> => (g.type === 'Feature' ? g : { type: 'Feature', properties: {}, geometry: g });

/**
 * Area in km² of the part of `a` that lies inside `b` (0 when they do not overlap); for example
 * the occupied part of an oblast. Holes and multipolygons are handled by Turf's polygon clipping.
 */
export function intersectionAreaKm2(a: Area | Feature<Area>, b: Area | Feature<Area>): number {
	const common = intersect({ type: 'FeatureCollection', features: [asFeature(a), asFeature(b)] });
	return common ? areaKm2(common) : 0;
}
