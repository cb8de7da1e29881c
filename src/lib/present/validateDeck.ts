import type { Chapter } from './deck';
import { mapViewProblems } from '$lib/state/mapView';

export interface DeckIds {
	admin1Ids: readonly string[];
	countryIds: readonly string[];
	placeIds: readonly string[];
	blockIds: readonly string[];
	kurskDates: readonly string[];
	/** The dated snapshots of the front; without them a chapter's `snapshot` is checked for its form only. */
	snapshots?: readonly string[];
}

/** Problems with a deck, one line each; empty when every id it names exists. Pure. */
export function validateDeck(chapters: readonly Chapter[], ids: DeckIds): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const known = { regions: new Set(ids.admin1Ids), countries: new Set(ids.countryIds), places: new Set(ids.placeIds) };
	if (chapters.length === 0) problems.push('The deck has no chapters');
	for (const [i, c] of chapters.entries()) {
		const at = `chapter ${i + 1} (${c.id})`;
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) problems.push(`${at}: the id must be a lower-case slug`);
		if (seen.has(c.id)) problems.push(`${at}: the id is used twice`);
		seen.add(c.id);
		if (!c.title.trim()) problems.push(`${at}: no title`);
		if (!c.caption.trim()) problems.push(`${at}: no caption`);
		if (c.caption.length > 140) problems.push(`${at}: the caption is longer than 140 characters`);
		if (!c.notes.trim()) problems.push(`${at}: no speaker notes`);
		if (!ids.blockIds.includes(c.quoteBlockId)) problems.push(`${at}: no article block "${c.quoteBlockId}"`);
		if (!(c.durationS > 0)) problems.push(`${at}: durationS must be positive`);
		if (!c.camera && !c.select) problems.push(`${at}: neither a camera nor a selection`);
		// The chapter's view of the map, by the rules for any view: refs that exist, layers, dates the data has.
		for (const problem of mapViewProblems(c, { known, kurskDates: ids.kurskDates, snapshots: ids.snapshots })) problems.push(`${at}: ${problem}`);
	}
	return problems;
}
