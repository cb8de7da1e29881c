import length from '@turf/length';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';

type Lines = LineString | MultiLineString;

/**
 * Length in kilometres of a line, a multiline, or every line of a collection, along great circles
 * on Turf's spherical Earth. Every length the app or the pipeline reports goes through here.
 */
export function lengthKm(lines: Lines | Feature<Lines> | FeatureCollection<Lines>): number {
	if (lines.type === 'FeatureCollection') return lines.features.reduce((sum, f) => sum + length(f, { units: 'kilometers' }), 0);
	return length(lines.type === 'Feature' ? lines : { type: 'Feature', properties: {}, geometry: lines }, { units: 'kilometers' });
}
