import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { polygonProblems } from '../../../src/lib/geo/polygonProblems';
import { roundGeometry } from '../../../src/lib/geo/roundGeometry';
import { pipelineConfig } from '../config';
import { PipelineError } from '../errors';

/**
 * An area with its coordinates rounded to the shipped precision, still valid. Rounding can make
 * two nearly touching edges cross (where a source's coast and the map's meet within metres); such
 * a geometry is unioned with itself, which resolves the crossings, and rounded again.
 */
export function rounded<G extends Polygon | MultiPolygon>(area: Feature<G>, file: string, id: string): G {
	let geometry = roundGeometry(area.geometry, pipelineConfig.coordinateDecimals);
	for (let attempt = 0; geometry && polygonProblems(geometry).length > 0 && attempt < 3; attempt++) {
		const self: Feature<G> = { type: 'Feature', properties: {}, geometry };
		const repaired = union({ type: 'FeatureCollection', features: [self, self] });
		geometry = repaired ? (roundGeometry(repaired.geometry, pipelineConfig.coordinateDecimals) as G | null) : null;
	}
	if (!geometry) throw new PipelineError(file, id, 'vanishes when rounded');
	const problems = polygonProblems(geometry);
	if (problems.length) throw new PipelineError(file, id, `is invalid: ${problems.join('; ')}`);
	return geometry;
}
