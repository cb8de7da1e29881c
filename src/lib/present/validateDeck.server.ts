import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { article } from '$lib/article';
import { defaultDataDir, shippedIds } from '$lib/data/shippedIds.server';
import { generalisationToleranceKm, type Figures } from '$lib/geo/figures';
import { frontLineReadings } from '$lib/views/claims';
import type { Deck } from './deck';
import { DeckError, defaultDeckDir, readDecks } from './deckFiles';
import { fillText } from './fillText';
import { validateDeck } from './validateDeck';

/** The shipped figures of the latest snapshot the manifest lists: what the room sees by default. */
function shippedFigures(dataDir: string): Figures {
	const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { layers: Array<{ kind?: string; asOf?: string | null; file?: string }> };
	const latest = manifest.layers.filter((l) => l.kind === 'figures' && l.file).sort((a, b) => String(a.asOf).localeCompare(String(b.asOf))).at(-1);
	if (!latest?.file) throw new Error('manifest.json lists no figures file: the decks cannot be checked');
	return JSON.parse(readFileSync(join(dataDir, latest.file), 'utf8')) as Figures;
}

/**
 * Reads every deck and checks it against the data the app ships and the article; runs when the
 * present pages are prerendered, so a deck naming an unknown id, date or placeholder fails the
 * build with a message naming the file, the chapter and the field.
 */
export function loadCheckedDecks(dataDir = defaultDataDir(), deckDir = defaultDeckDir()): Deck[] {
	const { decks, files, problems } = readDecks(deckDir);
	const figures = shippedFigures(dataDir);
	const shipped = shippedIds(dataDir);
	const ids = {
		...shipped,
		blockIds: article.blocks.map((b) => b.id),
		placeholders: {
			kurskDate: [...new Set(shipped.kurskDates)].sort(),
			frontDate: figures.changes.front.map((c) => c.from),
			tolerance: generalisationToleranceKm.map(String),
			frontReading: frontLineReadings(figures).readings.map((r) => r.id),
			region: figures.regions.map((r) => r.id)
		},
		fill: (text: string) => fillText(text, figures)
	};
	for (const deck of decks) problems.push(...validateDeck(deck, files.get(deck.id)!, ids));
	if (problems.length) throw new DeckError(problems);
	return decks;
}
