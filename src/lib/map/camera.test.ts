import { describe, expect, it, vi } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { cameraMove, centerOf, flightBounds, flightMove, frameMove, initialMove, isMotionReduced, layerBounds, moveCamera, refBounds, returnBounds, unionBounds, type Bounds, type FramingData } from './camera';
import type { FactsData, Gazetteer, GazetteerEntry } from '$lib/types/mapData';

const mapBounds: Bounds = [20, 40, 45, 55];
const initialView: Bounds = [22, 44, 40, 52];

function entry(key: string, fields: Partial<GazetteerEntry>): GazetteerEntry {
	const [kind, id] = key.split(':') as [GazetteerEntry['kind'], string];
	return { key, kind, id, name: id, what: '', country: 'UA', annexationClaimedOn: null, bbox: null, point: null, onMap: true, ...fields };
}

const entries = [
	entry('region:UA-14', { bbox: [36, 47, 39, 49] }),
	entry('region:UA-09', { bbox: [37.5, 47.8, 40.2, 50.1] }),
	// Reaches past the map's east edge: clipped to it.
	entry('region:RU-ROS', { country: 'RU', bbox: [38, 45, 47, 50] }),
	entry('place:kyiv', { point: [30.5, 50.45] }),
	entry('place:jeddah', { point: [39.2, 21.5], onMap: false })
];
const gazetteer = { entries: new Map(entries.map((e) => [e.key, e])) } as Gazetteer;

const box = (w: number, s: number, e: number, n: number, properties: Record<string, unknown> = {}): Feature<Geometry> => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] }
});
const fc = (...features: Feature<Geometry>[]) => ({ type: 'FeatureCollection', features }) as FeatureCollection<never>;

const facts = {
	occupied: fc(box(33, 45, 40, 49)),
	contested: fc(),
	contactLine: fc(box(32, 46, 38, 50)),
	border: fc(box(30, 51, 31, 52, { category: 'state-border' }), box(34, 50, 36, 52, { category: 'active-front' })),
	kursk: fc(box(34, 51, 35, 52, { date: '2024-08-27' }), box(34.5, 51.2, 34.8, 51.5, { date: '2025-03-13' })),
	kurskPeakDate: '2024-08-27',
	annexationClaims: [
		{ id: 'UA-14', name: 'Donetsk', claimedOn: '2022-09-30', source: '' },
		{ id: 'UA-09', name: 'Luhansk', claimedOn: '2022-09-30', source: '' }
	]
} as unknown as FactsData;

const data: FramingData = { gazetteer, facts, kurskDate: null, mapBounds };

describe('bounds', () => {
	it('unites boxes, and has none for nothing', () => {
		expect(unionBounds([])).toBeNull();
		expect(
			unionBounds([
				[1, 2, 3, 4],
				[0, 3, 2, 5]
			])
		).toEqual([0, 2, 3, 5]);
		expect(centerOf([30, 40, 40, 50])).toEqual([35, 45]);
	});

	it('frames a region by its box, clipped to the map, and a place by its point', () => {
		expect(refBounds(data, 'region:UA-14')).toEqual([36, 47, 39, 49]);
		expect(refBounds(data, 'region:RU-ROS')).toEqual([38, 45, 45, 50]);
		expect(refBounds(data, 'place:kyiv')).toEqual([30.5, 50.45, 30.5, 50.45]);
	});

	it('has no bounds for what lies beyond the map or is not known', () => {
		expect(refBounds(data, 'place:jeddah')).toBeNull();
		expect(refBounds(data, 'region:XX-00')).toBeNull();
		expect(flightBounds(data, { key: 'place:jeddah' })).toBeNull();
	});

	it('frames several refs together, leaving out those off the map', () => {
		expect(flightBounds(data, { keys: ['region:UA-14', 'place:kyiv', 'place:jeddah'] })).toEqual([30.5, 47, 39, 50.45]);
		expect(flightBounds(data, { keys: ['place:jeddah'] })).toBeNull();
	});

	it('frames what a facts layer draws now', () => {
		expect(flightBounds(data, { layer: 'occupied' })).toEqual([33, 45, 40, 49]);
		expect(layerBounds(data, 'contested')).toBeNull();
		// Only the stretch of the border that is an active front.
		expect(layerBounds(data, 'borderFront')).toEqual([34, 50, 36, 52]);
		// The annexation claims: the regions claimed, as the gazetteer has them.
		expect(layerBounds(data, 'annexationClaims')).toEqual([36, 47, 40.2, 50.1]);
		expect(layerBounds({ ...data, facts: null }, 'occupied')).toBeNull();
	});

	it('frames Kursk on the date shown, the largest date by default, all dates for an unknown one', () => {
		expect(layerBounds(data, 'kursk')).toEqual([34, 51, 35, 52]);
		expect(layerBounds({ ...data, kurskDate: '2025-03-13' }, 'kursk')).toEqual([34.5, 51.2, 34.8, 51.5]);
		expect(layerBounds({ ...data, kurskDate: '2030-01-01' }, 'kursk')).toEqual([34, 51, 35, 52]);
	});

	it('leaves the globe for a held flight, else the selection, else the first view', () => {
		expect(returnBounds(data, { key: 'place:kyiv' }, 'region:UA-14', initialView)).toEqual([30.5, 50.45, 30.5, 50.45]);
		expect(returnBounds(data, null, 'region:UA-14', initialView)).toEqual([36, 47, 39, 49]);
		// A held flight to beyond the map, and a selection beyond it, fall through.
		expect(returnBounds(data, { key: 'place:jeddah' }, 'place:jeddah', initialView)).toEqual(initialView);
		expect(returnBounds(data, null, null, initialView)).toEqual(initialView);
	});

	it('leaves the globe for a held exact camera as it is', () => {
		expect(returnBounds(data, { center: [37.8, 48.02], zoom: 6.5 }, 'region:UA-14', initialView)).toEqual({ center: [37.8, 48.02], zoom: 6.5 });
	});
});

describe('moves', () => {
	it('fits bounds with room that grows with the scale, never closer than zoom 8', () => {
		expect(frameMove([36, 47, 39, 49], { scale: 2, zoom: 5, reducedMotion: false })).toEqual({
			kind: 'fit',
			bounds: [36, 47, 39, 49],
			options: { padding: { top: 80, bottom: 80, left: 80, right: 80 }, maxZoom: 8, duration: 1200, essential: false }
		});
		expect(frameMove([36, 47, 39, 49], { scale: 1, zoom: 5, reducedMotion: true })).toMatchObject({ kind: 'fit', options: { padding: { top: 40 }, duration: 0 } });
	});

	it('frames bounds in what overlays leave of the map: their padding plus the room', () => {
		const padding = { top: 10, bottom: 300, left: 0, right: 250 };
		expect(frameMove([36, 47, 39, 49], { scale: 1, zoom: 5, reducedMotion: true, padding }).options).toMatchObject({ padding: { top: 50, bottom: 340, left: 40, right: 290 } });
	});

	it('centres a point in what overlays leave of the map, by an offset', () => {
		const padding = { top: 10, bottom: 300, left: 0, right: 250 };
		expect(frameMove([30.5, 50.45, 30.5, 50.45], { scale: 1, zoom: 5, reducedMotion: true, padding }).options).toMatchObject({ offset: [-125, -145] });
	});

	it('flies to a point at zoom 7.5 or closer, and goes at once when motion is reduced', () => {
		expect(frameMove([30.5, 50.45, 30.5, 50.45], { scale: 1, zoom: 5, reducedMotion: false })).toEqual({
			kind: 'fly',
			options: { center: [30.5, 50.45], zoom: 7.5, offset: [0, 0], duration: 1400, essential: false }
		});
		expect(frameMove([30.5, 50.45, 30.5, 50.45], { scale: 1, zoom: 9, reducedMotion: true })).toEqual({ kind: 'ease', options: { center: [30.5, 50.45], zoom: 9, offset: [0, 0], duration: 0 } });
	});

	it('goes to an exact camera by a flight, or a jump when motion is reduced', () => {
		const camera = { center: [37.8, 48.02] as [number, number], zoom: 6.5 };
		expect(cameraMove(camera, false)).toEqual({ kind: 'fly', options: { center: [37.8, 48.02], zoom: 6.5, duration: 1400, essential: false } });
		expect(cameraMove(camera, true)).toEqual({ kind: 'jump', options: { center: [37.8, 48.02], zoom: 6.5 } });
	});

	it('moves for a flight: to an exact camera, framing a subject, or not at all for a subject off the map', () => {
		const options = { scale: 1, zoom: 5, reducedMotion: true };
		expect(flightMove(data, { center: [37.8, 48.02], zoom: 6.5 }, options)).toEqual({ kind: 'jump', options: { center: [37.8, 48.02], zoom: 6.5 } });
		expect(flightMove(data, { key: 'region:UA-14' }, options)).toEqual(frameMove([36, 47, 39, 49], options));
		expect(flightMove(data, { key: 'place:jeddah' }, options)).toBeNull();
	});

	it('starts at the camera of a shared link, else frames the first view at once', () => {
		expect(initialMove({ center: [37.8, 48.02], zoom: 6.5 }, initialView)).toEqual({ kind: 'jump', options: { center: [37.8, 48.02], zoom: 6.5 } });
		expect(initialMove(null, initialView)).toEqual({ kind: 'fit', bounds: initialView, options: { padding: 16, duration: 0 } });
	});

	it('follows the motion setting, and the reader for `system`', () => {
		expect(isMotionReduced('reduce', () => false)).toBe(true);
		expect(isMotionReduced('full', () => true)).toBe(false);
		expect(isMotionReduced('system', () => true)).toBe(true);
		expect(isMotionReduced('system', () => false)).toBe(false);
	});

	it('hands each kind of move to the matching map call', () => {
		const map = { fitBounds: vi.fn(), flyTo: vi.fn(), easeTo: vi.fn(), jumpTo: vi.fn() };
		moveCamera(map as unknown as MapLibreMap, { kind: 'fit', bounds: [1, 2, 3, 4], options: { padding: 5 } });
		moveCamera(map as unknown as MapLibreMap, { kind: 'fly', options: { center: [1, 2], zoom: 3 } });
		moveCamera(map as unknown as MapLibreMap, { kind: 'jump', options: { zoom: 4 } });
		moveCamera(map as unknown as MapLibreMap, { kind: 'ease', options: { zoom: 5, duration: 0 } });
		expect(map.easeTo).toHaveBeenCalledWith({ zoom: 5, duration: 0 });
		expect(map.fitBounds).toHaveBeenCalledWith([1, 2, 3, 4], { padding: 5 });
		expect(map.flyTo).toHaveBeenCalledWith({ center: [1, 2], zoom: 3 });
		expect(map.jumpTo).toHaveBeenCalledWith({ zoom: 4 });
	});
});
