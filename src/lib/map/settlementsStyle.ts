// The towns and villages of settlements.json on the map: a dot and a name each from zoom 8, where
// the map shows about a hundred kilometres and they no longer crowd one another, and the selected
// one at every zoom. MapLibre places labels without collisions; the sort key puts the front's towns
// first, bigger ones before smaller at the same distance. The article's places and the labelled
// cities are left out here: they have their own marks (style.ts).
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { mapFonts } from './fonts';
import type { MapTheme } from './themes';

/** From this zoom on the map names the settlements; the page loads them once the camera comes this close. */
export const settlementsMinZoom = 8;

export interface SettlementFeatureProperties {
	id: string;
	name: string;
	population: number;
	frontKm: number;
}

export type SettlementFeatures = FeatureCollection<Point, SettlementFeatureProperties>;

/**
 * Placement order: distance to the front in km, less 4 km for each e-fold of population, so that a
 * town of 20,000 people 35 km out comes before a hamlet on the line, and a village on the line
 * before one 30 km behind it.
 */
export const settlementSortKey: ExpressionSpecification = ['-', ['get', 'frontKm'], ['*', 4, ['ln', ['+', 1, ['get', 'population']]]]];

/**
 * The source and layers; `textSize` is the basemap's sizing (zoom curve, room scale and the theme's
 * floor), so the names keep to presentation mode's room-scale rules like every other label;
 * `selected` is the basemap's test for the selected settlement, whose name style.ts draws on top
 * like the selected place's.
 */
export function settlementsStyle(
	theme: MapTheme,
	features: SettlementFeatures,
	{ scale, textSize, selected }: { scale: number; textSize: (small: number, large: number) => ExpressionSpecification; selected: ExpressionSpecification }
): { source: SourceSpecification; dots: LayerSpecification[]; label: LayerSpecification } {
	return {
		source: { type: 'geojson', data: features, promoteId: 'id' },
		// The dot is a glyph, not a circle: symbols take part in label placement and circles do not,
		// so drawn always (allow overlap) but still placed (no ignore-placement), it keeps every
		// village's name off every village's dot. These are placed before the names (layer order).
		dots: [
			{
				id: 'settlements',
				type: 'symbol',
				source: 'settlements',
				minzoom: settlementsMinZoom,
				filter: ['!', selected],
				layout: {
					'text-field': '•',
					'text-font': [...mapFonts.regular],
					'text-size': 16 * scale,
					'text-allow-overlap': true,
					'text-ignore-placement': false,
					'text-padding': 0
				},
				paint: { 'text-color': theme.cityDot, 'text-halo-color': theme.halo, 'text-halo-width': 1.2 * scale }
			},
			{
				id: 'settlements-selected',
				type: 'circle',
				source: 'settlements',
				filter: selected,
				paint: { 'circle-radius': 6 * scale, 'circle-color': theme.text, 'circle-stroke-color': theme.halo, 'circle-stroke-width': 2.5 * scale }
			}
		],
		label: {
			id: 'settlements-labels',
			type: 'symbol',
			source: 'settlements',
			minzoom: settlementsMinZoom,
			filter: ['!', selected],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [...mapFonts.regular],
				'text-size': textSize(10.5, 13),
				'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
				'text-radial-offset': 0.5,
				'text-justify': 'auto',
				'text-max-width': 8,
				'symbol-sort-key': settlementSortKey
			},
			paint: { 'text-color': theme.textMuted, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 * scale }
		}
	};
}
