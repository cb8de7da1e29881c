// What the reader does on the map (hit-testing, hover, click, moving the camera) and what the app
// shows of it there (the hovered ref's tint, the selection's outline). Each function that listens
// or sets something returns its undo, for an effect's cleanup.
import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { splitMapRef, type MapRef } from '$lib/refs/mapRef';
import type { Camera } from '$lib/types/mapView';
import { interactiveLayers, selectedState } from './style';

/** The ref key (`place:kyiv`, `region:UA-14`) of a feature of one of the interactive layers. */
export function keyOf(feature: MapGeoJSONFeature): MapRef | null {
	const id = feature.properties?.id;
	if (typeof id !== 'string') return null;
	return feature.layer.id === interactiveLayers.places ? `place:${id}` : `region:${id}`;
}

/**
 * The feature under `point`: places win over the region they lie in, within a few pixels (more on
 * a larger screen); of two places on one spot, the city over the building.
 */
export function featureAt(map: MapLibreMap, point: { x: number; y: number }, scale: number): MapGeoJSONFeature | null {
	const slop = 6 * scale;
	const box: [PointLike, PointLike] = [
		[point.x - slop, point.y - slop],
		[point.x + slop, point.y + slop]
	];
	if (map.getLayer(interactiveLayers.places)) {
		const onPlace = map.queryRenderedFeatures(box, { layers: [interactiveLayers.places] });
		const seatLast = (f: MapGeoJSONFeature) => Number(f.properties?.kind === 'seat of power');
		if (onPlace.length) return [...onPlace].sort((a, b) => seatLast(a) - seatLast(b))[0]!;
	}
	if (!map.getLayer(interactiveLayers.regions)) return null;
	return map.queryRenderedFeatures([point.x, point.y], { layers: [interactiveLayers.regions] })[0] ?? null;
}

export interface PointerHandlers {
	/** How much larger than designed the map is drawn: hit-testing grows with it. */
	scale: () => number;
	/** The pointer entered a region or place (its key), or left them all (null); once per change. */
	onhover: (key: string | null) => void;
	/** A click on a region or place. */
	onselect: (key: MapRef) => void;
}

/** Hit-tests the pointer: the cursor, hover and click. Returns the removal of its listeners. */
export function followPointer(map: MapLibreMap, { scale, onhover, onselect }: PointerHandlers): () => void {
	type PointerEvent = { point: { x: number; y: number } };
	let pointerKey: string | null = null;
	const keyAt = (event: PointerEvent) => {
		const feature = featureAt(map, event.point, scale());
		return feature ? keyOf(feature) : null;
	};
	const move = (event: PointerEvent) => {
		const key = keyAt(event);
		map.getCanvas().style.cursor = key ? 'pointer' : '';
		if (key === pointerKey) return;
		pointerKey = key;
		onhover(key);
	};
	const out = () => {
		map.getCanvas().style.cursor = '';
		if (pointerKey === null) return;
		pointerKey = null;
		onhover(null);
	};
	const click = (event: PointerEvent) => {
		const key = keyAt(event);
		if (key) onselect(key);
	};
	map.on('mousemove', move);
	map.on('mouseout', out);
	map.on('click', click);
	return () => {
		map.off('mousemove', move);
		map.off('mouseout', out);
		map.off('click', click);
	};
}

/**
 * Reports the camera each time it comes to rest (after a drag, a zoom or a flight), unless
 * `skip()` says the camera is not one to report (the globe's). Returns the removal of its listener.
 */
export function followCamera(map: MapLibreMap, oncamera: (camera: Camera) => void, skip: () => boolean): () => void {
	const moveend = () => {
		if (skip()) return;
		const center = map.getCenter();
		oncamera({ center: [center.lng, center.lat], zoom: map.getZoom() });
	};
	map.on('moveend', moveend);
	return () => void map.off('moveend', moveend);
}

/** Hover is feature-state on the source that draws the ref. */
const hoverSources = { region: 'admin1', country: 'countries', place: 'places', settlement: 'settlements' } as const;

/**
 * Tints the ref `key` (hover feature-state) on a map whose style has loaded. Returns the undo,
 * which clears the tint if its source is still there.
 */
export function lightUp(map: MapLibreMap, key: string | null): () => void {
	const ref = key ? splitMapRef(key) : null;
	const source = ref ? hoverSources[ref.kind] : undefined;
	if (!ref || !source || !map.getSource(source)) return () => {};
	const feature = { source, id: ref.id };
	map.setFeatureState(feature, { hover: true });
	return () => {
		if (map.getSource(source)) map.setFeatureState(feature, { hover: false });
	};
}

/**
 * Outlines the selected ref (a global-state property the style's expressions read), on a map whose
 * style has loaded. The same selection again changes nothing: setting it would still make the map
 * draw a frame, which on the first load delays its first idle.
 */
export function showSelected(map: MapLibreMap, key: string | null): void {
	const value = key ?? '';
	if (map.getGlobalState()[selectedState] !== value) map.setGlobalStateProperty(selectedState, value);
}
