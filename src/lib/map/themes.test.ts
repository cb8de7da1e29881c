import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapThemes, type MapTheme, type ThemeName } from './themes';

// The legend's swatches are CSS (no inline styles under the CSP), the map's colours are TypeScript:
// this keeps the two from drifting apart.
const swatchOf: Partial<Record<keyof MapTheme, string>> = {
	occupiedSince: '--swatch-occupied-since',
	occupiedSinceHatch: '--swatch-occupied-hatch',
	occupiedBefore: '--swatch-occupied-before',
	occupiedOutline: '--swatch-occupied-outline',
	contactLine: '--swatch-contact-line',
	contactLineCasing: '--swatch-contact-casing',
	annexationClaim: '--swatch-claim',
	kurskHeld: '--swatch-kursk',
	kurskOutline: '--swatch-kursk-outline',
	borderFront: '--swatch-border-front'
};

function cssBlock(css: string, selector: string): string {
	const start = css.indexOf(`${selector} {`);
	return css.slice(start, css.indexOf('}', start));
}

describe('legend swatches', () => {
	const css = readFileSync('src/app.css', 'utf8');
	const blocks: Record<ThemeName, string> = { light: cssBlock(css, ':root'), dark: cssBlock(css, ":root[data-theme='dark']"), contrast: cssBlock(css, ":root[data-theme='contrast']") };
	for (const name of ['light', 'dark', 'contrast'] as const) {
		it(`match the ${name} map's colours`, () => {
			for (const [key, variable] of Object.entries(swatchOf)) {
				const value = new RegExp(`${variable}:\\s*(#[0-9a-f]{6});`, 'i').exec(blocks[name])?.[1];
				expect(value, `${variable} in the ${name} theme`).toBe(mapThemes[name][key as keyof MapTheme]);
			}
		});
	}
});
