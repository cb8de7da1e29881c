import { article } from '$lib/article';
import { defaultDataDir, shippedIds } from '$lib/data/shippedIds.server';
import { deck } from './deck';
import { validateDeck } from './validateDeck';

/** Checks the deck against the data the app ships; runs at prerender, so a bad id fails the build. */
export function checkDeckAgainstData(dataDir = defaultDataDir()): void {
	const problems = validateDeck(deck, { ...shippedIds(dataDir), blockIds: article.blocks.map((b) => b.id) });
	if (problems.length > 0) throw new Error(`The presentation deck does not match the data:\n- ${problems.join('\n- ')}`);
}
