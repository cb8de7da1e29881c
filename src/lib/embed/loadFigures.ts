// The figures table's data in the browser: the manifest names the snapshots, each snapshot's
// figures.json gives its rows (the same rows as the CSV download, figureRows.ts).
import { readDataFile } from '$lib/data/fetchJson';
import type { ManifestLayer } from '$lib/data/manifest';
import { figuresSchema, manifestSchema } from '$lib/data/schemas/files';
import { figureRows, figuresDates, type FigureRow } from './figureRows';

/** Every region's figures on every date; rejects with an error naming the file that failed. */
export async function loadFigureRows(dataUrl: URL, fetchFn: typeof fetch = (...args) => fetch(...args)): Promise<FigureRow[]> {
	const manifest = await readDataFile(fetchFn, new URL('manifest.json', dataUrl), 'manifest.json', manifestSchema);
	const layers = manifest.layers as ManifestLayer[];
	const snapshots = await Promise.all(figuresDates(layers).map((date) => readDataFile(fetchFn, new URL(`facts/${date}/figures.json`, dataUrl), `facts/${date}/figures.json`, figuresSchema)));
	return figureRows(snapshots, layers);
}

/** The rows by date, the latest date first (the article's day leads). */
export function rowsByDate(rows: readonly FigureRow[]): { date: string; rows: FigureRow[] }[] {
	const dates = [...new Set(rows.map((r) => r.date))].sort().reverse();
	return dates.map((date) => ({ date, rows: rows.filter((r) => r.date === date) }));
}
