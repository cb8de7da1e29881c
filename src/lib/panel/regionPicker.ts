// The region picker's list: what it offers, in which groups, what a typed text leaves of it, and
// where the arrow keys move. Pure; RegionPicker.svelte renders it as an ARIA combobox.
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

/** Folds case and accents, so "kyiv" finds "Kyiv" and "zaporizhzhia" finds "Zaporizhzhia". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The groups left by a typed text: entries whose name has a word starting with it, or contains
 * it; empty groups go. An empty text leaves everything.
 */
export function filterGroups(groups: readonly PickerGroup[], text: string): PickerGroup[] {
	const wanted = folded(text);
	if (!wanted) return [...groups];
	return groups
		.map((g) => ({ ...g, entries: g.entries.filter((e) => folded(e.name).includes(wanted)) }))
		.filter((g) => g.entries.length > 0);
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
