// "What is here?": a point's region, who held it on the date shown, how far it lies from the
// contact line, the named places near it and the article's paragraphs about its region, all from
// the shipped geometry with Turf. Plain data in, plain data out; the card renders it.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { formatDate } from '$lib/format';
import type { AnnexationClaim } from '$lib/types/mapData';
import { nearestPlaces, type NamedPoint, type NearPlace } from './nearestPlaces';

type Areas = FeatureCollection<Polygon | MultiPolygon>;
type Lines = FeatureCollection<LineString | MultiLineString>;

/** Who held the point, in the categories the map draws. */
export type Holding = 'occupied-before-2022' | 'occupied-since-2022' | 'contested' | 'ukrainian-held' | 'kursk-held' | 'kursk-contested' | 'kursk-russian' | 'outside';

export interface PointQueryInput {
	admin1: Areas;
	occupied: Areas;
	contested: Areas;
	contactLine: Lines;
	/** One feature per Kursk date and category (`held`, `contested`). */
	kursk: Areas;
	/** The Kursk date drawn; null when the Kursk layer has none. */
	kurskDate: string | null;
	/** The front's snapshot date. */
	asOf: string;
	annexationClaims: readonly AnnexationClaim[];
	/** Named points to find the nearest of. */
	places: readonly NamedPoint[];
	/** Ref key → ids of the article's blocks that mention it. */
	mentions: ReadonlyMap<string, readonly string[]>;
}

export interface PointRegion {
	id: string;
	key: string;
	name: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
}

export interface PointReport {
	point: [number, number];
	region: PointRegion | null;
	holding: Holding;
	/** The holding in the app's words, with its date and source. */
	holdingText: string;
	/** Russia's annexation claim on the region, when there is one. */
	claim: AnnexationClaim | null;
	/** Great-circle distance to the nearest point of the contact line, km; null without a contact line. */
	contactLineKm: number | null;
	nearest: NearPlace[];
	/** Ids of the article's blocks about the point's region, in text order. */
	paragraphs: string[];
}

const inside = (point: [number, number], f: Feature<Polygon | MultiPolygon>) => booleanPointInPolygon(point, f);

/** Distance in km from `point` to the nearest line of `lines`; null when there is none. */
export function distanceToLinesKm(point: [number, number], lines: Lines): number | null {
	let best: number | null = null;
	for (const line of lines.features) {
		const km = nearestPointOnLine(line, point, { units: 'kilometers' }).properties.dist;
		if (Number.isFinite(km) && (best === null || km < best)) best = km;
	}
	return best;
}

function holdingOf(point: [number, number], region: PointRegion | null, input: PointQueryInput): { holding: Holding; text: string } {
	const date = `as DeepStateMap assessed it on ${formatDate(input.asOf)}`;
	const hit = input.occupied.features.find((f) => inside(point, f));
	if (hit) {
		const before = hit.properties?.category === 'before-2022';
		return before
			? { holding: 'occupied-before-2022', text: `Occupied by Russia since before 24 February 2022, ${date}` }
			: { holding: 'occupied-since-2022', text: `Occupied by Russia since 24 February 2022, ${date}` };
	}
	if (input.contested.features.some((f) => inside(point, f))) return { holding: 'contested', text: `Contested (grey zone), ${date}: counted neither as occupied nor as Ukrainian-held` };
	if (region?.country === 'UA') return { holding: 'ukrainian-held', text: `Ukrainian-held, ${date}` };
	if (region?.id === 'RU-KRS' && input.kurskDate) {
		const kurskDate = `as DeepStateMap assessed it on ${formatDate(input.kurskDate)}`;
		const on = input.kursk.features.filter((f) => f.properties?.date === input.kurskDate && inside(point, f));
		if (on.some((f) => f.properties?.category === 'held')) return { holding: 'kursk-held', text: `Ukrainian-held, in Russia’s Kursk oblast, ${kurskDate}` };
		if (on.length) return { holding: 'kursk-contested', text: `Contested, in Russia’s Kursk oblast, ${kurskDate}` };
		return { holding: 'kursk-russian', text: `Russian territory, neither Ukrainian-held nor contested, ${kurskDate}` };
	}
	return { holding: 'outside', text: region ? 'Outside Ukraine: this map assesses no control here' : 'In no region this map draws (sea, or beyond the map’s countries)' };
}

/** Everything the point card shows about `point` ([longitude, latitude]). */
export function queryPoint(point: [number, number], input: PointQueryInput): PointReport {
	const found = input.admin1.features.find((f) => inside(point, f));
	const props = found?.properties ?? null;
	const region: PointRegion | null = props ? { id: String(props.id), key: `region:${props.id}`, name: String(props.nameEn ?? props.id), country: String(props.country ?? '') } : null;
	const { holding, text } = holdingOf(point, region, input);
	return {
		point,
		region,
		holding,
		holdingText: text,
		claim: region ? (input.annexationClaims.find((c) => c.id === region.id) ?? null) : null,
		contactLineKm: distanceToLinesKm(point, input.contactLine),
		nearest: nearestPlaces(point, input.places),
		paragraphs: region ? [...(input.mentions.get(region.key) ?? [])] : []
	};
}
