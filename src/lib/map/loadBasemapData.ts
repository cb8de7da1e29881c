import type { FeatureCollection } from 'geojson';
import { basemapLayers, type BasemapTopology } from '$lib/geo/basemapLayers';
import type { BasemapData } from './style';

/** A data file the app could not use, with a sentence a reader can act on. */
export class DataLoadError extends Error {
	constructor(
		readonly file: string,
		reason: string
	) {
		super(`Could not load ${file}: ${reason}`);
		this.name = 'DataLoadError';
	}
}

export async function fetchJson(fetchFn: typeof fetch, url: URL, file: string): Promise<unknown> {
	let response: Response;
	try {
		response = await fetchFn(url);
	} catch {
		throw new DataLoadError(file, 'the request failed (are you offline?)');
	}
	if (!response.ok) throw new DataLoadError(file, `the server answered ${response.status} ${response.statusText}`.trim());
	try {
		return await response.json();
	} catch {
		throw new DataLoadError(file, 'it is not valid JSON');
	}
}

export function asFeatureCollection(value: unknown, file: string): FeatureCollection {
	const fc = value as Partial<FeatureCollection> | null;
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new DataLoadError(file, 'it is not a GeoJSON FeatureCollection');
	return fc as FeatureCollection;
}

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
