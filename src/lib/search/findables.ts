// What the search finds, made from the page's data: the regions with their Ukrainian and Russian
// names, the article's places with theirs, the countries the article names, and the settlements of
// settlements.json that are not already one of the article's places or the map's labelled cities.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AtlasData, GazetteerEntry } from '$lib/types/mapData';
import type { SettlementFeatures } from '$lib/map/settlementsStyle';
import type { Findable } from './findPlaces';
import type { Settlement } from './settlements';
import { skeleton } from './skeleton';

type Data = Pick<AtlasData, 'basemap' | 'places' | 'gazetteer'>;

const namesOf = (properties: Record<string, unknown> | null | undefined): string[] =>
	[properties?.nameUk, properties?.nameRu].filter((n): n is string => typeof n === 'string' && n !== '');

/** A point the map already names: an article place (with its key) or a labelled city. */
interface NamedPoint {
	key: string | null;
	folded: string;
	point: [number, number];
}

const pointOf = (f: { geometry: unknown }) => (f.geometry as { coordinates: number[] }).coordinates.slice(0, 2) as [number, number];

function placePoints(data: Data): NamedPoint[] {
	return data.places.features.map((f) => ({ key: `place:${f.properties.id}`, folded: skeleton(f.properties.nameEn), point: pointOf(f) }));
}

function cityPoints(data: Data): NamedPoint[] {
	return data.basemap.labels.features.filter((f) => f.properties?.kind === 'city' && f.geometry.type === 'Point').map((f) => ({ key: null, folded: skeleton(String(f.properties?.nameEn ?? '')), point: pointOf(f) }));
}

/** The named point a settlement is: the same name within 5 km. */
function namedAs(settlement: Settlement, named: NamedPoint[]): NamedPoint | undefined {
	const names = new Set([settlement.name, ...settlement.alternates].map(skeleton));
	return named.find((n) => names.has(n.folded) && distance(n.point, settlement.point, { units: 'kilometers' }) <= 5);
}

/**
 * The settlements the search adds, and the spellings they lend: a settlement that is one of the
 * article's places is not listed twice, and that place answers to the settlement's spellings too
 * (Pokrovsk to Krasnoarmeysk).
 */
export function newSettlements(data: Data, settlements: readonly Settlement[]): { added: Settlement[]; lent: Map<string, string[]> } {
	const places = placePoints(data);
	const added: Settlement[] = [];
	const lent = new Map<string, string[]>();
	for (const settlement of settlements) {
		const place = namedAs(settlement, places);
		if (place?.key) lent.set(place.key, [settlement.name, ...settlement.alternates]);
		else added.push(settlement);
	}
	return { added, lent };
}

/** The settlements the map draws: not those at a labelled city, which has its own dot and name. */
export function drawnSettlements(data: Data, settlements: readonly Settlement[]): Settlement[] {
	const cities = cityPoints(data);
	return settlements.filter((s) => !namedAs(s, cities));
}

/** No spellings lent: before the settlements are loaded. */
export const noSpellings: ReadonlyMap<string, string[]> = new Map();

/** The settlements as the map's source (settlementsStyle.ts). */
export function settlementFeatures(settlements: readonly Settlement[]): SettlementFeatures {
	return {
		type: 'FeatureCollection',
		features: settlements.map((s) => ({ type: 'Feature', properties: { id: s.id, name: s.name, population: s.population, frontKm: s.frontKm }, geometry: { type: 'Point', coordinates: s.point } }))
	};
}

/**
 * Everything the search can find: the picker's regions, places and the article's countries, and
 * the settlements; `lent`: more spellings by key (newSettlements').
 */
export function findables(data: Data, countries: readonly string[], settlements: readonly Settlement[], lent: ReadonlyMap<string, string[]> = new Map()): Findable[] {
	const admin1 = new Map(data.basemap.admin1.features.map((f) => [String(f.properties?.id), namesOf(f.properties)]));
	const places = new Map(data.places.features.map((f) => [f.properties.id, namesOf(f.properties as unknown as Record<string, unknown>)]));
	const entry = (e: GazetteerEntry, alternates: string[]): Findable => ({ key: e.key, kind: e.kind, name: e.name, alternates: [...alternates, ...(lent.get(e.key) ?? [])], population: 0 });
	return [
		...data.gazetteer.regions.map((e) => entry(e, admin1.get(e.id) ?? [])),
		...data.gazetteer.places.map((e) => entry(e, places.get(e.id) ?? [])),
		...data.gazetteer.countries.filter((c) => countries.includes(c.id)).map((e) => entry(e, [])),
		...settlements.map((s): Findable => ({ key: `settlement:${s.id}`, kind: 'settlement', name: s.name, alternates: s.alternates, population: s.population }))
	];
}

/** The ISO 3166-2 id of the admin-1 unit a point lies in, or null (point in polygon on the basemap's units). */
export function oblastAt(point: [number, number], admin1: ReadonlyArray<Feature<Polygon | MultiPolygon>>): string | null {
	const unit = admin1.find((f) => booleanPointInPolygon(point, f));
	return unit ? String(unit.properties?.id) : null;
}
