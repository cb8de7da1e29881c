import { describe, expect, it } from 'vitest';
import type { SwatchKind } from '$lib/map/mapKey';
import { mapThemes } from '$lib/map/themes';
import { imageCredits } from './credits';
import { swatchLook } from './swatchLook';

const kinds: SwatchKind[] = ['occupied-since', 'occupied-before', 'contested', 'change-to-russia', 'change-to-ukraine', 'contact', 'contact-low', 'claim', 'kursk', 'kursk-peak', 'border-front', 'place', 'settlement', 'selected-place', 'selection', 'arc', 'measure-line', 'measure-area', 'query-point'];

describe('the image credits', () => {
	it('always credit the basemap and the renderer', () => {
		const { line, copyright } = imageCredits([{ swatch: 'place' }]);
		expect(line).toContain('Natural Earth (public domain)');
		expect(line).toContain('GeoNames (CC BY 4.0)');
		expect(line).toContain('MapLibre GL JS');
		expect(line).not.toContain('DeepStateMap');
		expect(copyright).not.toContain('DEEPSTATEUATECH');
	});

	it('credit DeepStateMap and its rights holder for any of its layers drawn, and attribute the annexation claims', () => {
		for (const swatch of ['occupied-since', 'contested', 'contact', 'kursk', 'change-to-russia'] as const) {
			const { line, copyright } = imageCredits([{ swatch }]);
			expect(line).toContain('DeepStateMap (DeepState), rights held by DEEPSTATEUATECH LLC');
			expect(copyright).toContain('DEEPSTATEUATECH LLC');
		}
		expect(imageCredits([{ swatch: 'claim' }]).line).toContain('Annexation claims: Russia’s, not recognised by the UN General Assembly');
	});
});

describe('the image key’s swatches', () => {
	it('are painted from the map theme’s own colours in every theme', () => {
		for (const theme of Object.values(mapThemes)) {
			for (const kind of kinds) expect(swatchLook(kind, theme), kind).toBeTruthy();
			expect(swatchLook('occupied-since', theme)).toMatchObject({ fill: theme.occupiedSince, hatch: theme.occupiedSinceHatch });
			expect(swatchLook('contact-low', theme)).toMatchObject({ colour: theme.contactLine, dashed: true });
			expect(swatchLook('kursk', theme)).toMatchObject({ fill: theme.kurskHeld });
		}
	});
});
