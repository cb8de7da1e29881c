/**
 * Draws a view of the map at an exact pixel size in a map of its own, off the screen, and hands
 * back its pixels: rendered at that resolution (never an upscaled screenshot). Text and lines grow
 * by MapLibre's pixel ratio, from the scale the style was made for to the image's room scale, so a
 * 3840×2160 image reads like presentation mode on a 4K wall. The map is removed afterwards.
 */
import type { LngLatBoundsLike, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { drawHatchImagesOnDemand } from '$lib/map/hatch';
import { selectedState } from '$lib/map/style';
import { metresPerPixel } from './scaleBar';

export interface MapRenderRequest {
	/** The style as the map on screen draws it (map.getStyle()), or made for this view. */
	style: StyleSpecification;
	/** The scale the style's text and lines were made for (the page's uiScale, presentation's roomScale). */
	styleScale: number;
	/** The scale the image's text should have (roomScale of its size). */
	imageScale: number;
	selected: string | null;
	/** The geographic extent to show, fitted to the image's aspect. */
	bounds: LngLatBoundsLike;
	width: number;
	height: number;
	/** Image pixels at each edge kept clear of the extent (the image's bands). */
	padding: { top: number; bottom: number; left: number; right: number };
}

export interface RenderedMap {
	/** The map's pixels, exactly width × height. */
	canvas: HTMLCanvasElement;
	/** Metres on the ground per image pixel at the image's centre latitude. */
	metresPerImagePixel: number;
}

/** Says what failed in words a reader can act on. */
export class ExportError extends Error {}

const idleTimeoutMs = 120_000;

export async function renderMap(request: MapRenderRequest): Promise<RenderedMap> {
	const { maplibregl } = await import('$lib/map/maplibre');
	const ratio = request.imageScale / request.styleScale;
	const cssWidth = request.width / ratio;
	const cssHeight = request.height / ratio;
	const container = document.createElement('div');
	container.setAttribute('aria-hidden', 'true');
	container.dataset.exportMap = '';
	Object.assign(container.style, { position: 'fixed', left: '-200000px', top: '0', width: `${cssWidth}px`, height: `${cssHeight}px`, pointerEvents: 'none' });
	document.body.append(container);
	let map: MapLibreMap | null = null;
	try {
		const { top, bottom, left, right } = request.padding;
		const padding = { top: top / ratio, bottom: bottom / ratio, left: left / ratio, right: right / ratio };
		try {
			map = new maplibregl.Map({
				container,
				style: request.style,
				pixelRatio: ratio,
				interactive: false,
				attributionControl: false,
				renderWorldCopies: false,
				fadeDuration: 0,
				globalState: { [selectedState]: request.selected ?? '' },
				canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
				bounds: request.bounds,
				fitBoundsOptions: { padding }
			});
		} catch (error) {
			throw new ExportError(`This browser cannot draw the map for the image: it needs WebGL 2 (${(error as Error).message}).`);
		}
		drawHatchImagesOnDemand(map);
		await drawn(map);
		const canvas = document.createElement('canvas');
		canvas.width = request.width;
		canvas.height = request.height;
		const context = canvas.getContext('2d');
		if (!context) throw new ExportError(`There is not enough memory for an image of ${request.width}×${request.height}. Choose a smaller size.`);
		context.drawImage(map.getCanvas(), 0, 0, request.width, request.height);
		const latitude = map.unproject([cssWidth / 2, cssHeight / 2]).lat;
		return { canvas, metresPerImagePixel: metresPerPixel(latitude, map.getZoom()) / ratio };
	} finally {
		map?.remove();
		container.remove();
	}
}

/** Resolves when the map has drawn everything (its first `idle`); rejects if the graphics context is lost. */
function drawn(map: MapLibreMap): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new ExportError('The map for the image did not finish drawing. Try again, or choose a smaller size.')), idleTimeoutMs);
		map.once('idle', () => {
			clearTimeout(timer);
			resolve();
		});
		map.once('webglcontextlost', () => {
			clearTimeout(timer);
			reject(new ExportError('The browser took away the graphics memory while drawing the image. Choose a smaller size, or close other tabs.'));
		});
	});
}
