import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { atlasConfig } from '$lib/config';
import { DiplomacyGlobe } from './globe.svelte';

function fakeMap() {
	return { setMinZoom: vi.fn(), setMaxBounds: vi.fn(), jumpTo: vi.fn(), cameraForBounds: vi.fn(() => ({ center: [1, 2], zoom: 6 })) };
}

describe('leaving the globe', () => {
	it('holds a flight that comes while the globe is shown, and hands it to where the camera lands', () => {
		const globe = new DiplomacyGlobe();
		expect(globe.hold({ key: 'place:kyiv' })).toBe(false);
		globe.shown = true;
		expect(globe.hold({ center: [37.8, 48.02], zoom: 6.5 })).toBe(true);
		const map = fakeMap();
		const where = vi.fn((held) => held);
		globe.leave(map as unknown as MapLibreMap, where, 1);
		expect(where).toHaveBeenCalledWith({ center: [37.8, 48.02], zoom: 6.5 });
		// An exact camera is jumped to as it is, before the regional bounds come back.
		expect(map.jumpTo).toHaveBeenCalledWith({ center: [37.8, 48.02], zoom: 6.5 });
		expect(map.cameraForBounds).not.toHaveBeenCalled();
		expect(map.setMaxBounds).toHaveBeenCalledWith(atlasConfig.bounds);
		expect(map.setMinZoom).toHaveBeenCalledWith(atlasConfig.minZoom);
		expect(globe.shown).toBe(false);
	});

	it('frames bounds with room around them', () => {
		const globe = new DiplomacyGlobe();
		globe.shown = true;
		const map = fakeMap();
		globe.leave(map as unknown as MapLibreMap, () => [30, 45, 40, 52], 2);
		expect(map.cameraForBounds).toHaveBeenCalledWith([30, 45, 40, 52], { padding: 80, maxZoom: 8 });
		expect(map.jumpTo).toHaveBeenCalledWith({ center: [1, 2], zoom: 6 });
	});
});
