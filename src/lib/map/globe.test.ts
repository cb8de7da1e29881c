import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { atlasConfig } from '$lib/config';
import { DiplomacyGlobe } from './globe.svelte';
import type { MapPadding } from './freeArea';
import type { Frame } from './framing';
import type { Bounds } from './camera';
import type { CameraTarget } from '$lib/types/mapView';

/** A frame that makes the move for `padding`, as if that much lay over the map. */
const framed = (padding: MapPadding): Frame => (_points, move) => move(padding);

function fakeMap() {
	return { setMinZoom: vi.fn(), setMaxBounds: vi.fn(), setPadding: vi.fn(), jumpTo: vi.fn(), once: vi.fn(), getProjection: () => ({ type: 'globe' }), cameraForBounds: vi.fn(() => ({ center: [1, 2], zoom: 6 })) };
}

describe('leaving the globe', () => {
	it('holds a flight that comes while the globe is shown, and hands it to where the camera lands', () => {
		const globe = new DiplomacyGlobe();
		expect(globe.hold({ key: 'place:kyiv' })).toBe(false);
		globe.shown = true;
		expect(globe.hold({ center: [37.8, 48.02], zoom: 6.5 })).toBe(true);
		const map = fakeMap();
		const where = vi.fn((held) => held);
		globe.leave(map as unknown as MapLibreMap, where, { scale: 1, frame: framed({ top: 0, bottom: 0, left: 0, right: 0 }) });
		expect(where).toHaveBeenCalledWith({ center: [37.8, 48.02], zoom: 6.5 });
		// An exact camera is jumped to as it is, before the regional bounds come back, without the globe's padding.
		expect(map.jumpTo).toHaveBeenCalledWith({ center: [37.8, 48.02], zoom: 6.5, padding: { top: 0, bottom: 0, left: 0, right: 0 } });
		expect(map.cameraForBounds).not.toHaveBeenCalled();
		expect(map.setMaxBounds).toHaveBeenCalledWith(atlasConfig.bounds);
		expect(map.setMinZoom).toHaveBeenCalledWith(atlasConfig.minZoom);
		expect(globe.shown).toBe(false);
	});

	it('frames bounds with room around them, clear of the overlays', () => {
		const globe = new DiplomacyGlobe();
		globe.shown = true;
		const map = fakeMap();
		globe.leave(map as unknown as MapLibreMap, () => [30, 45, 40, 52], { scale: 2, frame: framed({ top: 0, bottom: 300, left: 20, right: 0 }) });
		// At once, on the globe: the globe's padding goes, and the room (40 at scale 2) is kept around the bounds.
		expect(map.setPadding).toHaveBeenCalledWith({ top: 0, bottom: 0, left: 0, right: 0 });
		expect(map.cameraForBounds).toHaveBeenLastCalledWith([30, 45, 40, 52], { padding: { top: 80, bottom: 80, left: 80, right: 80 }, maxZoom: 8 });
		expect(map.jumpTo).toHaveBeenCalledWith({ center: [1, 2], zoom: 6 });
		// Once the flat map is back, framed again, clear of what the overlays take.
		const [event, settle] = map.once.mock.calls[0] as unknown as [string, (e: { newProjection: string }) => void];
		expect(event).toBe('projectiontransition');
		settle({ newProjection: 'mercator' });
		expect(map.cameraForBounds).toHaveBeenLastCalledWith([30, 45, 40, 52], { padding: { top: 80, bottom: 380, left: 100, right: 80 }, maxZoom: 8 });
		expect(map.cameraForBounds).toHaveBeenCalledTimes(2);
	});

	it('holds a flight that comes while the flat map is on its way back, and frames it when it is', () => {
		const globe = new DiplomacyGlobe();
		globe.shown = true;
		const map = fakeMap();
		const where = vi.fn((held: CameraTarget | null): Bounds => (held ? [36, 47, 39, 49] : [20, 43, 41, 54]));
		globe.leave(map as unknown as MapLibreMap, where, { scale: 1, frame: framed({ top: 0, bottom: 0, left: 0, right: 0 }) });
		expect(map.cameraForBounds).toHaveBeenLastCalledWith([20, 43, 41, 54], expect.anything());
		expect(globe.hold({ layer: 'contactLine' })).toBe(true);
		const [, settle] = map.once.mock.calls[0] as unknown as [string, () => void];
		settle();
		expect(where).toHaveBeenLastCalledWith({ layer: 'contactLine' });
		expect(map.cameraForBounds).toHaveBeenLastCalledWith([36, 47, 39, 49], expect.anything());
		// Back on the flat map: flights go at once.
		expect(globe.hold({ layer: 'occupied' })).toBe(false);
	});

	it("frames at once when the globe's projection never came (left before its style)", () => {
		const globe = new DiplomacyGlobe();
		globe.shown = true;
		const map = { ...fakeMap(), getProjection: () => ({ type: 'mercator' }) };
		globe.leave(map as unknown as MapLibreMap, () => [30, 45, 40, 52], { scale: 1, frame: framed({ top: 10, bottom: 0, left: 0, right: 0 }) });
		expect(map.once).not.toHaveBeenCalled();
		expect(map.cameraForBounds).toHaveBeenLastCalledWith([30, 45, 40, 52], { padding: { top: 50, bottom: 40, left: 40, right: 40 }, maxZoom: 8 });
		expect(globe.hold({ layer: 'occupied' })).toBe(false);
	});
});
