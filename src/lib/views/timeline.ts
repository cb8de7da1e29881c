import { article as theArticle, type Article } from '$lib/article';
import type { MapView } from '$lib/types/mapView';
import { annexedRegionRefs, blockQuoting } from './claims';

export interface TimelineEvent {
	id: string;
	/** YYYY-MM-DD, or YYYY-MM where only the month is known. */
	date: string;
	label: string;
	/** The article's wording that mentions the event, an exact substring of one block. */
	quote: string;
	/** The paragraph that mentions it. */
	blockId: string;
	/** What the map shows for it. */
	map: MapView;
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
