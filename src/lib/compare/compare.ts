// Comparing two dates: which layer a pair of dates compares, which snapshot's files hold its change,
// and the change's figures as the panel's table and the article's context give them. Pure: the
// figures are the pipeline's (figures.json, `changes`), read, never measured again here.
import type { Figures } from '$lib/geo/figures';

/** Two dates, the earlier first. */
export interface ComparePair {
	from: string;
	to: string;
}

/** The front (occupied ground in Ukraine) or Kursk oblast (Ukrainian-held ground in Russia). */
export type CompareKind = 'front' | 'kursk';

/** The dates the data has. */
export interface CompareDates {
	/** Snapshots of the front (the manifest's), oldest first. */
	snapshots: readonly string[];
	/** Dates of the Kursk layer, oldest first. */
	kurskDates: readonly string[];
}

/** The day the Kursk incursion began, and the day of the snapshot DeepStateMap published that evening. */
export const kurskIncursionStart = '2024-08-06';

/** "2024-08-06..2025-03-13": how a pair is written in the link. */
export function pairText(pair: ComparePair): string {
	return `${pair.from}..${pair.to}`;
}

/**
 * What a pair compares: the front when both dates are snapshots of it, else Kursk oblast when both
 * are dates of the Kursk layer; null when neither (or the dates are not in order).
 */
export function compareKind(pair: ComparePair, dates: CompareDates): CompareKind | null {
	if (!(pair.from < pair.to)) return null;
	if (dates.snapshots.includes(pair.from) && dates.snapshots.includes(pair.to)) return 'front';
	if (dates.kurskDates.includes(pair.from) && dates.kurskDates.includes(pair.to)) return 'kursk';
	return null;
}

/**
 * The snapshot whose figures.json and changes.geojson hold a pair's change: the later date for the
 * front; for Kursk, whose dates each snapshot carries up to its own, the first snapshot on or after
 * the later date.
 */
export function pairSnapshot(pair: ComparePair, kind: CompareKind, snapshots: readonly string[]): string | null {
	if (kind === 'front') return snapshots.includes(pair.to) ? pair.to : null;
	return snapshots.find((s) => s >= pair.to) ?? null;
}

/** One row of the table: ground that went to each side, or from held to contested, in km². */
export interface CompareRow {
	id: string;
	name: string;
	/** Gained by Russia (front) or lost by Ukraine (Kursk). */
	toRussiaKm2: number;
	/** Regained by Ukraine (front) or gained by Ukraine (Kursk). */
	toUkraineKm2: number;
	/** Held on the earlier date by the side compared, contested on the later one. */
	toContestedKm2: number;
}

export interface CompareTable {
	kind: CompareKind;
	pair: ComparePair;
	/** By oblast (the front); empty for Kursk, which is one oblast. */
	rows: CompareRow[];
	total: CompareRow;
}

type ChangeFigures = Pick<Figures, 'changes'>;

/** The pair's change as the pipeline measured it (figures.json of `pairSnapshot`), or null when the figures do not have the pair. */
export function compareTable(figures: ChangeFigures, pair: ComparePair, kind: CompareKind): CompareTable | null {
	if (kind === 'front') {
		const change = figures.changes.front.find((c) => c.from === pair.from && c.to === pair.to);
		if (!change) return null;
		const row = (id: string, name: string, c: { gainedByRussiaKm2: number; regainedByUkraineKm2: number; occupiedToContestedKm2: number }): CompareRow => ({ id, name, toRussiaKm2: c.gainedByRussiaKm2, toUkraineKm2: c.regainedByUkraineKm2, toContestedKm2: c.occupiedToContestedKm2 });
		return { kind, pair, rows: change.byRegion.map((r) => row(r.id, r.name, r)), total: row('total', 'Ukraine, in all', change) };
	}
	const change = figures.changes.kursk.find((c) => c.from === pair.from && c.to === pair.to);
	if (!change) return null;
	return { kind, pair, rows: [], total: { id: 'RU-KRS', name: 'Kursk oblast', toRussiaKm2: change.lostByUkraineKm2, toUkraineKm2: change.gainedByUkraineKm2, toContestedKm2: change.heldToContestedKm2 } };
}

/** The article's context: the front from the start of the Kursk incursion to the article's day, and Kursk from what the data supports. */
export interface ArticleContext {
	front: ComparePair & { gainedByRussiaKm2: number; regainedByUkraineKm2: number };
	/**
	 * Kursk from its largest extent on this map to the article's day: the map of the incursion's
	 * first day shades no ground there yet, so what Ukraine lost is measured from the largest extent.
	 */
	kursk: ComparePair & { lostByUkraineKm2: number; heldToContestedKm2: number; heldOnStartKm2: number | null };
}

/**
 * The context of the article's day (`articleDate`'s figures, which hold every pair up to it): null
 * when the data lacks the incursion's first day, the article's, or a Kursk extent to measure from.
 */
export function articleContext(figures: ChangeFigures & Pick<Figures, 'kursk'>, articleDate: string): ArticleContext | null {
	const front = figures.changes.front.find((c) => c.from === kurskIncursionStart && c.to === articleDate);
	const peak = figures.kursk.peak?.date;
	const kursk = figures.changes.kursk.find((c) => c.from === peak && c.to === articleDate);
	if (!front || !peak || !kursk) return null;
	const onStart = figures.kursk.snapshots.find((s) => s.date === kurskIncursionStart);
	return {
		front: { from: front.from, to: front.to, gainedByRussiaKm2: front.gainedByRussiaKm2, regainedByUkraineKm2: front.regainedByUkraineKm2 },
		kursk: { from: kursk.from, to: kursk.to, lostByUkraineKm2: kursk.lostByUkraineKm2, heldToContestedKm2: kursk.heldToContestedKm2, heldOnStartKm2: onStart ? onStart.heldKm2 : null }
	};
}

/**
 * The features of one pair in a snapshot's changes (changes.geojson), and what they compare; null
 * when the snapshot's changes do not hold the pair.
 */
export function pairChanges<F extends { properties: Record<string, unknown> | null }>(changes: { features: F[] }, pair: ComparePair): { kind: CompareKind; features: F[] } | null {
	const features = changes.features.filter((f) => f.properties?.from === pair.from && f.properties?.to === pair.to);
	const kind = features[0]?.properties?.kind;
	return kind === 'front' || kind === 'kursk' ? { kind, features } : null;
}

/** A change in km² as the table writes it: whole km² with thousands separated; a sliver under 1 km² is "under 1", never 0. */
export function formatChangeKm2(km2: number): string {
	if (km2 === 0) return '0';
	if (km2 < 0.5) return 'under 1';
	return new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(Math.round(km2));
}
