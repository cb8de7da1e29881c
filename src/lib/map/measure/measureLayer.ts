// The measure tool's layers on the map: the area, the geodesic path on its casing, the vertices,
// the queried point and the labels, in the theme's measure colours, sized by the map's scale. They
// sit on top of every other layer and are added again after a new style (setStyle drops them).
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { mapFonts } from '../fonts';
import type { MapTheme } from '../themes';

export const measureSource = 'measure';
export const measureVertexLayer = 'measure-vertices';

const role = (...roles: string[]) => ['in', ['get', 'role'], ['literal', roles]] as FilterSpecification;

/** The layers, bottom to top. Text is at least the theme's smallest map text, so it reads on a wall. */
export function measureLayers(theme: MapTheme, scale: number): LayerSpecification[] {
	const text = (size: number) => Math.max(size, theme.minTextSize) * scale;
	const label = (size: number) => ({
		'text-field': ['get', 'label'] as ExpressionSpecification,
		'text-font': [...mapFonts.semibold],
		'text-size': text(size)
	});
	return [
		{ id: 'measure-area', type: 'fill', source: measureSource, filter: role('area'), paint: { 'fill-color': theme.measure, 'fill-opacity': 0.18 } },
		{ id: 'measure-path-casing', type: 'line', source: measureSource, filter: role('path'), layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': theme.measureCasing, 'line-width': 5.5 * scale } },
		{ id: 'measure-path', type: 'line', source: measureSource, filter: role('path'), layout: { 'line-join': 'round' }, paint: { 'line-color': theme.measure, 'line-width': 2.5 * scale, 'line-dasharray': [3, 1.5] } },
		{ id: measureVertexLayer, type: 'circle', source: measureSource, filter: role('vertex'), paint: { 'circle-radius': 5 * scale, 'circle-color': theme.measure, 'circle-stroke-color': theme.measureCasing, 'circle-stroke-width': 2 * scale } },
		{ id: 'measure-point', type: 'circle', source: measureSource, filter: role('point'), paint: { 'circle-radius': 7 * scale, 'circle-color': theme.measure, 'circle-stroke-color': theme.measureCasing, 'circle-stroke-width': 3 * scale } },
		{
			id: 'measure-segment-labels',
			type: 'symbol',
			source: measureSource,
			filter: role('segment-label'),
			layout: { ...label(13), 'text-padding': 4 * scale },
			paint: { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 2 * scale }
		} as LayerSpecification,
		{
			id: 'measure-total-label',
			type: 'symbol',
			source: measureSource,
			filter: role('total-label'),
			// Above every other layer, the total is placed first: the basemap's names that would collide with it give way.
			// A distance's total sits above its last point, clear of the cursor; an area's in its middle.
			layout: {
				...label(15),
				'text-anchor': ['case', ['==', ['get', 'kind'], 'area'], 'center', 'bottom'] as ExpressionSpecification,
				'text-offset': ['case', ['==', ['get', 'kind'], 'area'], ['literal', [0, 0]], ['literal', [0, -1.5]]] as ExpressionSpecification
			},
			paint: { 'text-color': theme.measure, 'text-halo-color': theme.measureCasing, 'text-halo-width': 2.5 * scale }
		} as LayerSpecification
	];
}

/** Draws `data` with the layers for `theme` and `scale`, adding them (again) if the style lacks them. */
export function showMeasure(map: MapLibreMap, data: FeatureCollection, layers: LayerSpecification[]): void {
	const source = map.getSource(measureSource) as GeoJSONSource | undefined;
	if (source) source.setData(data);
	else map.addSource(measureSource, { type: 'geojson', data });
	for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

/** Takes the layers away (a new theme or scale adds them again with its own paint). */
export function removeMeasureLayers(map: MapLibreMap, layers: LayerSpecification[]): void {
	for (const layer of [...layers].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
}
