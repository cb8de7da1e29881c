// The shape of a presentation deck. The decks themselves are content: YAML files in content/decks/
// (see the README's "Decks"), read and checked when the site is built (deckFiles.ts,
// validateDeck.server.ts) and handed to the pages as data. Type imports only: the end-to-end tests
// and the benchmark import this file outside the app.
import type { FactsVisibility, MapRef, MapView } from '$lib/types/mapView';

/**
 * One chapter of the presentation: a view of the map (where the camera goes, what it shows, what is
 * selected) and what the room reads. Its `camera`, when it has none, is its selection; its `layers`
 * are all of them, not a change from the chapter before; its `kurskDate`, when it has none, is the
 * article's date.
 */
export interface Chapter extends MapView {
	/** A stable slug; `/present/?chapter=<id>` opens it. */
	id: string;
	title: string;
	/**
	 * About the block `quoteBlockId` of the article, at most 140 characters once its placeholders
	 * are filled. The article's own words are in quotation marks, attributed and spelled as it spells
	 * them; anything contested is attributed. A figure measured on the map is never typed: it is a
	 * placeholder (`{contactLineKm}`), filled from the shipped figures when the chapter is shown.
	 */
	caption: string;
	quoteBlockId: string;
	/** For the presenter window only; placeholders as in the caption. */
	notes: string;
	/** How long autoplay stays on the chapter, from the moment its map is drawn. */
	durationS: number;
	/** Every facts layer, shown or not (contested ground, left out, follows the occupied territory). */
	layers: FactsVisibility;
	/** The ref outlined on the map (`region:UA-14`, `place:jeddah`); a place beyond the region turns the map into the diplomacy globe. */
	select?: MapRef;
	/**
	 * Two dates compared (`compare: 2024-08-06..2025-03-13`): the map draws the ground that changed
	 * hands between them over the chapter's snapshot, which is the later date (or, for Kursk, holds it).
	 */
	compare?: { from: string; to: string };
}

/** A deck: one file of content/decks/, named by its file (`ceasefire.yaml` is the deck `ceasefire`). */
export interface Deck {
	/** The file's name without `.yaml`; `/present/?deck=<id>` opens it. */
	id: string;
	title: string;
	/** A sentence for whoever picks a deck. */
	description: string;
	chapters: Chapter[];
}

/** The deck `/present/` opens when its link names none (or one that does not exist). */
export const defaultDeckId = 'ceasefire';

/** The index of the chapter `id` in `chapters`, or -1. */
export function chapterIndex(id: string | null, chapters: readonly Chapter[]): number {
	return id === null ? -1 : chapters.findIndex((c) => c.id === id);
}
