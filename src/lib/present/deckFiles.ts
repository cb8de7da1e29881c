// The decks on disk: every content/decks/*.yaml, read and checked for form (deckFormat.ts). Node
// only, and without SvelteKit's aliases: the build's check (validateDeck.server.ts), the unit and
// end-to-end tests and the benchmark all enumerate the decks and their chapters with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultDeckId, type Deck } from './deck';
import { deckIdOf, formatProblem, parseDeck, type DeckProblem } from './deckFormat';

/** Where the decks lie (the build and the tests run at the project root). */
export const defaultDeckDir = () => join(process.cwd(), 'content/decks');

/**
 * Every deck file, read: the default deck first, then the others by name; the file of each deck
 * (by its id, as messages name it); and what is wrong with them.
 */
export function readDecks(dir = defaultDeckDir()): { decks: Deck[]; files: Map<string, string>; problems: DeckProblem[] } {
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort((a, b) => Number(b.startsWith(`${defaultDeckId}.`)) - Number(a.startsWith(`${defaultDeckId}.`)) || a.localeCompare(b));
	const decks: Deck[] = [];
	const fileOf = new Map<string, string>();
	const problems: DeckProblem[] = [];
	for (const name of files) {
		const path = relative(process.cwd(), join(dir, name));
		const parsed = parseDeck(path, readFileSync(path, 'utf8'));
		problems.push(...parsed.problems);
		if (parsed.deck) decks.push(parsed.deck);
		fileOf.set(deckIdOf(name), path);
	}
	if (!fileOf.has(defaultDeckId)) problems.push({ file: relative(process.cwd(), dir) || '.', message: `no deck "${defaultDeckId}" (${defaultDeckId}.yaml), the one /present/ opens by default` });
	return { decks, files: fileOf, problems };
}

/** Thrown when a deck file is wrong: one line per problem, each naming the file, the chapter and the field. */
export class DeckError extends Error {
	constructor(readonly problems: DeckProblem[]) {
		super(`The presentation decks have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n- ${problems.map(formatProblem).join('\n- ')}`);
		this.name = 'DeckError';
	}
}

/** The shipped decks, default first; throws a DeckError when any file is not of the form. */
export function shippedDecks(dir = defaultDeckDir()): Deck[] {
	const { decks, problems } = readDecks(dir);
	if (problems.length) throw new DeckError(problems);
	return decks;
}
