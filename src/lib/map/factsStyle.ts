import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { FactsData } from '$lib/types/mapData';
import type { FactsVisibility } from '$lib/types/mapView';
import type { MapTheme } from './themes';
import { hatchImageId } from './hatch';

/** Whether contested ground in Ukraine is drawn. */
export const contestedShown = (visibility: FactsVisibility): boolean => visibility.contested ?? visibility.occupied;

export interface FactsStyleOptions {
	scale: number;
	visibility: FactsVisibility;
	/** The Kursk snapshot drawn filled; null draws none. */
	kurskDate: string | null;
	/** Ground that changed hands between two compared dates (changes.geojson's features of one pair); null when nothing is compared. */
	changes?: FeatureCollection | null;
}

/** The occupied fills' hatch; its tile grows with `scale`, like every other size on the map. */
export function occupiedHatch(theme: MapTheme, scale: number): string {
	return hatchImageId({ line: theme.occupiedSinceHatch, background: theme.occupiedSince, size: 8 * scale });
}

/** For facts loaded without a layer (a test's partial facts): the same empty object each time, so no style change is seen. */
const none: FeatureCollection<never> = { type: 'FeatureCollection', features: [] };

/**
 * Sources and layers of the facts. `belowLines` go just above the land, so that rivers, borders and
 * coast stay visible over the fills; `aboveLines` go over the basemap's lines and under its labels.
 *
 * Contested ground has one look wherever it is, in Ukraine or in Kursk oblast: a neutral grey
 * fill with a dashed grey edge, apart from the reds of occupation and the blue of Ukrainian-held
 * ground in Russia, and lighter or darker than both in every theme.
 */
export function factsStyle(theme: MapTheme, facts: FactsData, { scale, visibility, kurskDate, changes = null }: FactsStyleOptions) {
	const byZoom = (small: number, large: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 4, small * scale, 9, large * scale];
	const shown = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });
	const category = (c: string): ExpressionSpecification => ['==', ['get', 'category'], c];
	const onDate = (date: string | null): ExpressionSpecification => ['==', ['get', 'date'], date ?? ''];
	// Kursk layers filter by date only, so another date is one filter change per layer; the category
	// (held or contested) picks what each layer draws through its opacity.
	const only = (c: 'held' | 'contested'): ExpressionSpecification => ['match', ['get', 'category'], c, 1, 0];
	// A claim made after the snapshot's date is not drawn on it (the map of 23 February 2022 shows Crimea's alone).
	const claimIds = facts.annexationClaims.filter((c) => c.claimedOn <= facts.asOf).map((c) => c.id);
	const contestedOn = contestedShown(visibility);
	const contestedFill = { 'fill-color': theme.contested, 'fill-opacity': only('contested') };
	const contestedEdge = { 'line-color': theme.contestedOutline, 'line-opacity': only('contested'), 'line-width': byZoom(0.6, 1.4), 'line-dasharray': [2, 1.5] };

	const sources: Record<string, SourceSpecification> = {
		occupied: { type: 'geojson', data: facts.occupied },
		contested: { type: 'geojson', data: facts.contested ?? none },
		kursk: { type: 'geojson', data: facts.kursk },
		'kursk-extent': { type: 'geojson', data: facts.kurskExtents ?? none },
		'contact-line': { type: 'geojson', data: facts.contactLine },
		'border-front': { type: 'geojson', data: facts.border },
		changes: { type: 'geojson', data: changes ?? none }
	};
	const towards = (russia: string, ukraine: string, contested: string): ExpressionSpecification => ['match', ['get', 'category'], 'to-russia', russia, 'to-ukraine', ukraine, contested];

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
		{ id: 'contested', type: 'fill', source: 'contested', layout: shown(contestedOn), paint: contestedFill },
		{ id: 'kursk-held', type: 'fill', source: 'kursk', filter: onDate(kurskDate), layout: shown(visibility.kursk), paint: { 'fill-color': theme.kurskHeld, 'fill-opacity': only('held') } },
		{ id: 'kursk-contested', type: 'fill', source: 'kursk', filter: onDate(kurskDate), layout: shown(visibility.kursk), paint: contestedFill },
		// Over every other fill: what changed hands is the subject while two dates are compared. Ground
		// that went from held to contested keeps the fill below it and gets only a dashed edge.
		{ id: 'change-fill', type: 'fill', source: 'changes', filter: ['!=', ['get', 'category'], 'to-contested'], paint: { 'fill-color': towards(theme.changeToRussia, theme.changeToUkraine, theme.contested), 'fill-opacity': 0.85 } }
	];

	const aboveLines: LayerSpecification[] = [
		{
			id: 'occupied-outline',
			type: 'line',
			source: 'occupied',
			layout: { ...shown(visibility.occupied), 'line-join': 'round' },
			paint: { 'line-color': theme.occupiedOutline, 'line-width': byZoom(0.6, 1.4) }
		},
		{ id: 'contested-outline', type: 'line', source: 'contested', layout: { ...shown(contestedOn), 'line-join': 'round' }, paint: contestedEdge },
		{ id: 'kursk-contested-outline', type: 'line', source: 'kursk', filter: onDate(kurskDate), layout: { ...shown(visibility.kursk), 'line-join': 'round' }, paint: contestedEdge },
		{
			id: 'kursk-outline',
			type: 'line',
			source: 'kursk',
			filter: onDate(kurskDate),
			layout: { ...shown(visibility.kursk), 'line-join': 'round' },
			paint: { 'line-color': theme.kurskOutline, 'line-opacity': only('held'), 'line-width': byZoom(1, 2.2) }
		},
		// The outer edge of held and contested ground together on the date they were largest.
		{
			id: 'kursk-peak',
			type: 'line',
			source: 'kursk-extent',
			filter: onDate(facts.kurskPeakDate),
			layout: shown(visibility.kursk),
			paint: { 'line-color': theme.kurskOutline, 'line-width': byZoom(1.3, 2.8), 'line-dasharray': [2, 1.5] }
		},
		{
			id: 'change-outline',
			type: 'line',
			source: 'changes',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': towards(theme.changeToRussiaOutline, theme.changeToUkraineOutline, theme.contestedOutline),
				'line-width': byZoom(1, 2.2),
				'line-dasharray': ['match', ['get', 'category'], 'to-contested', ['literal', [2, 1.5]], ['literal', [1, 0]]]
			}
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
