import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, GeoJsonProperties, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import area from '@turf/area';
import centroid from '@turf/centroid';
import { connectionEndpoints } from './diplomacy';
import { mapFonts } from './fonts';
import type { MapTheme } from './themes';
import { DataLoadError, fetchJson } from '$lib/data/fetchJson';

/** A style fragment: sources to add and layers in drawing order. */
export interface StyleFragment {
	sources: Record<string, SourceSpecification>;
	layers: LayerSpecification[];
}

/** `a` mixed with `b`, `t` of the way to `b`; both as #rrggbb. */
export function mixColours(a: string, b: string, t: number): string {
	const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const [ca, cb] = [rgb(a), rgb(b)];
	return `#${ca.map((v, i) => Math.round(v + (cb[i]! - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The diplomacy view's colours, derived from the theme so that both themes get them: the world's
 * borders are the basemap's border colour faded halfway into the land (they are context, not
 * subject); the arcs are in the text colour on a halo casing, the strongest contrast each theme
 * has on both land and sea.
 */
export function diplomacyColours(theme: MapTheme) {
	return {
		worldBorder: mixColours(theme.countryBorder, theme.land, 0.45),
		arc: theme.text,
		arcCasing: theme.halo,
		label: theme.text,
		labelHalo: theme.halo
	};
}

/** Sizes for the globe's zoom range (about 0.5 to 5), growing with `scale` like the basemap's. */
const byZoom = (scale: number, small: number, large: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 1, small * scale, 5, large * scale];

export const worldSourceId = 'world';
export const connectionsSourceId = 'connections';
export const connectionLabelsSourceId = 'connection-label-points';
export const countryLabelsSourceId = 'world-label-points';
export const endpointsSourceId = 'connection-endpoints';

/** The countries the article is about: their names win any collision on the globe. */
export const storyCountries: readonly string[] = ['RU', 'UA', 'US', 'SA', 'BY', 'FR', 'GB'];

const labelPoints = new WeakMap<FeatureCollection, FeatureCollection<Point>>();

/**
 * One label point per country of the world, on the centroid of its largest part (so France is
 * named in Europe, not in Guiana), with `story` true for the countries the article is about.
 */
export function countryLabelPoints(world: FeatureCollection): FeatureCollection<Point> {
	const known = labelPoints.get(world);
	if (known) return known;
	const points: FeatureCollection<Point> = {
		type: 'FeatureCollection',
		features: world.features.flatMap((country): Feature<Point>[] => {
			const g = country.geometry;
			if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') return [];
			const parts: Polygon[] = g.type === 'Polygon' ? [g] : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
			const largest = parts.reduce((a, b) => (area(b) > area(a) ? b : a));
			const id = String(country.properties?.id ?? country.id ?? '');
			return [{ type: 'Feature', properties: { id, nameEn: country.properties?.nameEn ?? id, story: storyCountries.includes(id) }, geometry: centroid(largest).geometry }];
		})
	};
	labelPoints.set(world, points);
	return points;
}

/**
 * One point per arc, at the middle vertex of the arc (of its longest part, if split at the
 * antimeridian), carrying the arc's properties: where its label goes.
 */
export function connectionLabelPoints<P extends GeoJsonProperties>(lines: FeatureCollection<LineString | MultiLineString, P>): FeatureCollection<Point, P> {
	const middle = (geometry: LineString | MultiLineString): Position => {
		const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
		const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
		return longest[Math.floor((longest.length - 1) / 2)]!;
	};
	return {
		type: 'FeatureCollection',
		features: lines.features.map((f): Feature<Point, P> => ({ type: 'Feature', id: f.id, properties: f.properties, geometry: { type: 'Point', coordinates: middle(f.geometry) } }))
	};
}

/**
 * The world for the globe view: Natural Earth 1:110m land in the theme's land colour and thin
 * country borders (the polygons' outlines, so also coasts). It goes UNDER the basemap's own layers
 * but over its `sea` background (a background layer hides everything below it): insert these layers
 * just before the basemap's `land` layer. Where the regional basemap has data its land covers this.
 */
export function worldLayers(theme: MapTheme, world: FeatureCollection, scale: number): StyleFragment {
	const colours = diplomacyColours(theme);
	return {
		sources: { [worldSourceId]: { type: 'geojson', data: world } },
		layers: [
			{ id: 'world-land', type: 'fill', source: worldSourceId, paint: { 'fill-color': theme.land, 'fill-antialias': true } },
			{
				id: 'world-borders',
				type: 'line',
				source: worldSourceId,
				layout: { 'line-join': 'round' },
				paint: { 'line-color': colours.worldBorder, 'line-width': byZoom(scale, 0.4, 1) }
			}
		]
	};
}

/**
 * The globe's names: every country, the article's in a layer of their own, larger and in the text
 * colour; and the arcs' endpoints, a dot and a name each. Put the dots under every label; withDiplomacy orders the names so that
 * MapLibre, which places the top layer's labels first, names the endpoints, then the article's
 * countries (which may move aside for them), then the arcs, then any other country that still has
 * room.
 */
export function globeLabelLayers(theme: MapTheme, world: FeatureCollection, endpoints: FeatureCollection<Point> | null, scale: number): { sources: StyleFragment['sources']; dots: LayerSpecification[]; labels: LayerSpecification[] } {
	const story: ExpressionSpecification = ['boolean', ['get', 'story'], false];
	const countryLabels = (id: string, filter: ExpressionSpecification, colour: string, small: number, large: number, moves: SymbolLayerSpecification['layout'] = {}): SymbolLayerSpecification => ({
		id,
		type: 'symbol',
		source: countryLabelsSourceId,
		filter,
		layout: {
			'text-field': ['upcase', ['get', 'nameEn']],
			'text-font': [...mapFonts.semibold],
			'text-size': byZoom(scale, Math.max(small, theme.minTextSize), Math.max(large, theme.minTextSize)),
			'text-letter-spacing': 0.12,
			'text-max-width': 7,
			...moves
		},
		paint: { 'text-color': colour, 'text-halo-color': theme.halo, 'text-halo-width': 1.4 * scale }
	});
	return {
		sources: {
			[countryLabelsSourceId]: { type: 'geojson', data: countryLabelPoints(world) },
			...(endpoints ? { [endpointsSourceId]: { type: 'geojson' as const, data: endpoints } } : {})
		},
		dots: endpoints
			? [
					{
						id: 'connection-endpoints',
						type: 'circle',
						source: endpointsSourceId,
						// The selected place keeps the basemap's large dot, as the key shows it.
						filter: ['!=', ['concat', 'place:', ['get', 'id']], ['global-state', 'selected']],
						paint: { 'circle-radius': 3.5 * scale, 'circle-color': theme.halo, 'circle-stroke-color': theme.text, 'circle-stroke-width': 1.5 * scale }
					}
				]
			: [],
		labels: [
			countryLabels('world-country-labels', ['!', story], theme.textMuted, 10, 14),
			countryLabels('world-story-country-labels', story, theme.text, 12, 17, { 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.5 }),
			...(endpoints
				? ([
						{
							id: 'connection-endpoint-labels',
							type: 'symbol',
							source: endpointsSourceId,
							layout: {
								'text-field': ['get', 'nameEn'],
								'text-font': [...mapFonts.semibold],
								'text-size': byZoom(scale, Math.max(12, theme.minTextSize), Math.max(16, theme.minTextSize)),
								'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
								'text-radial-offset': 0.6
							},
							paint: { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 1.8 * scale }
						}
					] satisfies LayerSpecification[])
				: [])
		]
	};
}

/**
 * The diplomacy arcs (from connectionLines in diplomacy.ts): a dashed line in the text colour over a
 * solid casing, and the link's `label` at the middle of each arc. Put them over the basemap.
 *
 * The label is a point label on the arc's middle vertex, not `symbol-placement: line`: MapLibre
 * 6.17 on the globe drew no line-placed labels at the zooms of the diplomacy view (about 1 to 3),
 * while it drew them at zoom 4 and in mercator (tried in Chromium with SwiftShader); point labels
 * show at every zoom in both projections.
 */
export function connectionLayers(theme: MapTheme, lines: FeatureCollection<LineString | MultiLineString>, scale: number): StyleFragment {
	const colours = diplomacyColours(theme);
	return {
		sources: {
			[connectionsSourceId]: { type: 'geojson', data: lines },
			[connectionLabelsSourceId]: { type: 'geojson', data: connectionLabelPoints(lines) }
		},
		layers: [
			{
				id: 'connection-casing',
				type: 'line',
				source: connectionsSourceId,
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-color': colours.arcCasing, 'line-width': byZoom(scale, 3.5, 6), 'line-opacity': 0.85 }
			},
			{
				id: 'connections',
				type: 'line',
				source: connectionsSourceId,
				layout: { 'line-join': 'round' },
				paint: { 'line-color': colours.arc, 'line-width': byZoom(scale, 1.6, 3), 'line-dasharray': [2.5, 1.5] }
			},
			{
				id: 'connection-labels',
				type: 'symbol',
				source: connectionLabelsSourceId,
				layout: {
					'symbol-placement': 'point',
					'text-field': ['get', 'label'],
					'text-font': [...mapFonts.semibold],
					'text-size': byZoom(scale, Math.max(11.5, theme.minTextSize), Math.max(15, theme.minTextSize)),
					'text-max-width': 9
				},
				paint: { 'text-color': colours.label, 'text-halo-color': colours.labelHalo, 'text-halo-width': 1.6 * scale }
			}
		]
	};
}

/**
 * The basemap style turned into the diplomacy view: globe projection, the world inserted right above
 * the `sea` background (under the basemap's land), the arcs and their endpoints' dots over the
 * basemap's lines but under every label, and the globe's names (globeLabelLayers) over the
 * basemap's: the world's country names replace the regional ones, and the endpoints the regional
 * map's cities (Kyiv, Moscow, Minsk would be named twice). Give it to
 * `map.setStyle(..., { diff: true })` like any other style change, so theme and visibility changes
 * keep the view.
 */
export function withDiplomacy(
	style: StyleSpecification,
	theme: MapTheme,
	world: FeatureCollection,
	lines: FeatureCollection<LineString | MultiLineString>,
	scale: number
): StyleSpecification {
	const below = worldLayers(theme, world, scale);
	const arcs = connectionLayers(theme, lines, scale);
	const placesSource = style.sources.places;
	const places = placesSource?.type === 'geojson' && typeof placesSource.data === 'object' ? (placesSource.data as FeatureCollection<Point, { id: string; nameEn: string }>) : null;
	const endpoints = places ? connectionEndpoints(lines as FeatureCollection<LineString | MultiLineString, { from: string; to: string }>, places) : null;
	const names = globeLabelLayers(theme, world, endpoints, scale);
	// The endpoints are the globe's cities: the regional map's own dots and names would repeat some and crowd them.
	const endpointIds = endpoints?.features.map((f) => f.properties.id) ?? [];
	const regional = style.layers
		.filter((layer) => !['country-labels', 'city-labels', 'city-dots'].includes(layer.id))
		.map((layer): LayerSpecification => {
			// The selected place's name is drawn over everything; an endpoint's is the endpoints' own, which makes room for the others.
			if (layer.id !== 'places-selected-label' || !('filter' in layer) || !endpointIds.length) return layer;
			return { ...layer, filter: ['all', layer.filter as ExpressionSpecification, ['!', ['in', ['get', 'id'], ['literal', endpointIds]]]] };
		});
	const at = regional.findIndex((layer) => layer.type !== 'background');
	const split = at === -1 ? regional.length : at;
	const firstLabel = regional.findIndex((layer) => layer.type === 'symbol');
	const labelsAt = firstLabel === -1 ? regional.length : firstLabel;
	const byId = (layers: LayerSpecification[], id: string) => layers.filter((l) => l.id === id);
	const [arcLines, arcLabels] = [arcs.layers.filter((l) => l.type !== 'symbol'), arcs.layers.filter((l) => l.type === 'symbol')];
	return {
		...style,
		projection: { type: 'globe' },
		sources: { ...style.sources, ...below.sources, ...arcs.sources, ...names.sources },
		layers: [
			...regional.slice(0, split),
			...below.layers,
			...regional.slice(split, labelsAt),
			...arcLines,
			...names.dots,
			...regional.slice(labelsAt),
			...byId(names.labels, 'world-country-labels'),
			...arcLabels,
			...byId(names.labels, 'world-story-country-labels'),
			...byId(names.labels, 'connection-endpoint-labels')
		]
	};
}

type WorldTopology = Topology<{ countries: GeometryCollection }>;

/**
 * Loads `world.topojson` (Natural Earth 1:110m countries, object `countries`, ids ISO 3166-1
 * alpha-2, property `nameEn`) from `dataUrl` (the folder of static/data) as GeoJSON, failing with a
 * DataLoadError like the other loaders. The pipeline has already cut the rings that cross the
 * antimeridian (geodata/build/antimeridian.ts), so the world is drawn as it loads.
 */
export async function loadWorld(dataUrl: URL, fetchFn: typeof fetch = fetch): Promise<FeatureCollection<Polygon | MultiPolygon>> {
	const file = 'world.topojson';
	const topology = (await fetchJson(fetchFn, new URL(file, dataUrl), file)) as Partial<WorldTopology> | null;
	if (topology?.type !== 'Topology' || topology.objects?.countries?.type !== 'GeometryCollection' || !Array.isArray(topology.arcs)) {
		throw new DataLoadError(file, 'it is not a topology with a "countries" layer');
	}
	try {
		return feature(topology as WorldTopology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
	} catch (error) {
		throw new DataLoadError(file, (error as Error).message);
	}
}
