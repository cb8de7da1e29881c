/**
 * What the map draws now, in words: the as-of wording of the badge, the presenter window and the
 * legends' headings (one function, so they cannot disagree), and the compact legends' entries.
 * Pure; the components that show it are src/lib/panel/CompactLegend.svelte and
 * src/lib/present/ChapterLegend.svelte.
 */
import { formatDate, formatShortDate } from '$lib/format';
import type { FactsData, UnavailableData } from '$lib/types/mapData';
import type { FactsLayer, FactsVisibility } from '$lib/types/mapView';
import { contestedShown } from './factsStyle';

/** The dates of what is drawn: the front's snapshot, and the Kursk date filled (null when Kursk is not drawn). */
export interface DrawnDates {
	front: string | null;
	kursk: string | null;
}

/**
 * The badge's words, attributed to DeepStateMap: one date when the front and Kursk agree (or Kursk
 * is not drawn), both when they differ, so a Kursk of 27 August 2024 is never read as of the front's
 * date (short dates then, so that the badge keeps to its place beside the credits). Null when
 * nothing dated is drawn.
 */
export function asOfText({ front, kursk }: DrawnDates): string | null {
	if (!front) return kursk ? `Kursk as DeepStateMap assessed it on ${formatDate(kursk)}` : null;
	if (!kursk || kursk === front) return `As DeepStateMap assessed it on ${formatDate(front)}`;
	return `DeepStateMap: front ${formatShortDate(front)} · Kursk ${formatShortDate(kursk)}`;
}

/** A legend's heading: "On the map, 13 March 2025", or both dates when they differ. */
export function keyHeading({ front, kursk }: DrawnDates): string {
	if (!front && !kursk) return 'On the map';
	if (!front) return `On the map: Kursk ${formatDate(kursk!)}`;
	if (!kursk || kursk === front) return `On the map, ${formatDate(front)}`;
	return `On the map: front ${formatDate(front)} · Kursk ${formatDate(kursk)}`;
}

/** A file that could not be used; facts files name the layers they leave empty. */
type Missing = UnavailableData & { layers?: readonly FactsLayer[] };

/** The dates drawn by a view: the facts' snapshot, and the Kursk date if the Kursk layer is on and has data. */
export function drawnDates(facts: Pick<FactsData, 'asOf' | 'kurskPeakDate'> | null, visibility: FactsVisibility, kurskDate: string | null, unavailable: readonly Missing[] = []): DrawnDates {
	const kurskMissing = unavailable.some((u) => u.layers?.includes('kursk'));
	return { front: facts?.asOf ?? null, kursk: facts && visibility.kursk && !kurskMissing ? (kurskDate ?? facts.kurskPeakDate) : null };
}

/**
 * The dates a view with all its layers named (a deck chapter) draws, before its data has loaded:
 * its snapshot and Kursk date, each `fallback` (the article's date) when it names none, as the
 * presentation does. For the presenter window, which has no map.
 */
export function viewDates(view: { snapshot?: string; kurskDate?: string; layers: FactsVisibility }, fallback: string): DrawnDates {
	return { front: view.snapshot ?? fallback, kursk: view.layers.kursk ? (view.kurskDate ?? fallback) : null };
}

/** How an entry is drawn: a class of the legends' swatches, each painted like its map layer. */
export type SwatchKind = 'occupied-since' | 'occupied-before' | 'contested' | 'change-to-russia' | 'change-to-ukraine' | 'contact' | 'contact-low' | 'claim' | 'kursk' | 'kursk-peak' | 'border-front' | 'place' | 'settlement' | 'selected-place' | 'selection' | 'arc' | 'measure-line' | 'measure-area' | 'query-point';

export interface KeyEntry {
	swatch: SwatchKind;
	label: string;
	/** For a phone's narrow key; the full label is its accessible name. */
	short: string;
}

export interface MapKey {
	heading: string;
	entries: KeyEntry[];
	/** What the map would draw but cannot, its file having failed: "not shown: …". */
	notShown: string[];
}

export interface MapKeyInput {
	/** Null when the dated layers are not (yet) there. */
	facts: Pick<FactsData, 'asOf' | 'kurskPeakDate' | 'contactLine' | 'occupied' | 'contested' | 'border'> | null;
	visibility: FactsVisibility;
	kurskDate: string | null;
	/** Files that could not be used (the data store's `unavailable`). */
	unavailable: readonly Missing[];
	/** The article's places are drawn (as circles). */
	places: boolean;
	/** The selected ref key (`region:UA-14`, `place:jeddah`): a region or country is outlined, a place is a large dot. */
	selected: string | null;
	/** The diplomacy globe is shown, with its arcs. */
	globe: boolean;
	/** Towns and villages are named on the map now (loaded, and the map close enough: settlementsStyle.ts). */
	settlements?: boolean;
	/** The kind of the measurement drawn, if any. */
	measure?: 'line' | 'area' | null;
	/** A queried point is marked. */
	point?: boolean;
	/** Two dates compared, whose change the map draws; absent or null when none. */
	compared?: { kind: 'front' | 'kursk'; from: string; to: string } | null;
}

/**
 * The change's two entries: the same two looks on the front and in Kursk, named for what they are
 * there (on the front the held ground is Russia's occupation, in Kursk Ukraine's incursion).
 */
export function changeEntries({ kind, from, to }: { kind: 'front' | 'kursk'; from: string; to: string }): KeyEntry[] {
	const span = `${formatShortDate(from)} → ${formatShortDate(to)}`;
	return kind === 'front'
		? [
				{ swatch: 'change-to-russia', label: `Gained by Russia, ${span}`, short: 'Gained by Russia' },
				{ swatch: 'change-to-ukraine', label: `Regained by Ukraine, ${span}`, short: 'Regained by Ukraine' }
			]
		: [
				{ swatch: 'change-to-russia', label: `Lost by Ukraine in Kursk, ${span}`, short: 'Lost by Ukraine' },
				{ swatch: 'change-to-ukraine', label: `Gained by Ukraine in Kursk, ${span}`, short: 'Gained by Ukraine' }
			];
}

const layerNames: Record<FactsLayer, string> = {
	occupied: 'occupied territory',
	contested: 'contested ground',
	contactLine: 'contact line',
	annexationClaims: 'annexation claims',
	kursk: 'Kursk',
	borderFront: 'border front'
};

/** The key of what is drawn now: only the layers on and available, in the full legend's order. */
export function mapKey({ facts, visibility, kurskDate, unavailable, places, selected, globe, settlements = false, measure = null, point = false, compared = null }: MapKeyInput): MapKey {
	const missingLayers = new Set(unavailable.flatMap((u) => u.layers ?? []));
	const on = (layer: FactsLayer) => facts !== null && !missingLayers.has(layer) && (layer === 'contested' ? contestedShown(visibility) : visibility[layer]);
	const dates = drawnDates(facts, visibility, kurskDate, unavailable);
	const entries: KeyEntry[] = compared && facts ? changeEntries(compared) : [];
	// A snapshot before the invasion has no ground occupied since 2022 and no border front: the key
	// names only what the snapshot's files hold.
	const has = (layer: 'occupied' | 'border', category: string) => facts?.[layer].features.some((f) => f.properties?.category === category) ?? false;
	if (on('occupied')) {
		if (has('occupied', 'since-2022')) entries.push({ swatch: 'occupied-since', label: 'Occupied since 24 Feb 2022', short: 'Occupied since 2022' });
		if (has('occupied', 'before-2022')) entries.push({ swatch: 'occupied-before', label: 'Occupied before 24 Feb 2022', short: 'Occupied before 2022' });
	}
	const kursk = on('kursk') && dates.kursk !== null;
	const contested = on('contested') && (facts?.contested.features.length ?? 0) > 0;
	if (contested || kursk) entries.push({ swatch: 'contested', label: contested ? 'Contested (grey zone)' : 'Contested, Kursk oblast', short: 'Contested' });
	if (on('contactLine')) {
		entries.push({ swatch: 'contact', label: 'Contact line', short: 'Contact line' });
		if (facts?.contactLine.features.some((f) => f.properties?.confidence === 'low')) entries.push({ swatch: 'contact-low', label: 'Contact line, low confidence', short: 'Low confidence' });
	}
	if (on('annexationClaims')) entries.push({ swatch: 'claim', label: 'Russia’s annexation claim (not recognised by the UN)', short: 'Russia’s claim' });
	if (kursk) entries.push({ swatch: 'kursk', label: `Ukrainian-held, Kursk oblast, ${formatShortDate(dates.kursk!)}`, short: `Kursk, ${formatShortDate(dates.kursk!)}` });
	if (on('kursk') && facts?.kurskPeakDate) entries.push({ swatch: 'kursk-peak', label: `Kursk, largest extent, ${formatShortDate(facts.kurskPeakDate)}`, short: 'Kursk, largest' });
	if (on('borderFront') && has('border', 'active-front')) entries.push({ swatch: 'border-front', label: 'Border with an active ground front', short: 'Border front' });
	if (places) entries.push({ swatch: 'place', label: 'Place the article names', short: 'Place' });
	if (settlements) entries.push({ swatch: 'settlement', label: 'Town or village (GeoNames)', short: 'Town, village' });
	if (globe) entries.push({ swatch: 'arc', label: 'Link the article draws', short: 'Link' });
	if (selected?.startsWith('place:') || selected?.startsWith('settlement:')) entries.push({ swatch: 'selected-place', label: 'Selected place', short: 'Selected' });
	else if (selected) entries.push({ swatch: 'selection', label: 'Selected (outlined)', short: 'Selected' });
	if (measure === 'line') entries.push({ swatch: 'measure-line', label: 'Measured distance (great circle)', short: 'Measured' });
	if (measure === 'area') entries.push({ swatch: 'measure-area', label: 'Measured area', short: 'Measured' });
	if (point) entries.push({ swatch: 'query-point', label: 'Point queried', short: 'Point' });

	// Files of the basemap and the places say what they hold; facts files, which layers they leave out.
	const notShown = [
		...unavailable.filter((u) => !u.layers).map((u) => u.what),
		...[...missingLayers].filter((layer) => (layer === 'contested' ? contestedShown(visibility) : visibility[layer])).map((layer) => layerNames[layer])
	];
	return { heading: keyHeading(dates), entries, notShown: [...new Set(notShown)] };
}
