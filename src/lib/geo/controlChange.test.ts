import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from './areaKm2';
import { changeFigures } from './changeFigures';
import { controlChange, minChangeKm2 } from './controlChange';
import { casesFor, readFeatureCollection } from './test/fixtures';

type Area = Feature<Polygon | MultiPolygon>;
const box = (w: number, s: number, e: number, n: number): Area => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } });

describe.each(casesFor('controlChange'))('controlChange and changeFigures on in/$name', ({ name, expected }) => {
	const features = readFeatureCollection(name).features as Area[];
	const role = (r: string) => features.filter((f) => f.properties?.role === r);
	const change = controlChange({ held: role('a-held'), contested: role('a-contested') }, { held: role('b-held'), contested: role('b-contested') });
	const figures = changeFigures(change, role('region'));

	it('measures the ground gained, lost, and lost to contested ground, as derived by hand', () => {
		expect(Math.abs(figures.gainedKm2 - expected.gainedKm2)).toBeLessThanOrEqual(expected.toleranceKm2);
		expect(Math.abs(figures.lostKm2 - expected.lostKm2)).toBeLessThanOrEqual(expected.toleranceKm2);
		expect(Math.abs(figures.lostToContestedKm2 - expected.lostToContestedKm2)).toBeLessThanOrEqual(expected.toleranceKm2);
	});

	it('splits it by region, leaving out regions without change', () => {
		expect(figures.byRegion.map((r) => r.id)).toEqual(expected.byRegion.map((r) => r.id));
		figures.byRegion.forEach((row, i) => {
			const want = expected.byRegion[i]!;
			expect(row.name).toBe(want.name);
			for (const key of ['gainedKm2', 'lostKm2', 'lostToContestedKm2'] as const) expect(Math.abs(row[key] - want[key]), `${row.id} ${key}`).toBeLessThanOrEqual(expected.toleranceKm2);
		});
	});

	it('gives each kind as geometry that does not overlap the others', () => {
		expect(change.gained?.geometry.type).toBe('MultiPolygon');
		const parts = [change.gained, change.lost, change.lostToContested].filter((a): a is Area => a !== null);
		expect(parts).toHaveLength(3);
		const sum = parts.reduce((s, a) => s + areaKm2(a), 0);
		expect(sum).toBeCloseTo(expected.gainedKm2 + expected.lostKm2 + expected.lostToContestedKm2, 0);
	});
});

describe('controlChange', () => {
	it('finds no change between a date and itself, and nothing where nothing was held', () => {
		const held = [box(0, 0, 1, 1)];
		expect(controlChange({ held, contested: [] }, { held, contested: [] })).toEqual({ gained: null, lost: null, lostToContested: null });
		expect(controlChange({ held: [], contested: [] }, { held: [], contested: [] })).toEqual({ gained: null, lost: null, lostToContested: null });
	});

	it('counts everything as gained when nothing was held on the earlier date, and as lost when nothing is held later', () => {
		const held = [box(0, 0, 1, 1)];
		expect(areaKm2(controlChange({ held: [], contested: [] }, { held, contested: [] }).gained!)).toBeCloseTo(areaKm2(held[0]!), 3);
		expect(areaKm2(controlChange({ held, contested: [] }, { held: [], contested: [] }).lost!)).toBeCloseTo(areaKm2(held[0]!), 3);
	});

	it('leaves out slivers under minChangeKm2 where two outlines nearly coincide, and keeps a piece just above it', () => {
		// On the equator 0.00001° is about 1.1 m: a strip that wide and 0.1° (11 km) long is about 0.012 km²; 0.01° wide, about 12 km².
		const sliver = controlChange({ held: [box(0, 0, 1, 0.1)], contested: [] }, { held: [box(0, 0, 1.00001, 0.1)], contested: [] });
		expect(sliver.gained).toBeNull();
		const strip = controlChange({ held: [box(0, 0, 1, 0.1)], contested: [] }, { held: [box(0, 0, 1.01, 0.1)], contested: [] });
		expect(areaKm2(strip.gained!)).toBeGreaterThan(minChangeKm2);
	});
});
