// Camera framing: what a flight asks to see (bounds), and how the camera gets there (padding, zoom,
// fly, fit or jump). Pure: the decisions are plain values in MapLibre's own option types, and
// moveCamera() is the one line that hands them to a map.
import turfBbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import type { EaseToOptions, FitBoundsOptions, FlyToOptions, JumpToOptions, Map as MapLibreMap } from 'maplibre-gl';
import type { Bbox, FactsData, Gazetteer } from '$lib/types/mapData';
import { isCamera, type Camera, type CameraTarget, type FramedLayer, type Subject } from '$lib/types/mapView';
import { centreOffset, grow, type MapPadding } from './freeArea';
import { clipBbox } from './gazetteer';

/** West, south, east, north. */
export type Bounds = Bbox;

/** What the framing of a flight needs to know about the data. */
export interface FramingData {
	gazetteer: Gazetteer;
	/** The facts shown; null before they have loaded. */
	facts: FactsData | null;
	/** The Kursk date the map fills; null for the largest of the dates. */
	kurskDate: string | null;
	/** The map's maxBounds: the camera never aims past them. */
	mapBounds: Bounds;
	/** The ground that changed hands between two compared dates, as drawn; null or absent when none. */
	changes?: FeatureCollection | null;
}

/** One camera move, in the options MapLibre takes for it. */
export type CameraMove =
	| { kind: 'fit'; bounds: Bounds; options: FitBoundsOptions }
	| { kind: 'fly'; options: FlyToOptions }
	| { kind: 'ease'; options: EaseToOptions }
	| { kind: 'jump'; options: JumpToOptions };

/** No room taken from any side of the map. */
export const noPadding: MapPadding = { top: 0, bottom: 0, left: 0, right: 0 };

/** Room left around what a flight frames, in CSS pixels at scale 1. */
export const framePadding = 40;
/** No flight zooms closer than this to frame bounds. */
export const frameMaxZoom = 8;
/** A single point is shown at least this close, so its surroundings stay in view. */
export const pointMinZoom = 7.5;
/** The first view's padding around the initial bounds. */
export const initialPadding = 16;

/** The box around all of `boxes`; null for none. */
export function unionBounds(boxes: readonly Bounds[]): Bounds | null {
	if (!boxes.length) return null;
	return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

export function centerOf(box: Bounds): [number, number] {
	return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
}

/** The bounds of a ref on the map, clipped to the map's bounds (a place is a point); null when it is not on the map. */
export function refBounds(data: FramingData, key: string): Bounds | null {
	const entry = data.gazetteer.entries.get(key);
	if (!entry?.onMap) return null;
	if (entry.bbox) return clipBbox(entry.bbox, data.mapBounds);
	return entry.point ? [entry.point[0], entry.point[1], entry.point[0], entry.point[1]] : null;
}

const boundsOfFeatures = (collection: FeatureCollection): Bounds | null => (collection.features.length ? (turfBbox(collection) as Bounds) : null);
const only = (collection: FeatureCollection, keep: (properties: Record<string, unknown>) => boolean): FeatureCollection => ({
	type: 'FeatureCollection',
	features: collection.features.filter((f) => keep(f.properties ?? {}))
});

/** The bounds of what a facts layer draws now. */
export function layerBounds(data: FramingData, layer: FramedLayer): Bounds | null {
	const { facts } = data;
	if (!facts) return null;
	switch (layer) {
		case 'changes':
			return data.changes ? boundsOfFeatures(data.changes) : null;
		case 'occupied':
			return boundsOfFeatures(facts.occupied);
		case 'contested':
			return boundsOfFeatures(facts.contested);
		case 'contactLine':
			return boundsOfFeatures(facts.contactLine);
		case 'borderFront':
			return boundsOfFeatures(only(facts.border, (p) => p.category === 'active-front'));
		case 'kursk': {
			const date = data.kurskDate ?? facts.kurskPeakDate;
			return boundsOfFeatures(only(facts.kursk, (p) => p.date === date)) ?? boundsOfFeatures(facts.kursk);
		}
		case 'annexationClaims':
			return unionBounds(facts.annexationClaims.map((c) => refBounds(data, `region:${c.id}`)).filter((b): b is Bounds => b !== null));
	}
}

/** What a subject asks to see; null for what lies beyond the map (the diplomacy places: the globe's job). */
export function flightBounds(data: FramingData, subject: Subject): Bounds | null {
	if ('key' in subject) return refBounds(data, subject.key);
	if ('keys' in subject) return unionBounds(subject.keys.map((key) => refBounds(data, key)).filter((b): b is Bounds => b !== null));
	return layerBounds(data, subject.layer);
}

/**
 * Where the camera lands when it leaves the globe: where a flight held back by the globe asked to
 * go (an exact camera, or a subject's bounds), else the selection, else the first view.
 */
export function returnBounds(data: FramingData, heldFlight: CameraTarget | null, selected: string | null, initialView: Bounds): Bounds | Camera {
	if (heldFlight && isCamera(heldFlight)) return heldFlight;
	return (heldFlight && flightBounds(data, heldFlight)) || (selected && refBounds(data, selected)) || initialView;
}

/** How a flight frames its subject: the map's scale, its zoom now, motion, and the room overlays take. */
export interface FrameOptions {
	scale: number;
	zoom: number;
	reducedMotion: boolean;
	/** What lies over the map on each side (freeArea.ts): the subject is framed in what is left. */
	padding?: MapPadding;
}

/**
 * How to frame `box` inside the map less `padding`: fit bounds with room around them (never closer
 * than {@link frameMaxZoom}); a single point is centred in the free area at a zoom that keeps its
 * surroundings in view. Animated unless motion is reduced.
 */
export function frameMove(box: Bounds, { scale, zoom, reducedMotion, padding = noPadding }: FrameOptions): CameraMove {
	if (box[0] === box[2] && box[1] === box[3]) {
		// An offset, not the map's padding: the map keeps no padding, so the link's centre stays the map's.
		const options = { center: [box[0], box[1]] as [number, number], zoom: Math.max(zoom, pointMinZoom), offset: centreOffset(padding) };
		return reducedMotion ? { kind: 'ease', options: { ...options, duration: 0 } } : { kind: 'fly', options: { ...options, duration: 1400, essential: false } };
	}
	return { kind: 'fit', bounds: box, options: { padding: grow(padding, framePadding * scale), maxZoom: frameMaxZoom, duration: reducedMotion ? 0 : 1200, essential: false } };
}

/** How to go to an exact camera: a flight, or a jump when motion is reduced. */
export function cameraMove(camera: Camera, reducedMotion: boolean): CameraMove {
	const options = { center: camera.center, zoom: camera.zoom };
	return reducedMotion ? { kind: 'jump', options } : { kind: 'fly', options: { ...options, duration: 1400, essential: false } };
}

/**
 * The move a flight asks for: to an exact camera, or framing a subject ({@link frameMove}); null for
 * a subject that is not on the map.
 */
export function flightMove(data: FramingData, flight: CameraTarget, options: FrameOptions): CameraMove | null {
	if (isCamera(flight)) return cameraMove(flight, options.reducedMotion);
	const box = flightBounds(data, flight);
	return box ? frameMove(box, options) : null;
}

/** The first view: the camera of a shared link, else the initial bounds framed at once. */
export function initialMove(camera: Camera | null, initialView: Bounds): CameraMove {
	if (camera) return { kind: 'jump', options: { center: camera.center, zoom: camera.zoom } };
	return { kind: 'fit', bounds: initialView, options: { padding: initialPadding, duration: 0 } };
}

/** Whether flights are jumps: `motion` says so, or for `system` the reader's prefers-reduced-motion. */
export function isMotionReduced(motion: 'system' | 'reduce' | 'full', prefersReduced: () => boolean): boolean {
	return motion === 'system' ? prefersReduced() : motion === 'reduce';
}

/** Makes the move on `map`. */
export function moveCamera(map: MapLibreMap, move: CameraMove): void {
	if (move.kind === 'fit') map.fitBounds(move.bounds, move.options);
	else if (move.kind === 'fly') map.flyTo(move.options);
	else if (move.kind === 'ease') map.easeTo(move.options);
	else map.jumpTo(move.options);
}
