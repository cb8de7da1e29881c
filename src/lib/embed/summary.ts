// The embed's text alternative: what the map shows, in sentences, from the same key (mapKey.ts)
// the reader sees beside the map, so the two cannot disagree.
import type { MapKey } from '$lib/map/mapKey';

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export interface EmbedSummaryInput {
	/** The key of what is drawn now. */
	key: MapKey;
	/** The as-of wording (asOfText), attributed to DeepStateMap; null when nothing dated is drawn. */
	asOf: string | null;
	/** The selected region's or place's name, if any. */
	selectedName: string | null;
}

/**
 * Sentences describing the embedded map: what it is, what its key lists (with the date, as the
 * key's heading says it), the selection, and what could not be drawn.
 */
export function embedSummary({ key, asOf, selectedName }: EmbedSummaryInput): string[] {
	const sentences = ['A map of Ukraine within its internationally recognised borders, Crimea and Sevastopol included, and its neighbours.'];
	const labels = key.entries.filter((e) => e.swatch !== 'selection' && e.swatch !== 'selected-place').map((e) => e.label);
	if (labels.length) sentences.push(`${key.heading}: ${listFormat.format(labels)}.`);
	else sentences.push(`${key.heading}: the basemap only.`);
	if (asOf) sentences.push(`${asOf}.`);
	if (selectedName) sentences.push(`Selected and outlined: ${selectedName}.`);
	if (key.notShown.length) sentences.push(`Not shown, as its file could not be used: ${listFormat.format(key.notShown)}.`);
	return sentences;
}

/** The page's title: what the map shows and when, so a host page's frame list names it. */
export function embedTitle(asOf: string | null): string {
	return asOf ? `Map of Ukraine: ${asOf} — Frontline Atlas` : 'Map of Ukraine — Frontline Atlas';
}
