// The search: what someone typed against every name the map knows, ranked. Names and the query
// are compared as skeletons (skeleton.ts), so spellings of the same name meet. Pure.
import { skeleton } from './skeleton';

/** What a search result is, for its rank among equally good matches: regions, the article's places, countries, then settlements. */
export type FindKind = 'region' | 'place' | 'country' | 'settlement';

/** One thing the search can find, with every name it answers to. */
export interface Findable {
	key: string;
	kind: FindKind;
	/** The name shown. */
	name: string;
	/** Other names and spellings it answers to (Ukrainian, Russian, older romanisations). */
	alternates: readonly string[];
	/** Bigger places first among equals; 0 where unknown. */
	population: number;
}

/** How well a name matched: the whole name, its start, the start of one of its words, or within a typo or two. */
export type MatchTier = 'exact' | 'prefix' | 'word' | 'fuzzy';
const tierOrder: Record<MatchTier, number> = { exact: 0, prefix: 1, word: 2, fuzzy: 3 };
const kindOrder: Record<FindKind, number> = { region: 0, place: 1, country: 2, settlement: 3 };

export interface Found {
	item: Findable;
	tier: MatchTier;
	/** The name or spelling that matched, when it is not the name shown ("Kupjansk" for Kupiansk). */
	matched: string | null;
}

/** A prepared list: each name's skeleton computed once, not at every key press. */
export interface FindIndex {
	items: Array<{ item: Findable; names: Array<{ text: string; folded: string; bare: string }> }>;
}

const bare = (folded: string) => folded.replace(/ /g, '');

export function findIndex(items: readonly Findable[]): FindIndex {
	return {
		items: items.map((item) => ({
			item,
			names: [item.name, ...item.alternates].map((text) => {
				const folded = skeleton(text);
				return { text, folded, bare: bare(folded) };
			})
		}))
	};
}

/**
 * Edit distance with transpositions (optimal string alignment), stopping early once it must
 * exceed `limit`: typos are a letter missed, added, changed or two swapped.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			row.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		[before, previous] = [previous, row];
	}
	return previous[b.length]!;
}

/** Typos forgiven: none in a short query, where one letter changes the place; one from 4 letters, two from 8. */
export function typosAllowed(query: string): number {
	return query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
}

function tierOf(query: string, queryBare: string, name: { folded: string; bare: string }): MatchTier | null {
	if (name.bare === queryBare) return 'exact';
	if (name.bare.startsWith(queryBare)) return 'prefix';
	if (name.folded.split(' ').some((word) => word.startsWith(query))) return 'word';
	const allowed = typosAllowed(queryBare);
	if (allowed === 0) return null;
	// A name typed in part, with a typo: the name's start as long as what was typed.
	const typed = name.bare.slice(0, queryBare.length);
	return editDistance(queryBare, name.bare, allowed) <= allowed || editDistance(queryBare, typed, allowed) <= allowed ? 'fuzzy' : null;
}

/**
 * What `text` finds, best first: by how well it matched (exact, prefix, a word's prefix, fuzzy),
 * then regions and the article's places before villages, then bigger places first, then by name.
 * Each item once, by its best-matching name. Empty text finds nothing.
 */
export function findPlaces(index: FindIndex, text: string, limit = 12): Found[] {
	const query = skeleton(text);
	const queryBare = bare(query);
	if (!queryBare) return [];
	const found: Array<Found & { order: number }> = [];
	for (const { item, names } of index.items) {
		let best: { tier: MatchTier; text: string } | null = null;
		for (const name of names) {
			const tier = tierOf(query, queryBare, name);
			if (tier && (!best || tierOrder[tier] < tierOrder[best.tier])) best = { tier, text: name.text };
			if (best?.tier === 'exact') break;
		}
		if (best) found.push({ item, tier: best.tier, matched: best.text === item.name ? null : best.text, order: tierOrder[best.tier] });
	}
	found.sort((a, b) => a.order - b.order || kindOrder[a.item.kind] - kindOrder[b.item.kind] || b.item.population - a.item.population || a.item.name.localeCompare(b.item.name, 'en'));
	return found.slice(0, limit).map(({ item, tier, matched }) => ({ item, tier, matched }));
}
