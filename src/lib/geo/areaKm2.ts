import area from '@turf/area';
import type { Feature, Geometry, GeoJsonProperties } from 'geojson';

/**
 * Area of a polygon or multipolygon in square kilometres, on Turf's spherical model of the Earth
 * (holes subtracted). Every area the app or the pipeline reports goes through this function, so a
 * figure cannot drift between what is computed and what is shown.
 */
export function areaKm2(feature: Feature<Geometry, GeoJsonProperties> | Geometry): number {
	return area(feature) / 1_000_000;
}
