// Who held a point on the date the map shows, by point in polygon against the layers it draws:
// the occupied territory (before or since 2022) and the contested ground of the snapshot, and in
// Kursk oblast the Kursk layer of the date shown. Pure; the wording is the app's, for settled facts.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type HeldBy = 'occupied-before-2022' | 'occupied-since-2022' | 'contested' | 'ukrainian-held' | 'kursk-ukrainian-held' | 'kursk-contested' | 'russian-held' | 'unknown';

export interface HeldByInput {
	/** The snapshot's occupied territory, features with `category` `before-2022` or `since-2022`. */
	occupied: FeatureCollection<Polygon | MultiPolygon>;
	contested: FeatureCollection<Polygon | MultiPolygon>;
	/** The Kursk layer, features with `date` and `category` (`held`, `contested`). */
	kursk: FeatureCollection<Polygon | MultiPolygon>;
	/** The Kursk date shown; null when none is. */
	kurskDate: string | null;
	/** Whether the snapshot's files could be used; a layer that failed leaves the answer unknown, not "Ukrainian-held". */
	complete: boolean;
}

const inAny = (point: [number, number], layer: FeatureCollection<Polygon | MultiPolygon>, keep: (p: Record<string, unknown>) => boolean) =>
	layer.features.some((f) => keep(f.properties ?? {}) && booleanPointInPolygon(point, f));

/** Who held `point` in `country` (its ISO 3166-1 code), in `oblast`, on the date of `input`. */
export function heldBy(point: [number, number], oblast: string, input: HeldByInput): HeldBy {
	if (oblast === 'RU-KRS') {
		if (!input.kurskDate) return 'unknown';
		const onDate = (category: string) => (p: Record<string, unknown>) => p.date === input.kurskDate && p.category === category;
		if (inAny(point, input.kursk, onDate('held'))) return 'kursk-ukrainian-held';
		if (inAny(point, input.kursk, onDate('contested'))) return 'kursk-contested';
		return 'russian-held';
	}
	if (!oblast.startsWith('UA-')) return 'russian-held';
	if (inAny(point, input.occupied, (p) => p.category === 'before-2022')) return 'occupied-before-2022';
	if (inAny(point, input.occupied, (p) => p.category !== 'before-2022')) return 'occupied-since-2022';
	if (inAny(point, input.contested, () => true)) return 'contested';
	return input.complete ? 'ukrainian-held' : 'unknown';
}

/** The phrase for a status, as the results list and the card say it: settled facts in the app's own voice. */
export const heldByPhrase: Record<HeldBy, string> = {
	'occupied-before-2022': 'occupied before 2022',
	'occupied-since-2022': 'occupied since 2022',
	contested: 'contested',
	'ukrainian-held': 'Ukrainian-held',
	'kursk-ukrainian-held': 'held by Ukraine’s forces',
	'kursk-contested': 'contested',
	'russian-held': 'held by Russia',
	unknown: 'not known (a layer could not be loaded)'
};
