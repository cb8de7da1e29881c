// Type imports only: the end-to-end tests and the benchmark import this file outside the app.
import type { FactsLayer, FactsVisibility, MapRef, MapView } from '$lib/types/mapView';

/**
 * One chapter of the presentation: a view of the map (where the camera goes, what it shows, what is
 * selected) and what the room reads. Its `camera`, when it has none, is its selection; its `layers`
 * are all of them, not a change from the chapter before; its `kurskDate`, when it has none, is the
 * article's date.
 */
export interface Chapter extends MapView {
	/** A stable slug; `/present/?chapter=<id>` opens it. */
	id: string;
	title: string;
	/**
	 * About the block `quoteBlockId` of the article, at most 140 characters. The article's own words
	 * are in quotation marks, attributed and spelled as it spells them; anything contested is
	 * attributed. No figure measured on the map is typed here or in the notes (the figures change
	 * with the data): the notes point to the Claims tab for them.
	 */
	caption: string;
	quoteBlockId: string;
	/** For the presenter window only. */
	notes: string;
	/** How long autoplay stays on the chapter. */
	durationS: number;
	/** Every facts layer, shown or not (contested ground, left out, follows the occupied territory). */
	layers: FactsVisibility;
	/** The ref outlined on the map (`region:UA-14`, `place:jeddah`); a place beyond the region turns the map into the diplomacy globe. */
	select?: MapRef;
}

const layers = (...on: FactsLayer[]): FactsVisibility => ({
	occupied: on.includes('occupied'),
	contactLine: on.includes('contactLine'),
	annexationClaims: on.includes('annexationClaims'),
	kursk: on.includes('kursk'),
	borderFront: on.includes('borderFront')
});

const annexed: MapRef[] = ['region:UA-14', 'region:UA-09', 'region:UA-65', 'region:UA-23'];

export const deck: readonly Chapter[] = [
	{
		id: 'ceasefire',
		title: 'Putin says yes — with conditions',
		caption: '“We agree with the proposals to stop hostilities, but … this cessation should lead to a long-term peace …” — Putin, Moscow, 13 March 2025',
		quoteBlockId: 'p-moscow-press-conference',
		notes: 'Open on Moscow. Putin answered the US proposal for a 30-day ceasefire, which Ukraine had said in Jeddah on 11 March it was ready to accept, standing next to Lukashenko. His condition: the cessation “should lead to a long-term peace and eliminate the causes of this crisis”.',
		durationS: 12,
		camera: { keys: ['place:moscow', 'place:kyiv'] },
		layers: layers('occupied', 'contactLine'),
		select: 'place:moscow'
	},
	{
		id: 'front-line',
		title: 'The article’s “nearly 2,000-kilometer front line”',
		caption: 'The article: Putin raised concerns about “monitoring and verification” along “the nearly 2,000-kilometer front line”.',
		quoteBlockId: 'p-monitoring-and-verification',
		notes: 'On the map: the contact line as DeepStateMap drew it on 13 March 2025, and the stretches of the state border that were an active ground front that day. Their measured length, set beside the article’s “nearly 2,000”, and the length with the rest of the border Ukraine holds against Russia, are in the Claims tab.',
		durationS: 12,
		camera: { layer: 'contactLine' },
		layers: layers('occupied', 'contactLine', 'borderFront')
	},
	{
		id: 'monitoring',
		title: 'Who watches the line?',
		caption: 'The article: “Without robust mechanisms to ensure compliance, any agreement risks collapsing into accusations of violations …”',
		quoteBlockId: 'p-monitoring-and-verification',
		notes: 'Donetsk oblast. The camera frames Pokrovsk, Toretsk, Chasiv Yar, Siversk and Kurakhove, towns on either side of the contact line as DeepStateMap drew it on 13 March 2025. The article calls the front “a sprawling battleground marked by intense fighting and shifting control” and the area “a conflict zone larger than many European countries”; the Claims tab checks the second.',
		durationS: 12,
		camera: { keys: ['place:pokrovsk', 'place:toretsk', 'place:chasiv-yar', 'place:kurakhove', 'place:siversk'] },
		layers: layers('occupied', 'contactLine'),
		select: 'region:UA-14'
	},
	{
		id: 'annexed-regions',
		title: 'Four regions Russia claims',
		caption: 'Russia demands that Kyiv recognise its claimed annexation of Donetsk, Luhansk, Kherson and Zaporizhzhia; the UN General Assembly does not.',
		quoteBlockId: 'p-causes-of-the-crisis',
		notes: 'Russia claims all four oblasts (claim of 30 September 2022) but on 13 March 2025 occupied none of them in full, as DeepStateMap assessed it; the cities of Zaporizhzhia and Kherson are held by Ukraine. Dashed purple outline: the claim; red fill: occupied (solid before 24 February 2022, hatched since). The share of each oblast is in the Claims tab. The UN General Assembly does not recognise the claimed annexation (resolution ES-11/4); Ukraine, the article says, “views the occupied territories as illegally seized”.',
		durationS: 14,
		camera: { keys: annexed },
		layers: layers('occupied', 'annexationClaims')
	},
	{
		id: 'kursk-incursion',
		title: 'The Kursk incursion',
		caption: 'On 6 August 2024 Ukrainian forces crossed into Russia’s Kursk oblast; the article speaks of “capturing a sliver of Russian territory”.',
		quoteBlockId: 'p-kursk-risk',
		notes: 'Kursk oblast on 27 August 2024: the ground DeepStateMap shaded as held by Ukraine’s forces, and the ground it gave as of unknown status; together, close to the largest extent on its maps. That day Syrskyi, Ukraine’s commander-in-chief, said “we have taken control of 1,294 square kilometers”. The area this map measures is in the Claims tab.',
		durationS: 12,
		layers: layers('kursk', 'borderFront'),
		select: 'region:RU-KRS',
		kurskDate: '2024-08-27'
	},
	{
		id: 'kursk-recapture',
		title: 'Gerasimov’s claim, 12 March',
		caption: 'The article: General Gerasimov reported “the recapture of 1,100 square kilometers”. RBC quoted him on 12 March: “more than 1,100”.',
		quoteBlockId: 'p-kursk-risk',
		notes: 'Ukrainian-held and unknown-status ground in Kursk oblast on 13 March 2025, as DeepStateMap shaded it; the dashed outline is 27 August 2024. That day Russia’s Ministry of Defence announced the capture of Sudzha; ISW had assessed on 12 March, from geolocated footage, that Russian forces had seized it, and DeepState said fighting went on at the town’s outskirts on 13 March. Gerasimov told Putin on 12 March, at a command post in Kursk oblast, that “more than 1,100” km² had been retaken, “more than 86%” of the ground Ukraine’s forces had held (RBC, the Kyiv Independent; Lenta.ru, citing TASS, has “about 1,100” and “86 percent”). The ground no longer Ukrainian-held on this map since 27 August 2024 is set beside it in the Claims tab.',
		durationS: 12,
		layers: layers('kursk', 'borderFront'),
		select: 'region:RU-KRS',
		kurskDate: '2025-03-13'
	},
	{
		id: 'jeddah',
		title: 'The Jeddah proposal',
		caption: 'On 11 March in Jeddah, Ukraine said it was ready to accept a US proposal for a 30-day ceasefire, subject to Russia’s acceptance.',
		quoteBlockId: 'p-jeddah-proposal',
		notes: 'The diplomacy map: Jeddah, Washington, Moscow, Kyiv. The article: American and Ukrainian officials were “hammering out a 30-day ceasefire proposal” in Jeddah. Witkoff arrived in Moscow on 13 March to discuss the plan.',
		durationS: 12,
		layers: layers('occupied'),
		select: 'place:jeddah'
	},
	{
		id: 'washington',
		title: 'The Trump factor',
		caption: 'The article: “Now, with Ukraine on board for a 30-day ceasefire, Trump is leaning hard on Russia to follow suit.”',
		quoteBlockId: 'p-trump-reentry',
		notes: 'The White House. The article: “Reports suggest he has threatened financial repercussions—sanctions, tariffs, and banking restrictions—if Putin resists”. Putin, as the article quotes him: “maybe we need to have a phone talk with Trump”.',
		durationS: 12,
		layers: layers('occupied'),
		select: 'place:white-house'
	},
	{
		id: 'europe',
		title: 'Europe’s voice',
		caption: '“[T]here will be no just and lasting peace in Ukraine without the participation of Europeans” — French foreign minister, 12 March',
		quoteBlockId: 'p-european-alarm',
		notes: 'Paris and London. The article says European leaders were “sidelined in these talks”, and that Macron and Starmer are assembling a “coalition of the willing” to deploy peacekeepers “if a truce holds, though Putin has already dismissed such plans as a NATO provocation”.',
		durationS: 12,
		layers: layers('occupied'),
		select: 'place:paris'
	},
	{
		id: 'what-next',
		title: 'The road ahead',
		caption: '“We will agree on further steps to end the conflict, basing them on the situation on the ground” — Putin',
		quoteBlockId: 'q-situation-on-the-ground',
		notes: 'Close on the whole map as of 13 March 2025: occupied territory, the contact line, the annexation claims, Ukrainian-held ground in Kursk oblast and the active ground front on the border. The article says the “battlefield momentum may embolden Russia to reject a ceasefire unless it locks in territorial advantages”, and that Witkoff’s talks will test “whether Putin’s rhetoric translates into action or remains a stalling tactic”.',
		durationS: 14,
		camera: { layer: 'occupied' },
		layers: layers('occupied', 'contactLine', 'annexationClaims', 'kursk', 'borderFront')
	}
];

/** The index of the chapter `id`, or -1. */
export function chapterIndex(id: string | null, chapters: readonly Chapter[] = deck): number {
	return id === null ? -1 : chapters.findIndex((c) => c.id === id);
}
