// The region picker's list: what it offers, in which groups, what a typed text leaves of it, and
// where the arrow keys move. Pure; RegionPicker.svelte renders it as an ARIA combobox.
import { findIndex, findPlaces, type FindIndex } from '$lib/search/findPlaces';
import { skeleton } from '$lib/search/skeleton';
import type { Gazetteer, GazetteerEntry } from '$lib/types/mapData';

export interface PickerGroup {
	label: string;
	entries: GazetteerEntry[];
}

/** The groups of the list, in reading order; only the countries the article names among countries. */
export function pickerGroups(gazetteer: Gazetteer | null, countries: readonly string[]): PickerGroup[] {
	if (!gazetteer) return [];
	return [
		{ label: 'Regions of Ukraine', entries: gazetteer.regions.filter((e) => e.country === 'UA') },
		{ label: 'Regions of Russia', entries: gazetteer.regions.filter((e) => e.country === 'RU') },
		{ label: 'Places on the map', entries: gazetteer.places.filter((e) => e.onMap) },
		{ label: 'Places beyond the map', entries: gazetteer.places.filter((e) => !e.onMap) },
		{ label: 'Countries in the article', entries: gazetteer.countries.filter((c) => countries.includes(c.id)) }
	].filter((g) => g.entries.length > 0);
}

/** What the typed text is searched in beyond the groups: every name each entry answers to, and the settlements. */
export interface PickerSearch {
	index: FindIndex;
	entries: ReadonlyMap<string, GazetteerEntry>;
}

/** The label of the group of towns and villages found (settlements.json); they are listed only once something is typed. */
export const settlementsGroup = 'Towns and villages';

/** At most this many towns and villages are listed: the best matches, the biggest first among equals. */
const settlementsListed = 12;

/**
 * The groups left by a typed text, each in the search's order (src/lib/search/findPlaces.ts: any
 * spelling, Cyrillic included; exact, then prefix, then a word's prefix, then within a typo), with
 * the towns and villages found after the regions and the article's places; empty groups go. An
 * empty text leaves everything. Without `search` only the entries' names are searched.
 */
export function filterGroups(groups: readonly PickerGroup[], text: string, search?: PickerSearch): PickerGroup[] {
	if (!skeleton(text)) return [...groups];
	const listed = groups.flatMap((g) => g.entries);
	const index = search?.index ?? findIndex(listed.map((e) => ({ key: e.key, kind: e.kind, name: e.name, alternates: [], population: 0 })));
	const found = findPlaces(index, text, Infinity);
	const rank = new Map(found.map((f, i) => [f.item.key, i]));
	const matching = groups.map((g) => ({
		...g,
		entries: g.entries.filter((e) => rank.has(e.key)).sort((a, b) => rank.get(a.key)! - rank.get(b.key)!)
	}));
	const settlements = search
		? found
				.filter((f) => f.item.kind === 'settlement')
				.slice(0, settlementsListed)
				.flatMap((f) => search.entries.get(f.item.key) ?? [])
		: [];
	return [...matching, { label: settlementsGroup, entries: settlements }].filter((g) => g.entries.length > 0);
}

/** The first listed option whose name, or one of its spellings, is exactly what was typed (as skeletons); null for none. */
export function exactOption(shown: readonly PickerGroup[], text: string, search?: PickerSearch): string | null {
	const listed = new Set(optionKeys(shown));
	const index = search?.index ?? findIndex(shown.flatMap((g) => g.entries).map((e) => ({ key: e.key, kind: e.kind, name: e.name, alternates: [], population: 0 })));
	return findPlaces(index, text, Infinity).find((f) => f.tier === 'exact' && listed.has(f.item.key))?.item.key ?? null;
}

/** The options in list order, across groups. */
export function optionKeys(groups: readonly PickerGroup[]): string[] {
	return groups.flatMap((g) => g.entries.map((e) => e.key));
}

export type PickerMove = 'next' | 'previous' | 'first' | 'last';

/**
 * The option active after a move: down from none is the first, up from none the last; the ends
 * wrap, as the APG's combobox examples do. Null when the list is empty.
 */
export function moveActive(keys: readonly string[], active: string | null, move: PickerMove): string | null {
	if (keys.length === 0) return null;
	const at = active === null ? -1 : keys.indexOf(active);
	const index = {
		next: at < 0 ? 0 : (at + 1) % keys.length,
		previous: at < 0 ? keys.length - 1 : (at - 1 + keys.length) % keys.length,
		first: 0,
		last: keys.length - 1
	}[move];
	return keys[index] ?? null;
}
