import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Figures } from '$lib/geo/figures';
import { DataLoadError, asFeatureCollection, fetchJson } from './loadBasemapData';
import type { ManifestLayer } from '$lib/data/manifest';

export type { ManifestLayer };


export interface AnnexationClaim {
	id: string;
	name: string;
	claimedOn: string;
	source: string;
	note?: string;
}

export interface KurskSnapshot {
	date: string;
	label: string;
}

/** The facts of one dated snapshot, everything the map and the panel draw from. */
export interface FactsData {
	/** The snapshot's date: the article's date, or the latest snapshot before it. */
	asOf: string;
	contactLine: FeatureCollection<LineString | MultiLineString>;
	occupied: FeatureCollection<Polygon | MultiPolygon>;
	border: FeatureCollection<LineString | MultiLineString>;
	kursk: FeatureCollection<Polygon | MultiPolygon>;
	/** Dates of the Kursk layer up to `asOf`, oldest first: a later date would show the future. */
	kurskSnapshots: KurskSnapshot[];
	/** The Kursk date held at its largest, drawn as an outline for comparison. */
	kurskPeakDate: string | null;
	annexationClaims: AnnexationClaim[];
	figures: Figures;
}

/** The contact-line snapshot to show: the latest whose date is on or before `date`. */
export function pickSnapshot(layers: ManifestLayer[], date: string): string | null {
	const dates = layers
		.filter((l) => l.kind === 'contact-line' && typeof l.asOf === 'string' && l.asOf <= date)
		.map((l) => l.asOf as string)
		.sort();
	return dates.at(-1) ?? null;
}

function layerFile(layers: ManifestLayer[], kind: string, asOf: string | null): string {
	const layer = layers.find((l) => l.kind === kind && (asOf === null || l.asOf === asOf));
	if (!layer) throw new DataLoadError('manifest.json', `it lists no ${kind} layer${asOf ? ` for ${asOf}` : ''}`);
	return layer.file;
}

function asFigures(value: unknown, file: string): Figures {
	const figures = value as Partial<Figures> | null;
	const isNumber = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
	if (!isNumber(figures?.ukraine?.occupiedKm2) || !isNumber(figures?.ukraine?.occupiedShare) || !isNumber(figures?.contactLine?.totalKm) || !Array.isArray(figures?.kursk?.snapshots)) {
		throw new DataLoadError(file, 'it lacks the occupied area, the contact line length or the Kursk snapshots');
	}
	return figures as Figures;
}

/**
 * Loads the facts for `articleDate`: the manifest first, to learn which snapshot and files there
 * are, then those files in parallel. Errors name the file, as the basemap loader's do.
 */
export async function loadFacts(dataUrl: URL, articleDate: string, fetchFn: typeof fetch = fetch): Promise<FactsData> {
	const url = (file: string) => new URL(file, dataUrl);
	const manifest = (await fetchJson(fetchFn, url('manifest.json'), 'manifest.json')) as { layers?: ManifestLayer[] } | null;
	if (!Array.isArray(manifest?.layers)) throw new DataLoadError('manifest.json', 'it has no list of layers');
	const layers = manifest.layers;
	const asOf = pickSnapshot(layers, articleDate);
	if (!asOf) throw new DataLoadError('manifest.json', `it lists no contact line dated on or before ${articleDate}`);

	const files = {
		contactLine: layerFile(layers, 'contact-line', asOf),
		occupied: layerFile(layers, 'occupied', asOf),
		border: layerFile(layers, 'border', asOf),
		figures: layerFile(layers, 'figures', asOf),
		kursk: layerFile(layers, 'ukrainian-held-in-russia', null),
		claims: layerFile(layers, 'annexation-claim', null)
	};
	const [contactLine, occupied, border, figures, kursk, claims] = await Promise.all(
		[files.contactLine, files.occupied, files.border, files.figures, files.kursk, files.claims].map((file) => fetchJson(fetchFn, url(file), file))
	);

	const claimList = (claims as { claims?: AnnexationClaim[] } | null)?.claims;
	if (!Array.isArray(claimList) || claimList.some((c) => typeof c?.id !== 'string')) throw new DataLoadError(files.claims, 'it has no list of claims with ids');

	const kurskFc = asFeatureCollection(kursk, files.kursk) as FeatureCollection<Polygon | MultiPolygon>;
	const kurskSnapshots = kurskFc.features
		.map((f) => ({ date: String(f.properties?.date), label: String(f.properties?.label ?? '') }))
		.filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.date) && s.date <= asOf)
		.sort((a, b) => a.date.localeCompare(b.date));
	const checkedFigures = asFigures(figures, files.figures);

	return {
		asOf,
		contactLine: asFeatureCollection(contactLine, files.contactLine) as FeatureCollection<LineString | MultiLineString>,
		occupied: asFeatureCollection(occupied, files.occupied) as FeatureCollection<Polygon | MultiPolygon>,
		border: asFeatureCollection(border, files.border) as FeatureCollection<LineString | MultiLineString>,
		kursk: kurskFc,
		kurskSnapshots,
		kurskPeakDate: checkedFigures.kursk.peak?.date ?? kurskSnapshots.find((s) => s.label === 'peak')?.date ?? null,
		annexationClaims: claimList,
		figures: checkedFigures
	};
}
