import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// MapLibre 6 is ESM only: without an explicit worker URL the production build never loads the map.
maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export { maplibregl };
