import { loadCheckedDecks } from '$lib/present/validateDeck.server';

// Runs once, when the present pages are prerendered: the decks of content/decks/ are read and
// checked against the data and the article (a wrong id, date, field or placeholder fails the build),
// then handed to both pages, the audience's and the presenter's, as data.
export function load() {
	return { decks: loadCheckedDecks() };
}
