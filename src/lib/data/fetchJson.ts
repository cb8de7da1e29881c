import * as v from 'valibot';
import type { FeatureCollection, Geometry } from 'geojson';

/** A data file the app could not use, with a sentence a reader can act on. */
export class DataLoadError extends Error {
	constructor(
		readonly file: string,
		readonly reason: string
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

/**
 * Checks a loaded file against its schema (src/lib/data/schemas/): the typed value, or a
 * DataLoadError naming the file and where in it the first problem is.
 */
export function parseDataFile<S extends v.GenericSchema>(schema: S, value: unknown, file: string): v.InferOutput<S> {
	const result = v.safeParse(schema, value);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const path = v.getDotPath(issue);
	const message = issue.message.length > 120 ? `${issue.message.slice(0, 117)}…` : issue.message;
	throw new DataLoadError(file, `${path ? `at ${path}: ` : ''}${message}`);
}

/** Fetches a data file and checks it against its schema; every failure is a DataLoadError naming the file. */
export async function readDataFile<S extends v.GenericSchema>(fetchFn: typeof fetch, url: URL, file: string, schema: S): Promise<v.InferOutput<S>> {
	return parseDataFile(schema, await fetchJson(fetchFn, url, file), file);
}

/** A GeoJSON FeatureCollection with no features: what a layer holds when its file cannot be used. */
export function noFeatures<G extends Geometry>(): FeatureCollection<G> {
	return { type: 'FeatureCollection', features: [] };
}

/** A file the app could not use, and what is missing because of it. */
export interface UnavailableData {
	file: string;
	/** Why, in words (DataLoadError's message without the file's name). */
	reason: string;
	/** What the reader does not get, in a phrase: "the place labels", "the occupied territory". */
	what: string;
}

/** The UnavailableData for `error`, which came from reading `file`. */
export function unavailable(file: string, what: string, error: unknown): UnavailableData {
	const reason = error instanceof DataLoadError ? error.reason : error instanceof Error ? error.message : String(error);
	return { file, what, reason };
}
