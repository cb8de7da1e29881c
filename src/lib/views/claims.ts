import { article as theArticle, blockText, mentionsIn, refKey, type Article } from '$lib/article';
import type { MapRef } from '$lib/refs/mapRef';
import type { Figures, KurskClaimRecord } from '$lib/geo/figures';
import { formatRounded } from '$lib/format';
import type { MapView } from '$lib/types/mapView';

/** Ids of the blocks whose text contains `quote` exactly (annotations removed), in article order. */
export function blocksQuoting(article: Article, quote: string): string[] {
	return article.blocks.filter((b) => blockText(b).includes(quote)).map((b) => b.id);
}

/** The one block whose text contains `quote`; throws when none or several do, so a quote can never point at the wrong paragraph. */
export function blockQuoting(article: Article, quote: string): string {
	const ids = blocksQuoting(article, quote);
	if (ids.length !== 1) throw new Error(`The quote “${quote}” is in ${ids.length ? `${ids.length} blocks (${ids.join(', ')})` : 'no block'} of the article; it must be in exactly one`);
	return ids[0] as string;
}

/** The ref keys of the regions a block names, in text order, each once. */
export function regionsNamedIn(article: Article, blockId: string): MapRef[] {
	const block = article.blocks.find((b) => b.id === blockId);
	if (!block) return [];
	const keys = mentionsIn(block)
		.filter((m) => m.ref.kind === 'region')
		.map((m) => refKey(m.ref) as MapRef);
	return [...new Set(keys)];
}

export interface EuropeanCountry {
	id: string;
	nameEn: string;
	areaKm2: number;
}

export interface EuropeComparison {
	/** Countries with a smaller area, largest first. */
	smaller: EuropeanCountry[];
	/** Countries with the same or a larger area, smallest first. */
	larger: EuropeanCountry[];
	/** The smallest of the larger countries; null when none is larger. */
	nearestLarger: EuropeanCountry | null;
	/** The largest of the smaller countries; null when none is smaller. */
	nearestSmaller: EuropeanCountry | null;
	/** Countries compared (those with a finite area). */
	total: number;
}

/** Where an area falls among European countries: how many are smaller, and its neighbours in size. */
export function compareWithEurope(areaKm2: number, countries: readonly EuropeanCountry[]): EuropeComparison {
	const measured = countries.filter((c) => Number.isFinite(c.areaKm2));
	const smaller = measured.filter((c) => c.areaKm2 < areaKm2).sort((a, b) => b.areaKm2 - a.areaKm2);
	const larger = measured.filter((c) => c.areaKm2 >= areaKm2).sort((a, b) => a.areaKm2 - b.areaKm2);
	return { smaller, larger, nearestLarger: larger[0] ?? null, nearestSmaller: smaller[0] ?? null, total: measured.length };
}

export interface FrontLineReading {
	id: 'contact-line' | 'fought-front' | 'with-held-border' | 'with-held-border-official';
	/** What is counted, lower case, to go inside a sentence. */
	label: string;
	km: number;
}

/**
 * The ways the shipped geometry can be read as "the front line", shortest first. None of them is
 * the article's figure or its source: the article names none, and no reading is "the" answer.
 */
export function frontLineReadings(figures: Figures): { articleKm: number; readings: FrontLineReading[] } {
	const { articleKm, sumKm, withHeldBorderKm, withHeldBorderAtOfficialKm } = figures.frontLineClaim;
	const readings: FrontLineReading[] = [
		{ id: 'contact-line', label: 'the contact line', km: figures.contactLine.totalKm },
		{ id: 'fought-front', label: 'the contact line and the stretches of border that are an active ground front', km: sumKm },
		{ id: 'with-held-border', label: 'the contact line and all of the border Ukraine holds against Russia, as measured', km: withHeldBorderKm }
	];
	if (withHeldBorderAtOfficialKm !== null) {
		readings.push({ id: 'with-held-border-official', label: 'the same, with the held border scaled to the official border length', km: withHeldBorderAtOfficialKm });
	}
	return { articleKm, readings };
}

/** The border Ukraine still holds against Russia: all of it but the stretches behind Russian lines. */
export function heldBorderKm(figures: Figures): number {
	return Math.round((figures.border.totalKm - figures.border.behindRussianLinesKm) * 10) / 10;
}

/** A figure for the front line someone else gave, to set beside the measured ones. */
export interface PublicFrontFigure {
	speaker: string;
	/** YYYY-MM-DD, when it was said. */
	date: string;
	/** The words as published, figure and qualifier included. */
	quote: string;
	/** What the figure counts, as the source puts it. */
	counts: string;
	/** Where the words were published, as a citation. */
	source: string;
}

/** Public figures for the length of the front, each as its source reports it. */
export const otherFrontLineFigures: readonly PublicFrontFigure[] = [
	{
		speaker: 'Oleksandr Syrskyi, Commander-in-Chief of Ukraine’s Armed Forces',
		date: '2024-08-20',
		quote: 'The defence forces are actively engaged in combat operations on a frontline stretching almost 1,040 kilometres.',
		counts: 'the line of active combat',
		source: 'Ukrinform (via MENAFN), Line of active hostilities on frontline is over 1,000 kilometres – Syrskyi (2024-08-20)'
	},
	{
		speaker: 'Andrii Sybiha, Ukraine’s foreign minister, as reported by Reuters',
		date: '2025-03-14',
		quote: 'Kyiv has begun examining how to monitor any ceasefire along the frontline of its war with Russia, which runs for over 1,300 km (800 miles), Ukraine’s foreign minister said on Friday',
		counts: 'the frontline a ceasefire would have to be monitored along',
		source: 'Reuters, Ukraine examining how to monitor any ceasefire, foreign minister says (2025-03-14)'
	}
];

/** The claims the views know how to check, each with an id the component renders by. */
export type ClaimId = 'over-three-years' | 'thirty-day-ceasefire' | 'four-regions' | 'front-line' | 'larger-than-countries' | 'kursk-sliver' | 'kursk-recapture';

export interface Claim {
	id: ClaimId;
	/** A short name for the claim, used as its heading. */
	title: string;
	/** The article's wording, an exact substring of one block's text. */
	quote: string;
	/** The block that contains the quote. */
	blockId: string;
	/** How the app checks it, in one sentence. */
	method: string;
}

/** Claims of the article the app cannot check: nothing it ships measures them. */
export interface UncheckedClaim {
	id: string;
	/** A few words naming the claim, for the label of its button. */
	topic: string;
	quote: string;
	blockId: string;
	/** Why the map cannot check it. */
	reason: string;
}

type Def<T> = Omit<T, 'blockId'>;

const claimDefs: Def<Claim>[] = [
	{
		id: 'over-three-years',
		title: 'Over three years of war',
		quote: 'for over three years',
		method: 'Calendar time from the full-scale invasion of 24 February 2022 (the article’s “the invasion began in February 2022”) to the article’s date, in whole months and then days.'
	},
	{
		id: 'thirty-day-ceasefire',
		title: 'A 30-day ceasefire',
		quote: 'a 30-day ceasefire proposal',
		method: 'The proposal had no start date on 13 March 2025; the dates assume it took effect at the start of the article’s date and ran 30 whole days.'
	},
	{
		id: 'four-regions',
		title: 'Four regions Russia claims to have annexed',
		quote: 'annexation of four eastern Ukrainian regions',
		method: 'Each region the paragraph names, intersected with the occupied territory and the contested ground as DeepStateMap assessed them, and measured with Turf; shares are of the region’s measured area.'
	},
	{
		id: 'front-line',
		title: 'How long is the front line?',
		quote: 'the nearly 2,000-kilometer front line',
		method: 'Lengths measured with Turf along great circles: the contact line (the edge of the occupied area inside Ukraine, from DeepStateMap) as drawn and generalised with Douglas–Peucker at coarser tolerances, and the Russia–Ukraine land border of Natural Earth 1:10m, each stretch classed as an active ground front, behind Russian lines or neither; official border lengths as published.'
	},
	{
		id: 'larger-than-countries',
		title: 'Larger than many European countries',
		quote: 'a conflict zone larger than many European countries',
		method: 'The occupied territory of Ukraine, taken as the conflict zone, measured with Turf and compared with the areas of European countries measured the same way on Natural Earth 1:10m (Russia and Ukraine left out).'
	},
	{
		id: 'kursk-sliver',
		title: 'A sliver of Russian territory',
		quote: 'capturing a sliver of Russian territory in August 2024',
		method: 'The Ukrainian-held and the contested ground DeepStateMap shows in Kursk oblast on each date, measured with Turf, beside what each side said about that date.'
	},
	{
		id: 'kursk-recapture',
		title: '',
		quote: 'the recapture of 1,100 square kilometers',
		method: 'The ground no longer Ukrainian-held between the largest of the dates shown and the latest, measured with Turf on DeepStateMap’s areas, held ground alone and held or contested ground together; set beside the figures Gerasimov gave and the whole they imply.'
	}
];

const uncheckedDefs: Def<UncheckedClaim>[] = [
	{
		id: 'in-24-hours',
		topic: 'the war ended in 24 hours',
		quote: 'end the Ukraine war “in 24 hours,”',
		reason: 'A campaign promise about time, not a fact about the ground.'
	},
	{
		id: 'casualties',
		topic: 'Russian casualties',
		quote: 'estimated in the hundreds of thousands',
		reason: 'The app ships no casualty figures.'
	}
];

/** Attaches to each definition the one block that quotes it; throws (at import) if a quote is lost. */
function locate<T extends { quote: string }>(article: Article, defs: Def<T & { blockId: string }>[]): (T & { blockId: string })[] {
	return defs.map((d) => ({ ...d, blockId: blockQuoting(article, d.quote) }) as T & { blockId: string });
}

/** A title that quotes the article's own words: the claim is Gerasimov's, as the article reports it. */
const titled = (c: Claim): Claim => (c.id === 'kursk-recapture' ? { ...c, title: `Gerasimov’s “${c.quote.replace(/^the /, '')}”` } : c);

/** The article's quantitative and geographic claims the map checks, in the article's order. */
export const claims: readonly Claim[] = locate<Claim>(theArticle, claimDefs).map(titled);

/** The article's other quantitative claims, which the map cannot check. */
export const uncheckedClaims: readonly UncheckedClaim[] = locate<UncheckedClaim>(theArticle, uncheckedDefs);

/** The four regions of the annexation claim: the regions the claim's paragraph names. */
export const annexedRegionRefs: readonly MapRef[] = regionsNamedIn(theArticle, blockQuoting(theArticle, 'annexation of four eastern Ukrainian regions'));

/** The map view that shows each claim; Kursk dates come from the figures, so new snapshots need no code change. */
export function claimMapViews(figures: Figures): Record<ClaimId, MapView> {
	const kursk = 'region:RU-KRS' satisfies MapRef;
	const peak = figures.kursk.peak?.date;
	const latest = figures.kursk.latest?.date;
	const occupied: MapView = { layers: { occupied: true }, camera: { layer: 'occupied' } };
	const front: MapView = { layers: { contactLine: true, borderFront: true }, camera: { layer: 'contactLine' } };
	return {
		'over-three-years': occupied,
		'thirty-day-ceasefire': front,
		'four-regions': { layers: { annexationClaims: true, occupied: true, contested: true }, camera: { keys: [...annexedRegionRefs] } },
		'front-line': front,
		'larger-than-countries': occupied,
		'kursk-sliver': { select: kursk, layers: { kursk: true }, ...(peak ? { kurskDate: peak } : {}) },
		'kursk-recapture': { select: kursk, layers: { kursk: true }, ...(latest ? { kurskDate: latest } : {}) }
	};
}

/** The start of Russia's full-scale invasion, the article's "the invasion began in February 2022". */
export const fullScaleInvasionDate = '2022-02-24';

/** The day Ukraine's law dates the start of Russia's armed aggression, with the seizure of Crimea: 20 February 2014. */
export const crimeaSeizureDate = '2014-02-20';

/** A claim about ground in Kursk oblast, as figures.json records it. */
export type AreaClaim = KurskClaimRecord;

const claimKinds: ReadonlySet<string> = new Set(['held', 'held-at-most', 'retaken']);

/** A claim record checked field by field (it comes from a data file); null when it is not one. */
export function readAreaClaim(record: unknown): AreaClaim | null {
	const r = record as Partial<Record<keyof AreaClaim, unknown>> | null | undefined;
	const isText = (v: unknown): v is string => typeof v === 'string';
	const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
	if (!r || !isNumber(r.km2) || !isText(r.kind) || !claimKinds.has(r.kind) || !isText(r.by) || !isText(r.date) || !isText(r.quote) || !isText(r.source)) return null;
	if (r.share !== undefined && (!isNumber(r.share) || r.share <= 0 || r.share > 1)) return null;
	return { ...(r as AreaClaim), qualifier: isText(r.qualifier) ? r.qualifier : '' };
}

/** The whole a share claim implies: 1,100 km² said to be 86% means about 1,279 km² in all. */
export function impliedWholeKm2(claim: AreaClaim | null): number | null {
	if (!claim || claim.share === undefined || claim.share <= 0) return null;
	return claim.km2 / claim.share;
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** A share as a claimant gave it, without trailing zeros: 0.86 → "86%". */
export function claimedPercent(share: number): string {
	return percent.format(share);
}
const withQualifier = (qualifier: string | undefined, figure: string) => (qualifier ? `${qualifier} ${figure}` : figure);

/** The area as the claimant gave it, qualifier and all: "more than 1,100 km²", "1,294 km²". */
export function claimedArea(claim: AreaClaim): string {
	return withQualifier(claim.qualifier, `${formatRounded(claim.km2, 1)} km²`);
}

/** The share as the claimant gave it, with what it is a share of: "more than 86% of the ground …"; null when none. */
export function claimedShare(claim: AreaClaim): string | null {
	if (claim.share === undefined) return null;
	const share = withQualifier(claim.shareQualifier, claimedPercent(claim.share));
	return claim.shareOf ? `${share} of ${claim.shareOf}` : share;
}

/** Who made the claim, in a few words: the speaker's name without the office ("Valery Gerasimov"), else the side. */
export function claimant(claim: AreaClaim): string {
	return claim.speaker?.split(',')[0]?.trim() || claim.by;
}

/**
 * The claim in one attributed sentence (or clause, with `opening: false`), in the claimant's terms: "Valery Gerasimov says more than
 * 1,100 km², more than 86% of …, had been “liberated”". The words of a side ("liberated") stay
 * inside quotation marks and after "says".
 */
export function claimSentence(claim: AreaClaim, { opening = true }: { opening?: boolean } = {}): string {
	const who = claimant(claim);
	const subject = opening ? who.charAt(0).toUpperCase() + who.slice(1) : who;
	const share = claimedShare(claim);
	switch (claim.kind) {
		case 'held':
			return `${subject} says Ukraine’s forces controlled ${claimedArea(claim)}${share ? `, ${share}` : ''}`;
		case 'held-at-most':
			return `${subject} says Ukraine’s forces controlled at most ${claimedArea(claim)}`;
		case 'retaken':
			return `${subject} says ${claimedArea(claim)}${share ? `, ${share},` : ''} had been “liberated”`;
	}
}

/** What the Kursk claim is checked against: the ground no longer Ukrainian-held, and the claims beside it. */
export interface KurskComparison {
	peak: NonNullable<Figures['kursk']['peak']>;
	latest: NonNullable<Figures['kursk']['latest']>;
	noLongerHeld: NonNullable<Figures['kursk']['lostSincePeak']>;
	/** The claim of ground retaken (Gerasimov's), if the figures have one. */
	retaken: AreaClaim | null;
	/** The whole the retaken claim implies (km² ÷ share), if it gives a share. */
	impliedWholeKm2: number | null;
	/** The other side's own largest figures: its largest "held" claim and every "held at most" claim, by date. */
	largestClaimsHeld: AreaClaim[];
}

export function kurskComparison(figures: Figures): KurskComparison | null {
	const { peak, latest, lostSincePeak } = figures.kursk;
	if (!peak || !latest || !lostSincePeak || peak.date === latest.date) return null;
	const retaken = readAreaClaim(figures.kursk.retakenClaim);
	const all = figures.kursk.snapshots.flatMap((s) => s.claims.map(readAreaClaim)).filter((c): c is AreaClaim => c !== null && c.by !== retaken?.by);
	const largestHeld = all.filter((c) => c.kind === 'held').reduce<AreaClaim | null>((best, c) => (!best || c.km2 > best.km2 ? c : best), null);
	const largestClaimsHeld = [...(largestHeld ? [largestHeld] : []), ...all.filter((c) => c.kind === 'held-at-most')].sort((a, b) => a.date.localeCompare(b.date));
	return { peak, latest, noLongerHeld: lostSincePeak, retaken, impliedWholeKm2: impliedWholeKm2(retaken), largestClaimsHeld };
}
