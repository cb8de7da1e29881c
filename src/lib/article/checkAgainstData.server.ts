import { defaultDataDir, shippedIds } from '../data/shippedIds.server';
import { article } from './index';
import { articleNames, checkArticle, knownIdsFrom } from './checkArticle';

/**
 * The build-time check of the article against the data the app ships: every mention names a
 * region, country or place that exists, and no known name is left unannotated. It runs when the
 * page is prerendered, so a bad mention fails `npm run build`, not a reader's visit.
 */
export function checkArticleAgainstData(dataDir = defaultDataDir()): void {
	const problems = checkArticle(article, knownIdsFrom(shippedIds(dataDir)), articleNames);
	if (problems.length > 0) throw new Error(`The article does not match the map data:\n- ${problems.join('\n- ')}`);
}
