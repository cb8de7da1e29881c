import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { article } from '$lib/article';
import { deck } from './deck';
import { validateDeck } from './validateDeck';

interface IdCollection {
	features?: Array<{ properties?: { id?: string; date?: string } }>;
	objects?: Record<string, { geometries: Array<{ id?: string }> }>;
}

const read = (dataDir: string, file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as IdCollection;

/** Checks the deck against the data the app ships; runs at prerender, so a bad id fails the build. */
export function checkDeckAgainstData(dataDir = join(process.cwd(), 'static/data')): void {
	const basemap = read(dataDir, 'basemap.topojson');
	const world = read(dataDir, 'world.topojson');
	const places = read(dataDir, 'places.geojson');
	const kursk = read(dataDir, 'facts/kursk.geojson');
	const problems = validateDeck(deck, {
		admin1Ids: basemap.objects!.admin1!.geometries.map((g) => String(g.id)),
		countryIds: [...basemap.objects!.countries!.geometries, ...world.objects!.countries!.geometries].map((g) => String(g.id)),
		placeIds: (places.features ?? []).map((f) => String(f.properties?.id)),
		blockIds: article.blocks.map((b) => b.id),
		kurskDates: (kursk.features ?? []).map((f) => String(f.properties?.date))
	});
	if (problems.length > 0) throw new Error(`The presentation deck does not match the data:\n- ${problems.join('\n- ')}`);
}
