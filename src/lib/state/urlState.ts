import { views, type View } from './atlas.svelte';
import { parseMapRef, type RefKind } from '$lib/refs/mapRef';

/**
 * The shareable part of the page lives in the query string:
 *
 *   ?select=region:UA-14&view=claims&at=37.8,48.02,6.5
 *
 * - `select`: the selected ref, `region:<ISO 3166-2>`, `place:<slug from places.geojson>` or
 *   `country:<ISO 3166-1 alpha-2>`; absent when nothing is selected.
 * - `view`: the open tab, `claims`, `timeline` or `about`; absent for the article (the default).
 * - `at`: the camera, `longitude,latitude,zoom` in decimal degrees and MapLibre zoom levels;
 *   absent until the map has settled once.
 *
 * Links are typed by hand and pasted from anywhere, so everything is checked: an unknown id, a
 * coordinate that is not a number or not on the map, an absurd zoom are dropped and reported in a
 * sentence that never repeats more of the input than a short, plain id.
 */
export interface Camera {
	center: [number, number];
	zoom: number;
}

export interface UrlState {
	select: string | null;
	view: View | null;
	at: Camera | null;
}

/** The ids a link may select, grouped by kind (the shape of the article's KnownIds). */
export interface KnownRefs {
	regions: ReadonlySet<string>;
	countries: ReadonlySet<string>;
	places: ReadonlySet<string>;
}

export interface CameraLimits {
	/** [west, south, east, north]: the map cannot show a centre outside it. */
	bounds: readonly [number, number, number, number];
	minZoom: number;
	maxZoom: number;
}

export interface ParsedUrlState {
	state: UrlState;
	/** One short phrase per ignored value, safe to show as text. */
	problems: string[];
}

/** Which list of `KnownRefs` holds the ids of each kind. */
const knownListOf = { region: 'regions', country: 'countries', place: 'places' } as const satisfies Record<RefKind, keyof KnownRefs>;

/** Ids are short and plain (UA-14, RU-KRS, chasiv-yar, UA); anything else is not echoed back. */
const plainId = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;
const plainWord = /^[a-z]{1,16}$/;
const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The value quoted if it is short and plain, else a neutral description: input is never echoed raw. */
function quoted(value: string, pattern: RegExp): string {
	return pattern.test(value) ? ` '${value}'` : '';
}

/** Checks a `kind:id` ref's syntax and, when `known` is given, that the id exists. Null when fine. */
export function refProblem(value: string, known: KnownRefs | null): string | null {
	const parsed = parseMapRef(value);
	if (!parsed.ok || !plainId.test(parsed.ref.id)) return 'a selection that is not a region, place or country';
	const { kind, id } = parsed.ref;
	if (known && !known[knownListOf[kind]].has(id)) return `unknown ${kind}${quoted(id, plainId)}`;
	return null;
}

function parseCamera(value: string, limits: CameraLimits): { camera: Camera } | { problem: string } {
	const parts = value.split(',');
	if (parts.length !== 3 || !parts.every((p) => decimal.test(p.trim()))) return { problem: 'a map position that is not three numbers (longitude, latitude, zoom)' };
	const [lon, lat, zoom] = parts.map((p) => Number(p.trim())) as [number, number, number];
	if (!Number.isFinite(lon) || !Number.isFinite(lat) || !Number.isFinite(zoom)) return { problem: 'a map position that is not three numbers (longitude, latitude, zoom)' };
	const [west, south, east, north] = limits.bounds;
	if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return { problem: 'a map position with an impossible longitude or latitude' };
	if (lon < west || lon > east || lat < south || lat > north) return { problem: 'a map position outside the map' };
	if (zoom < limits.minZoom || zoom > limits.maxZoom) return { problem: `a zoom outside ${limits.minZoom}–${limits.maxZoom}` };
	return { camera: { center: [lon, lat], zoom } };
}

/**
 * Reads the shareable state from a query string. Pass `known` to check ids too; without it only
 * their form is checked (the ids arrive with the map data, after the camera is needed).
 */
export function parseUrlState(params: URLSearchParams, limits: CameraLimits, known: KnownRefs | null = null): ParsedUrlState {
	const state: UrlState = { select: null, view: null, at: null };
	const problems: string[] = [];

	const select = params.get('select');
	if (select !== null && select !== '') {
		const problem = refProblem(select, known);
		if (problem) problems.push(problem);
		else state.select = select;
	}

	const view = params.get('view');
	if (view !== null && view !== '') {
		if ((views as readonly string[]).includes(view)) state.view = view as View;
		else problems.push(`unknown view${quoted(view, plainWord)}`);
	}

	const at = params.get('at');
	if (at !== null && at !== '') {
		const camera = parseCamera(at, limits);
		if ('camera' in camera) state.at = camera.camera;
		else problems.push(camera.problem);
	}

	return { state, problems };
}

/** Rounds away noise: 3 decimals of a degree are about 100 m, 2 of a zoom level invisible. */
function trimmed(value: number, decimals: number): string {
	return String(Number(value.toFixed(decimals)));
}

export function formatCamera(camera: Camera): string {
	return `${trimmed(camera.center[0], 3)},${trimmed(camera.center[1], 3)},${trimmed(camera.zoom, 2)}`;
}

/** Percent-encodes a value but keeps `:` and `,`, which are safe in a query and keep links readable. */
function encodeValue(value: string): string {
	return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/**
 * The query string (with its `?`, or empty) for `state`, keeping the parameters of `params` that
 * this module does not own. The article view is the default and is left out.
 */
export function writeUrlState(params: URLSearchParams, state: UrlState): string {
	const owned: Record<string, string | null> = {
		select: state.select,
		view: state.view && state.view !== 'article' ? state.view : null,
		at: state.at ? formatCamera(state.at) : null
	};
	const pairs: string[] = [];
	for (const [name, value] of params) if (!(name in owned)) pairs.push(`${encodeValue(name)}=${encodeValue(value)}`);
	for (const [name, value] of Object.entries(owned)) if (value !== null) pairs.push(`${name}=${encodeValue(value)}`);
	return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The notice shown for ignored parts of a link, or null when nothing was ignored. */
export function noticeFor(problems: string[]): string | null {
	if (problems.length === 0) return null;
	const text = problems.join('; ');
	return `Ignored part of the link: ${text}.`;
}
