// One walk through the presentation deck at one window size (sections 3 and 4 of `npm run bench`),
// printed as a table with a row per transition as it comes and one for all.
import type { Browser } from '@playwright/test';
import { shippedDecks } from '../../src/lib/present/deckFiles';
import type { Scripts } from './longTasks.js';
import { measurePresentation, type PresentRun, type TransitionSample } from './present.js';
import { table } from './report.js';
import { loadTimeout, transitionTimeout, type BenchServer } from './setup.js';

/** The default deck's chapters (content/decks/ceasefire.yaml): /present/ without a `deck` in its link. */
const deck = shippedDecks()[0]!.chapters;

/** How a walk through the deck is printed: a table with a row per transition and one for all. */
export interface DeckTable {
	title: string;
	header: string[];
	widths: number[];
	row: (label: string, samples: TransitionSample[]) => string[];
	totalLabel: (transitions: number) => string;
}

/** Steps through the deck at one window size, printing each transition's row as it comes. */
export async function walkDeck(browser: Browser, server: BenchServer, viewport: { width: number; height: number }, view: DeckTable, trace?: Scripts): Promise<PresentRun> {
	const line = (rows: (string[] | 'rule')[]) => table(view.header, rows, [], view.widths).split('\n').slice(2).join('\n');
	console.log(`\n  ${viewport.width}×${viewport.height}, ${view.title}:`);
	console.log(table(view.header, [], [], view.widths));
	const run = await measurePresentation(
		browser,
		server.origin,
		deck.map((c) => c.id),
		viewport,
		{ loadTimeout, transitionTimeout, trace, onTransition: (sample, i) => console.log(line([view.row(`${i}. ${sample.from} → ${sample.to}`, [sample])])) }
	);
	console.log(line(['rule', view.row(view.totalLabel(run.transitions.length), run.transitions)]));
	return run;
}
