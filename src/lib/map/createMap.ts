import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { atlasConfig } from '$lib/config';
import { centerOf, moveCamera, type CameraMove } from './camera';
import { drawHatchImagesOnDemand } from './hatch';
import type { maplibregl as MapLibreModule } from './maplibre';
import { selectedState } from './style';

export interface CreateOptions {
	container: HTMLElement;
	style: StyleSpecification;
	/** The ref selected when the map is made (its outline is global state from the start). */
	selected: string | null;
	/** The first view (camera.ts, initialMove). */
	firstMove: CameraMove;
	/** How much larger than designed the map is drawn: the scale bar grows with it. */
	scale: number;
}

/** Thrown when the browser cannot draw the map at all (no WebGL 2). */
export class MapCreateError extends Error {}

/**
 * Makes the regional map: kept within the atlas's bounds and zooms, no rotation or pitch, zoom
 * buttons and a scale bar, the credits, hatch patterns drawn when the style first asks for them.
 */
export function createAtlasMap(maplibregl: typeof MapLibreModule, { container, style, selected, firstMove, scale }: CreateOptions): MapLibreMap {
	let map: MapLibreMap;
	try {
		map = new maplibregl.Map({
			container,
			style,
			center: centerOf(atlasConfig.initialView),
			zoom: atlasConfig.minZoom,
			maxBounds: atlasConfig.bounds,
			minZoom: atlasConfig.minZoom,
			globalState: { [selectedState]: selected ?? '' },
			maxZoom: atlasConfig.maxZoom,
			renderWorldCopies: false,
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
			attributionControl: {
				customAttribution: [
					'<a href="https://www.naturalearthdata.com/" rel="noopener">Natural Earth</a>',
					'<a href="https://www.geonames.org/" rel="noopener">GeoNames</a> (CC BY 4.0)'
				]
			}
		});
	} catch (error) {
		throw new MapCreateError(
			`The map needs WebGL 2, which is turned off or not supported here (${(error as Error).message}). Try another browser, or turn on hardware acceleration.`
		);
	}
	drawHatchImagesOnDemand(map);
	moveCamera(map, firstMove);
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 100 * scale }), 'bottom-right');
	// The credits are over the map in presentation mode: its camera keeps clear of them, as of every [data-map-obstacle].
	container.querySelector('.maplibregl-ctrl-attrib')?.setAttribute('data-map-obstacle', '');
	return map;
}
