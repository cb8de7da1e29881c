import type { Chapter } from './deck';
import { splitMapRef, type RefKind } from '$lib/refs/mapRef';

export interface DeckIds {
	admin1Ids: readonly string[];
	countryIds: readonly string[];
	placeIds: readonly string[];
	blockIds: readonly string[];
	kurskDates: readonly string[];
}

const factsLayers = ['occupied', 'contactLine', 'annexationClaims', 'kursk', 'borderFront'];

/** Problems with a deck, one line each; empty when every id it names exists. Pure. */
export function validateDeck(chapters: readonly Chapter[], ids: DeckIds): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const shipped: Record<RefKind, readonly string[]> = { region: ids.admin1Ids, place: ids.placeIds, country: ids.countryIds };
	const refOk = (key: string) => {
		const ref = splitMapRef(key);
		return ref !== null && shipped[ref.kind].includes(ref.id);
	};
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
		if (c.select && !refOk(c.select)) problems.push(`${at}: unknown ref "${c.select}"`);
		const cam = c.camera;
		if (cam && 'key' in cam && !refOk(cam.key)) problems.push(`${at}: unknown camera ref "${cam.key}"`);
		if (cam && 'keys' in cam) for (const k of cam.keys) if (!refOk(k)) problems.push(`${at}: unknown camera ref "${k}"`);
		if (cam && 'layer' in cam && !factsLayers.includes(cam.layer)) problems.push(`${at}: unknown camera layer "${cam.layer}"`);
		if (!cam && !c.select) problems.push(`${at}: neither a camera nor a selection`);
		if (c.kurskDate !== undefined && !ids.kurskDates.includes(c.kurskDate)) problems.push(`${at}: no Kursk snapshot on ${c.kurskDate}`);
	}
	return problems;
}
