import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ManifestLayer } from '$lib/data/manifest';
import { csvColumns, csvField, figureRows, figuresCsv, figuresDates, parseCsv, type SnapshotFigures } from './figureRows';

const layer = (over: Partial<ManifestLayer>): ManifestLayer => ({ id: 'x', title: 'X', kind: 'occupied', asOf: null, file: 'x.geojson', source: 'S', licence: 'L', method: 'M', accuracy: 'A', ...over });
const region = (id: string, occupiedKm2: number) => ({ id, name: `Region ${id}`, measuredAreaKm2: 1000, officialAreaKm2: 1010, occupiedKm2, occupiedShare: occupiedKm2 / 1000, contestedKm2: 1.5, annexationClaimedOn: id === 'UA-14' ? '2022-09-30' : null });

describe('figureRows', () => {
	const layers = [
		layer({ kind: 'occupied', asOf: '2025-03-13', source: 'DeepState, 13 March', licence: 'DeepState terms' }),
		layer({ kind: 'figures', asOf: '2025-03-13', source: 'Computed' }),
		layer({ kind: 'figures', asOf: '2022-02-23', source: 'Computed in 2022', licence: 'As the layers.' })
	];
	const snapshots: SnapshotFigures[] = [
		{ asOf: '2025-03-13', regions: [region('UA-14', 700), region('UA-63', 35)] },
		{ asOf: '2022-02-23', regions: [region('UA-14', 300)] }
	];

	it('gives one row per region and date, oldest date first, with the date’s source and licence', () => {
		const rows = figureRows(snapshots, layers);
		expect(rows.map((r) => `${r.date} ${r.id} ${r.occupiedKm2}`)).toEqual(['2022-02-23 UA-14 300', '2025-03-13 UA-14 700', '2025-03-13 UA-63 35']);
		expect(rows[1]).toMatchObject({ source: 'DeepState, 13 March', licence: 'DeepState terms', annexationClaimedOn: '2022-09-30', officialAreaKm2: 1010 });
		// Without an occupied layer for the date, its figures layer's provenance.
		expect(rows[0]).toMatchObject({ source: 'Computed in 2022', licence: 'As the layers.' });
	});

	it('lists the dates of the manifest’s figures', () => {
		expect(figuresDates(layers)).toEqual(['2022-02-23', '2025-03-13']);
	});

	it('writes a CSV that reads back to the same figures', () => {
		const rows = figureRows(snapshots, layers);
		const [header, ...body] = parseCsv(figuresCsv(rows));
		expect(header).toEqual(csvColumns.map((c) => c.header));
		expect(body).toHaveLength(rows.length);
		body.forEach((cells, i) => {
			const row = rows[i]!;
			expect(cells[0]).toBe(row.id);
			expect(Number(cells[3])).toBe(row.occupiedKm2);
			expect(Number(cells[4])).toBe(row.occupiedShare);
			expect(cells[8]).toBe(row.annexationClaimedOn ?? '');
		});
	});
});

describe('csvField', () => {
	it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "yes"')).toBe('"say ""yes"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField(null)).toBe('');
		expect(csvField(0.6905)).toBe('0.6905');
	});
});

describe('the shipped figures', () => {
	it('make a CSV whose every row equals its figures.json', () => {
		const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as { layers: ManifestLayer[] };
		const dates = figuresDates(manifest.layers);
		expect(dates.length).toBeGreaterThan(1);
		const snapshots = dates.map((d) => JSON.parse(readFileSync(`static/data/facts/${d}/figures.json`, 'utf8')) as SnapshotFigures);
		const body = parseCsv(figuresCsv(figureRows(snapshots, manifest.layers))).slice(1);
		const expected = snapshots.flatMap((s) => s.regions.map((r) => [r.id, r.name, s.asOf, String(r.occupiedKm2), String(r.occupiedShare), String(r.measuredAreaKm2), r.officialAreaKm2 === null ? '' : String(r.officialAreaKm2), String(r.contestedKm2), r.annexationClaimedOn ?? '']));
		expect(body.map((cells) => cells.slice(0, 9))).toEqual(expected);
	});
});
