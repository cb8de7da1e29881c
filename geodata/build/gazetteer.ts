import distance from '@turf/distance';
import type { Position } from 'geojson';
import { PipelineError } from './errors';

export interface GazetteerEntry {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1: string;
}

/** [GeoNames name, ISO country, optional GeoNames admin-1 code] */
export type GazetteerKey = [string, string, string?];

/**
 * Finds a place in the GeoNames gazetteer by name, country and optionally admin-1 code. Several
 * matches are an error unless `near` picks one within 20 km, so a source cannot silently pick the
 * wrong Rivne out of four.
 */
export function lookUpPlace(
	gazetteer: GazetteerEntry[],
	key: GazetteerKey,
	file: string,
	feature: string,
	near?: Position
): Position {
	const [name, country, admin1] = key;
	let matches = gazetteer.filter((e) => e.name === name && e.country === country && (admin1 === undefined || e.admin1 === admin1));
	if (matches.length === 0) throw new PipelineError(file, feature, `GeoNames has no place ${JSON.stringify(key)}`);
	const at = (e: GazetteerEntry): Position => [Number(e.lng), Number(e.lat)];
	if (near) {
		matches = matches
			.filter((e) => distance(at(e), near, { units: 'kilometers' }) <= 20)
			.sort((a, b) => distance(at(a), near) - distance(at(b), near));
		if (matches.length === 0) throw new PipelineError(file, feature, `GeoNames has no ${JSON.stringify(key)} within 20 km of ${JSON.stringify(near)}`);
		matches = matches.slice(0, 1);
	}
	if (matches.length > 1) {
		throw new PipelineError(file, feature, `GeoNames has ${matches.length} places ${JSON.stringify(key)}; add the admin-1 code or "near"`);
	}
	const position = at(matches[0]!);
	if (!position.every(Number.isFinite)) throw new PipelineError(file, feature, 'has non-numeric gazetteer coordinates');
	return position;
}
