import type { Feature, Point } from 'geojson';
import { PipelineError } from './errors';
import type { GazetteerEntry } from './gazetteer';
import { placePosition, type PlaceSource } from './facts/places';
import { roundGeometry } from '../../src/lib/geo/roundGeometry';
import { pipelineConfig } from './config';

interface PlaceEntry extends Omit<PlaceSource, 'name'> {
	id: string;
	kind: string;
	country: string;
	en: string;
	uk: string;
	ru: string;
}

const kinds = new Set(['capital', 'city', 'town', 'seat of power', 'front-line town']);

/** The places the article names and the front-line towns, as selectable points. */
export function buildPlaces(file: string, data: unknown, gazetteer: GazetteerEntry[]): Array<Feature<Point>> {
	const places = (data as { places?: PlaceEntry[] } | null)?.places;
	if (!Array.isArray(places)) throw new PipelineError(file, null, 'has no "places" list');
	const seen = new Set<string>();
	return places.map((place, index) => {
		if (typeof place?.id !== 'string' || !/^[a-z0-9-]+$/.test(place.id)) throw new PipelineError(file, `#${index}`, 'needs an id of lower-case letters, digits and dashes');
		if (seen.has(place.id)) throw new PipelineError(file, place.id, 'has a duplicate id');
		seen.add(place.id);
		if (!kinds.has(place.kind)) throw new PipelineError(file, place.id, `has an unknown kind ${JSON.stringify(place.kind)}`);
		for (const field of ['en', 'uk', 'ru', 'country'] as const) {
			if (typeof place[field] !== 'string' || !place[field]) throw new PipelineError(file, place.id, `has no "${field}"`);
		}
		const at = placePosition({ ...place, name: place.en }, gazetteer, file, place.id);
		return {
			type: 'Feature',
			id: place.id,
			properties: { id: place.id, kind: place.kind, country: place.country, nameEn: place.en, nameUk: place.uk, nameRu: place.ru },
			geometry: roundGeometry({ type: 'Point', coordinates: at }, pipelineConfig.coordinateDecimals)!
		};
	});
}
