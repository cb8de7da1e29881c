/**
 * Invariants of the committed facts layers (front line, occupied territory, Kursk, border) and of
 * their figures, checked on the files the app ships.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../../src/lib/geo/areaKm2';
import { basemapLayers, type BasemapTopology } from '../../src/lib/geo/basemapLayers';
import { computeFigures, type FactsLayers } from '../../src/lib/geo/figures';
import { intersectionAreaKm2 } from '../../src/lib/geo/intersectionAreaKm2';
import { polygonProblems } from '../../src/lib/geo/polygonProblems';
import { isAcross } from '../build/facts/buildFacts';

const dataDir = resolve(fileURLToPath(import.meta.url), '../../../static/data');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

type Area = Feature<Polygon | MultiPolygon>;
interface ManifestLayer { id: string; kind: string; asOf: string | null; file: string }
const manifest = read<{ layers: ManifestLayer[] }>('manifest.json');
const basemap = basemapLayers(read<BasemapTopology>('basemap.topojson'));
const ukraine = basemap.countries.features.find((f) => f.properties?.id === 'UA') as Area;
const kurskOblast = basemap.admin1.features.find((f) => f.properties?.id === 'RU-KRS') as Area;
const foreign = basemap.countries.features.filter((f) => f.properties?.id !== 'UA') as Area[];

const snapshots = manifest.layers.filter((l) => l.kind === 'contact-line').map((l) => l.asOf!);
const layerFile = (kind: string, asOf?: string) => {
	const layer = manifest.layers.find((l) => l.kind === kind && (asOf === undefined || l.asOf === asOf));
	if (!layer) throw new Error(`manifest.json has no ${kind} layer${asOf ? ` for ${asOf}` : ''}`);
	return layer.file;
};

describe('manifest.json: the facts layers', () => {
	it.each(['contact-line', 'occupied', 'annexation-claim', 'ukrainian-held-in-russia', 'border'])('has a %s layer with an as-of date', (kind) => {
		const layers = manifest.layers.filter((l) => l.kind === kind);
		expect(layers.length).toBeGreaterThan(0);
		for (const layer of layers) expect(layer.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('has the snapshot of the article date, 13 March 2025', () => {
		expect(snapshots).toContain('2025-03-13');
	});
});

describe.each(snapshots)('facts of %s', (asOf) => {
	const contactLine = read<FeatureCollection<LineString | MultiLineString>>(layerFile('contact-line', asOf));
	const occupied = read<FeatureCollection<Polygon | MultiPolygon>>(layerFile('occupied', asOf));
	const controlPoints = read<FeatureCollection<Point>>(layerFile('control-points', asOf));
	const border = read<FeatureCollection<LineString>>(layerFile('border', asOf));
	const kursk = read<FeatureCollection<Polygon | MultiPolygon>>(layerFile('ukrainian-held-in-russia'));
	const kurskClaims = read<{ snapshots: FactsLayers['kurskClaims'] }>(layerFile('claims')).snapshots;
	const claims = read<{ claims: FactsLayers['annexationClaims'] }>(layerFile('annexation-claim')).claims;
	const before = occupied.features.find((f) => f.properties?.category === 'before-2022') as Area;
	const since = occupied.features.find((f) => f.properties?.category === 'since-2022') as Area;

	it('has valid occupied polygons, without self-intersections', () => {
		for (const f of occupied.features) expect(polygonProblems(f.geometry)).toEqual([]);
	});

	it('keeps the two categories of occupation from overlapping', () => {
		expect(intersectionAreaKm2(before, since)).toBeLessThan(0.01);
	});

	it('puts all occupied ground inside Ukraine', () => {
		// Rounding to 4 decimals moves the coast by metres: allow 0.01% of the area.
		for (const f of occupied.features as Area[]) expect(Math.abs(intersectionAreaKm2(f, ukraine) - areaKm2(f))).toBeLessThan(areaKm2(f) * 1e-4);
	});

	it('counts Crimea and Sevastopol as occupied before 2022', () => {
		for (const id of ['UA-43', 'UA-40']) {
			const unit = basemap.admin1.features.find((f) => f.properties?.id === id) as Area;
			expect(intersectionAreaKm2(unit, before) / areaKm2(unit)).toBeGreaterThan(0.99);
		}
	});

	it('draws the contact line in Ukraine or at sea, never in another country', () => {
		for (const f of contactLine.features) {
			const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const vertex of lines.flat()) {
				const inside = foreign.find((c) => isAcross(vertex, c));
				expect(inside?.properties?.id ?? null, `${f.properties?.id} at ${JSON.stringify(vertex)}`).toBeNull();
			}
		}
	});

	it('has every control point on the side its record says', () => {
		const occupiedNow = [before, since];
		for (const point of controlPoints.features) {
			const p = point.properties as { name: string; side: string; contested: boolean };
			if (p.contested) continue;
			const inOccupied = occupiedNow.some((area) => booleanPointInPolygon(point, area));
			expect(inOccupied ? 'russia' : 'ukraine', p.name).toBe(p.side);
		}
	});

	it('has a source and a confidence for every control point and every stretch', () => {
		for (const point of controlPoints.features) {
			expect(point.properties?.source).toBeTruthy();
			expect(['high', 'medium', 'low']).toContain(point.properties?.confidence);
		}
		for (const stretch of contactLine.features) expect(['high', 'medium', 'low']).toContain(stretch.properties?.confidence);
	});

	it('splits the border into active front, behind Russian lines and the rest', () => {
		const categories = new Set(border.features.map((f) => f.properties?.category));
		expect([...categories].sort()).toEqual(['active-front', 'behind-russian-lines', 'not-front']);
	});

	it('publishes figures that the shipped geometry reproduces within 0.1%', () => {
		const shipped = read<Record<string, unknown>>(layerFile('figures', asOf));
		const recomputed = computeFigures({
			asOf,
			admin1: basemap.admin1,
			ukraine,
			contactLine,
			occupied,
			border,
			kursk: { type: 'FeatureCollection', features: kursk.features.filter((f) => String(f.properties?.date) <= asOf) },
			kurskClaims: kurskClaims.filter((k) => k.date <= asOf),
			annexationClaims: claims
		});
		const compare = (a: unknown, b: unknown, path: string): void => {
			if (typeof a === 'number' && typeof b === 'number') {
				const tolerance = Math.max(Math.abs(a) * 0.001, 0.1);
				expect(Math.abs(a - b), `${path}: shipped ${a}, recomputed ${b}`).toBeLessThanOrEqual(tolerance);
			} else if (Array.isArray(a) && Array.isArray(b)) {
				expect(b.length, path).toBe(a.length);
				a.forEach((x, i) => compare(x, b[i], `${path}[${i}]`));
			} else if (a && b && typeof a === 'object' && typeof b === 'object') {
				expect(Object.keys(b).sort(), path).toEqual(Object.keys(a).sort());
				for (const key of Object.keys(a)) compare((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
			} else {
				expect(b, path).toEqual(a);
			}
		};
		compare(shipped, JSON.parse(JSON.stringify(recomputed)), 'figures');
	});
});

describe('Kursk', () => {
	const kursk = read<FeatureCollection<Polygon | MultiPolygon>>(layerFile('ukrainian-held-in-russia'));

	it('has the peak and the article date', () => {
		const dates = kursk.features.map((f) => f.properties?.date);
		expect(dates).toContain('2025-03-13');
		expect(kursk.features.some((f) => f.properties?.label === 'peak')).toBe(true);
	});

	it('keeps every Ukrainian-held area inside Kursk oblast', () => {
		for (const f of kursk.features as Area[]) {
			expect(polygonProblems(f.geometry)).toEqual([]);
			expect(Math.abs(intersectionAreaKm2(f, kurskOblast) - areaKm2(f))).toBeLessThan(areaKm2(f) * 1e-4);
		}
	});
});
