import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FactsData } from './loadFacts';
import type { MapTheme } from './themes';
import { hatchImageId } from './hatch';

/** The facts layers a reader can turn on and off, each one checkbox in the legend. */
export interface FactsVisibility {
	occupied: boolean;
	contactLine: boolean;
	annexationClaims: boolean;
	kursk: boolean;
	borderFront: boolean;
}

export const allFactsVisible: FactsVisibility = { occupied: true, contactLine: true, annexationClaims: true, kursk: true, borderFront: true };

export interface FactsStyleOptions {
	scale: number;
	visibility: FactsVisibility;
	/** The Kursk snapshot drawn filled; null draws none. */
	kurskDate: string | null;
}

/** The occupied fills' hatch; its tile grows with `scale`, like every other size on the map. */
export function occupiedHatch(theme: MapTheme, scale: number): string {
	return hatchImageId({ line: theme.occupiedSinceHatch, background: theme.occupiedSince, size: 8 * scale });
}

/**
 * Sources and layers of the facts. `belowLines` go just above the land, so that rivers, borders and
 * coast stay visible over the fills; `aboveLines` go over the basemap's lines and under its labels.
 */
export function factsStyle(theme: MapTheme, facts: FactsData, { scale, visibility, kurskDate }: FactsStyleOptions) {
	const byZoom = (small: number, large: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 4, small * scale, 9, large * scale];
	const shown = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });
	const category = (c: string): ExpressionSpecification => ['==', ['get', 'category'], c];
	const kurskOn = (date: string | null): ExpressionSpecification => ['==', ['get', 'date'], date ?? ''];
	const claimIds = facts.annexationClaims.map((c) => c.id);

	const sources: Record<string, SourceSpecification> = {
		occupied: { type: 'geojson', data: facts.occupied },
		kursk: { type: 'geojson', data: facts.kursk },
		'contact-line': { type: 'geojson', data: facts.contactLine },
		'border-front': { type: 'geojson', data: facts.border }
	};

	const belowLines: LayerSpecification[] = [
		{
			id: 'occupied-since-2022',
			type: 'fill',
			source: 'occupied',
			filter: category('since-2022'),
			layout: shown(visibility.occupied),
			paint: { 'fill-pattern': occupiedHatch(theme, scale) }
		},
		{
			id: 'occupied-before-2022',
			type: 'fill',
			source: 'occupied',
			filter: category('before-2022'),
			layout: shown(visibility.occupied),
			paint: { 'fill-color': theme.occupiedBefore }
		},
		{
			id: 'kursk-held',
			type: 'fill',
			source: 'kursk',
			filter: kurskOn(kurskDate),
			layout: shown(visibility.kursk),
			paint: { 'fill-color': theme.kurskHeld }
		}
	];

	const aboveLines: LayerSpecification[] = [
		{
			id: 'occupied-outline',
			type: 'line',
			source: 'occupied',
			layout: { ...shown(visibility.occupied), 'line-join': 'round' },
			paint: { 'line-color': theme.occupiedOutline, 'line-width': byZoom(0.6, 1.4) }
		},
		{
			id: 'kursk-outline',
			type: 'line',
			source: 'kursk',
			filter: kurskOn(kurskDate),
			layout: { ...shown(visibility.kursk), 'line-join': 'round' },
			paint: { 'line-color': theme.kurskOutline, 'line-width': byZoom(1, 2.2) }
		},
		{
			id: 'kursk-peak',
			type: 'line',
			source: 'kursk',
			filter: kurskOn(facts.kurskPeakDate),
			layout: shown(visibility.kursk),
			paint: { 'line-color': theme.kurskOutline, 'line-width': byZoom(1.3, 2.8), 'line-dasharray': [2, 1.5] }
		},
		// A claim is not control: the claimed regions are outlined, never filled.
		{
			id: 'annexation-claims',
			type: 'line',
			source: 'admin1',
			filter: ['in', ['get', 'id'], ['literal', claimIds]],
			layout: { ...shown(visibility.annexationClaims), 'line-join': 'round' },
			paint: { 'line-color': theme.annexationClaim, 'line-width': byZoom(1.4, 3), 'line-dasharray': [2.5, 1.5] }
		},
		{
			id: 'contact-line-casing',
			type: 'line',
			source: 'contact-line',
			layout: { ...shown(visibility.contactLine), 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': theme.contactLineCasing, 'line-width': byZoom(4.2, 8.5) }
		},
		{
			id: 'contact-line',
			type: 'line',
			source: 'contact-line',
			filter: ['!=', ['get', 'confidence'], 'low'],
			layout: { ...shown(visibility.contactLine), 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': theme.contactLine, 'line-width': byZoom(2.2, 5) }
		},
		// Where the source data rates a stretch low confidence the line is dashed, so the map does not claim more than is known.
		{
			id: 'contact-line-low-confidence',
			type: 'line',
			source: 'contact-line',
			filter: ['==', ['get', 'confidence'], 'low'],
			layout: { ...shown(visibility.contactLine), 'line-join': 'round' },
			paint: { 'line-color': theme.contactLine, 'line-width': byZoom(2.2, 5), 'line-dasharray': [1.6, 1.2] }
		},
		// Over the contact line: where the front runs along the border the two meet, and the border's
		// dashes must still show there.
		{
			id: 'border-front-casing',
			type: 'line',
			source: 'border-front',
			filter: category('active-front'),
			layout: { ...shown(visibility.borderFront), 'line-join': 'round' },
			paint: { 'line-color': theme.borderFrontCasing, 'line-width': byZoom(5, 10) }
		},
		{
			id: 'border-front',
			type: 'line',
			source: 'border-front',
			filter: category('active-front'),
			layout: { ...shown(visibility.borderFront), 'line-join': 'round' },
			paint: { 'line-color': theme.borderFront, 'line-width': byZoom(3, 6), 'line-dasharray': [1.2, 0.8] }
		}
	];

	return { sources, belowLines, aboveLines };
}
