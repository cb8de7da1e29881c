// GeoJSON as the app's data files carry it, as valibot schemas: the structure by the schema
// library, the coordinates by one pass over each array (a file holds thousands of positions, and a
// schema object per position would cost more than the drawing). A geometry whose coordinates are
// not numbers on the globe, or not nested as its type says, is refused with the path to it.
import * as v from 'valibot';
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** A position: longitude and latitude (and an optional height), finite and on the globe. */
export function isPosition(value: unknown): value is Position {
	if (!Array.isArray(value) || value.length < 2 || value.length > 3) return false;
	for (const n of value) if (typeof n !== 'number' || !Number.isFinite(n)) return false;
	return Math.abs(value[0] as number) <= 180 && Math.abs(value[1] as number) <= 90;
}

const isLine = (value: unknown): value is Position[] => Array.isArray(value) && value.length >= 2 && value.every(isPosition);

/** A linear ring: at least four positions, the last the same as the first. */
function isRing(value: unknown): value is Position[] {
	if (!Array.isArray(value) || value.length < 4 || !value.every(isPosition)) return false;
	const [first, last] = [value[0] as Position, value.at(-1) as Position];
	return first[0] === last[0] && first[1] === last[1];
}

const isPolygon = (value: unknown): value is Position[][] => Array.isArray(value) && value.length >= 1 && value.every(isRing);

const position = v.custom<Position>(isPosition, 'a position must be [longitude, latitude] in degrees');
const line = v.custom<Position[]>(isLine, 'a line must be at least two positions');
const polygon = v.custom<Position[][]>(isPolygon, 'a polygon must be closed rings of at least four positions');

export const pointSchema = v.object({ type: v.literal('Point'), coordinates: position });
export const lineStringSchema = v.object({ type: v.literal('LineString'), coordinates: line });
export const multiLineStringSchema = v.object({ type: v.literal('MultiLineString'), coordinates: v.array(line) });
export const polygonSchema = v.object({ type: v.literal('Polygon'), coordinates: polygon });
export const multiPolygonSchema = v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(polygon) });

export const pointGeometry = v.variant('type', [pointSchema]);
export const lineGeometry = v.variant('type', [lineStringSchema, multiLineStringSchema]);
export const areaGeometry = v.variant('type', [polygonSchema, multiPolygonSchema]);

// The schemas' outputs are the geojson package's types, so a parsed file is used as one directly.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsGeojson: [
	Same<v.InferOutput<typeof pointSchema>, Omit<Point, 'bbox'>>,
	Same<v.InferOutput<typeof lineStringSchema>, Omit<LineString, 'bbox'>>,
	Same<v.InferOutput<typeof multiLineStringSchema>, Omit<MultiLineString, 'bbox'>>,
	Same<v.InferOutput<typeof polygonSchema>, Omit<Polygon, 'bbox'>>,
	Same<v.InferOutput<typeof multiPolygonSchema>, Omit<MultiPolygon, 'bbox'>>
] = [true, true, true, true, true];
void sameAsGeojson;

/** Properties: an object (any fields) or null, as GeoJSON allows. */
const anyProperties = v.nullable(v.record(v.string(), v.unknown()));

/**
 * A FeatureCollection whose features have a geometry of `geometry` and properties of `properties`
 * (by default any object or null). Other members (ids, bbox, foreign members) are kept.
 */
export function featureCollectionSchema<G extends v.GenericSchema, P extends v.GenericSchema = typeof anyProperties>(geometry: G, properties?: P) {
	const feature = v.looseObject({ type: v.literal('Feature'), geometry, properties: (properties ?? anyProperties) as P });
	return v.looseObject({ type: v.literal('FeatureCollection'), features: v.array(feature) });
}
