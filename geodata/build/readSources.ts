import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { PipelineError } from './errors';
import { polygonProblems } from '../../src/lib/geo/polygonProblems';

/** Reads and parses a JSON file, turning a read or syntax error into a PipelineError naming the file. */
export function readJson(file: string): unknown {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new PipelineError(file, null, `cannot be read (${(error as Error).message})`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new PipelineError(file, null, `is not valid JSON (${(error as Error).message})`);
	}
}

const geometryTypes = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

/**
 * Reads a GeoJSON FeatureCollection and checks what every later step relies on: each feature has
 * an id (from `idOf`), ids are unique, geometries are of a known type, and polygon rings are
 * closed with at least four numeric positions. Self-intersections are checked after simplification,
 * on the output, where they matter.
 */
export function readFeatureCollection(
	file: string,
	idOf: (feature: Feature, index: number) => unknown = (f) => f.id
): Array<Feature<Geometry> & { id: string }> {
	const data = readJson(file) as Partial<FeatureCollection> | null;
	if (!data || typeof data !== 'object' || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
		throw new PipelineError(file, null, 'is not a GeoJSON FeatureCollection (expected {"type": "FeatureCollection", "features": [...]})');
	}
	const seen = new Set<string>();
	return data.features.map((feature, index) => {
		if (!feature || feature.type !== 'Feature') throw new PipelineError(file, `#${index}`, 'is not a GeoJSON Feature');
		const rawId = idOf(feature, index);
		const id = typeof rawId === 'number' ? String(rawId) : rawId;
		if (typeof id !== 'string' || id.trim() === '') {
			const name = (feature.properties as Record<string, unknown> | null)?.name;
			throw new PipelineError(file, `#${index}${name ? ` (${String(name)})` : ''}`, 'has no id');
		}
		if (seen.has(id)) throw new PipelineError(file, id, 'has a duplicate id');
		seen.add(id);
		const geometry = feature.geometry;
		if (!geometry || !geometryTypes.has(geometry.type) || !Array.isArray((geometry as { coordinates?: unknown }).coordinates)) {
			throw new PipelineError(file, id, `has no usable geometry (type ${JSON.stringify(geometry?.type ?? null)})`);
		}
		if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
			const problems = polygonProblems(geometry, false);
			if (problems.length > 0) throw new PipelineError(file, id, problems.join('; '));
		}
		return { ...feature, id } as Feature<Geometry> & { id: string };
	});
}
