import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { validateStyleMin, type LayerSpecification, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { mapFonts } from './fonts';
import { mapThemes, type ThemeName } from './themes';
import { DataLoadError } from '$lib/data/fetchJson';
import { connectionLines } from './diplomacy';
import { connectionLabelPoints, connectionLayers, countryLabelPoints, diplomacyColours, loadWorld, mixColours, storyCountries, withDiplomacy, worldLayers } from './worldStyle';

const worldText = readFileSync('static/data/world.topojson', 'utf8');
const places = JSON.parse(readFileSync('static/data/places.geojson', 'utf8')) as FeatureCollection<Point>;
const base = new URL('http://atlas.test/data/');

function serve(files: Record<string, string>): typeof fetch {
	return (async (input: URL) => {
		const name = input.pathname.replace(/^\/data\//, '');
		if (!(name in files)) return new Response('missing', { status: 404, statusText: 'Not Found' });
		return new Response(files[name]);
	}) as typeof fetch;
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (la! + 0.05) / (lb! + 0.05);
}

const themes = Object.keys(mapThemes) as ThemeName[];

describe('loadWorld', () => {
	it('turns world.topojson into the countries as GeoJSON', async () => {
		const world = await loadWorld(base, serve({ 'world.topojson': worldText }));
		expect(world.type).toBe('FeatureCollection');
		expect(world.features.length).toBeGreaterThan(150);
		const ids = world.features.map((f) => f.id);
		for (const id of ['UA', 'RU', 'BY', 'SA', 'US', 'FR', 'GB']) expect(ids).toContain(id);
		expect(world.features.find((f) => f.id === 'UA')!.properties).toMatchObject({ nameEn: 'Ukraine' });
		for (const f of world.features) expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
	});

	it('loads the world as the pipeline cut it: no edge runs round the world but Antarctica’s closing one', async () => {
		const world = await loadWorld(base, serve({ 'world.topojson': worldText }));
		const ringsOf = (f: (typeof world.features)[number]) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat();
		const wraps = world.features.flatMap((f) => ringsOf(f).filter((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180)).map(() => f.id));
		expect(wraps).toEqual(['AQ']);
	});
	it('fails with a DataLoadError naming the file', async () => {
		const attempts: [typeof fetch, RegExp][] = [
			[serve({}), /world\.topojson: the server answered 404 Not Found/],
			[(async () => { throw new TypeError('offline'); }) as unknown as typeof fetch, /world\.topojson: the request failed/],
			[serve({ 'world.topojson': '{not json' }), /world\.topojson: it is not valid JSON/],
			[serve({ 'world.topojson': JSON.stringify({ type: 'FeatureCollection', features: [] }) }), /world\.topojson: it is not a topology with a "countries" layer/],
			[serve({ 'world.topojson': JSON.stringify({ type: 'Topology', arcs: [], objects: { land: { type: 'GeometryCollection', geometries: [] } } }) }), /"countries" layer/]
		];
		for (const [fetchFn, message] of attempts) {
			const error = await loadWorld(base, fetchFn).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(DataLoadError);
			expect((error as DataLoadError).file).toBe('world.topojson');
			expect((error as Error).message).toMatch(message);
		}
	});
});

describe('worldLayers and connectionLayers', async () => {
	const world = await loadWorld(base, serve({ 'world.topojson': worldText }));
	const lines = connectionLines(places);

	it.each(themes)('%s: world land in the theme land colour, thin borders, valid layers', (name) => {
		const theme = mapThemes[name];
		const { sources, layers } = worldLayers(theme, world, 1);
		expect(Object.keys(sources)).toEqual(['world']);
		expect(layers.map((l) => l.id)).toEqual(['world-land', 'world-borders']);
		const land = layers[0] as Extract<LayerSpecification, { type: 'fill' }>;
		expect(land.paint?.['fill-color']).toBe(theme.land);
		const borders = layers[1] as Extract<LayerSpecification, { type: 'line' }>;
		// Thinner than the basemap's country borders (0.9 to 2.4 px).
		expect(borders.paint?.['line-width']).toEqual(['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 1]);
		expect(contrast(diplomacyColours(theme).worldBorder, theme.land)).toBeGreaterThan(1.4);
	});

	it.each(themes)('%s: arcs dashed over a casing, labelled along the line, legible on land and sea', (name) => {
		const theme = mapThemes[name];
		const { sources, layers } = connectionLayers(theme, lines, 1);
		expect(sources.connections).toEqual({ type: 'geojson', data: lines });
		expect(sources['connection-label-points']).toEqual({ type: 'geojson', data: connectionLabelPoints(lines) });
		const byId = Object.fromEntries(layers.map((l) => [l.id, l]));
		const arc = byId.connections as Extract<LayerSpecification, { type: 'line' }>;
		expect(arc.paint?.['line-dasharray']).toBeDefined();
		const label = byId['connection-labels'] as Extract<LayerSpecification, { type: 'symbol' }>;
		expect(label.layout?.['text-field']).toEqual(['get', 'label']);
		// Point labels: MapLibre 6.17 draws no line-placed labels on the globe below zoom 4 or so.
		expect(label.layout?.['symbol-placement']).toBe('point');
		expect(label.source).toBe('connection-label-points');
		expect(label.layout?.['text-font']).toEqual([...mapFonts.semibold]);
		const colours = diplomacyColours(theme);
		for (const ground of [theme.land, theme.sea]) {
			expect(contrast(colours.arc, ground), `arc on ${ground}`).toBeGreaterThan(4.5);
			expect(contrast(colours.label, colours.labelHalo)).toBeGreaterThan(7);
		}
	});

	it('scales line widths and text with `scale`', () => {
		const theme = mapThemes.light;
		const one = connectionLayers(theme, lines, 1).layers;
		const two = connectionLayers(theme, lines, 2).layers;
		const width = (layers: LayerSpecification[]) => (layers.find((l) => l.id === 'connections') as Extract<LayerSpecification, { type: 'line' }>).paint!['line-width'];
		expect(width(one)).toEqual(['interpolate', ['linear'], ['zoom'], 1, 1.6, 5, 3]);
		expect(width(two)).toEqual(['interpolate', ['linear'], ['zoom'], 1, 3.2, 5, 6]);
		const halo = (layers: LayerSpecification[]) => (layers.find((l) => l.id === 'connection-labels') as Extract<LayerSpecification, { type: 'symbol' }>).paint!['text-halo-width'];
		expect(halo(two)).toBe(2 * (halo(one) as number));
	});

	it('withDiplomacy puts the world between the sea and the basemap land, the arcs on top, on a globe; the style validates', () => {
		const theme = mapThemes.dark;
		const basemap: StyleSpecification = {
			version: 8,
			sources: { countries: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
			layers: [
				{ id: 'sea', type: 'background', paint: { 'background-color': theme.sea } },
				{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': theme.land } },
				{ id: 'country-labels', type: 'symbol', source: 'countries', layout: { 'text-field': 'x', 'text-font': [...mapFonts.regular] } }
			]
		};
		const style = withDiplomacy(basemap, theme, world, lines, 1.5);
		expect(style.projection).toEqual({ type: 'globe' });
		// The arcs under every label; the world's country names in place of the regional ones.
		expect(style.layers.map((l) => l.id)).toEqual(['sea', 'world-land', 'world-borders', 'land', 'connection-casing', 'connections', 'world-country-labels', 'connection-labels', 'world-story-country-labels']);
		expect(Object.keys(style.sources).sort()).toEqual(['connection-label-points', 'connections', 'countries', 'world', 'world-label-points']);
		expect(basemap.layers).toHaveLength(3);
		expect(validateStyleMin(style)).toEqual([]);
	});
});

describe('the globe’s names', async () => {
	const world = await loadWorld(base, serve({ 'world.topojson': worldText }));
	const lines = connectionLines(places);
	const theme = mapThemes.light;
	const symbol = (id: string): LayerSpecification => ({ id, type: 'symbol', source: 'labels', filter: ['==', ['get', 'kind'], 'city'], layout: { 'text-field': 'x', 'text-font': [...mapFonts.regular] } });
	const basemap: StyleSpecification = {
		version: 8,
		sources: { labels: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }, places: { type: 'geojson', data: places } },
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': theme.sea } },
			{ id: 'country-borders', type: 'line', source: 'labels', paint: { 'line-color': theme.countryBorder } },
			{ ...symbol('city-labels') },
			symbol('country-labels')
		]
	};
	const style = withDiplomacy(basemap, theme, world, lines, 1);
	const ids = style.layers.map((l) => l.id);

	it('draws the arcs and their endpoints under every label, and names the endpoints over them', () => {
		const firstLabel = style.layers.findIndex((l) => l.type === 'symbol');
		for (const id of ['connection-casing', 'connections', 'connection-endpoints']) expect(ids.indexOf(id), id).toBeLessThan(firstLabel);
		// MapLibre places the top layer's labels first: the endpoints, the article's countries, the arcs, then the other countries.
		expect(ids.slice(-4)).toEqual(['world-country-labels', 'connection-labels', 'world-story-country-labels', 'connection-endpoint-labels']);
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('labels every endpoint the story needs, once', () => {
		const source = style.sources['connection-endpoints'] as unknown as { data: FeatureCollection<Point, { nameEn: string }> };
		expect(source.data.features.map((f) => f.properties.nameEn).sort()).toEqual(['Jeddah', 'Kyiv', 'London', 'Minsk', 'Moscow', 'Paris', 'Washington']);
		// The regional map's own cities and country names give way to the globe's.
		expect(ids).not.toContain('city-labels');
		expect(ids).not.toContain('country-labels');
	});

	it('names the countries the story is about before the others', () => {
		const points = countryLabelPoints(world);
		const storyIds = points.features.filter((f) => f.properties?.story).map((f) => f.properties?.id).sort();
		expect(storyIds).toEqual([...storyCountries].sort());
		expect(points.features.length).toBeGreaterThan(150);
		const story = ['boolean', ['get', 'story'], false];
		expect(style.layers.find((l) => l.id === 'world-story-country-labels')).toMatchObject({ filter: story });
		expect(style.layers.find((l) => l.id === 'world-country-labels')).toMatchObject({ filter: ['!', story] });
		expect(ids.indexOf('world-story-country-labels')).toBeGreaterThan(ids.indexOf('connection-labels'));
		// France is named in Europe, not in French Guiana; the United States in the lower 48.
		const at = (id: string) => points.features.find((f) => f.properties?.id === id)!.geometry.coordinates;
		expect(at('FR')[0]).toBeGreaterThan(-5);
		expect(at('US')[0]).toBeGreaterThan(-125);
		expect(at('US')[1]).toBeLessThan(50);
	});
});

describe('connectionLabelPoints', () => {
	it('puts one point per arc on its middle vertex, with the arc’s properties', () => {
		const lines = connectionLines(places);
		const points = connectionLabelPoints(lines);
		expect(points.features).toHaveLength(lines.features.length);
		for (const [i, p] of points.features.entries()) {
			const line = lines.features[i]!.geometry.coordinates as number[][];
			expect(p.properties).toEqual(lines.features[i]!.properties);
			expect(p.geometry.coordinates).toEqual(line[Math.floor((line.length - 1) / 2)]);
		}
		const split = connectionLabelPoints({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { label: 'x' }, geometry: { type: 'MultiLineString', coordinates: [[[170, 0], [180, 0]], [[-180, 0], [-175, 0], [-170, 0], [-165, 0]]] } }]
		});
		expect(split.features[0]!.geometry.coordinates).toEqual([-175, 0]);
	});
});

describe('mixColours', () => {
	it('mixes #rrggbb colours', () => {
		expect(mixColours('#000000', '#ffffff', 0.5)).toBe('#808080');
		expect(mixColours('#102030', '#102030', 0.3)).toBe('#102030');
		expect(mixColours('#ff0000', '#0000ff', 0)).toBe('#ff0000');
	});
});
