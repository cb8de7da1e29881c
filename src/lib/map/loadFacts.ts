import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Figures } from '$lib/geo/figures';
import { DataLoadError, asFeatureCollection, fetchJson } from '$lib/data/fetchJson';
import type { ManifestLayer } from '$lib/data/manifest';
import type { AnnexationClaim, FactsData } from '$lib/types/mapData';
import { outerEdges } from './outerEdges';

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Every snapshot date the manifest has: the dates of its contact-line layers, oldest first, each once. */
export function snapshotDates(layers: ManifestLayer[]): string[] {
	const dates = layers.filter((l) => l.kind === 'contact-line' && isDate(l.asOf)).map((l) => l.asOf as string);
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

function asFigures(value: unknown, file: string): Figures {
	const figures = value as Partial<Figures> | null;
	const isNumber = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
	if (
		!isNumber(figures?.ukraine?.occupiedKm2) ||
		!isNumber(figures?.ukraine?.occupiedShare) ||
		!isNumber(figures?.ukraine?.contestedKm2) ||
		!isNumber(figures?.contactLine?.totalKm) ||
		!Array.isArray(figures?.kursk?.snapshots)
	) {
		throw new DataLoadError(file, 'it lacks the occupied or contested area, the contact line length or the Kursk snapshots');
	}
	return figures as Figures;
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

/**
 * Loads the facts of one snapshot: `snapshot` when given (a date the manifest lists), else the
 * latest on or before `articleDate`. The manifest comes first, to learn which snapshots and files
 * there are, then those files in parallel. Errors name the file, as the basemap loader's do.
 */
export async function loadFacts(dataUrl: URL, articleDate: string, fetchFn: typeof fetch = fetch, snapshot: string | null = null): Promise<FactsData> {
	const url = (file: string) => new URL(file, dataUrl);
	const manifest = (await fetchJson(fetchFn, url('manifest.json'), 'manifest.json')) as { layers?: ManifestLayer[] } | null;
	if (!Array.isArray(manifest?.layers)) throw new DataLoadError('manifest.json', 'it has no list of layers');
	const layers = manifest.layers;
	const snapshots = snapshotDates(layers);
	if (snapshot !== null && !snapshots.includes(snapshot)) throw new DataLoadError('manifest.json', `it lists no snapshot dated ${snapshot}`);
	const asOf = snapshot ?? pickSnapshot(layers, articleDate);
	if (!asOf) throw new DataLoadError('manifest.json', `it lists no contact line dated on or before ${articleDate}`);

	const files = {
		contactLine: layerFile(layers, 'contact-line', asOf),
		occupied: layerFile(layers, 'occupied', asOf),
		contested: layerFile(layers, 'contested', asOf),
		border: layerFile(layers, 'border', asOf),
		figures: layerFile(layers, 'figures', asOf),
		kursk: layerFile(layers, 'ukrainian-held-in-russia', null),
		claims: layerFile(layers, 'annexation-claim', null)
	};
	const [contactLine, occupied, contested, border, figures, kursk, claims] = await Promise.all(
		[files.contactLine, files.occupied, files.contested, files.border, files.figures, files.kursk, files.claims].map((file) => fetchJson(fetchFn, url(file), file))
	);

	const claimList = (claims as { claims?: AnnexationClaim[] } | null)?.claims;
	if (!Array.isArray(claimList) || claimList.some((c) => typeof c?.id !== 'string')) throw new DataLoadError(files.claims, 'it has no list of claims with ids');

	const kurskFc = asFeatureCollection(kursk, files.kursk) as FeatureCollection<Polygon | MultiPolygon>;
	if (kurskFc.features.some((f) => f.properties?.category !== 'held' && f.properties?.category !== 'contested')) {
		throw new DataLoadError(files.kursk, 'a feature has no category (held or contested)');
	}
	// One entry per date, oldest first; a date after the snapshot's would show the future.
	const kurskSnapshots = [...new Map(kurskFc.features.map((f) => [String(f.properties?.date), String(f.properties?.label ?? '')])).entries()]
		.map(([date, label]) => ({ date, label }))
		.filter((s) => isDate(s.date) && s.date <= asOf)
		.sort((a, b) => a.date.localeCompare(b.date));
	const checkedFigures = asFigures(figures, files.figures);

	return {
		asOf,
		snapshots,
		contactLine: asFeatureCollection(contactLine, files.contactLine) as FeatureCollection<LineString | MultiLineString>,
		occupied: asFeatureCollection(occupied, files.occupied) as FeatureCollection<Polygon | MultiPolygon>,
		contested: asFeatureCollection(contested, files.contested) as FeatureCollection<Polygon | MultiPolygon>,
		border: asFeatureCollection(border, files.border) as FeatureCollection<LineString | MultiLineString>,
		kursk: kurskFc,
		kurskExtents: kurskExtents(kurskFc, kurskSnapshots.map((s) => s.date)),
		kurskSnapshots,
		kurskPeakDate: checkedFigures.kursk.peak?.date ?? null,
		annexationClaims: claimList,
		figures: checkedFigures
	};
}
