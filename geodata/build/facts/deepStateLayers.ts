import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { intersectionAreaKm2 } from '../../../src/lib/geo/intersectionAreaKm2';
import { ImportError } from './importInput';

/**
 * DeepStateMap's layers, by the English part of a feature's `name` ("Окуповано /// Occupied ///
 * geoJSON.status.occupied"): which are occupied territory and which contested ground. Its other
 * layers (liberated ground, occupied territory of other countries, Snake Island) are left out.
 */
export const deepStateLayerRoles: Readonly<Record<string, 'occupied' | 'contested'>> = {
	Occupied: 'occupied',
	'CADR and CALR': 'occupied',
	'Occupied Crimea': 'occupied',
	'Unknown status': 'contested'
};

/** The English name of a DeepStateMap layer: the middle of "Ukrainian /// English /// key", spaces trimmed. */
export function deepStateLayerName(name: unknown): string | null {
	if (typeof name !== 'string') return null;
	const parts = name.split('///');
	return parts.length >= 2 ? parts[1]!.replace(/\s+/g, ' ').trim() : null;
}

/**
 * Splits a DeepStateMap history GeoJSON (one map as published, every layer in one collection) into
 * the occupied and contested polygons an import reads, as the snapshot of 13 March 2025 was made:
 * the layers of `deepStateLayerRoles`, in the file's order, each polygon kept only where it overlaps
 * Ukraine (the same layers also draw ground in Russia's Kursk oblast, which is its own layer here).
 * Geometry is passed on unchanged; the import rounds and checks it.
 */
export function deepStateLayers(file: string, data: unknown, ukraine: Feature<Polygon | MultiPolygon>): Record<'occupied' | 'contested', FeatureCollection<Polygon | MultiPolygon>> {
	const features = (data as { type?: unknown; features?: unknown } | null)?.features;
	if ((data as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features)) throw new ImportError(file, 'is not a DeepStateMap history file: expected a FeatureCollection of its layers');
	const out = { occupied: [] as Array<Feature<Polygon | MultiPolygon>>, contested: [] as Array<Feature<Polygon | MultiPolygon>> };
	for (const f of features as Array<Feature<Geometry>>) {
		const role = deepStateLayerRoles[deepStateLayerName(f?.properties?.name) ?? ''];
		const type = f?.geometry?.type;
		if (!role || (type !== 'Polygon' && type !== 'MultiPolygon')) continue;
		const area = f as Feature<Polygon | MultiPolygon>;
		if (intersectionAreaKm2(area, ukraine) > 0) out[role].push({ type: 'Feature', properties: { deepstateLayer: deepStateLayerName(f.properties?.name) }, geometry: area.geometry });
	}
	if (out.occupied.length === 0) throw new ImportError(file, `has no polygon of the layers ${Object.keys(deepStateLayerRoles).filter((k) => deepStateLayerRoles[k] === 'occupied').join(', ')} in Ukraine: is it a DeepStateMap history file?`);
	return { occupied: { type: 'FeatureCollection', features: out.occupied }, contested: { type: 'FeatureCollection', features: out.contested } };
}
