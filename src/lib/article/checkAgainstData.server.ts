import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { article } from './index';
import { articleNames, checkArticle, knownIdsFrom } from './checkArticle';

interface IdCollection {
	features?: Array<{ properties?: { id?: string } }>;
	objects?: Record<string, { geometries: Array<{ id?: string }> }>;
}

const read = (dataDir: string, file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as IdCollection;

/**
 * The build-time check of the article against the data the app ships: every mention names a
 * region, country or place that exists, and no known name is left unannotated. It runs when the
 * page is prerendered, so a bad mention fails `npm run build`, not a reader's visit.
 */
export function checkArticleAgainstData(dataDir = join(process.cwd(), 'static/data')): void {
	const basemap = read(dataDir, 'basemap.topojson');
	const world = read(dataDir, 'world.topojson');
	const places = read(dataDir, 'places.geojson');
	const known = knownIdsFrom({
		admin1Ids: basemap.objects!.admin1!.geometries.map((g) => String(g.id)),
		countryIds: [...basemap.objects!.countries!.geometries, ...world.objects!.countries!.geometries].map((g) => String(g.id)),
		placeIds: (places.features ?? []).map((f) => String(f.properties?.id))
	});
	const problems = checkArticle(article, known, articleNames);
	if (problems.length > 0) throw new Error(`The article does not match the map data:\n- ${problems.join('\n- ')}`);
}
