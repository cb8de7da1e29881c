import type { Feature } from 'geojson';
import { DataLoadError, asFeatureCollection, fetchJson } from '$lib/data/fetchJson';
import type { Places } from '$lib/types/mapData';

/** Checks the places file's shape; throws a DataLoadError naming the file otherwise. */
export function asPlaces(value: unknown, file = 'places.geojson'): Places {
	const fc = asFeatureCollection(value, file);
	const bad = fc.features.find((f: Feature) => {
		const p = f.properties ?? {};
		const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
		return typeof p.id !== 'string' || typeof p.nameEn !== 'string' || !c || !Number.isFinite(c[0]) || !Number.isFinite(c[1]);
	});
	if (bad) throw new DataLoadError(file, 'a place lacks an id, an English name or a point');
	return fc as Places;
}

/** Loads the places the article names (static/data/places.geojson). */
export async function loadPlaces(dataUrl: URL, fetchFn: typeof fetch = fetch): Promise<Places> {
	return asPlaces(await fetchJson(fetchFn, new URL('places.geojson', dataUrl), 'places.geojson'));
}
