import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapData, FactsData } from '$lib/types/mapData';
import { allFactsVisible } from '$lib/types/mapView';
import { basemapStyle } from './style';
import { mapThemes } from './themes';
import { mapFontFaces } from './fonts';
import { styleUpdate, type StyleCommand } from './styleUpdate';
import { withDiplomacy } from './worldStyle';
import { isDiplomacyPlace } from './diplomacy';
import { shippedDecks } from '$lib/present/deckFiles';

/** Every chapter of every shipped deck, deck after deck. */
const deck = shippedDecks().flatMap((d) => d.chapters);

const empty = (): FeatureCollection<never> => ({ type: 'FeatureCollection', features: [] });
const data: BasemapData = { countries: empty(), admin1: empty(), boundaries: empty(), labels: empty(), rivers: empty() };
const facts = {
	asOf: '2025-03-13',
	contactLine: empty(),
	occupied: empty(),
	border: empty(),
	kursk: empty(),
	kurskSnapshots: [],
	kurskPeakDate: '2024-08-25',
	annexationClaims: [{ id: 'UA-14' }]
} as unknown as FactsData;
const fonts = mapFontFaces('http://atlas.test/');

const style = (options: Partial<Parameters<typeof basemapStyle>[3]> = {}, theme = mapThemes.light, basemap = data): StyleSpecification =>
	basemapStyle(theme, basemap, fonts, { facts, scale: 1, visibility: allFactsVisible, kurskDate: '2025-03-13', ...options });

/** The style a map would have after `commands`, worked out on the style document itself. */
function replay(start: StyleSpecification, commands: StyleCommand[]): StyleSpecification {
	// The layers are copied to be changed; the sources keep their data objects, which are compared by identity.
	const style = { ...structuredClone({ ...start, sources: {} }), sources: { ...start.sources } };
	const layer = (id: string) => style.layers.find((l) => l.id === id) as Record<string, unknown> & LayerSpecification;
	for (const c of commands) {
		switch (c.command) {
			case 'removeLayer':
				style.layers = style.layers.filter((l) => l.id !== c.layerId);
				break;
			case 'removeSource':
				expect(style.layers.some((l) => 'source' in l && l.source === c.sourceId), `a layer still reads ${c.sourceId}`).toBe(false);
				delete style.sources[c.sourceId];
				break;
			case 'addSource':
				style.sources[c.sourceId] = c.source;
				break;
			case 'setData':
				style.sources[c.sourceId] = { ...style.sources[c.sourceId], data: c.data } as SourceSpecification;
				break;
			case 'addLayer': {
				expect(!('source' in c.layer) || c.layer.source in style.sources, `${c.layer.id}'s source is there`).toBe(true);
				const at = c.beforeId === undefined ? style.layers.length : style.layers.findIndex((l) => l.id === c.beforeId);
				expect(at, `${c.beforeId} is there before ${c.layer.id} is added`).toBeGreaterThanOrEqual(0);
				style.layers.splice(at, 0, c.layer);
				break;
			}
			case 'setLayoutProperty':
			case 'setPaintProperty': {
				const group = c.command === 'setLayoutProperty' ? 'layout' : 'paint';
				const target = layer(c.layerId);
				const values = { ...(target[group] as Record<string, unknown>), [c.name]: c.value };
				if (c.value === undefined) delete values[c.name];
				target[group] = values;
				break;
			}
			case 'setFilter':
				layer(c.layerId).filter = c.filter;
				break;
			case 'setLayerZoomRange':
				Object.assign(layer(c.layerId), { minzoom: c.minzoom, maxzoom: c.maxzoom });
				break;
			case 'setProjection':
				style.projection = c.projection;
				break;
		}
	}
	return style;
}

describe('styleUpdate', () => {
	it('has nothing to do for the same style built twice', () => {
		expect(styleUpdate(style(), style())).toEqual([]);
	});

	it('turns a hidden facts layer into visibility setters on its layers only', () => {
		const commands = styleUpdate(style(), style({ visibility: { ...allFactsVisible, kursk: false } }))!;
		expect(commands.length).toBeGreaterThan(0);
		expect(commands.every((c) => c.command === 'setLayoutProperty' && c.name === 'visibility' && c.value === 'none')).toBe(true);
		expect(commands.map((c) => ('layerId' in c ? c.layerId : '')).every((id) => id.startsWith('kursk'))).toBe(true);
	});

	it('turns another Kursk date into filters', () => {
		const commands = styleUpdate(style(), style({ kurskDate: '2024-08-25' }))!;
		expect(commands.length).toBeGreaterThan(0);
		for (const c of commands) {
			expect(c.command).toBe('setFilter');
			if (c.command === 'setFilter') expect(c.filter).toEqual(['==', ['get', 'date'], '2024-08-25']);
		}
	});

	it('turns another theme into paint setters, and the room theme’s larger text into text-size setters', () => {
		const commands = styleUpdate(style(), style({}, mapThemes.dark))!;
		expect(commands.length).toBeGreaterThan(0);
		expect(new Set(commands.map((c) => c.command))).toEqual(new Set(['setPaintProperty']));
		const toRoom = styleUpdate(style(), style({}, mapThemes.contrast))!;
		expect(new Set(toRoom.map((c) => c.command))).toEqual(new Set(['setPaintProperty', 'setLayoutProperty']));
		for (const c of toRoom.filter((c) => c.command === 'setLayoutProperty')) expect(c, JSON.stringify(c)).toMatchObject({ name: 'text-size' });
		expect(toRoom).toContainEqual({ command: 'setPaintProperty', layerId: 'sea', name: 'background-color', value: mapThemes.contrast.sea });
	});

	it('resets a property the new style leaves out', () => {
		const before = style();
		const after = { ...before, layers: before.layers.map((l) => (l.id === 'rivers' ? { ...l, layout: {} } : l)) };
		expect(styleUpdate(before, after)).toEqual([
			{ command: 'setLayoutProperty', layerId: 'rivers', name: 'line-join', value: undefined },
			{ command: 'setLayoutProperty', layerId: 'rivers', name: 'line-cap', value: undefined }
		]);
	});

	it('sets a zoom range that changed, with the defaults for one left out', () => {
		const before = style();
		const after = { ...before, layers: before.layers.map((l) => (l.id === 'admin1-labels' ? { ...l, minzoom: undefined, maxzoom: 9 } : l)) };
		expect(styleUpdate(before, after)).toEqual([{ command: 'setLayerZoomRange', layerId: 'admin1-labels', minzoom: 0, maxzoom: 9 }]);
	});

	it('steps through the presentation deck with layer calls only, each ending on the chapter’s style', () => {
		const world = empty();
		const lines = empty();
		const chapterStyle = (c: (typeof deck)[number]) => {
			const regional = style({ visibility: c.layers, kurskDate: c.kurskDate ?? '2025-03-13', scale: 2 }, mapThemes.contrast);
			return c.select && isDiplomacyPlace(c.select.replace('place:', '')) ? withDiplomacy(regional, mapThemes.contrast, world, lines, 2) : regional;
		};
		const styles = deck.map(chapterStyle);
		for (let i = 1; i < styles.length; i++) {
			const commands = styleUpdate(styles[i - 1]!, styles[i]!);
			expect(commands, `${deck[i - 1]!.id} → ${deck[i]!.id}`).not.toBeNull();
			const projection = (s: StyleSpecification) => s.projection ?? { type: 'mercator' };
			const replayed = replay(styles[i - 1]!, commands!);
			expect({ ...replayed, projection: projection(replayed) }).toEqual({ ...styles[i]!, projection: projection(styles[i]!) });
		}
		expect(styles.some((s) => s.projection?.type === 'globe'), 'the deck visits the globe').toBe(true);
	});

	it('adds the diplomacy view’s sources and layers where they belong, and turns to the globe', () => {
		const before = style();
		const after = withDiplomacy(before, mapThemes.light, empty(), empty(), 1);
		const commands = styleUpdate(before, after)!;
		expect(commands.filter((c) => c.command === 'addSource').map((c) => c.command === 'addSource' && c.sourceId)).toEqual(
			Object.keys(after.sources).filter((id) => !(id in before.sources))
		);
		expect(commands.at(-1)).toEqual({ command: 'setProjection', projection: { type: 'globe' } });
		expect(replay(before, commands)).toEqual(after);
	});

	it('takes the diplomacy view away again, back to Mercator', () => {
		const after = style();
		const before = withDiplomacy(after, mapThemes.light, empty(), empty(), 1);
		const commands = styleUpdate(before, after)!;
		expect(commands.filter((c) => c.command === 'removeSource')).toHaveLength(Object.keys(before.sources).length - Object.keys(after.sources).length);
		expect(commands.at(-1)).toEqual({ command: 'setProjection', projection: { type: 'mercator' } });
		expect(replay(before, commands)).toEqual({ ...after, projection: { type: 'mercator' } });
	});

	it('removes layers, and gives a source new data without comparing it', () => {
		const before = style();
		const rivers = empty();
		const after = { ...before, sources: { ...before.sources, rivers: { type: 'geojson' as const, data: rivers } }, layers: before.layers.filter((l) => l.id !== 'coast') };
		expect(styleUpdate(before, after)).toEqual([
			{ command: 'removeLayer', layerId: 'coast' },
			{ command: 'setData', sourceId: 'rivers', data: rivers }
		]);
	});

	it('leaves to setStyle layers that swapped places, and a source with other options', () => {
		const before = style();
		expect(styleUpdate(before, { ...before, layers: [before.layers[1]!, before.layers[0]!, ...before.layers.slice(2)] })).toBeNull();
		expect(styleUpdate(before, { ...before, sources: { ...before.sources, admin1: { type: 'geojson', data: data.admin1 } } })).toBeNull();
		expect(styleUpdate(before, { ...before, 'font-faces': {} })).toBeNull();
	});

	it('leaves to setStyle a layer that now reads another source', () => {
		const before = style();
		const after = { ...before, layers: before.layers.map((l) => (l.id === 'rivers' ? { ...l, source: 'boundaries' } : l)) };
		expect(styleUpdate(before, after)).toBeNull();
	});
});
