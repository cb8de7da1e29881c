import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mesh } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { BasemapLayers, BasemapTopology } from '../../../src/lib/geo/basemapLayers';
import { roundGeometry } from '../../../src/lib/geo/roundGeometry';
import { computeFigures, type FactsLayers, type OfficialLength } from '../../../src/lib/geo/figures';
import { isCalendarDate } from '../../../src/lib/data/calendarDate';
import type { ManifestLayer } from '../../../src/lib/data/manifest';
import { PipelineError } from '../errors';
import type { GazetteerEntry } from '../gazetteer';
import { readJson } from '../readSources';
import { featureCollectionText, jsonText } from '../serialize';
import { pipelineConfig } from '../config';
import { markBorderBehindRussianLines, splitBorder } from './border';
import { buildBeforeInvasion } from './beforeInvasion';
import { innerEdges, nameStretches } from './contactLine';
import { controlAreas, differenceOf, fitting, intersectionOf, withoutCrumbs, type Area } from './controlAreas';
import { kurskLayers, snapshotLayers } from './factsManifest';
import { changeFeatures, changeLayer } from './changes';
import { snapshotChanges } from '../../../src/lib/geo/snapshotChanges';
import { buildKursk } from './kursk';
import { readSnapshot } from './snapshot';
import { rounded } from './rounded';
import { checkSource, citation, type SourceRef } from './sources';

export interface FactsInputs {
	factsDir: string;
	layers: BasemapLayers;
	topology: BasemapTopology;
	gazetteer: GazetteerEntry[];
	/** Snapshot folders to read instead of (or besides) those under `factsDir/snapshots`, by date: how an import is checked before it is written. */
	snapshotDirs?: Map<string, string>;
}

const byId = (fc: FeatureCollection<Polygon | MultiPolygon>, id: string, file: string): Area => {
	const found = fc.features.find((f) => f.properties?.id === id);
	if (!found) throw new PipelineError(file, id, 'is not in the basemap');
	return found as Area;
};

/** The dated snapshot folders: those under `snapshots/` named YYYY-MM-DD, with any overrides. */
export function snapshotFolders(factsDir: string, overrides: Map<string, string> = new Map()): Map<string, string> {
	const dir = join(factsDir, 'snapshots');
	const folders = new Map<string, string>();
	for (const name of existsSync(dir) ? readdirSync(dir) : []) {
		if (name.startsWith('.')) continue;
		if (!isCalendarDate(name)) throw new PipelineError(join(dir, name), null, 'is not named after a real date (YYYY-MM-DD); rename or remove it');
		folders.set(name, join(dir, name));
	}
	for (const [date, folder] of overrides) folders.set(date, folder);
	return new Map([...folders].sort(([a], [b]) => a.localeCompare(b)));
}

function readOfficialLengths(file: string): { lengths: OfficialLength[]; sources: SourceRef[] } {
	const data = readJson(file) as { sources?: Record<string, SourceRef>; borderWithRussia?: Array<OfficialLength & { source: string }> } | null;
	if (!data || !Array.isArray(data.borderWithRussia)) throw new PipelineError(file, null, 'needs "borderWithRussia" (a list of lengths)');
	const sources = data.sources ?? {};
	for (const [id, ref] of Object.entries(sources)) checkSource(file, id, ref);
	const lengths = data.borderWithRussia.map((entry) => {
		const ref = sources[entry.source];
		if (!(entry.km > 0) || typeof entry.what !== 'string' || !ref) throw new PipelineError(file, entry.what ?? null, 'needs km, what, and a known source');
		return { km: entry.km, what: entry.what, source: citation(ref), ...(entry.note ? { note: entry.note } : {}) };
	});
	return { lengths, sources: Object.values(sources) };
}

/**
 * Builds the facts layers (contact line, occupied and contested territory, annexation claims,
 * Kursk, border) and their figures for every dated snapshot, so another date needs data only.
 */
export function buildFacts(inputs: FactsInputs): { files: Map<string, string>; layers: ManifestLayer[]; figures: Map<string, unknown> } {
	const { factsDir, layers, gazetteer } = inputs;
	const files = new Map<string, string>();
	const manifest: ManifestLayer[] = [];
	const figuresBySnapshot = new Map<string, unknown>();
	const ukraine = byId(layers.countries, 'UA', 'basemap');
	const kurskOblast = byId(layers.admin1, 'RU-KRS', 'basemap');

	// Annexation claims: ids and dates; the geometry is the admin-1 units of the basemap.
	const claimsFile = join(factsDir, 'annexation-claims.json');
	const claimsData = readJson(claimsFile) as { sources: Record<string, SourceRef>; claims: Array<{ id: string; claimedOn: string; source: string; note?: string }> };
	if (!Array.isArray(claimsData?.claims)) throw new PipelineError(claimsFile, null, 'needs a "claims" list');
	for (const [id, ref] of Object.entries(claimsData.sources ?? {})) checkSource(claimsFile, id, ref);
	const claims = claimsData.claims.map((claim) => {
		const unit = byId(layers.admin1, claim.id, claimsFile);
		if (!isCalendarDate(claim.claimedOn)) throw new PipelineError(claimsFile, claim.id, 'needs "claimedOn" as a real YYYY-MM-DD date');
		const ref = claimsData.sources?.[claim.source];
		if (!ref) throw new PipelineError(claimsFile, claim.id, `cites unknown source ${JSON.stringify(claim.source)}`);
		return { id: claim.id, name: unit.properties?.nameEn as string, claimedOn: claim.claimedOn, source: citation(ref), ...(claim.note ? { note: claim.note } : {}) };
	});
	files.set('facts/annexation-claims.json', jsonText({ claims }));
	manifest.push({
		id: 'annexation-claims',
		title: 'Regions Russia claims to have annexed',
		kind: 'annexation-claim',
		asOf: claims.map((c) => c.claimedOn).sort().at(-1) ?? null,
		file: 'facts/annexation-claims.json',
		source: `Claim dates: Russia’s “treaties of accession” of 18 March 2014 and 30 September 2022. Status: ${Object.values(claimsData.sources).map(citation).join('; ')}. Geometry: the admin-1 units of basemap.topojson (Natural Earth).`,
		sources: Object.values(claimsData.sources),
		licence: 'Facts; geometry public domain (Natural Earth).',
		method: 'Each region Russia claims to have annexed is the whole admin-1 unit it names, with the date of Russia’s “treaty of accession”: Crimea and Sevastopol on 18 March 2014; Donetsk, Luhansk, Zaporizhzhia and Kherson on 30 September 2022. The UN General Assembly does not recognise either claim. A claim is not control: the figures give the occupied share of each claimed region on each date, and none of the four claimed in 2022 is wholly occupied on this map.',
		accuracy: 'As the admin-1 layer.'
	});

	const kursk = buildKursk(join(factsDir, 'kursk'), kurskOblast);
	files.set('facts/kursk.geojson', featureCollectionText(kursk.features));
	files.set('facts/kursk-claims.json', jsonText({ snapshots: kursk.snapshots }));
	manifest.push(...kurskLayers(kursk));

	const crimea = [byId(layers.admin1, 'UA-43', 'basemap'), byId(layers.admin1, 'UA-40', 'basemap')];
	const before = buildBeforeInvasion(join(factsDir, 'before-2022'), ukraine, crimea);
	const official = readOfficialLengths(join(factsDir, 'official-lengths.json'));
	const borderLine = mesh(inputs.topology, inputs.topology.objects.countries as never, ((a: { id?: string }, b: { id?: string }) => [a.id, b.id].sort().join('-') === 'RU-UA') as never) as MultiLineString;

	const folders = snapshotFolders(factsDir, inputs.snapshotDirs);
	// Each snapshot's changes are measured from every earlier one, on the geometry as shipped.
	const earlier: NonNullable<FactsLayers['earlier']> = [];
	if (folders.size === 0) throw new PipelineError(join(factsDir, 'snapshots'), null, 'holds no dated snapshot folder (YYYY-MM-DD)');
	for (const [date, dir] of folders) {
		const snapshot = readSnapshot(dir, date);
		const where = join(dir, 'occupied.geojson');
		let areas;
		try {
			areas = controlAreas(ukraine, snapshot.occupied, snapshot.contested);
		} catch (error) {
			throw new PipelineError(where, null, (error as Error).message.replace('the territory', 'Ukraine'));
		}
		const beforeNow = withoutCrumbs(intersectionOf(before.area, areas.occupied), fitting.minFragmentKm2);
		const since = withoutCrumbs(differenceOf(areas.occupied, beforeNow), fitting.minFragmentKm2);
		const occupiedFeatures = [
			{ id: 'occupied-before-2022', category: 'before-2022', name: 'Occupied before 24 February 2022', area: beforeNow },
			{ id: 'occupied-since-2022', category: 'since-2022', name: 'Occupied since 24 February 2022', area: since }
		].flatMap(({ id, category, name, area }) => (area ? [{ type: 'Feature' as const, id, properties: { id, category, name, asOf: date }, geometry: rounded(area, where, id) }] : []));
		const contestedFeatures = areas.contested
			? [{ type: 'Feature' as const, id: 'contested', properties: { id: 'contested', category: 'contested', name: 'Contested', asOf: date }, geometry: rounded(areas.contested, join(dir, 'contested.geojson'), 'contested') }]
			: [];

		const lineFeatures = (snapshot.contactLine ?? nameStretches(innerEdges(areas.occupied.geometry, ukraine.geometry), snapshot.meta.stretches, snapshot.meta.defaultStretch)).flatMap((f) => {
			const geometry = roundGeometry(f.geometry, pipelineConfig.coordinateDecimals);
			return geometry ? [{ ...f, properties: { ...f.properties, asOf: date }, geometry }] : [];
		});

		const borderFile = join(dir, 'border.json');
		const borderData = snapshot.border ?? { asOf: date, sources: {}, activeFront: [] };
		const borderSources = Object.entries((borderData as { sources?: Record<string, SourceRef> }).sources ?? {}).map(([id, ref]) => checkSource(borderFile, id, ref));
		const border = markBorderBehindRussianLines(splitBorder(borderFile, borderData, borderLine, gazetteer), [areas.occupied]).map((f) => ({
			...f,
			geometry: roundGeometry(f.geometry, pipelineConfig.coordinateDecimals)!
		}));

		const facts: FactsLayers = {
			asOf: date,
			admin1: layers.admin1,
			ukraine,
			contactLine: { type: 'FeatureCollection', features: lineFeatures },
			occupied: { type: 'FeatureCollection', features: occupiedFeatures },
			contested: { type: 'FeatureCollection', features: contestedFeatures },
			border: { type: 'FeatureCollection', features: border },
			officialBorder: official.lengths,
			kursk: { type: 'FeatureCollection', features: kursk.features.filter((f) => String(f.properties?.date) <= date) },
			kurskClaims: kursk.snapshots.filter((k) => k.date <= date),
			annexationClaims: claims
		};
		facts.earlier = [...earlier];
		const changes = snapshotChanges(facts);
		earlier.push({ asOf: date, occupied: facts.occupied, contested: facts.contested });
		const out = `facts/${date}`;
		files.set(`${out}/changes.geojson`, featureCollectionText(changeFeatures(changes, join(dir, 'occupied.geojson'))));
		files.set(`${out}/contact-line.geojson`, featureCollectionText(lineFeatures));
		files.set(`${out}/occupied.geojson`, featureCollectionText(occupiedFeatures));
		files.set(`${out}/contested.geojson`, featureCollectionText(contestedFeatures));
		files.set(`${out}/border.geojson`, featureCollectionText(border));
		const figures = computeFigures(facts, changes);
		figuresBySnapshot.set(date, figures);
		files.set(`${out}/figures.json`, jsonText(figures));
		manifest.push(...snapshotLayers(date, snapshot.meta, areas.fitted, before, borderSources, snapshot.contactLine !== null), changeLayer(date));
	}
	manifest.push({
		id: 'official-lengths',
		title: 'Official length of the Russia–Ukraine border',
		kind: 'reference-lengths',
		asOf: null,
		file: 'facts/official-lengths.json',
		source: official.lengths.map((l) => `${l.what}: ${l.source}`).join('; '),
		sources: official.sources,
		licence: 'Facts.',
		method: 'Published lengths, set beside the lengths measured on the map.',
		accuracy: official.lengths.map((l) => l.note).filter(Boolean).join(' ')
	});
	files.set('facts/official-lengths.json', jsonText({ borderWithRussia: official.lengths }));
	return { files, layers: manifest, figures: figuresBySnapshot };
}
