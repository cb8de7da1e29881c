import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface IdCollection {
	features?: Array<{ properties?: { id?: string; date?: string } }>;
	objects?: Record<string, { geometries: Array<{ id?: string }> }>;
}

const read = (dataDir: string, file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as IdCollection;

/** Where the shipped data lies when the site is built (prerendering runs at the project root). */
export const defaultDataDir = () => join(process.cwd(), 'static/data');

/**
 * The ids the shipped data defines, for the build-time checks of content that names them (the
 * article's mentions, the presentation deck): admin-1 regions, countries (basemap and world),
 * places, the dates of the Kursk layer and the dated snapshots of the front (the manifest's
 * contact lines).
 */
export function shippedIds(dataDir = defaultDataDir()) {
	const basemap = read(dataDir, 'basemap.topojson');
	const world = read(dataDir, 'world.topojson');
	const places = read(dataDir, 'places.geojson');
	const kursk = read(dataDir, 'facts/kursk.geojson');
	const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { layers?: Array<{ kind?: string; asOf?: string | null }> };
	return {
		admin1Ids: basemap.objects!.admin1!.geometries.map((g) => String(g.id)),
		countryIds: [...basemap.objects!.countries!.geometries, ...world.objects!.countries!.geometries].map((g) => String(g.id)),
		placeIds: (places.features ?? []).map((f) => String(f.properties?.id)),
		kurskDates: (kursk.features ?? []).map((f) => String(f.properties?.date)),
		snapshots: [...new Set((manifest.layers ?? []).filter((l) => l.kind === 'contact-line' && l.asOf).map((l) => String(l.asOf)))]
	};
}
