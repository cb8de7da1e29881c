import type { ExpressionSpecification, FontFacesSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { BasemapData, FactsData, Places } from '$lib/types/mapData';
import { allFactsVisible, type FactsVisibility } from '$lib/types/mapView';
import { mapFonts } from './fonts';
import type { MapTheme } from './themes';
import { factsStyle } from './factsStyle';
import { settlementsStyle, type SettlementFeatures } from './settlementsStyle';

/** The size of the local name under the English one, relative to it. */
export const secondLineScale = 0.8;

/** Name in English, with the local name under it where the place is in Ukraine, Russia or Belarus. */
const bilingualName: ExpressionSpecification = [
	'format',
	['get', 'nameEn'],
	{},
	['match', ['get', 'country'], ['UA', 'RU', 'BY'], '\n', ''],
	{},
	['match', ['get', 'country'], 'UA', ['get', 'nameUk'], ['RU', 'BY'], ['get', 'nameRu'], ''],
	{ 'font-scale': secondLineScale }
];

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];

export interface StyleOptions {
	focusCountry?: string;
	scale?: number;
	/** The dated facts drawn over the basemap; without them the style is the basemap alone. */
	facts?: FactsData | null;
	visibility?: FactsVisibility;
	kurskDate?: string | null;
	/** Ground that changed hands between two compared dates; null when nothing is compared. */
	changes?: FeatureCollection | null;
	/** The places the article names, drawn as small markers that can be hovered and clicked. */
	places?: Places | null;
	/** The towns and villages near the front, once loaded (settlementsStyle.ts); null before. */
	settlements?: SettlementFeatures | null;
}

/**
 * The selected ref key (`region:UA-14`, `place:moscow`, `country:UA`) reaches the style as the
 * global state property `selected`, set with map.setGlobalStateProperty: changing it restyles
 * without a style diff. Hover is feature-state `hover` on the admin1, countries and places sources.
 */
export const selectedState = 'selected';
const isSelected = (kind: string): ExpressionSpecification => ['==', ['concat', `${kind}:`, ['get', 'id']], ['global-state', selectedState]];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Layers that answer clicks and hover: the admin-1 fills and the place markers. */
export const interactiveLayers = { regions: 'admin1-hit', places: 'places' } as const;

/**
 * The basemap style: sea as background, land from the countries layer with Ukraine lifted, borders
 * and coastline as single strokes from the shared topology, the Dnipro, and labels in self-hosted
 * Noto Sans. No `glyphs` or `sprite` URL: nothing is fetched from another host. The facts layers
 * sit between land and labels; toggling one is a change of this function's output, which the map
 * applies as layer setters (./styleUpdate.ts), like a change of theme.
 */
export function basemapStyle(
	theme: MapTheme,
	data: BasemapData,
	fontFaces: FontFacesSpecification,
	{ focusCountry = 'UA', scale = 1, facts = null, visibility = allFactsVisible, kurskDate = null, changes = null, places = null, settlements = null }: StyleOptions = {}
): StyleSpecification {
	const overlay = facts ? factsStyle(theme, facts, { scale, visibility, kurskDate, changes }) : { sources: {}, belowLines: [], aboveLines: [] };
	/** Sizes grow with zoom, and with `scale` so that text and lines stay legible on a wall screen. */
	const byZoom = (small: number, large: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 4, small * scale, 9, large * scale];
	/** As byZoom, with sizes by rank (1 first); MapLibre allows the zoom curve only at the top. */
	const byZoomAndRank = (small: number[], large: number[]): ExpressionSpecification => {
		const byRank = (sizes: number[]) => ['match', ['get', 'rank'], ...sizes.slice(0, -1).flatMap((size, i) => [i + 1, size * scale]), sizes[sizes.length - 1]! * scale];
		return ['interpolate', ['linear'], ['zoom'], 4, byRank(small), 9, byRank(large)] as unknown as ExpressionSpecification;
	};
	/** A text size never under the theme's floor; `second`: the label has the bilingual name's smaller second line. */
	const atLeast = (sizes: number[], second = false) => sizes.map((size) => Math.max(size, theme.minTextSize / (second ? secondLineScale : 1)));
	const textByZoom = (small: number, large: number, second = false) => byZoom(...(atLeast([small, large], second) as [number, number]));
	const textByZoomAndRank = (small: number[], large: number[], second = false) => byZoomAndRank(atLeast(small, second), atLeast(large, second));
	const villages = settlements ? settlementsStyle(theme, settlements, { scale, textSize: textByZoom, selected: isSelected('settlement') }) : null;
	/** The selected place's or settlement's name, above it and over every other label. */
	const selectedName = (kind: 'place' | 'settlement', source: string, field: string): LayerSpecification => ({
		id: `${source}-selected-label`,
		type: 'symbol',
		source,
		filter: isSelected(kind),
		layout: {
			'text-field': ['get', field],
			'text-font': [...mapFonts.semibold],
			'text-size': textByZoom(14, 19),
			'text-anchor': 'bottom',
			'text-offset': [0, -0.8],
			'text-allow-overlap': true,
			'text-ignore-placement': true
		},
		paint: { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 2 * scale }
	});
	return {
		version: 8,
		name: 'Frontline Atlas basemap',
		'font-faces': fontFaces,
		state: { [selectedState]: { default: '' } },
		sources: {
			countries: { type: 'geojson', data: data.countries, promoteId: 'id' },
			admin1: { type: 'geojson', data: data.admin1, promoteId: 'id' },
			boundaries: { type: 'geojson', data: data.boundaries },
			rivers: { type: 'geojson', data: data.rivers },
			labels: { type: 'geojson', data: data.labels },
			...overlay.sources,
			...(places ? { places: { type: 'geojson' as const, data: places, promoteId: 'id' } } : {}),
			...(villages ? { settlements: villages.source } : {})
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': theme.sea } },
			{
				id: 'land',
				type: 'fill',
				source: 'countries',
				paint: { 'fill-color': ['case', ['==', ['get', 'id'], focusCountry], theme.focusLand, theme.land], 'fill-antialias': true }
			},
			...overlay.belowLines,
			// Hover tints the region or country under the pointer or the focused mention; the fill is
			// also what clicks and hover are tested against, so it is there even where it is clear.
			{
				id: 'countries-hover',
				type: 'fill',
				source: 'countries',
				paint: { 'fill-color': theme.text, 'fill-opacity': ['case', isHovered, 0.1, ['case', isSelected('country'), 0.05, 0]] }
			},
			{
				id: interactiveLayers.regions,
				type: 'fill',
				source: 'admin1',
				paint: { 'fill-color': theme.text, 'fill-opacity': ['case', isHovered, 0.12, ['case', isSelected('region'), 0.06, 0]] }
			},
			{
				id: 'rivers',
				type: 'line',
				source: 'rivers',
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-color': theme.river, 'line-width': byZoom(1.2, 3.5) }
			},
			{
				id: 'coast',
				type: 'line',
				source: 'boundaries',
				filter: kind('coast'),
				paint: { 'line-color': theme.coast, 'line-width': byZoom(0.6, 1.4) }
			},
			{
				id: 'admin1-borders',
				type: 'line',
				source: 'boundaries',
				filter: kind('admin1'),
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': theme.admin1Border,
					'line-width': byZoom(0.6, 1.6),
					'line-dasharray': [3, 2]
				}
			},
			{
				id: 'country-borders',
				type: 'line',
				source: 'boundaries',
				filter: kind('country'),
				layout: { 'line-join': 'round' },
				paint: { 'line-color': theme.countryBorder, 'line-width': byZoom(0.9, 2.4) }
			},
			...overlay.aboveLines,
			// The selection: a strong outline with a halo, over every other line.
			{
				id: 'country-selected-casing',
				type: 'line',
				source: 'countries',
				filter: isSelected('country'),
				layout: { 'line-join': 'round' },
				paint: { 'line-color': theme.halo, 'line-width': byZoom(5, 9) }
			},
			{
				id: 'country-selected',
				type: 'line',
				source: 'countries',
				filter: isSelected('country'),
				layout: { 'line-join': 'round' },
				paint: { 'line-color': theme.text, 'line-width': byZoom(2.2, 4) }
			},
			{
				id: 'admin1-hover-outline',
				type: 'line',
				source: 'admin1',
				layout: { 'line-join': 'round' },
				paint: { 'line-color': theme.text, 'line-width': byZoom(1.2, 2.4), 'line-opacity': ['case', isHovered, 0.7, 0] }
			},
			{
				id: 'admin1-selected-casing',
				type: 'line',
				source: 'admin1',
				filter: isSelected('region'),
				layout: { 'line-join': 'round' },
				paint: { 'line-color': theme.halo, 'line-width': byZoom(5, 9) }
			},
			{
				id: 'admin1-selected',
				type: 'line',
				source: 'admin1',
				filter: isSelected('region'),
				layout: { 'line-join': 'round' },
				paint: { 'line-color': theme.text, 'line-width': byZoom(2.2, 4) }
			},
			// Villages under the article's places, and their names yield to every other label.
			// (Names under their dots in the stack: MapLibre places the upper layer's symbols first.)
			...(villages ? [villages.label, ...villages.dots] : []),
			...(places
				? ([
						// Markers from zoom 5.5, where they no longer crowd the front line; the selected
						// place is drawn at every zoom by the layer after this one.
						{
							id: interactiveLayers.places,
							type: 'circle',
							source: 'places',
							minzoom: 5.5,
							paint: {
								'circle-radius': ['case', isSelected('place'), 7 * scale, isHovered, 6 * scale, 3.5 * scale],
								'circle-color': ['case', ['any', isSelected('place'), isHovered], theme.text, theme.halo],
								'circle-stroke-color': ['case', ['any', isSelected('place'), isHovered], theme.halo, theme.text],
								'circle-stroke-width': ['case', isSelected('place'), 2.5 * scale, 1.5 * scale]
							}
						},
						{
							id: 'places-selected',
							type: 'circle',
							source: 'places',
							maxzoom: 5.5,
							filter: isSelected('place'),
							paint: { 'circle-radius': 6 * scale, 'circle-color': theme.text, 'circle-stroke-color': theme.halo, 'circle-stroke-width': 2.5 * scale }
						},
						// Front-line towns are named once there is room; earlier layers yield to later ones,
						// so city and region labels win any collision.
						{
							id: 'places-labels',
							type: 'symbol',
							source: 'places',
							minzoom: 6.5,
							filter: ['all', ['==', ['get', 'kind'], 'front-line town'], ['!', isSelected('place')]],
							layout: {
								'text-field': ['get', 'nameEn'],
								'text-font': [...mapFonts.regular],
								'text-size': textByZoom(10.5, 14),
								'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
								'text-radial-offset': 0.7,
								'text-max-width': 8
							},
							paint: { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 1.6 * scale }
						}
					] satisfies StyleSpecification['layers'])
				: []),
			{
				id: 'sea-labels',
				type: 'symbol',
				source: 'labels',
				filter: kind('sea'),
				layout: {
					'text-field': ['get', 'nameEn'],
					'text-font': [...mapFonts.italic],
					'text-size': textByZoomAndRank([15, 12], [22, 18]),
					'text-letter-spacing': 0.12,
					'text-max-width': 6
				},
				paint: { 'text-color': theme.seaText, 'text-halo-color': theme.sea, 'text-halo-width': scale }
			},
			{
				id: 'admin1-labels',
				type: 'symbol',
				source: 'labels',
				filter: kind('admin1'),
				minzoom: 5.6,
				layout: {
					'text-field': bilingualName,
					'text-font': [...mapFonts.regular],
					'text-size': textByZoom(10, 15, true),
					'text-max-width': 8,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: { 'text-color': theme.textMuted, 'text-halo-color': theme.halo, 'text-halo-width': 1.4 * scale }
			},
			// Country names come last so that they are placed first and win collisions with cities.
			{
				id: 'city-dots',
				type: 'circle',
				source: 'labels',
				filter: ['all', kind('city'), ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 6, 3]]],
				paint: {
					'circle-radius': ['match', ['get', 'rank'], 1, 4.5 * scale, 2, 3.2 * scale, 2.5 * scale],
					'circle-color': theme.cityDot,
					'circle-stroke-color': theme.capitalRing,
					'circle-stroke-width': ['match', ['get', 'rank'], 1, 2 * scale, scale]
				}
			},
			{
				id: 'city-labels',
				type: 'symbol',
				source: 'labels',
				filter: ['all', kind('city'), ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 6, 3]]],
				layout: {
					'text-field': bilingualName,
					'text-font': ['match', ['get', 'rank'], 1, ['literal', [...mapFonts.semibold]], ['literal', [...mapFonts.regular]]],
					'text-size': textByZoomAndRank([13.5, 12, 11], [19, 17, 15], true),
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.55,
					'text-justify': 'auto',
					'text-max-width': 9,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 1.6 * scale }
			},
			{
				id: 'country-labels',
				type: 'symbol',
				source: 'labels',
				filter: kind('country'),
				maxzoom: 7,
				layout: {
					'text-field': ['upcase', ['get', 'nameEn']],
					'text-font': [...mapFonts.semibold],
					'text-size': textByZoomAndRank([17, 12], [26, 18]),
					'text-letter-spacing': 0.18,
					'text-max-width': 7,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: { 'text-color': theme.textMuted, 'text-halo-color': theme.halo, 'text-halo-width': 1.6 * scale }
			},
			...(places ? [selectedName('place', 'places', 'nameEn')] : []),
			...(villages ? [selectedName('settlement', 'settlements', 'name')] : [])
		]
	};
}
