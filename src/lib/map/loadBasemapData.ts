import { basemapLayers, type BasemapTopology } from '$lib/geo/basemapLayers';
import type { BasemapData } from '$lib/types/mapData';
import { DataLoadError, asFeatureCollection, fetchJson } from '$lib/data/fetchJson';

/** Loads the basemap files from `dataUrl` (the folder of `static/data`) in parallel. */
export async function loadBasemapData(dataUrl: URL, fetchFn: typeof fetch = fetch): Promise<BasemapData> {
	const url = (file: string) => new URL(file, dataUrl);
	const [topology, labels, rivers] = await Promise.all([
		fetchJson(fetchFn, url('basemap.topojson'), 'basemap.topojson'),
		fetchJson(fetchFn, url('labels.geojson'), 'labels.geojson'),
		fetchJson(fetchFn, url('rivers.geojson'), 'rivers.geojson')
	]);
	let layers;
	try {
		layers = basemapLayers(topology as BasemapTopology);
	} catch (error) {
		throw new DataLoadError('basemap.topojson', (error as Error).message);
	}
	return { ...layers, labels: asFeatureCollection(labels, 'labels.geojson'), rivers: asFeatureCollection(rivers, 'rivers.geojson') };
}
