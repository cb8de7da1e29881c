import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { deepStateLayerName, deepStateLayers } from '../build/facts/deepStateLayers';
import { ImportError } from '../build/facts/importInput';
import { parseImportArgs } from '../build/facts/importSnapshot';

const box = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
/** A stand-in for Ukraine: a 10° box; the layers below lie inside it, across its edge or outside. */
const ukraine: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: box(30, 45, 40, 52) };
const layer = (name: string, geometry: Polygon | { type: 'Point'; coordinates: number[] }) => ({ type: 'Feature', properties: { name }, geometry });

const history = {
	type: 'FeatureCollection',
	features: [
		layer('Окуповано /// Occupied /// geoJSON.status.occupied\n', box(37, 47, 38, 48)),
		layer('ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo', box(38, 47, 40.5, 48.5)),
		layer('Окупований Крим /// Occupied Crimea /// geoJSON.territories.crimea', box(33, 45, 36, 46)),
		layer('Статус невідомий /// Unknown status /// geoJSON.status.unknown', box(36.5, 47, 37, 47.5)),
		layer('Звільнено /// Liberated /// geoJSON.status.dismissed', box(31, 50, 32, 51)),
		layer('Окуповано /// Occupied /// geoJSON.status.occupied', box(41, 51, 42, 52)),
		layer('Окупована Абхазія.\n///\nOccupied Abkhazia.\n/// geoJSON.territories.abkhazia', box(40.5, 43, 41, 43.5)),
		layer('Окуповано /// Occupied /// geoJSON.status.occupied', { type: 'Point', coordinates: [37.5, 47.5] })
	]
};

describe('deepStateLayers: a DeepStateMap history file split into occupied and contested ground', () => {
	it('reads the English layer name from “Ukrainian /// English /// key”, whatever the spacing', () => {
		expect(deepStateLayerName('Окуповано /// Occupied /// geoJSON.status.occupied\n')).toBe('Occupied');
		expect(deepStateLayerName('Звільнено/// Liberated ///x')).toBe('Liberated');
		expect(deepStateLayerName('no separators')).toBeNull();
		expect(deepStateLayerName(42)).toBeNull();
	});

	it('keeps the occupied layers and the unknown-status layer that overlap Ukraine, in the file’s order, and nothing else', () => {
		const { occupied, contested } = deepStateLayers('history.geojson', history, ukraine);
		expect(occupied.features.map((f) => f.properties?.deepstateLayer)).toEqual(['Occupied', 'CADR and CALR', 'Occupied Crimea']);
		expect(occupied.features[1]!.geometry).toEqual(box(38, 47, 40.5, 48.5));
		expect(contested.features.map((f) => f.properties?.deepstateLayer)).toEqual(['Unknown status']);
	});

	it('refuses a file that is not a collection, or has no occupied polygon in Ukraine', () => {
		expect(() => deepStateLayers('a.geojson', { type: 'Feature' }, ukraine)).toThrow(ImportError);
		expect(() => deepStateLayers('a.geojson', { type: 'FeatureCollection', features: [history.features[4]] }, ukraine)).toThrow(/has no polygon of the layers Occupied, CADR and CALR, Occupied Crimea in Ukraine/);
	});

	it('is asked for with --deepstate, which cannot be combined with --contested', () => {
		expect(parseImportArgs(['h.geojson', '--deepstate', '--as-of', '2024-08-06', '--source', 'S', '--licence', 'L'], '2026-01-01').deepState).toBe(true);
		expect(() => parseImportArgs(['h.geojson', '--deepstate', '--contested', 'c.geojson', '--as-of', '2024-08-06', '--source', 'S', '--licence', 'L'], '2026-01-01')).toThrow(/--contested cannot be given with --deepstate/);
	});
});
