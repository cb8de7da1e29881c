import simplify from '@turf/simplify';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { areaKm2 } from '../../../src/lib/geo/areaKm2';
import { intersectionAreaKm2 } from '../../../src/lib/geo/intersectionAreaKm2';
import { polygonProblems } from '../../../src/lib/geo/polygonProblems';
import { roundGeometry } from '../../../src/lib/geo/roundGeometry';

/** Why an input file cannot be imported, in words that name the problem. */
export class ImportError extends Error {
	constructor(
		readonly file: string,
		problem: string
	) {
		super(`${file}: ${problem}`);
		this.name = 'ImportError';
	}
}

/** CRS names that mean longitude/latitude on WGS 84, the only coordinates GeoJSON allows. */
const lonLatCrs = /^(urn:ogc:def:crs:OGC:1\.3:CRS84|urn:ogc:def:crs:EPSG::4326|EPSG:4326|CRS84|WGS ?84)$/i;

/** How much of an imported area may lie outside Ukraine (the source's coast and border differ from the map's). */
export const maxShareOutsideUkraine = 0.1;

function positionsOf(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'LineString':
		case 'MultiPoint':
			return geometry.coordinates;
		case 'Polygon':
		case 'MultiLineString':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		default:
			return [];
	}
}

/** The features of a parsed GeoJSON text (a FeatureCollection, a Feature or a bare geometry). */
function featuresOf(file: string, data: unknown): Array<Feature<Geometry>> {
	const value = data as { type?: unknown; features?: unknown; geometry?: unknown; coordinates?: unknown } | null;
	if (!value || typeof value !== 'object' || typeof value.type !== 'string') throw new ImportError(file, 'is not GeoJSON: expected an object with a "type" (FeatureCollection, Feature or a geometry)');
	if (value.type === 'FeatureCollection') {
		if (!Array.isArray(value.features)) throw new ImportError(file, 'is a FeatureCollection without a "features" list');
		return value.features as Array<Feature<Geometry>>;
	}
	if (value.type === 'Feature') return [value as Feature<Geometry>];
	if ('coordinates' in value) return [{ type: 'Feature', properties: {}, geometry: value as Geometry }];
	throw new ImportError(file, `is not GeoJSON: unknown type ${JSON.stringify(value.type)}`);
}

/**
 * Checks the coordinate reference system: GeoJSON is longitude, latitude on WGS 84. A "crs" member
 * naming anything else, coordinates beyond ±180/±90 (a projected file), or coordinates in
 * latitude-longitude order (Ukraine's latitudes where its longitudes should be) are refused.
 */
function checkCrs(file: string, data: unknown, features: Array<Feature<Geometry>>): void {
	const crsName = (data as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
	if (crsName !== undefined && !lonLatCrs.test(String(crsName))) {
		throw new ImportError(file, `uses the coordinate system ${JSON.stringify(crsName)}; convert it to WGS 84 longitude/latitude (EPSG:4326), the only one GeoJSON allows`);
	}
	const positions = features.flatMap((f) => (f?.geometry ? positionsOf(f.geometry) : []));
	const outOfRange = positions.find((p) => !Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90);
	if (outOfRange) throw new ImportError(file, `has coordinates ${JSON.stringify(outOfRange)} that are not longitude/latitude: it looks projected (wrong CRS); convert it to WGS 84 (EPSG:4326)`);
	const swapped = positions.length > 0 && positions.every((p) => p[0]! >= 43 && p[0]! <= 53 && p[1]! >= 21 && p[1]! <= 41);
	if (swapped) throw new ImportError(file, 'has its coordinates in latitude, longitude order; GeoJSON needs longitude first');
}

/** Polygon features, each checked: closed rings, four or more positions, no self-intersections. */
function polygonsOf(file: string, features: Array<Feature<Geometry>>, role: string): Array<Feature<Polygon | MultiPolygon>> {
	if (features.length === 0) throw new ImportError(file, `has no features; the ${role} needs at least one polygon`);
	return features.map((f, index) => {
		const type = f?.geometry?.type;
		if (type !== 'Polygon' && type !== 'MultiPolygon') throw new ImportError(file, `feature #${index} is a ${type ?? 'feature without geometry'}; the ${role} must be polygons`);
		const problems = polygonProblems(f.geometry as Polygon | MultiPolygon);
		if (problems.length > 0) throw new ImportError(file, `feature #${index} ${problems.join('; ')}`);
		return f as Feature<Polygon | MultiPolygon>;
	});
}

/**
 * Reads an imported area (occupied or contested ground): checks it, simplifies it by `simplifyM`
 * metres (0 keeps every vertex), rounds it to `decimals` places and checks it again, and refuses it
 * when a feature does not overlap Ukraine or when more than a tenth of the whole lies outside.
 */
export function importAreas(file: string, data: unknown, ukraine: Feature<Polygon | MultiPolygon>, role: string, { simplifyM, decimals }: { simplifyM: number; decimals: number }): Array<Feature<Polygon | MultiPolygon>> {
	const features = featuresOf(file, data);
	checkCrs(file, data, features);
	const polygons = polygonsOf(file, features, role);
	let total = 0;
	let outside = 0;
	const out = polygons.map((f, index) => {
		const simplified = simplifyM > 0 ? simplify(f, { tolerance: simplifyM / 111_320, highQuality: true }) : f;
		const geometry = roundGeometry(simplified.geometry, decimals);
		if (!geometry) throw new ImportError(file, `feature #${index} vanishes when rounded to ${decimals} decimals`);
		const problems = polygonProblems(geometry);
		if (problems.length > 0) throw new ImportError(file, `feature #${index} ${problems.join('; ')} after simplifying by ${simplifyM} m and rounding; try a smaller --simplify-m`);
		const area = areaKm2({ type: 'Feature', properties: {}, geometry });
		const inside = intersectionAreaKm2({ type: 'Feature', properties: {}, geometry }, ukraine);
		if (inside <= 0) throw new ImportError(file, `feature #${index} lies outside Ukraine`);
		total += area;
		outside += area - inside;
		return { type: 'Feature' as const, id: `${role}-${index + 1}`, properties: { id: `${role}-${index + 1}` }, geometry };
	});
	if (outside > maxShareOutsideUkraine * total) {
		throw new ImportError(file, `${Math.round((outside / total) * 100)}% of its area lies outside Ukraine (at most ${maxShareOutsideUkraine * 100}% is allowed, for a source whose coast and border differ from the map's)`);
	}
	return out;
}

/** Reads an imported contact line: lines inside or at the edge of Ukraine, rounded to `decimals` places. */
export function importLines(file: string, data: unknown, decimals: number): Array<Feature<LineString | MultiLineString>> {
	const features = featuresOf(file, data);
	checkCrs(file, data, features);
	if (features.length === 0) throw new ImportError(file, 'has no features; the contact line needs at least one line');
	return features.map((f, index) => {
		const type = f?.geometry?.type;
		if (type !== 'LineString' && type !== 'MultiLineString') throw new ImportError(file, `feature #${index} is a ${type ?? 'feature without geometry'}; the contact line must be lines`);
		const geometry = roundGeometry(f.geometry as LineString | MultiLineString, decimals);
		if (!geometry) throw new ImportError(file, `feature #${index} vanishes when rounded`);
		return { type: 'Feature' as const, id: `contact-line-${index + 1}`, properties: { id: `contact-line-${index + 1}` }, geometry };
	});
}
