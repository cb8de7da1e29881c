import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { mapKey } from '../mapKey';
import { swatchVariables } from '../swatches';
import { mapThemes, type ThemeName } from '../themes';
import { mapToolKey, panStep } from './mapToolKeys';
import { measureLayers } from './measureLayer';
import { contrast } from '../test/contrast';

const themeNames = Object.keys(mapThemes) as ThemeName[];

const paint = (layer: LayerSpecification, name: string) => (layer as { paint?: Record<string, unknown> }).paint?.[name];
const layout = (layer: LayerSpecification, name: string) => (layer as { layout?: Record<string, unknown> }).layout?.[name];

describe('the measure layer', () => {
	for (const name of themeNames) {
		it(`draws in the ${name} theme's measure colour, on a casing it stands out from, and the key's swatch is that colour`, () => {
			const theme = mapThemes[name];
			const layers = measureLayers(theme, 1);
			const path = layers.find((l) => l.id === 'measure-path')!;
			expect(paint(path, 'line-color')).toBe(theme.measure);
			expect(paint(layers.find((l) => l.id === 'measure-path-casing')!, 'line-color')).toBe(theme.measureCasing);
			expect(contrast(theme.measure, theme.measureCasing)).toBeGreaterThanOrEqual(4.5);
			expect(swatchVariables(theme)['--swatch-measure']).toBe(theme.measure);
			// The measure colour is none of the facts layers' colours.
			for (const other of [theme.occupiedBefore, theme.occupiedSince, theme.contactLine, theme.kurskHeld, theme.kurskOutline, theme.annexationClaim, theme.borderFront]) expect(theme.measure).not.toBe(other);
		});
	}

	it('sizes its labels with the map and never under the theme’s smallest map text', () => {
		const labels = (name: ThemeName, scale: number) => measureLayers(mapThemes[name], scale).filter((l) => l.type === 'symbol');
		for (const layer of labels('light', 2)) expect(layout(layer, 'text-size')).toBeGreaterThanOrEqual(26);
		for (const layer of labels('contrast', 1.5)) expect(layout(layer, 'text-size')).toBeGreaterThanOrEqual(mapThemes.contrast.minTextSize * 1.5);
	});
});

describe('the map key of a measurement', () => {
	const base = { facts: null, visibility: { occupied: false, contested: false, contactLine: false, annexationClaims: false, kursk: false, borderFront: false }, kurskDate: null, unavailable: [], places: false, selected: null, globe: false };
	it('explains a measured distance, a measured area and a queried point, and nothing without them', () => {
		expect(mapKey(base).entries).toEqual([]);
		expect(mapKey({ ...base, measure: 'line' }).entries.map((e) => e.label)).toEqual(['Measured distance (great circle)']);
		expect(mapKey({ ...base, measure: 'area', point: true }).entries.map((e) => e.swatch)).toEqual(['measure-area', 'query-point']);
	});
});

describe('the map’s keys for the tools', () => {
	const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...extra });
	it('leaves plain arrows, + and − to MapLibre, and takes Shift+arrows for a longer step', () => {
		for (const k of ['ArrowLeft', 'ArrowUp', '+', '-', '=']) expect(mapToolKey(key(k), false)).toBeNull();
		expect(mapToolKey(key('ArrowRight', { shiftKey: true }), false)).toEqual({ kind: 'pan', pan: [1, 0] });
		expect(panStep({ clientWidth: 900, clientHeight: 600 })).toBe(200);
	});

	it('maps Enter, Escape, m and Shift+M, and Backspace only while measuring', () => {
		expect(mapToolKey(key('Enter'), false)?.kind).toBe('enter');
		expect(mapToolKey(key('Escape'), false)?.kind).toBe('escape');
		expect(mapToolKey(key('m'), false)).toEqual({ kind: 'measure', measure: 'line' });
		expect(mapToolKey(key('M', { shiftKey: true }), false)).toEqual({ kind: 'measure', measure: 'area' });
		expect(mapToolKey(key('Backspace'), false)).toBeNull();
		expect(mapToolKey(key('Backspace'), true)?.kind).toBe('undo');
	});

	it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
		expect(mapToolKey(key('m', { ctrlKey: true }), false)).toBeNull();
		expect(mapToolKey(key('Enter', { altKey: true }), false)).toBeNull();
	});
});
