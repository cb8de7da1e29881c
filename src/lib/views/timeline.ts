import { article as theArticle, type Article } from '$lib/article';
import type { Figures } from '$lib/geo/figures';
import { formatDate, formatRounded } from '$lib/format';
import type { MapRef } from '$lib/refs/mapRef';
import type { FactsData } from '$lib/types/mapData';
import type { MapView } from '$lib/types/mapView';
import { annexedRegionRefs, blockQuoting, claimSentence, readAreaClaim, type AreaClaim } from './claims';

export interface TimelineEvent {
	id: string;
	/** YYYY-MM-DD, or YYYY-MM where only the month is known. */
	date: string;
	label: string;
	/** The article's wording that mentions the event, an exact substring of one block. */
	quote: string;
	/** The paragraph that mentions it. */
	blockId: string;
	/** What the map shows for it; the dates are settled by {@link eventState} against the data. */
	map: MapView;
	/** `map` for a date of the map's own data (a Kursk snapshot), rather than an event of the article. */
	kind?: 'article' | 'map';
}

type EventDef = Omit<TimelineEvent, 'blockId'>;

const donbas: MapView = { layers: { occupied: true }, camera: { keys: ['region:UA-14', 'region:UA-09'] } };

/**
 * The dated events the article mentions or plainly alludes to. Dates the article does not give in
 * full are the events' known dates (Minsk I and II, the invasion, the incursion, the inauguration).
 * Not here: Russia's claim to have annexed Crimea (18 March 2014), which the article never mentions.
 * Labels are in the app's voice: what is contested is attributed ("the article says", "Gerasimov claims").
 */
const eventDefs: EventDef[] = [
	{
		id: 'minsk-1',
		date: '2014-09-05',
		label: 'Minsk I ceasefire signed; the article says Putin broke it',
		quote: 'breaking ceasefires in 2014 and 2015',
		map: donbas
	},
	{
		id: 'minsk-2',
		date: '2015-02-12',
		label: 'Minsk II agreement signed; the article says Putin broke it',
		quote: 'breaking ceasefires in 2014 and 2015',
		map: donbas
	},
	{
		id: 'invasion',
		date: '2022-02-24',
		label: 'Russia’s full-scale invasion of Ukraine',
		quote: 'Since the invasion began in February 2022',
		map: { layers: { occupied: true }, camera: { layer: 'occupied' } }
	},
	{
		id: 'annexation-2022',
		date: '2022-09-30',
		label: 'Russia claims to annex four Ukrainian regions it partly occupies; the UN General Assembly does not recognise the claim (ES-11/4)',
		quote: 'annexation of four eastern Ukrainian regions',
		map: { layers: { annexationClaims: true, occupied: true }, camera: { keys: [...annexedRegionRefs] } }
	},
	{
		id: 'kursk-incursion',
		date: '2024-08-06',
		label: 'Ukraine’s incursion into Russia’s Kursk oblast',
		quote: 'capturing a sliver of Russian territory in August 2024',
		map: { select: 'region:RU-KRS', layers: { kursk: true }, kurskDate: '2024-08-27' }
	},
	{
		id: 'inauguration',
		date: '2025-01-20',
		label: 'Trump returns to the White House',
		quote: 'reentry into the White House in January 2025',
		map: { select: 'place:white-house' }
	},
	{
		id: 'oval-office',
		date: '2025-02-28',
		label: 'Zelensky’s Oval Office meeting with Trump and Vance',
		quote: 'Oval Office meeting with Trump and Vice President JD Vance on February 28, 2025',
		map: { select: 'place:white-house' }
	},
	{
		id: 'jeddah',
		date: '2025-03-11',
		label: 'In Jeddah, Ukraine says it is ready to accept a US proposal for a 30-day ceasefire, subject to Russia’s acceptance',
		quote: 'On Tuesday, March 11, 2025, top American and Ukrainian officials met in Jeddah',
		map: { select: 'place:jeddah' }
	},
	{
		id: 'putin-in-kursk',
		date: '2025-03-12',
		label: 'Putin visits a command post in Kursk oblast; Gerasimov claims more than 1,100 km² retaken',
		quote: 'Putin’s visit to Kursk on March 12',
		// A command post somewhere in the oblast, not the city of Kursk (the article's "visit to Kursk");
		// the snapshot the shipped data pairs with Gerasimov's claim of 12 March.
		map: { select: 'region:RU-KRS', layers: { kursk: true }, kurskDate: '2025-03-13' }
	},
	{
		id: 'press-conference',
		date: '2025-03-13',
		label: 'Putin’s press conference with Lukashenko in Moscow',
		quote: 'On March 13, 2025, Russian President Vladimir Putin stood alongside Belarusian President Alexander Lukashenko in Moscow',
		map: { select: 'place:moscow' }
	},
	{
		id: 'witkoff-in-moscow',
		date: '2025-03-13',
		label: 'Witkoff arrives in Moscow to discuss the plan',
		quote: 'Steve Witkoff, arrived in Moscow on March 13',
		map: { select: 'place:moscow' }
	}
];

/** The events with the paragraph each is in, oldest first (stable for events of one day). */
export function locateEvents(article: Article, defs: readonly EventDef[]): TimelineEvent[] {
	return defs.map((d) => ({ ...d, blockId: blockQuoting(article, d.quote) })).sort((a, b) => a.date.localeCompare(b.date));
}

export const timelineEvents: readonly TimelineEvent[] = locateEvents(theArticle, eventDefs);

/** The dates the map can show, from the facts loaded. */
export interface MapDates {
	/** The snapshots of the front the manifest lists. */
	snapshots: readonly string[];
	/** The dates of the Kursk layer. */
	kurskDates: readonly string[];
	/** The snapshot the page opens on: what the front shows for a date it has no snapshot of. */
	openingSnapshot: string;
}

/** What the map shows for an event: its view with the dates settled, and a sentence that says which dates those are. */
export interface EventState {
	map: MapView;
	/** The date of the front shown. */
	front: string;
	/** The date of the Kursk layer shown; null when the event does not show Kursk. */
	kursk: string | null;
	/** Whether the map shows the event's own date (for the front, and for Kursk where it shows Kursk). */
	exact: boolean;
	/** What the map shows, plainly: "The map has no snapshot for this date; it shows 13 March 2025." */
	note: string;
}

const kurskRef = 'region:RU-KRS' satisfies MapRef;
const showsKursk = (map: MapView) => map.layers?.kursk === true || map.select === kurskRef;

/**
 * The map state of an event's date: the snapshot of that date and the Kursk layer of that date
 * where the data has them; otherwise the snapshot the page opens on, and for Kursk the date the
 * event names, else the first date after the event (the ground as it next was), else the latest.
 */
export function eventState(event: Pick<TimelineEvent, 'date' | 'map'>, dates: MapDates): EventState {
	let frontExact = dates.snapshots.includes(event.date);
	let front = frontExact ? event.date : dates.openingSnapshot;
	const about = showsKursk(event.map);
	// An event elsewhere still resets the Kursk layer, to the date that goes with the front shown,
	// so that the whole map is of the date the entry names.
	const withFront = dates.kurskDates.includes(front) ? front : (dates.kurskDates.at(-1) ?? null);
	const named = event.map.kurskDate && dates.kurskDates.includes(event.map.kurskDate) ? event.map.kurskDate : null;
	const ownDate = dates.kurskDates.includes(event.date) ? event.date : null;
	const shown = about && dates.kurskDates.length ? (ownDate ?? named ?? dates.kurskDates.find((d) => d >= event.date) ?? withFront) : withFront;
	// A snapshot carries Kursk's dates up to its own: a front older than the Kursk date shown would
	// hide it, so an event about Kursk then shows the front the page opens on.
	if (about && shown && shown > front) [front, frontExact] = [dates.openingSnapshot, false];
	const map: MapView = { ...structuredClone(event.map), snapshot: front };
	if (shown) map.kurskDate = shown;
	else delete map.kurskDate;
	const kursk = about ? shown : null;
	const kurskExact = kursk === event.date;
	const exact = frontExact && (kursk === null || kurskExact);
	let note: string;
	if (exact) note = 'The map shows this date.';
	else if (kursk === null || kursk === front) note = `The map has no snapshot for this date; it shows ${formatDate(front)}.`;
	else if (kurskExact) note = `The map shows Kursk oblast on this date; it has no snapshot of the front for it and shows the front on ${formatDate(front)}.`;
	else note = `The map has no snapshot for this date; it shows Kursk oblast on ${formatDate(kursk)} and the front on ${formatDate(front)}.`;
	return { map, front, kursk, exact, note };
}

/** The paragraph the map's Kursk dates open: the article's Kursk incursion. */
const kurskQuote = 'capturing a sliver of Russian territory in August 2024';

/**
 * An entry for each date of the Kursk layer: the ground DeepStateMap shows then, as measured
 * (from figures.json), and what each side said about that date, attributed. Without figures, the
 * date alone.
 */
export function kurskMapEvents(kurskDates: readonly string[], figures: Figures | null, article: Article = theArticle): TimelineEvent[] {
	const blockId = blockQuoting(article, kurskQuote);
	return kurskDates.map((date) => {
		const measured = figures?.kursk.snapshots.find((s) => s.date === date);
		const said = (measured?.claims ?? []).map(readAreaClaim).filter((c): c is AreaClaim => c !== null);
		const ground = measured ? `: ${formatRounded(measured.heldKm2, 10)} km² Ukrainian-held and ${formatRounded(measured.contestedKm2, 10)} km² contested, measured` : '';
		const claims = said.map((c) => `; ${claimSentence(c)} (${formatDate(c.date)})`).join('');
		return {
			id: `kursk-map-${date}`,
			date,
			label: `Kursk oblast on DeepStateMap’s map${ground}${claims}`,
			quote: kurskQuote,
			blockId,
			map: { select: kurskRef, layers: { kursk: true }, kurskDate: date },
			kind: 'map' as const
		};
	});
}

/** The article's events and the map's own dates together, oldest first; on one day the article's come first. */
export function withMapDates(events: readonly TimelineEvent[], mapEvents: readonly TimelineEvent[]): TimelineEvent[] {
	return [...events, ...mapEvents].sort((a, b) => a.date.localeCompare(b.date) || Number(a.kind === 'map') - Number(b.kind === 'map'));
}

/** The dates the loaded facts let the map show; the front opens on the latest snapshot on or before the article's date. */
export function mapDatesOf(facts: Pick<FactsData, 'asOf' | 'snapshots' | 'kurskSnapshots'>, articleDate: string): MapDates {
	return {
		snapshots: facts.snapshots,
		kurskDates: facts.kurskSnapshots.map((s) => s.date),
		openingSnapshot: facts.snapshots.filter((d) => d <= articleDate).at(-1) ?? facts.asOf
	};
}
