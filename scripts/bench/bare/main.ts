// The benchmark's baseline: the app's data and style drawn by MapLibre alone, with no Svelte or
// SvelteKit. It fetches the same files from /data/ that the app loads (basemap and facts), builds the same
// style, frames the same view and marks the first `idle`, so that the difference in time to idle
// is what the app adds around the map.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { atlasConfig } from '$lib/config';
import { loadBasemapData } from '$lib/map/loadBasemapData';
import { loadFacts } from '$lib/map/loadFacts';
import { drawHatchImagesOnDemand } from '$lib/map/hatch';
import { basemapStyle } from '$lib/map/style';
import { mapFontFaces } from '$lib/map/fonts';
import { mapThemes } from '$lib/map/themes';
import { uiScale } from '$lib/uiScale';

/** The performance mark set on the first `idle`; the benchmark reads its startTime. */
const bareIdleMark = 'bare:map-idle';

maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

const dataUrl = new URL('/data/', document.baseURI);
const [data, facts] = await Promise.all([loadBasemapData(dataUrl), loadFacts(dataUrl, atlasConfig.articleDate)]);
const scale = uiScale(window.innerWidth, window.innerHeight);
const [west, south, east, north] = atlasConfig.initialView;

const map = new maplibregl.Map({
	container: document.getElementById('map') as HTMLElement,
	style: basemapStyle(mapThemes.light, data, mapFontFaces(document.baseURI), { focusCountry: atlasConfig.focusCountry, scale, facts }),
	center: [(west + east) / 2, (south + north) / 2],
	zoom: atlasConfig.minZoom,
	maxBounds: atlasConfig.bounds,
	minZoom: atlasConfig.minZoom,
	maxZoom: atlasConfig.maxZoom,
	renderWorldCopies: false
});
drawHatchImagesOnDemand(map);
map.fitBounds(atlasConfig.initialView, { padding: 16, duration: 0 });
map.once('idle', () => performance.mark(bareIdleMark));
