import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { FactsData } from '$lib/types/mapData';
import { allFactsVisible } from '$lib/types/mapView';
import { factsStyle } from './factsStyle';
import { parseHatchImageId } from './hatch';
import { swatchVariables } from './swatches';
import { mapThemes, type ThemeName } from './themes';
import { connectionLayers } from './worldStyle';
import { contrast, luminance } from './test/contrast';

const themeNames = ['light', 'dark', 'contrast'] as const satisfies readonly ThemeName[];

const saturation = (hex: string) => {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return Math.max(r!, g!, b!) - Math.min(r!, g!, b!);
};
/** Hue in degrees, 0–360. */
function hue(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
	const max = Math.max(r, g, b);
	const d = max - Math.min(r, g, b);
	if (d === 0) return NaN;
	const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return (h * 60 + 360) % 360;
}
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

const empty = (): FeatureCollection<never> => ({ type: 'FeatureCollection', features: [] });
const facts = {
	asOf: '2025-03-13',
	contactLine: empty(),
	occupied: empty(),
	contested: empty(),
	border: empty(),
	kursk: empty(),
	kurskExtents: empty(),
	kurskPeakDate: '2024-08-27',
	annexationClaims: [{ id: 'UA-14' }]
} as unknown as FactsData;

type Paint = Record<string, unknown>;
/** The facts layers and the diplomacy arcs as each theme paints them, by layer id. */
function paintOf(name: ThemeName): Map<string, Paint> {
	const { belowLines, aboveLines } = factsStyle(mapThemes[name], facts, { scale: 1, visibility: allFactsVisible, kurskDate: '2024-08-27' });
	const arcs = connectionLayers(mapThemes[name], empty(), 1).layers;
	return new Map([...belowLines, ...aboveLines, ...arcs].map((l: LayerSpecification) => [l.id, ('paint' in l ? l.paint : {}) as Paint]));
}
const painted = Object.fromEntries(themeNames.map((name) => [name, paintOf(name)])) as Record<ThemeName, Map<string, Paint>>;
const colour = (name: ThemeName, layer: string, property: string) => painted[name].get(layer)?.[property] as string;

describe('one meaning, one look in every theme (the layer paint, by category)', () => {
	for (const name of themeNames) {
		it(`draws occupation before 2022 darker than occupation since, hatched, in the ${name} theme`, () => {
			const hatch = parseHatchImageId(colour(name, 'occupied-since-2022', 'fill-pattern'));
			expect(hatch, 'occupied since 2022 is hatched').not.toBeNull();
			const before = colour(name, 'occupied-before-2022', 'fill-color');
			expect(luminance(before)).toBeLessThan(luminance(hatch!.background));
			expect(luminance(before)).toBeLessThan(luminance(hatch!.line));
			// Both are reds: the hue says "occupied", the lightness says since when.
			for (const c of [before, hatch!.background, hatch!.line]) expect(hueDistance(hue(c), 5), c).toBeLessThanOrEqual(15);
		});
	}

	const categories: [string, string, string, number][] = [
		['the contact line', 'contact-line', 'line-color', 8],
		['the contact line where it is dashed', 'contact-line-low-confidence', 'line-color', 8],
		['Ukrainian-held ground in Kursk', 'kursk-held', 'fill-color', 10],
		['the outline of Kursk', 'kursk-peak', 'line-color', 10],
		['the annexation claims', 'annexation-claims', 'line-color', 12],
		['the border front', 'border-front', 'line-color', 10]
	];
	for (const [what, layer, property, tolerance] of categories) {
		it(`keeps one hue for ${what} in every theme (within ${tolerance}°)`, () => {
			const hues = themeNames.map((name) => hue(colour(name, layer, property)));
			for (const h of hues) expect(h, `${layer}: ${hues.join(', ')}`).not.toBeNaN();
			for (const h of hues) expect(hueDistance(h, hues[0]!), `${layer}: ${hues.join(', ')}`).toBeLessThanOrEqual(tolerance);
		});
	}

	it('dashes the same lines with the same dashes in every theme, and draws the same things as lines or fills', () => {
		const pattern = (name: ThemeName) => [...painted[name]].map(([id, paint]) => [id, paint['line-dasharray'] ?? null, 'fill-pattern' in paint]);
		const light = pattern('light');
		expect(light.filter(([, dashes]) => dashes !== null).map(([id]) => id)).toEqual(
			expect.arrayContaining(['contested-outline', 'kursk-peak', 'annexation-claims', 'contact-line-low-confidence', 'border-front', 'connections'])
		);
		for (const name of themeNames) expect(pattern(name), name).toEqual(light);
	});

	for (const name of themeNames) {
		it(`sets the contact line on a casing of the background's tone in the ${name} theme`, () => {
			const theme = mapThemes[name];
			expect(contrast(colour(name, 'contact-line', 'line-color'), colour(name, 'contact-line-casing', 'line-color'))).toBeGreaterThanOrEqual(4.5);
			expect(contrast(theme.contactLineCasing, theme.sea)).toBeLessThan(contrast(theme.contactLineCasing, theme.text));
		});
	}
});

describe('legend swatches', () => {
	const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
	const sources = files('src').filter((f) => /\.(svelte|css)$/.test(f));
	const defined = new Set(Object.keys(swatchVariables(mapThemes.light)));

	it('read only colours made from the map themes', () => {
		const used = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--swatch-[a-z0-9-]+)/g)].map((m) => m[1]!)));
		expect(used.size).toBeGreaterThan(10);
		for (const variable of used) expect(defined.has(variable), `${variable} is not made by swatchVariables`).toBe(true);
	});

	it('have no second copy of the colours in CSS', () => {
		for (const f of sources) expect(readFileSync(f, 'utf8'), f).not.toMatch(/--swatch-[a-z0-9-]+\s*:/);
	});

	for (const name of themeNames) {
		it(`are the ${name} map's own colours`, () => {
			const variables = swatchVariables(mapThemes[name]);
			expect(variables['--swatch-occupied-before']).toBe(colour(name, 'occupied-before-2022', 'fill-color'));
			expect(variables['--swatch-contact-line']).toBe(colour(name, 'contact-line', 'line-color'));
			expect(variables['--swatch-kursk']).toBe(colour(name, 'kursk-held', 'fill-color'));
			expect(variables['--swatch-arc']).toBe(colour(name, 'connections', 'line-color'));
			const hatch = parseHatchImageId(colour(name, 'occupied-since-2022', 'fill-pattern'))!;
			expect([variables['--swatch-occupied-since'], variables['--swatch-occupied-hatch']]).toEqual([hatch.background, hatch.line]);
		});
	}
});

describe('contested ground', () => {
	for (const name of themeNames) {
		const theme = mapThemes[name];
		it(`is a neutral grey in the ${name} theme, told apart by lightness from the ground around it`, () => {
			expect(saturation(theme.contested)).toBeLessThanOrEqual(16);
			// Beside it: Ukrainian-held ground in Kursk, the land Ukraine holds, the occupied fills.
			for (const other of [theme.kurskHeld, theme.focusLand, theme.land, theme.occupiedSince]) expect(contrast(theme.contested, other), other).toBeGreaterThanOrEqual(1.25);
			// Its dashed edge shows against its own fill.
			expect(contrast(theme.contested, theme.contestedOutline)).toBeGreaterThanOrEqual(2);
		});
	}
});
