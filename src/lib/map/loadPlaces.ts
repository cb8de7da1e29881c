import { parseDataFile, readDataFile } from '$lib/data/fetchJson';
import { placesSchema } from '$lib/data/schemas/files';
import type { Places } from '$lib/types/mapData';

/** Checks the places file's shape; throws a DataLoadError naming the file and the first problem otherwise. */
export function asPlaces(value: unknown, file = 'places.geojson'): Places {
	return parseDataFile(placesSchema, value, file) as Places;
}

/** Loads the places the article names (static/data/places.geojson). */
export async function loadPlaces(dataUrl: URL, fetchFn: typeof fetch = fetch): Promise<Places> {
	return (await readDataFile(fetchFn, new URL('places.geojson', dataUrl), 'places.geojson', placesSchema)) as Places;
}
