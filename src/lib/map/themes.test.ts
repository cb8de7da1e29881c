import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapThemes, type MapTheme, type ThemeName } from './themes';

// The legend's swatches are CSS (no inline styles under the CSP), the map's colours are TypeScript:
// this keeps the two from drifting apart. Most swatch colours are in app.css; those only the facts
// legend uses are in its own style block.
const swatchOf: Partial<Record<keyof MapTheme, string>> = {
	occupiedSince: '--swatch-occupied-since',
	occupiedSinceHatch: '--swatch-occupied-hatch',
	occupiedBefore: '--swatch-occupied-before',
	occupiedOutline: '--swatch-occupied-outline',
	contactLine: '--swatch-contact-line',
	contactLineCasing: '--swatch-contact-casing',
	annexationClaim: '--swatch-claim',
	contested: '--swatch-contested',
	contestedOutline: '--swatch-contested-outline',
	kurskHeld: '--swatch-kursk',
	kurskOutline: '--swatch-kursk-outline',
	borderFront: '--swatch-border-front'
};

function cssBlock(css: string, selector: string): string {
	const start = css.indexOf(`${selector} {`);
	return start < 0 ? '' : css.slice(start, css.indexOf('}', start));
}

const themeNames = ['light', 'dark', 'contrast'] as const;

describe('legend swatches', () => {
	const css = readFileSync('src/app.css', 'utf8');
	const legend = readFileSync('src/lib/panel/FactsLegend.svelte', 'utf8');
	const blocks: Record<ThemeName, string> = {
		light: cssBlock(css, ':root') + cssBlock(legend, ':global(:root)'),
		dark: cssBlock(css, ":root[data-theme='dark']") + cssBlock(legend, ":global(:root[data-theme='dark'])"),
		contrast: cssBlock(css, ":root[data-theme='contrast']") + cssBlock(legend, ":global(:root[data-theme='contrast'])")
	};
	for (const name of themeNames) {
		it(`match the ${name} map's colours`, () => {
			for (const [key, variable] of Object.entries(swatchOf)) {
				const value = new RegExp(`${variable}:\\s*(#[0-9a-f]{6});`, 'i').exec(blocks[name])?.[1];
				expect(value, `${variable} in the ${name} theme`).toBe(mapThemes[name][key as keyof MapTheme]);
			}
		});
	}
});

/** Relative luminance (WCAG), 0–1. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};
const saturation = (hex: string) => {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return Math.max(r!, g!, b!) - Math.min(r!, g!, b!);
};

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
