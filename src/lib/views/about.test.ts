import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestLayer } from '$lib/data/manifest';
import { citedPublishers, creditedPublishers, credits, groupLayers, layerGroupOf, readCorrections } from './about';

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
		// The corrections log has a section of its own.
		expect(groups.flatMap((g) => g.layers).length).toBe(manifest.layers.filter((l) => l.kind !== 'corrections').length);
		expect(groups.find((g) => g.id === 'reference')?.layers.map((l) => l.id)).toEqual(['europe-areas', 'official-lengths']);
		expect(groups.find((g) => g.id === 'basemap')?.layers.every((l) => l.asOf === null)).toBe(true);
	});
});

describe('citedPublishers', () => {
	it('lists the publishers of the layers’ structured sources, in order, each once', () => {
		const source = (publisher: string) => ({ publisher, title: 't', date: '2025-03-13' });
		expect(citedPublishers([{ sources: [source('A'), source('B')] }, { sources: [source('B'), source('C')] }, {}])).toEqual(['A', 'B', 'C']);
		expect(citedPublishers([])).toEqual([]);
	});
	it('finds every publisher of the shipped sources that some layer cites, and only those', () => {
		const publishers = citedPublishers(manifest.layers);
		expect(publishers).toEqual(expect.arrayContaining(['DeepState (DeepStateMap.live)', 'United Nations General Assembly', 'UN OCHA', 'UNN', 'RBC']));
		const known = sourcePublishers();
		for (const p of publishers) expect(known).toContain(p);
	});
	it('has a credit for each separately credited publisher, and that publisher is cited', () => {
		for (const p of creditedPublishers) {
			expect(credits.some((c) => c.name.includes(p.split(' (')[0]!))).toBe(true);
			expect(citedPublishers(manifest.layers)).toContain(p);
		}
	});
});

describe('readCorrections', () => {
	const entry = { id: 'a', date: '2026-11-29', layers: ['occupied'], where: 'w', what: 'x', why: 'y', figures: [{ snapshot: '2025-03-13', path: 'p', label: 'l', before: 1, after: 2 }] };
	it('keeps well-formed entries and leaves out broken ones', () => {
		expect(readCorrections({ corrections: [entry, { ...entry, id: '' }, { ...entry, figures: [{ label: 'l', before: 'x', after: 2 }] }] })).toEqual([entry]);
		expect(readCorrections({ nope: [] })).toBeUndefined();
		expect(readCorrections(null)).toBeUndefined();
	});
	it('reads the shipped log whole, each entry dated and with a reason', () => {
		const shipped = JSON.parse(readFileSync(new URL('static/data/facts/corrections.json', root), 'utf8')) as { corrections: unknown[] };
		const read = readCorrections(shipped)!;
		expect(read.length).toBe(shipped.corrections.length);
		expect(read.length).toBeGreaterThan(0);
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
