import type { FactsVisibility } from '$lib/map/factsStyle';
import type { Flight } from '$lib/state/atlas.svelte';

/** One chapter of the presentation: where the camera goes, what the map shows, what the room reads. */
export interface Chapter {
	/** A stable slug; `/present/?chapter=<id>` opens it. */
	id: string;
	title: string;
	/** Quoted or condensed from the block `quoteBlockId` of the article. */
	caption: string;
	quoteBlockId: string;
	/** For the presenter window only. */
	notes: string;
	/** How long autoplay stays on the chapter. */
	durationS: number;
	/** Where the camera goes; with none it goes to the selection. */
	camera?: Flight;
	layers: FactsVisibility;
	/** The ref outlined on the map (`region:UA-14`, `place:jeddah`); a place beyond the region turns the map into the diplomacy globe. */
	select?: string;
	/** A Kursk snapshot date (static/data/facts/kursk.geojson). */
	kurskDate?: string;
}

const layers = (...on: (keyof FactsVisibility)[]): FactsVisibility => ({
	occupied: on.includes('occupied'),
	contactLine: on.includes('contactLine'),
	annexationClaims: on.includes('annexationClaims'),
	kursk: on.includes('kursk'),
	borderFront: on.includes('borderFront')
});

const annexed = ['region:UA-14', 'region:UA-09', 'region:UA-65', 'region:UA-23'];

export const deck: readonly Chapter[] = [
	{
		id: 'ceasefire',
		title: 'Putin says yes — with conditions',
		caption: '“We agree with the proposals to stop hostilities, but … this cessation should lead to a long-term peace.” — Putin, Moscow, 13 March 2025',
		quoteBlockId: 'p-moscow-press-conference',
		notes: 'Open on Moscow. Putin answered the US–Ukrainian 30-day ceasefire proposal standing next to Lukashenko. The yes carries a condition: a pause must lead to a lasting peace and remove “the causes of this crisis”.',
		durationS: 12,
		camera: { keys: ['place:moscow', 'place:kyiv'] },
		layers: layers('occupied', 'contactLine'),
		select: 'place:moscow'
	},
	{
		id: 'front-line',
		title: 'A front nearly 2,000 km long',
		caption: 'Putin raised “monitoring and verification” along the nearly 2,000-kilometre front line.',
		quoteBlockId: 'p-monitoring-and-verification',
		notes: 'The whole contact line plus the stretches of the state border that are an active front. Any truce has to be watched along all of it.',
		durationS: 12,
		camera: { layer: 'contactLine' },
		layers: layers('occupied', 'contactLine', 'borderFront')
	},
	{
		id: 'monitoring',
		title: 'Who watches the line?',
		caption: 'Without robust mechanisms to ensure compliance, any agreement risks collapsing into accusations of violations.',
		quoteBlockId: 'p-monitoring-and-verification',
		notes: 'Donetsk oblast, where the fighting is heaviest: Pokrovsk, Toretsk, Chasiv Yar. A conflict zone larger than many European countries.',
		durationS: 12,
		camera: { keys: ['place:pokrovsk', 'place:toretsk', 'place:chasiv-yar', 'place:kurakhove', 'place:siversk'] },
		layers: layers('occupied', 'contactLine'),
		select: 'region:UA-14'
	},
	{
		id: 'annexed-regions',
		title: 'Four regions Russia claims',
		caption: 'Moscow demands recognition of its annexation of Donetsk, Luhansk, Kherson and Zaporizhzhia.',
		quoteBlockId: 'p-causes-of-the-crisis',
		notes: 'Russia claims all four oblasts, but occupies only part of each: the purple outline is the claim, the red fill the ground held. Ukraine calls the territories illegally seized.',
		durationS: 14,
		camera: { keys: annexed },
		layers: layers('occupied', 'annexationClaims')
	},
	{
		id: 'kursk-incursion',
		title: 'A sliver of Russia',
		caption: 'In August 2024 Ukrainian forces captured a sliver of Russian territory in the Kursk region.',
		quoteBlockId: 'p-kursk-risk',
		notes: 'The ground Ukraine held in Kursk oblast at its peak, late August 2024.',
		durationS: 12,
		layers: layers('kursk', 'borderFront'),
		select: 'region:RU-KRS',
		kurskDate: '2024-08-27'
	},
	{
		id: 'kursk-recapture',
		title: 'The 1,100 km² claim',
		caption: 'General Gerasimov reported the recapture of 1,100 square kilometres.',
		quoteBlockId: 'p-kursk-risk',
		notes: 'What Ukraine still held on 13 March, after the loss of Sudzha. Compare the area lost since the peak with Russia’s 1,100 km² claim (Claims tab on the main page).',
		durationS: 12,
		layers: layers('kursk', 'borderFront'),
		select: 'region:RU-KRS',
		kurskDate: '2025-03-13'
	},
	{
		id: 'jeddah',
		title: 'Agreed in Jeddah',
		caption: 'On 11 March US and Ukrainian officials met in Jeddah and drafted a 30-day ceasefire proposal.',
		quoteBlockId: 'p-jeddah-proposal',
		notes: 'The diplomacy map: Jeddah, Washington, Moscow, Kyiv. Witkoff arrived in Moscow on 13 March to discuss the plan.',
		durationS: 12,
		layers: layers('occupied'),
		select: 'place:jeddah'
	},
	{
		id: 'washington',
		title: 'The Trump factor',
		caption: 'With Ukraine on board for a 30-day ceasefire, Trump is leaning hard on Russia to follow suit.',
		quoteBlockId: 'p-trump-reentry',
		notes: 'The White House: threats of sanctions, tariffs and banking restrictions if Putin resists; Putin hints at a phone call with Trump.',
		durationS: 12,
		layers: layers('occupied'),
		select: 'place:white-house'
	},
	{
		id: 'europe',
		title: 'Europe sidelined',
		caption: '“There will be no just and lasting peace in Ukraine without the participation of Europeans.” — French foreign minister, 12 March',
		quoteBlockId: 'p-european-alarm',
		notes: 'Paris and London are assembling a “coalition of the willing” to deploy peacekeepers if a truce holds.',
		durationS: 12,
		layers: layers('occupied'),
		select: 'place:paris'
	},
	{
		id: 'what-next',
		title: 'The road ahead',
		caption: '“We will agree on further steps to end the conflict, basing them on the situation on the ground.” — Putin',
		quoteBlockId: 'q-situation-on-the-ground',
		notes: 'Close on the whole map: the situation on the ground is what Putin wants locked in. Witkoff’s talks in Moscow will test whether the yes means anything.',
		durationS: 14,
		camera: { layer: 'occupied' },
		layers: layers('occupied', 'contactLine', 'annexationClaims', 'kursk', 'borderFront')
	}
];

/** The index of the chapter `id`, or -1. */
export function chapterIndex(id: string | null, chapters: readonly Chapter[] = deck): number {
	return id === null ? -1 : chapters.findIndex((c) => c.id === id);
}
