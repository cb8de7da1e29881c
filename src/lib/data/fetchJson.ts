import type { FeatureCollection } from 'geojson';

/** A data file the app could not use, with a sentence a reader can act on. */
export class DataLoadError extends Error {
	constructor(
		readonly file: string,
		reason: string
	) {
		super(`Could not load ${file}: ${reason}`);
		this.name = 'DataLoadError';
	}
}

/**
 * Fetches `url` and parses it as JSON. Every failure is a DataLoadError naming `file` and saying
 * what went wrong: the request, the server's answer, or the content.
 */
export async function fetchJson(fetchFn: typeof fetch, url: URL, file: string): Promise<unknown> {
	let response: Response;
	try {
		response = await fetchFn(url);
	} catch {
		throw new DataLoadError(file, 'the request failed (are you offline?)');
	}
	if (!response.ok) throw new DataLoadError(file, `the server answered ${response.status} ${response.statusText}`.trim());
	try {
		return await response.json();
	} catch {
		throw new DataLoadError(file, 'it is not valid JSON');
	}
}

/** Checks that a loaded file is a GeoJSON FeatureCollection; throws a DataLoadError naming it otherwise. */
export function asFeatureCollection(value: unknown, file: string): FeatureCollection {
	const fc = value as Partial<FeatureCollection> | null;
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new DataLoadError(file, 'it is not a GeoJSON FeatureCollection');
	return fc as FeatureCollection;
}
