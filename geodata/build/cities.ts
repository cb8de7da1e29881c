import type { Feature, Position } from 'geojson';
import { PipelineError } from './errors';
import { lookUpPlace, type GazetteerEntry, type GazetteerKey } from './gazetteer';
import { pointLabel } from './basemap';

interface CitySource {
	id: string;
	geonames: GazetteerKey;
	near?: Position;
	rank: number;
	en: string;
	uk: string;
	ru: string;
}

/** Label points for the authored list of major cities, placed by the GeoNames gazetteer. */
export function buildCities(file: string, data: unknown, gazetteer: GazetteerEntry[]): Feature[] {
	const cities = (data as { cities?: CitySource[] } | null)?.cities;
	if (!Array.isArray(cities)) throw new PipelineError(file, null, 'has no "cities" list');
	const seen = new Set<string>();
	return cities.map((city, index) => {
		if (typeof city?.id !== 'string' || !city.id) throw new PipelineError(file, `#${index}`, 'has no id');
		if (seen.has(city.id)) throw new PipelineError(file, city.id, 'has a duplicate id');
		seen.add(city.id);
		for (const field of ['en', 'uk', 'ru'] as const) {
			if (typeof city[field] !== 'string' || !city[field]) throw new PipelineError(file, city.id, `has no "${field}" name`);
		}
		const at = lookUpPlace(gazetteer, city.geonames, file, city.id, city.near);
		return pointLabel(city.id, 'city', city, at, city.rank, city.geonames[1]);
	});
}
