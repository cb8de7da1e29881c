/**
 * Loads the geometry fixtures of the `src/lib/geo` helpers. Each input `in/<name>.geojson` (or
 * `.topojson`) has an expectation `out/<name>.json`, keyed by the helper it is expected of, so a
 * person can open the input in any GeoJSON viewer and read next to it what each helper must say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BasemapLayers } from '../basemapLayers';

export const inDir = fileURLToPath(new URL('./in/', import.meta.url));
export const outDir = fileURLToPath(new URL('./out/', import.meta.url));

export interface Expectations {
	areaKm2?: { km2: number; toleranceKm2: number; derivation: string };
	polygonProblems?: { problems: string[]; problemsWithoutKinkCheck?: string[] };
	roundGeometry?: Array<{ decimals: number; why: string; geometry: Geometry | null }>;
	bboxesIntersect?: Array<{ a: string; b: string; intersect: boolean; why: string }>;
	basemapLayers?: { layers: BasemapLayers } | { throws: string };
	lengthKm?: { km: number; toleranceKm: number; derivation: string };
	lineOutsidePolygon?: { pieces: number; km: number; toleranceKm: number; derivation: string };
	intersectionAreaKm2?: { km2: number; toleranceKm2: number; derivation: string };
	computeFigures?: Record<string, unknown> & { derivation: string };
	boundaryRuns?: { offOutline: number; onOutline: number; derivation: string };
	sliverStrips?: { count: number; km2: number; toleranceKm2: number; derivation: string };
	enclavesOf?: { count: number; km2: number; toleranceKm2: number; derivation: string };
	/** `controlChange` measured by `changeFigures`: the input's features have `role` a-held, a-contested, b-held, b-contested or region. */
	controlChange?: { gainedKm2: number; lostKm2: number; lostToContestedKm2: number; byRegion: Array<{ id: string; name: string; gainedKm2: number; lostKm2: number; lostToContestedKm2: number }>; toleranceKm2: number; derivation: string };
}

const inputExtensions = ['.geojson', '.topojson'];

/** Names of the input fixtures, without extension, sorted. */
export function inputNames(): string[] {
	return readdirSync(inDir)
		.filter((file) => inputExtensions.some((ext) => file.endsWith(ext)))
		.map((file) => file.replace(/\.(geo|topo)json$/, ''))
		.sort();
}

/** Names of the expectation files, without extension, sorted. */
export function expectationNames(): string[] {
	return readdirSync(outDir)
		.filter((file) => file.endsWith('.json'))
		.map((file) => file.replace(/\.json$/, ''))
		.sort();
}

export function readInput(name: string): unknown {
	const file = readdirSync(inDir).find((f) => inputExtensions.some((ext) => f === `${name}${ext}`));
	if (!file) throw new Error(`No input fixture in/${name}.geojson or in/${name}.topojson`);
	return JSON.parse(readFileSync(`${inDir}${file}`, 'utf8'));
}

export function readExpectations(name: string): Expectations {
	return JSON.parse(readFileSync(`${outDir}${name}.json`, 'utf8')) as Expectations;
}

/** The geometry of a fixture that is a single GeoJSON Feature. */
export function readFeature(name: string): Feature<Geometry> {
	const input = readInput(name) as Feature<Geometry>;
	if (input.type !== 'Feature') throw new Error(`in/${name} is not a single GeoJSON Feature`);
	return input;
}

export function readFeatureCollection(name: string): FeatureCollection {
	const input = readInput(name) as FeatureCollection;
	if (input.type !== 'FeatureCollection') throw new Error(`in/${name} is not a GeoJSON FeatureCollection`);
	return input;
}

/** Every fixture with an expectation for `helper`, as `{ name, expected }`, sorted by name. */
export function casesFor<K extends keyof Expectations>(helper: K): Array<{ name: string; expected: NonNullable<Expectations[K]> }> {
	return expectationNames().flatMap((name) => {
		const expected = readExpectations(name)[helper];
		return expected === undefined ? [] : [{ name, expected: expected as NonNullable<Expectations[K]> }];
	});
}
