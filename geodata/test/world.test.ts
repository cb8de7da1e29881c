/**
 * The world layer as the pipeline builds it: rings across the antimeridian are cut once, in the
 * pipeline, so the app draws the world as it loads it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian } from '../build/antimeridian';
import { buildWorld } from '../build/world';

const require = createRequire(import.meta.url);
const file = require.resolve('world-atlas/countries-110m.json');
const raw = JSON.parse(readFileSync(file, 'utf8')) as Topology;
const built = buildWorld(file, raw);
type World = FeatureCollection<Polygon | MultiPolygon>;
const world = feature(built, built.objects.countries as never) as unknown as World;
const rawWithIds = buildWorldIdsOnly();
const rawWorld = feature(rawWithIds, rawWithIds.objects.countries as never) as unknown as World;

/** The raw topology with the pipeline's ids, not cut: what the cut is compared with. */
function buildWorldIdsOnly(): Topology {
	const ids = new Map((built.objects.countries as unknown as { geometries: Array<{ properties: { nameEn: string }; id: string }> }).geometries.map((g) => [g.properties.nameEn, g.id]));
	const countries = raw.objects.countries as unknown as { geometries: Array<{ properties: { name: string }; id?: string }> };
	return { ...raw, objects: { countries: { ...countries, geometries: countries.geometries.map((g) => ({ ...g, id: ids.get(g.properties.name) })) } } } as unknown as Topology;
}

const ringsOf = (f: Feature<Polygon | MultiPolygon>) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat();
const wraps = (fc: World) => fc.features.flatMap((f) => ringsOf(f).filter((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180)).map(() => String(f.id)));
/** Planar area of a feature's rings in square degrees, made continuous across the antimeridian when `unwrap`. */
function planarArea(f: Feature<Polygon | MultiPolygon>, unwrap = false): number {
	const area = (ring: Position[]) => {
		const pts = unwrap ? ring.reduce<Position[]>((acc, p, i) => {
			if (i === 0) return [p];
			let d = p[0]! - ring[i - 1]![0]!;
			if (d > 180) d -= 360;
			else if (d < -180) d += 360;
			return [...acc, [acc[i - 1]![0]! + d, p[1]!]];
		}, []) : ring;
		let s = 0;
		for (let i = 1; i < pts.length; i++) s += pts[i - 1]![0]! * pts[i]![1]! - pts[i]![0]! * pts[i - 1]![1]!;
		return s / 2;
	};
	const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	return Math.abs(polygons.reduce((sum, rings) => sum + rings.reduce((s, r, i) => s + (i === 0 ? Math.abs(area(r)) : -Math.abs(area(r))), 0), 0));
}

describe('world.topojson: rings across the antimeridian', () => {
	it('cuts them: no edge runs round the world but Antarctica’s closing one', () => {
		expect(wraps(rawWorld).sort()).toEqual(['AQ', 'FJ', 'RU', 'RU']);
		expect(wraps(world)).toEqual(['AQ']);
		for (const f of world.features) {
			for (const ring of ringsOf(f)) {
				expect(ring.length, String(f.id)).toBeGreaterThanOrEqual(4);
				expect(ring[0], String(f.id)).toEqual(ring.at(-1));
				for (const [lon, lat] of ring) expect(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90, String(f.id)).toBe(true);
			}
		}
	});

	it('keeps each cut country’s shape: its area equals that of its raw rings made continuous (within quantization)', () => {
		for (const id of ['RU', 'FJ', 'UA']) {
			const cut = world.features.find((f) => f.id === id)!;
			const uncut = rawWorld.features.find((f) => f.id === id)!;
			expect(Math.abs(planarArea(cut) - planarArea(uncut, true)) / planarArea(uncut, true), id).toBeLessThan(1e-3);
		}
		expect(planarArea(world.features.find((f) => f.id === 'RU')!)).toBeGreaterThan(2000);
	});

	it('is idempotent: cutting the cut world changes nothing', () => {
		expect(splitAtAntimeridian(world)).toEqual(world);
	});
});
