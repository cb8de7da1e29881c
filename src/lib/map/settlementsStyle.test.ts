import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin, type ExpressionSpecification, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { BasemapData } from '$lib/types/mapData';
import { basemapStyle } from './style';
import { settlementSortKey, settlementsMinZoom, type SettlementFeatures } from './settlementsStyle';
import { mapThemes, type ThemeName } from './themes';

const empty = (): FeatureCollection<never> => ({ type: 'FeatureCollection', features: [] });
const data: BasemapData = { countries: empty(), admin1: empty(), boundaries: empty(), labels: empty(), rivers: empty() };
const settlements: SettlementFeatures = {
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: { id: '703656', name: 'Kupiansk', population: 27169, frontKm: 7 }, geometry: { type: 'Point', coordinates: [37.6158, 49.71] } }]
};

/** The sort key of a settlement, evaluated as MapLibre evaluates it. */
function sortKey(population: number, frontKm: number): number {
	const parsed = createExpression(settlementSortKey as ExpressionSpecification, 'layers[0].layout.symbol-sort-key');
	if (parsed.result !== 'success') throw new Error('the sort key does not parse');
	return parsed.value.evaluate({ zoom: 9 }, { type: 'Point', properties: { population, frontKm } } as never) as number;
}

describe('settlements on the map', () => {
	it('are drawn and named from zoom 8 in every theme, in that theme’s colours, in a valid style', () => {
		for (const name of Object.keys(mapThemes) as ThemeName[]) {
			const theme = mapThemes[name];
			const style = basemapStyle(theme, data, {}, { settlements });
			expect(validateStyleMin(style as StyleSpecification)).toEqual([]);
			const layer = (id: string) => style.layers.find((l) => l.id === id) as { minzoom?: number; paint: Record<string, unknown> };
			expect(layer('settlements').minzoom).toBe(settlementsMinZoom);
			expect(layer('settlements').paint['text-color']).toBe(theme.cityDot);
			expect(layer('settlements-labels').minzoom).toBe(settlementsMinZoom);
			expect(layer('settlements-labels').paint['text-color']).toBe(theme.textMuted);
			expect(layer('settlements-labels').paint['text-halo-color']).toBe(theme.halo);
			expect(layer('settlements-selected-label').paint['text-color']).toBe(theme.text);
		}
	});

	it('yield their names to every other label, and the selected one is drawn over all', () => {
		const ids = basemapStyle(mapThemes.light, data, {}, { settlements, places: empty() as never }).layers.map((l) => l.id);
		// MapLibre places the labels of later layers first: the villages' names come before all other symbol layers.
		expect(ids.indexOf('settlements-labels')).toBeLessThan(ids.indexOf('places-labels'));
		expect(ids.indexOf('settlements-labels')).toBeLessThan(ids.indexOf('city-labels'));
		// The dots are placed before the names, so no name covers a dot.
		expect(ids.indexOf('settlements-labels')).toBeLessThan(ids.indexOf('settlements'));
		expect(ids.at(-1)).toBe('settlements-selected-label');
		expect(basemapStyle(mapThemes.light, data, {}, {}).layers.some((l) => l.id.startsWith('settlements'))).toBe(false);
	});

	it('place the front’s towns first: nearer first, bigger first at the same distance', () => {
		expect(sortKey(5000, 2)).toBeLessThan(sortKey(5000, 30));
		expect(sortKey(20000, 10)).toBeLessThan(sortKey(800, 10));
		// A town of 20,000 people 35 km out before a hamlet on the line, but not one 45 km out.
		expect(sortKey(20000, 35)).toBeLessThan(sortKey(0, 0));
		expect(sortKey(20000, 45)).toBeGreaterThan(sortKey(0, 0));
	});
});
