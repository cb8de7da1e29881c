/**
 * How the image's key draws each entry, from the theme the map paints with (as swatches.css does
 * for the page's keys), so the image's key cannot drift from its map. Pure: the look, not the drawing.
 */
import type { SwatchKind } from '$lib/map/mapKey';
import type { MapTheme } from '$lib/map/themes';
import { diplomacyColours } from '$lib/map/worldStyle';

export type SwatchLook =
	| { shape: 'area'; fill: string; edge: string; dashed?: boolean; hatch?: string }
	| { shape: 'line'; colour: string; casing?: string; dashed?: boolean; weight: number }
	| { shape: 'dot'; fill: string; edge: string; size: number };

export function swatchLook(kind: SwatchKind, theme: MapTheme): SwatchLook {
	switch (kind) {
		case 'occupied-since':
			return { shape: 'area', fill: theme.occupiedSince, edge: theme.occupiedOutline, hatch: theme.occupiedSinceHatch };
		case 'occupied-before':
			return { shape: 'area', fill: theme.occupiedBefore, edge: theme.occupiedOutline };
		case 'contested':
			return { shape: 'area', fill: theme.contested, edge: theme.contestedOutline, dashed: true };
		case 'change-to-russia':
			return { shape: 'area', fill: theme.changeToRussia, edge: theme.changeToRussiaOutline };
		case 'change-to-ukraine':
			return { shape: 'area', fill: theme.changeToUkraine, edge: theme.changeToUkraineOutline };
		case 'kursk':
			return { shape: 'area', fill: theme.kurskHeld, edge: theme.kurskOutline };
		case 'measure-area':
			return { shape: 'area', fill: `${theme.measure}38`, edge: theme.measure };
		case 'selection':
			return { shape: 'area', fill: 'transparent', edge: theme.text };
		case 'contact':
			return { shape: 'line', colour: theme.contactLine, casing: theme.contactLineCasing, weight: 0.22 };
		case 'contact-low':
			return { shape: 'line', colour: theme.contactLine, dashed: true, weight: 0.22 };
		case 'claim':
			return { shape: 'line', colour: theme.annexationClaim, dashed: true, weight: 0.15 };
		case 'kursk-peak':
			return { shape: 'line', colour: theme.kurskOutline, dashed: true, weight: 0.15 };
		case 'border-front':
			return { shape: 'line', colour: theme.borderFront, dashed: true, weight: 0.25 };
		case 'arc':
			return { shape: 'line', colour: diplomacyColours(theme).arc, casing: diplomacyColours(theme).arcCasing, dashed: true, weight: 0.15 };
		case 'measure-line':
			return { shape: 'line', colour: theme.measure, casing: theme.measureCasing, dashed: true, weight: 0.22 };
		case 'place':
			return { shape: 'dot', fill: theme.halo, edge: theme.text, size: 0.6 };
		case 'settlement':
			return { shape: 'dot', fill: theme.cityDot, edge: theme.halo, size: 0.45 };
		case 'selected-place':
			return { shape: 'dot', fill: theme.text, edge: theme.halo, size: 0.75 };
		case 'query-point':
			return { shape: 'dot', fill: theme.measure, edge: theme.measureCasing, size: 0.6 };
	}
}
