import { views, type View } from './atlas.svelte';
import { isCamera, type Camera, type CameraLimits, type KnownRefs, type MapRef, type MapView } from '$lib/types/mapView';
import { mapViewProblems } from './mapView';

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
 * `select` and `at` are a MapView (its `select` and an exact `camera`), checked by the same rules
 * as any view that comes from outside (mapViewProblems). Links are typed by hand and pasted from
 * anywhere, so everything is checked: an unknown id, a coordinate that is not a number or not on
 * the map, an absurd zoom are dropped and reported by the parameter's name, in a sentence that
 * never repeats the link's text (it would let a crafted link put words on the screen).
 */
export interface UrlState {
	/** The map's part of the link: `select`, and `camera` as an exact camera (`at`). */
	map: MapView;
	/** The open tab; null for the default. */
	view: View | null;
}

export interface ParsedUrlState {
	state: UrlState;
	/** One short phrase per ignored value, safe to show as text. */
	problems: string[];
}

const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Reads `longitude,latitude,zoom`; the numbers are checked against the map by mapViewProblems. */
function parseCamera(value: string): { camera: Camera } | { problem: string } {
	const parts = value.split(',');
	if (parts.length !== 3 || !parts.every((p) => decimal.test(p.trim()))) return { problem: 'a map position that is not three numbers (longitude, latitude, zoom)' };
	const [lon, lat, zoom] = parts.map((p) => Number(p.trim())) as [number, number, number];
	return { camera: { center: [lon, lat], zoom } };
}

/**
 * Reads the shareable state from a query string (`?…` or its parameters). Pass `known` to check ids too; without it only
 * their form is checked (the ids arrive with the map data, after the camera is needed).
 */
export function parseUrlState(query: URLSearchParams | string, limits: CameraLimits, known: KnownRefs | null = null): ParsedUrlState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const state: UrlState = { map: {}, view: null };
	const problems: string[] = [];

	const select = params.get('select');
	if (select !== null && select !== '') {
		const found = mapViewProblems({ select: select as MapRef }, { known, echo: false });
		if (found.length) problems.push(...found.map((p) => `select (${p})`));
		else state.map.select = select as MapRef;
	}

	const view = params.get('view');
	if (view !== null && view !== '') {
		if ((views as readonly string[]).includes(view)) state.view = view as View;
		else problems.push('view (not a tab of the panel)');
	}

	const at = params.get('at');
	if (at !== null && at !== '') {
		const read = parseCamera(at);
		const found = 'camera' in read ? mapViewProblems({ camera: read.camera }, { limits, echo: false }) : [read.problem];
		if ('camera' in read && found.length === 0) state.map.camera = read.camera;
		else problems.push(...found.map((p) => `at (${p})`));
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
 * The query string (with its `?`, or empty) for `state`, keeping the parameters of `query` that
 * this module does not own. The article view is the default and is left out; of the map's view
 * the link carries the selection and an exact camera (a subject to frame is not written).
 */
export function writeUrlState(query: URLSearchParams | string, state: UrlState): string {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const camera = state.map.camera && isCamera(state.map.camera) ? state.map.camera : null;
	const owned: Record<string, string | null> = {
		select: state.map.select ?? null,
		view: state.view && state.view !== 'article' ? state.view : null,
		at: camera ? formatCamera(camera) : null
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
