import type { Feature, LineString, Position } from 'geojson';
import { PipelineError } from './errors';
import { lookUpPlace, type GazetteerEntry, type GazetteerKey } from './gazetteer';
import { roundGeometry } from '../../src/lib/geo/roundGeometry';
import { pipelineConfig } from './config';

interface Waypoint {
	geonames?: GazetteerKey;
	coordinates?: Position;
	note?: string;
}

/** The course of a river from its authored waypoints: gazetteer towns and hand-placed points. */
export function buildRiver(file: string, data: unknown, gazetteer: GazetteerEntry[]): Feature<LineString> {
	const river = data as { id?: string; en?: string; uk?: string; ru?: string; waypoints?: Waypoint[] } | null;
	if (!river?.id) throw new PipelineError(file, null, 'has no id');
	if (!Array.isArray(river.waypoints) || river.waypoints.length < 2) throw new PipelineError(file, river.id, 'needs at least two waypoints');
	const line = river.waypoints.map((w, i): Position => {
		if (w.geonames) return lookUpPlace(gazetteer, w.geonames, file, `${river.id} waypoint ${i}`);
		const c = w.coordinates;
		if (!Array.isArray(c) || c.length !== 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
			throw new PipelineError(file, `${river.id} waypoint ${i}`, 'needs "geonames" or numeric "coordinates" [lon, lat]');
		}
		return c;
	});
	const geometry = roundGeometry({ type: 'LineString', coordinates: line }, pipelineConfig.coordinateDecimals)!;
	return {
		type: 'Feature',
		id: river.id,
		properties: { id: river.id, kind: 'river', nameEn: river.en, nameUk: river.uk, nameRu: river.ru },
		geometry
	};
}
