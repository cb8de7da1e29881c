import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ManifestLayer } from '$lib/data/manifest';
import { figuresLayers, layerDownload } from './downloads';

describe('layerDownload', () => {
	it('names the format, and the object of a TopoJSON file shared by several layers', () => {
		expect(layerDownload({ file: 'facts/2025-03-13/occupied.geojson' })).toEqual({ file: 'facts/2025-03-13/occupied.geojson', saveAs: 'frontline-atlas_facts_2025-03-13_occupied.geojson', format: 'GeoJSON' });
		expect(layerDownload({ file: 'basemap.topojson', object: 'admin1' }).format).toBe('TopoJSON, object “admin1”, with the other layers of that file');
		expect(layerDownload({ file: 'facts/annexation-claims.json' }).format).toBe('JSON');
	});
});

describe('the shipped manifest', () => {
	const layers = (JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as { layers: ManifestLayer[] }).layers;
	it('names only files that are shipped', () => {
		for (const layer of layers) expect(() => readFileSync(`static/data/${layerDownload(layer).file}`), layer.id).not.toThrow();
	});
	it('has a figures file per snapshot, oldest first', () => {
		const dates = figuresLayers(layers).map((l) => l.asOf);
		expect(dates.length).toBeGreaterThan(1);
		expect(dates).toEqual([...dates].sort());
	});
});
