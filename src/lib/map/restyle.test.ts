import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { BasemapData, FactsData, Places } from '$lib/types/mapData';
import { allFactsVisible } from '$lib/types/mapView';
import { StyleFollower, atlasStyle, styleKey, type AtlasStyleInput } from './restyle';

const empty = (): FeatureCollection<never> => ({ type: 'FeatureCollection', features: [] });
const basemap: BasemapData = { countries: empty(), admin1: empty(), boundaries: empty(), labels: empty(), rivers: empty() };
const facts = (asOf: string) =>
	({ asOf, contactLine: empty(), occupied: empty(), contested: empty(), border: empty(), kursk: empty(), kurskExtents: empty(), kurskSnapshots: [], kurskPeakDate: null, annexationClaims: [] }) as unknown as FactsData;
const input = (changes: Partial<AtlasStyleInput> = {}): AtlasStyleInput => ({
	theme: 'light',
	scale: 1,
	visibility: { ...allFactsVisible },
	kurskDate: null,
	basemap,
	places: { type: 'FeatureCollection', features: [] } satisfies Places,
	facts: facts('2025-03-13'),
	globe: null,
	baseUri: 'http://atlas.test/',
	...changes
});

function fakeMap() {
	return { setStyle: vi.fn(), setLayoutProperty: vi.fn(), setPaintProperty: vi.fn(), setFilter: vi.fn(), getSource: vi.fn(() => ({ setData: vi.fn() })) };
}

describe('styleKey', () => {
	it('changes with what the style is made from, and only with that', () => {
		const key = styleKey(input());
		expect(styleKey(input())).toBe(key);
		// The same snapshot loaded again is the same style.
		expect(styleKey(input({ facts: facts('2025-03-13') }))).toBe(key);
		for (const change of [{ theme: 'dark' }, { scale: 2 }, { kurskDate: '2024-08-27' }, { facts: facts('2024-11-23') }, { visibility: { ...allFactsVisible, occupied: false } }] as const) {
			expect(styleKey(input(change)), JSON.stringify(change)).not.toBe(key);
		}
	});
});

describe('StyleFollower', () => {
	const start = atlasStyle(input());

	it('does nothing for the style the map has', () => {
		const map = fakeMap();
		const follower = new StyleFollower(styleKey(input()), start);
		const build = vi.fn(() => start);
		expect(follower.differs(styleKey(input()))).toBe(false);
		expect(follower.follow(map as unknown as MapLibreMap, styleKey(input()), build, true)).toBe('none');
		expect(build).not.toHaveBeenCalled();
	});

	it('hides a layer with a setter, not setStyle, once the style has loaded', () => {
		const map = fakeMap();
		const follower = new StyleFollower(styleKey(input()), start);
		const next = input({ visibility: { ...allFactsVisible, occupied: false } });
		expect(follower.differs(styleKey(next))).toBe(true);
		expect(follower.follow(map as unknown as MapLibreMap, styleKey(next), () => atlasStyle(next), true)).toBe('setters');
		expect(map.setStyle).not.toHaveBeenCalled();
		expect(map.setLayoutProperty).toHaveBeenCalledWith(expect.stringMatching(/occupied/), 'visibility', 'none');
		expect(follower.differs(styleKey(next))).toBe(false);
	});

	it('hands the whole style to setStyle while a style is still loading', () => {
		const map = fakeMap();
		const follower = new StyleFollower(styleKey(input()), start);
		const next = input({ theme: 'dark' });
		let built: StyleSpecification | null = null;
		const result = follower.follow(map as unknown as MapLibreMap, styleKey(next), () => (built = atlasStyle(next)), false);
		expect(result).toBe('setStyle');
		expect(map.setStyle).toHaveBeenCalledWith(built, { diff: true });
	});
});
