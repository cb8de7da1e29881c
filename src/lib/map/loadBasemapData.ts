import { basemapLayers, type BasemapTopology } from '$lib/geo/basemapLayers';
import type { BasemapData } from '$lib/types/mapData';
import { DataLoadError, fetchJson, noFeatures, readDataFile, unavailable, type UnavailableData } from '$lib/data/fetchJson';
import { labelsSchema, riversSchema } from '$lib/data/schemas/files';

/**
 * Loads the basemap files from `dataUrl` (the folder of `static/data`) in parallel. Without
 * basemap.topojson there is no map, and it rejects with a DataLoadError naming it; the labels and
 * the Dnipro are drawn over it, so a map without them is still a map: each that cannot be used is
 * left empty and listed in `unavailable`.
 */
export async function loadBasemapData(dataUrl: URL, fetchFn: typeof fetch = fetch): Promise<BasemapData & { unavailable: UnavailableData[] }> {
	const url = (file: string) => new URL(file, dataUrl);
	const [topology, labels, rivers] = await Promise.allSettled([
		fetchJson(fetchFn, url('basemap.topojson'), 'basemap.topojson'),
		readDataFile(fetchFn, url('labels.geojson'), 'labels.geojson', labelsSchema),
		readDataFile(fetchFn, url('rivers.geojson'), 'rivers.geojson', riversSchema)
	]);
	if (topology.status === 'rejected') throw topology.reason;
	let layers;
	try {
		layers = basemapLayers(topology.value as BasemapTopology);
	} catch (error) {
		throw new DataLoadError('basemap.topojson', (error as Error).message);
	}
	const missing: UnavailableData[] = [];
	if (labels.status === 'rejected') missing.push(unavailable('labels.geojson', 'the names of countries, regions and cities on the map', labels.reason));
	if (rivers.status === 'rejected') missing.push(unavailable('rivers.geojson', 'the Dnipro', rivers.reason));
	return {
		...layers,
		labels: labels.status === 'fulfilled' ? (labels.value as BasemapData['labels']) : noFeatures(),
		rivers: rivers.status === 'fulfilled' ? (rivers.value as BasemapData['rivers']) : noFeatures(),
		unavailable: missing
	};
}
