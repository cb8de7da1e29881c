import { article as theArticle, blockText, mentionsIn, refKey, type Article, type RefKind } from '$lib/article';
import type { Figures } from '$lib/geo/figures';
import type { FactsVisibility } from '$lib/map/factsStyle';

/** A facts layer of the map, named as the map's layer toggles name it (FactsVisibility). */
export type MapLayer = keyof FactsVisibility;

/** A region, country or place of the map, as the article's mentions key it: `region:RU-KRS`, `country:UA`, `place:moscow`. */
export type MapRef = `${RefKind}:${string}`;

/**
 * A view of the map, as a small serialisable object (it can go in a URL or history state). Every
 * field is optional; the page applies those present and leaves the rest of the map as it is.
 *
 * - `select`: the one feature to select, as the map does when a reader clicks it (its panel opens).
 * - `highlight`: features to outline together, without selecting any (the four annexed regions).
 * - `layers`: facts layers to switch on; layers not named keep their state.
 * - `fit`: what to frame: a layer, meaning its whole extent, or features, meaning their union.
 *   Without `fit` the map frames `select`, or `highlight`, or stays where it is.
 * - `kurskDate`: the Kursk snapshot to draw (YYYY-MM-DD, a date of the Kursk layer).
 *
 * Examples: `{ select: 'region:RU-KRS', layers: ['kursk'], kurskDate: '2024-08-27' }` is the Kursk
 * incursion at its peak; `{ layers: ['contactLine', 'borderFront'], fit: 'contactLine' }` is the front.
 */
export interface MapTarget {
	select?: MapRef;
	highlight?: MapRef[];
	layers?: MapLayer[];
	fit?: MapLayer | MapRef[];
	kurskDate?: string;
}

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
	id: 'fought-front' | 'with-held-border';
	/** What is counted, lower case, to go inside a sentence. */
	label: string;
	km: number;
	/** `km` minus the article's figure. */
	differenceKm: number;
}

/**
 * The two ways the shipped geometry can be read as "the front line", each against the article's
 * figure, and the one closest to it. Neither is the article's source: it gives none.
 */
export function frontLineReadings(figures: Figures): { articleKm: number; readings: FrontLineReading[]; closest: FrontLineReading } {
	const { articleKm, sumKm, withHeldBorderKm } = figures.frontLineClaim;
	const readings: FrontLineReading[] = [
		{ id: 'fought-front', label: 'the contact line and the stretches of border that are an active front', km: sumKm, differenceKm: sumKm - articleKm },
		{ id: 'with-held-border', label: 'the contact line and all of the border Ukraine holds against Russia', km: withHeldBorderKm, differenceKm: withHeldBorderKm - articleKm }
	];
	const closest = readings.reduce((best, r) => (Math.abs(r.differenceKm) < Math.abs(best.differenceKm) ? r : best));
	return { articleKm, readings, closest };
}

/** The border Ukraine still holds against Russia: all of it but the stretches behind Russian lines. */
export function heldBorderKm(figures: Figures): number {
	return Math.round((figures.border.totalKm - figures.border.behindRussianLinesKm) * 10) / 10;
}

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
		title: 'Four annexed regions',
		quote: 'annexation of four eastern Ukrainian regions',
		method: 'Each region the paragraph names, intersected with the occupied-territory layer and measured with Turf; the share is of the region’s measured area.'
	},
	{
		id: 'front-line',
		title: 'The front line',
		quote: 'the nearly 2,000-kilometer front line',
		method: 'Lengths of the contact line and of the Russia–Ukraine land border measured with Turf along great circles; border stretches are classed as active front, behind Russian lines or neither.'
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
		method: 'The Ukrainian-held ground in Kursk oblast at its largest, measured with Turf on an outline drawn between reported villages, beside Ukraine’s own claim of the day.'
	},
	{
		id: 'kursk-recapture',
		title: '1,100 km² recaptured in Kursk',
		quote: 'the recapture of 1,100 square kilometers',
		method: 'The Ukrainian-held ground measured at its peak and on the article’s date; what was lost between them is compared with the figure Gerasimov gave.'
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

/** The article's quantitative and geographic claims the map checks, in the article's order. */
export const claims: readonly Claim[] = locate<Claim>(theArticle, claimDefs);

/** The article's other quantitative claims, which the map cannot check. */
export const uncheckedClaims: readonly UncheckedClaim[] = locate<UncheckedClaim>(theArticle, uncheckedDefs);

/** The four regions of the annexation claim: the regions the claim's paragraph names. */
export const annexedRegionRefs: readonly MapRef[] = regionsNamedIn(theArticle, blockQuoting(theArticle, 'annexation of four eastern Ukrainian regions'));

/** The map view that shows each claim; Kursk dates come from the figures, so new snapshots need no code change. */
export function claimMapTargets(figures: Figures): Record<ClaimId, MapTarget> {
	const kursk = 'region:RU-KRS' satisfies MapRef;
	const peak = figures.kursk.peak?.date;
	const latest = figures.kursk.latest?.date;
	return {
		'over-three-years': { layers: ['occupied'], fit: 'occupied' },
		'thirty-day-ceasefire': { layers: ['contactLine', 'borderFront'], fit: 'contactLine' },
		'four-regions': { layers: ['annexationClaims', 'occupied'], highlight: [...annexedRegionRefs], fit: [...annexedRegionRefs] },
		'front-line': { layers: ['contactLine', 'borderFront'], fit: 'contactLine' },
		'larger-than-countries': { layers: ['occupied'], fit: 'occupied' },
		'kursk-sliver': { select: kursk, layers: ['kursk'], ...(peak ? { kurskDate: peak } : {}) },
		'kursk-recapture': { select: kursk, layers: ['kursk'], ...(latest ? { kurskDate: latest } : {}) }
	};
}

/** The start of Russia's full-scale invasion, the article's "the invasion began in February 2022". */
export const fullScaleInvasionDate = '2022-02-24';

/** An area claim of the Kursk layer (as stated by one side), read defensively from its loose record. */
export interface AreaClaim {
	km2: number | null;
	/** Share of the whole the claimant gave, 0–1; null when none. */
	share: number | null;
	by: string | null;
	date: string | null;
	note: string | null;
}

export function readAreaClaim(record: Record<string, unknown> | null | undefined): AreaClaim | null {
	if (!record) return null;
	const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
	const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
	return { km2: num(record.km2), share: num(record.share), by: str(record.by), date: str(record.date), note: str(record.note) };
}

/** The whole a share claim implies: 1,100 km² said to be 86% means about 1,279 km² in all. */
export function impliedWholeKm2(claim: AreaClaim | null): number | null {
	if (!claim || claim.km2 === null || claim.share === null || claim.share <= 0) return null;
	return claim.km2 / claim.share;
}
