import type { Position } from 'geojson';
import { PipelineError } from '../errors';
import { lookUpPlace, type GazetteerEntry, type GazetteerKey } from '../gazetteer';

/** A settlement or point named in a facts source: from GeoNames, or placed by coordinates. */
export interface PlaceSource {
	name: string;
	geonames?: GazetteerKey;
	near?: Position;
	/** Coordinates [lon, lat] for a place GeoNames lacks; `atSource` must say where they come from. */
	at?: Position;
	atSource?: string;
	/** The line runs through the place: it is not checked against a side. */
	contested?: boolean;
}

export function placePosition(place: PlaceSource, gazetteer: GazetteerEntry[], file: string, feature: string): Position {
	if (!place || typeof place.name !== 'string') throw new PipelineError(file, feature, 'has a place without a name');
	if (place.geonames) return lookUpPlace(gazetteer, place.geonames, file, `${feature} (${place.name})`, place.near);
	const at = place.at;
	if (Array.isArray(at) && at.length === 2 && at.every((n) => typeof n === 'number' && Number.isFinite(n))) {
		if (!place.atSource) throw new PipelineError(file, `${feature} (${place.name})`, 'gives coordinates without "atSource" saying where they come from');
		return at;
	}
	throw new PipelineError(file, `${feature} (${place.name})`, 'needs "geonames" [name, country, admin1?] or "at" [lon, lat]');
}
