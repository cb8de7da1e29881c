import * as v from 'valibot';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Figures } from '$lib/geo/figures';
import { isCalendarDate } from '$lib/data/calendarDate';
import { DataLoadError, noFeatures, readDataFile, unavailable } from '$lib/data/fetchJson';
import type { ManifestLayer } from '$lib/data/manifest';
import { annexationClaimsSchema, borderSchema, changesSchema, contactLineSchema, contestedSchema, figuresSchema, kurskSchema, manifestSchema, occupiedSchema } from '$lib/data/schemas/files';
import type { AnnexationClaim, ChangeAreas, FactsData, UnavailableLayerData } from '$lib/types/mapData';
import type { FactsLayer } from '$lib/types/mapView';
import { outerEdges } from './outerEdges';


/** Every snapshot date the manifest has: the dates of its contact-line layers, oldest first, each once. */
export function snapshotDates(layers: ManifestLayer[]): string[] {
	const dates = layers.filter((l) => l.kind === 'contact-line' && isCalendarDate(l.asOf)).map((l) => l.asOf as string);
	return [...new Set(dates)].sort();
}

/** The contact-line snapshot to show: the latest whose date is on or before `date`. */
export function pickSnapshot(layers: ManifestLayer[], date: string): string | null {
	return snapshotDates(layers).filter((d) => d <= date).at(-1) ?? null;
}

function layerFile(layers: ManifestLayer[], kind: string, asOf: string | null): string {
	const layer = layers.find((l) => l.kind === kind && (asOf === null || l.asOf === asOf));
	if (!layer) throw new DataLoadError('manifest.json', `it lists no ${kind} layer${asOf ? ` for ${asOf}` : ''}`);
	return layer.file;
}

/** The outer edge of each Kursk date's held and contested ground together (their shared edges left out). */
function kurskExtents(kursk: FeatureCollection<Polygon | MultiPolygon>, dates: string[]): FeatureCollection<MultiLineString> {
	return {
		type: 'FeatureCollection',
		features: dates.map((date) => ({
			type: 'Feature',
			properties: { date },
			geometry: outerEdges(kursk.features.filter((f) => f.properties?.date === date).map((f) => f.geometry))
		}))
	};
}

/** The facts files of a snapshot: its kind in the manifest, its schema, and what the reader loses without it. */
const factsFiles = {
	contactLine: { kind: 'contact-line', dated: true, schema: contactLineSchema, what: 'the contact line', layers: ['contactLine'] },
	occupied: { kind: 'occupied', dated: true, schema: occupiedSchema, what: 'the occupied territory', layers: ['occupied'] },
	contested: { kind: 'contested', dated: true, schema: contestedSchema, what: 'the contested ground', layers: ['contested'] },
	border: { kind: 'border', dated: true, schema: borderSchema, what: 'the active border front', layers: ['borderFront'] },
	figures: { kind: 'figures', dated: true, schema: figuresSchema, what: 'the measured figures (areas, lengths, shares)', layers: [] },
	kursk: { kind: 'ukrainian-held-in-russia', dated: false, schema: kurskSchema, what: 'the Ukrainian-held ground in Kursk oblast', layers: ['kursk'] },
	claims: { kind: 'annexation-claim', dated: false, schema: annexationClaimsSchema, what: 'the regions Russia claims to have annexed', layers: ['annexationClaims'] }
} as const satisfies Record<string, { kind: string; dated: boolean; schema: v.GenericSchema; what: string; layers: readonly FactsLayer[] }>;

type FactsFileId = keyof typeof factsFiles;

/** The figures file of `facts` that could not be used (the one unavailable file without layers), if any. */
export function missingFigures(facts: Pick<FactsData, 'unavailable'>): UnavailableLayerData | null {
	return facts.unavailable.find((u) => u.layers.length === 0 && u.file.endsWith('figures.json')) ?? null;
}
type FactsFileValue<K extends FactsFileId> = v.InferOutput<(typeof factsFiles)[K]['schema']>;

/**
 * Loads the facts of one snapshot: `snapshot` when given (a date the manifest lists), else the
 * latest on or before `articleDate`. The manifest comes first, to learn which snapshots and files
 * there are, then those files in parallel, each checked against its schema. Without the manifest
 * there are no facts: it rejects with a DataLoadError naming it. A file that cannot be used leaves
 * its layer empty (its figures null) and is listed in `unavailable` with what the reader loses.
 */
export async function loadFacts(dataUrl: URL, articleDate: string, fetchFn: typeof fetch = fetch, snapshot: string | null = null, withChanges = false): Promise<FactsData> {
	const url = (file: string) => new URL(file, dataUrl);
	const manifest = await readDataFile(fetchFn, url('manifest.json'), 'manifest.json', manifestSchema);
	const layers = manifest.layers as ManifestLayer[];
	const snapshots = snapshotDates(layers);
	if (snapshot !== null && !snapshots.includes(snapshot)) throw new DataLoadError('manifest.json', `it lists no snapshot dated ${snapshot}`);
	const asOf = snapshot ?? pickSnapshot(layers, articleDate);
	if (!asOf) throw new DataLoadError('manifest.json', `it lists no contact line dated on or before ${articleDate}`);

	const missing: UnavailableLayerData[] = [];
	const ids = Object.keys(factsFiles) as FactsFileId[];
	const fileOf = new Map(ids.map((id) => [id, layerFile(layers, factsFiles[id].kind, factsFiles[id].dated ? asOf : null)]));
	const settled = await Promise.allSettled(ids.map((id) => readDataFile(fetchFn, url(fileOf.get(id)!), fileOf.get(id)!, factsFiles[id].schema)));
	const read = new Map<FactsFileId, unknown>();
	settled.forEach((result, i) => {
		const id = ids[i]!;
		if (result.status === 'fulfilled') read.set(id, result.value);
		else missing.push({ ...unavailable(fileOf.get(id)!, factsFiles[id].what, result.reason), layers: [...factsFiles[id].layers] });
	});
	const get = <K extends FactsFileId>(id: K) => (read.get(id) as FactsFileValue<K> | undefined) ?? null;

	const kurskFc = (get('kursk') as FeatureCollection<Polygon | MultiPolygon> | null) ?? noFeatures<Polygon | MultiPolygon>();
	// One entry per date, oldest first; a date after the snapshot's would show the future.
	const kurskSnapshots = [...new Map(kurskFc.features.map((f) => [String(f.properties?.date), String(f.properties?.label ?? '')])).entries()]
		.map(([date, label]) => ({ date, label }))
		.filter((s) => s.date <= asOf)
		.sort((a, b) => a.date.localeCompare(b.date));
	const figures = get('figures') as Figures | null;
	// The ground that changed hands up to this snapshot, only for a page that draws it (presentation's compare chapters).
	const changesFile = withChanges ? layers.find((l) => l.kind === 'change' && l.asOf === asOf)?.file : undefined;
	const changes = changesFile ? await readDataFile(fetchFn, url(changesFile), changesFile, changesSchema).catch((error: unknown) => void missing.push({ ...unavailable(changesFile, 'the ground that changed hands between dates', error), layers: [] })) : undefined;

	return {
		asOf,
		snapshots,
		contactLine: (get('contactLine') as FeatureCollection<LineString | MultiLineString> | null) ?? noFeatures(),
		occupied: (get('occupied') as FeatureCollection<Polygon | MultiPolygon> | null) ?? noFeatures(),
		contested: (get('contested') as FeatureCollection<Polygon | MultiPolygon> | null) ?? noFeatures(),
		border: (get('border') as FeatureCollection<LineString | MultiLineString> | null) ?? noFeatures(),
		kursk: kurskFc,
		kurskExtents: kurskExtents(kurskFc, kurskSnapshots.map((s) => s.date)),
		kurskSnapshots,
		kurskPeakDate: figures?.kursk.peak?.date ?? null,
		annexationClaims: (get('claims')?.claims as AnnexationClaim[] | undefined) ?? [],
		figures,
		...(changes ? { changes: changes as ChangeAreas } : {}),
		unavailable: missing
	};
}
