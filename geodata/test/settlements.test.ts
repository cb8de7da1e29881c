// The settlements step on a small fixture: which places it keeps, what it gives each, and that a
// broken dump stops the build instead of passing as a smaller gazetteer.
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../build/errors';
import { buildSettlements, distinctAlternates, kmToLines, readGeoNames, type Unit } from '../build/settlements';

/** A GeoNames dump line: id, name, ascii, alternates, lat, lon, class, code, country, …, population (column 15). */
const line = (id: number, name: string, alternates: string, lat: number, lon: number, country: string, population: number, featureClass = 'P') =>
	[id, name, name, alternates, lat, lon, featureClass, 'PPL', country, '', '01', '', '', '', population, '', '100', 'Europe/Kyiv', '2024-01-01'].join('\t');

const dump = [
	line(1, 'Near', 'Nier,Нір,Ниир', 48.1, 37.0, 'UA', 900),
	line(2, 'Far', '', 49.5, 37.0, 'UA', 50000),
	line(3, 'Kurskish', '', 51.5, 36.0, 'RU', 600),
	line(4, 'Lake', '', 48.05, 37.0, 'UA', 0, 'H'),
	line(5, 'Elsewhere', '', 40, 10, 'IT', 1000),
	line(6, 'Edge', '', 48.0, 38.02, 'UA', 700),
	line(7, 'Outside', '', 48.0, 38.1, 'UA', 700)
].join('\n');

const square = (id: string, country: string, [w, s, e, n]: number[]): Unit => ({
	type: 'Feature',
	properties: { id, country },
	geometry: { type: 'Polygon', coordinates: [[[w!, s!], [e!, s!], [e!, n!], [w!, n!], [w!, s!]]] }
});
const admin1 = [square('UA-14', 'UA', [36, 47, 38, 50]), square('RU-KRS', 'RU', [35, 51, 37, 52])];
/** A line along 48°N from 36.5°E to 37.5°E. */
const front: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[36.5, 48], [37.5, 48]] } }] };

describe('settlements', () => {
	const places = readGeoNames('fixture.txt', dump, new Set(['UA', 'RU']));
	const built = buildSettlements({ places, admin1, contactLines: [front], frontLine: front, wholeUnits: ['RU-KRS'], withinKm: 50, decimals: 4 });
	const byName = new Map(built.settlements.map((row) => [row[1], row]));

	it('reads populated places of the countries asked for only', () => {
		expect(places.map((p) => p.name)).toEqual(['Near', 'Far', 'Kurskish', 'Edge', 'Outside']);
	});

	it('keeps places within the distance of a contact line, and every place of a whole unit', () => {
		// Far is 167 km north of the line.
		expect([...byName.keys()].sort()).toEqual(['Edge', 'Kurskish', 'Near']);
	});

	it('gives a place just outside the simplified outlines the nearest unit within 5 km, and drops one further out', () => {
		// Edge is 1.5 km east of the square, Outside 7.4 km; both are within 50 km of the line.
		expect(byName.get('Edge')![4]).toBe('UA-14');
		expect(byName.has('Outside')).toBe(false);
	});

	it('gives each its unit, rounded position, population and whole km to the front', () => {
		const near = byName.get('Near')!;
		expect(near.slice(0, 7)).toEqual([1, 'Near', 37, 48.1, 'UA-14', 900, 11]);
		expect(byName.get('Kurskish')![4]).toBe('RU-KRS');
	});

	it('sorts by GeoNames id', () => {
		expect(built.settlements.map((r) => r[0])).toEqual([1, 3, 6]);
	});

	it('stops on a line that is not a dump line, naming it', () => {
		expect(() => readGeoNames('broken.txt', `${dump}\nnot\ta\tdump`, new Set(['UA']))).toThrow(PipelineError);
		expect(() => readGeoNames('broken.txt', `${dump}\nnot\ta\tdump`, new Set(['UA']))).toThrow(/line 8/);
	});
});

describe('distinctAlternates', () => {
	it('keeps one spelling per skeleton, Latin or Cyrillic only, none that folds to the name', () => {
		expect(distinctAlternates('Kupiansk', ['Kupyansk', 'Kupjansk', 'Купянськ', 'Koupiansk', '庫皮揚斯克', 'Krasnoarmeysk', 'Krasnoarmejsk'])).toEqual(['Koupiansk', 'Krasnoarmeysk']);
	});
});

describe('kmToLines', () => {
	it('measures to the nearest point of a segment, its ends included', () => {
		// 0.1° of latitude is 11.1 km; a degree of longitude at 48°N about 74.5 km.
		expect(kmToLines([37, 48.1], [front.features[0]!.geometry.coordinates])).toBeCloseTo(11.13, 1);
		expect(kmToLines([38.5, 48], [front.features[0]!.geometry.coordinates])).toBeCloseTo(74.5, 0);
	});
});
