// The figures per region and date, as one table: the rows of the CSV download (built when the site
// is prerendered, src/routes/data/figures.csv/+server.ts) and of the figures table in the panel.
// Read from each snapshot's figures.json, which the pipeline measured with Turf on the shipped
// geometry; the source and licence of each date are the manifest's, for that date's occupied layer.
import type { ManifestLayer } from '$lib/data/manifest';

/** A region's figures in a snapshot's figures.json (`regions`). */
export interface RegionFigures {
	id: string;
	name: string;
	measuredAreaKm2: number;
	officialAreaKm2: number | null;
	occupiedKm2: number;
	/** Of the measured area. */
	occupiedShare: number;
	contestedKm2: number;
	annexationClaimedOn: string | null;
}

/** One snapshot's figures: its date and its regions. */
export interface SnapshotFigures {
	asOf: string;
	regions: readonly RegionFigures[];
}

export interface FigureRow extends RegionFigures {
	date: string;
	/** Where the occupied ground of that date comes from, as the manifest says. */
	source: string;
	licence: string;
}

/** The snapshots' dates, oldest first, from the manifest's figures layers. */
export function figuresDates(layers: readonly Pick<ManifestLayer, 'kind' | 'asOf'>[]): string[] {
	return [...new Set(layers.filter((l) => l.kind === 'figures' && l.asOf).map((l) => l.asOf!))].sort();
}

/**
 * One row per region and date, the dates oldest first and the regions in each file's order. A date
 * whose occupied layer the manifest does not list gets its figures layer's source and licence.
 */
export function figureRows(snapshots: readonly SnapshotFigures[], layers: readonly ManifestLayer[]): FigureRow[] {
	const provenance = (date: string) => {
		const layer = layers.find((l) => l.kind === 'occupied' && l.asOf === date) ?? layers.find((l) => l.kind === 'figures' && l.asOf === date);
		return { source: layer?.source ?? 'not listed in the manifest', licence: layer?.licence ?? 'not listed in the manifest' };
	};
	return [...snapshots]
		.sort((a, b) => a.asOf.localeCompare(b.asOf))
		.flatMap((snapshot) => {
			const { source, licence } = provenance(snapshot.asOf);
			return snapshot.regions.map((r) => ({
				id: r.id,
				name: r.name,
				date: snapshot.asOf,
				measuredAreaKm2: r.measuredAreaKm2,
				officialAreaKm2: r.officialAreaKm2,
				occupiedKm2: r.occupiedKm2,
				occupiedShare: r.occupiedShare,
				contestedKm2: r.contestedKm2,
				annexationClaimedOn: r.annexationClaimedOn,
				source,
				licence
			}));
		});
}

/** The CSV's columns: its header, and how each is read from a row (numbers as figures.json has them). */
export const csvColumns: readonly { header: string; value: (row: FigureRow) => string | number | null }[] = [
	{ header: 'region_id', value: (r) => r.id },
	{ header: 'region_name', value: (r) => r.name },
	{ header: 'date', value: (r) => r.date },
	{ header: 'occupied_km2', value: (r) => r.occupiedKm2 },
	{ header: 'occupied_share_of_measured_area', value: (r) => r.occupiedShare },
	{ header: 'measured_area_km2', value: (r) => r.measuredAreaKm2 },
	{ header: 'official_area_km2', value: (r) => r.officialAreaKm2 },
	{ header: 'contested_km2', value: (r) => r.contestedKm2 },
	{ header: 'annexation_claimed_on', value: (r) => r.annexationClaimedOn },
	{ header: 'source', value: (r) => r.source },
	{ header: 'licence', value: (r) => r.licence }
];

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. A
 * text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
 * apostrophe; null is an empty field.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV file: a header row, then one row per region and date, CRLF line ends as RFC 4180 has them. */
export function figuresCsv(rows: readonly FigureRow[]): string {
	const lines = [csvColumns.map((c) => c.header), ...rows.map((row) => csvColumns.map((c) => csvField(c.value(row))))];
	return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** Reads a CSV written by figuresCsv back into its rows of fields (for tests and checks). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
		else if (c === ',') endField();
		else if (c === '\n') {
			endField();
			rows.push(row);
			row = [];
		}
	}
	if (field || row.length) {
		endField();
		rows.push(row);
	}
	return rows;
}
