import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DataLoadError, readDataFile } from '$lib/data/fetchJson';
import type { ManifestLayer } from '$lib/data/manifest';
import { changesSchema, manifestSchema } from '$lib/data/schemas/files';
import type { ComparePair, CompareKind } from './compare';

/**
 * The ground that changed hands between the two dates of `pair`, from the changes.geojson of the
 * snapshot `snapshot` (compare.ts's pairSnapshot), as the manifest lists it. Loaded only when a
 * reader compares: the first view does not need it. Rejects with a DataLoadError naming the file.
 */
export async function loadChanges(dataUrl: URL, snapshot: string, kind: CompareKind, pair: ComparePair, fetchFn: typeof fetch = fetch): Promise<FeatureCollection<Polygon | MultiPolygon>> {
	const manifest = await readDataFile(fetchFn, new URL('manifest.json', dataUrl), 'manifest.json', manifestSchema);
	const layer = (manifest.layers as ManifestLayer[]).find((l) => l.kind === 'change' && l.asOf === snapshot);
	if (!layer) throw new DataLoadError('manifest.json', `it lists no change layer for ${snapshot}`);
	const all = await readDataFile(fetchFn, new URL(layer.file, dataUrl), layer.file, changesSchema);
	const features = all.features.filter((f) => f.properties.kind === kind && f.properties.from === pair.from && f.properties.to === pair.to);
	return { type: 'FeatureCollection', features } as FeatureCollection<Polygon | MultiPolygon>;
}
