import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { BasemapData, Places } from '$lib/types/mapData';
import { roomScale, uiScale } from '$lib/uiScale';
import { basemapStyle, secondLineScale } from './style';
import { mapThemes } from './themes';
import { withDiplomacy } from './worldStyle';
import type { SettlementFeatures } from './settlementsStyle';

const empty = (): FeatureCollection<never> => ({ type: 'FeatureCollection', features: [] });
const data: BasemapData = { countries: empty(), admin1: empty(), boundaries: empty(), labels: empty(), rivers: empty() };

/**
 * The smallest size a text-size takes at any zoom and for any feature: the sizes our styles write
 * are numbers, zoom curves of numbers, or zoom curves of `match` or `case` by a property; a linear
 * curve is smallest at one of its stops, a match or a case at one of its outputs.
 */
function smallest(value: unknown): number {
	if (typeof value === 'number') return value;
	if (!Array.isArray(value)) throw new Error(`Not a size this test reads: ${JSON.stringify(value)}`);
	if (value[0] === 'interpolate') return Math.min(...value.slice(4).filter((_, i) => i % 2 === 0).map(smallest));
	if (value[0] === 'match') return Math.min(...[...value.slice(3).filter((_, i) => i % 2 === 0), value.at(-1)].map(smallest));
	if (value[0] === 'case') return Math.min(...[...value.slice(2).filter((_, i) => i % 2 === 0), value.at(-1)].map(smallest));
	throw new Error(`Not a size this test reads: ${JSON.stringify(value)}`);
}

/** The height of the smallest line of a symbol layer's text: the second line of a bilingual name is smaller. */
function smallestLine(layer: LayerSpecification): number {
	const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
	const field = layout['text-field'];
	const bilingual = Array.isArray(field) && field[0] === 'format';
	return smallest(layout['text-size'] ?? 16) * (bilingual ? secondLineScale : 1);
}

const places = empty() as unknown as Places;
const lines = { type: 'FeatureCollection' as const, features: [] };

describe('map text on the wall', () => {
	for (const [width, height] of [
		[1920, 1080],
		[3840, 2160]
	] as const) {
		it(`is at least 2.2% of the screen height in presentation mode at ${width}×${height}, names in Cyrillic and regions included`, () => {
			const scale = roomScale(width, height);
			const regional = basemapStyle(mapThemes.contrast, data, {}, { scale, places, settlements: empty() as unknown as SettlementFeatures });
			const globe = withDiplomacy(regional, mapThemes.contrast, empty(), lines, scale);
			const symbols = [...regional.layers, ...globe.layers].filter((l) => l.type === 'symbol');
			expect(symbols.map((l) => l.id)).toEqual(expect.arrayContaining(['admin1-labels', 'city-labels', 'country-labels', 'settlements-labels', 'settlements-selected-label', 'world-country-labels', 'connection-labels', 'connection-endpoint-labels']));
			for (const layer of symbols) expect(smallestLine(layer), layer.id).toBeGreaterThanOrEqual(0.022 * height);
		});
	}

	it('keeps the designed sizes on the page (the floor is the room theme’s)', () => {
		const scale = uiScale(1280, 800);
		const admin1 = basemapStyle(mapThemes.light, data, {}, { scale }).layers.find((l) => l.id === 'admin1-labels')!;
		expect(smallestLine(admin1)).toBeCloseTo(10 * secondLineScale);
	});
});
