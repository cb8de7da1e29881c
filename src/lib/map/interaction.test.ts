import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { featureAt, keyOf, lightUp, showSelected } from './interaction';
import { interactiveLayers, selectedState } from './style';

const feature = (layer: string, properties: Record<string, unknown>) => ({ layer: { id: layer }, properties }) as unknown as MapGeoJSONFeature;

describe('hit-testing', () => {
	it('names places and regions by their ref keys', () => {
		expect(keyOf(feature(interactiveLayers.places, { id: 'kyiv' }))).toBe('place:kyiv');
		expect(keyOf(feature(interactiveLayers.regions, { id: 'UA-14' }))).toBe('region:UA-14');
		expect(keyOf(feature(interactiveLayers.regions, {}))).toBeNull();
	});

	it('prefers a place to its region, and a city to the seat of power on the same spot', () => {
		const kremlin = feature(interactiveLayers.places, { id: 'kremlin', kind: 'seat of power' });
		const moscow = feature(interactiveLayers.places, { id: 'moscow', kind: 'capital' });
		const region = feature(interactiveLayers.regions, { id: 'RU-MOW' });
		const queryRenderedFeatures = vi.fn((_at: unknown, { layers }: { layers: string[] }) => (layers[0] === interactiveLayers.places ? [kremlin, moscow] : [region]));
		const map = { getLayer: () => ({}), queryRenderedFeatures } as unknown as MapLibreMap;
		expect(featureAt(map, { x: 100, y: 100 }, 2)).toBe(moscow);
		// The places are hit within a box that grows with the scale.
		expect(queryRenderedFeatures.mock.calls[0]![0]).toEqual([
			[88, 88],
			[112, 112]
		]);
		queryRenderedFeatures.mockImplementation((_at, { layers }) => (layers[0] === interactiveLayers.places ? [] : [region]));
		expect(featureAt(map, { x: 100, y: 100 }, 1)).toBe(region);
	});
});

describe('what the map shows of the reader', () => {
	it('tints the hovered ref and takes the tint back', () => {
		const setFeatureState = vi.fn();
		const map = { getSource: (id: string) => (id === 'admin1' ? {} : undefined), setFeatureState } as unknown as MapLibreMap;
		const undo = lightUp(map, 'region:UA-14');
		expect(setFeatureState).toHaveBeenLastCalledWith({ source: 'admin1', id: 'UA-14' }, { hover: true });
		undo();
		expect(setFeatureState).toHaveBeenLastCalledWith({ source: 'admin1', id: 'UA-14' }, { hover: false });
		// Nothing to tint: no ref, or a source the style does not have.
		lightUp(map, null)();
		lightUp(map, 'place:kyiv')();
		expect(setFeatureState).toHaveBeenCalledTimes(2);
	});

	it('sets the selection only when it changes, so the same one again draws no frame', () => {
		const state: Record<string, unknown> = { [selectedState]: 'region:UA-14' };
		const setGlobalStateProperty = vi.fn((name: string, value: unknown) => void (state[name] = value));
		const map = { getGlobalState: () => state, setGlobalStateProperty } as unknown as MapLibreMap;
		showSelected(map, 'region:UA-14');
		expect(setGlobalStateProperty).not.toHaveBeenCalled();
		showSelected(map, null);
		expect(setGlobalStateProperty).toHaveBeenCalledWith(selectedState, '');
		showSelected(map, null);
		expect(setGlobalStateProperty).toHaveBeenCalledTimes(1);
	});
});
