import * as v from 'valibot';
import { isCalendarDate } from '$lib/data/calendarDate';
import type { ThemeName } from '$lib/types/mapData';
import { views, type View } from './atlas.svelte';
import { isCamera, type Camera, type CameraLimits, type KnownRefs, type MapRef, type MapView } from '$lib/types/mapView';
import { mapViewProblems } from './mapView';
import { maxVertices, minVertices, type LonLat, type MeasureKind, type Measurement } from '$lib/measure/measure';
import { pairText, type ComparePair } from '$lib/compare/compare';

/**
 * The shareable part of the page lives in the query string:
 *
 *   ?select=region:UA-14&view=claims&at=37.8,48.02,6.5&kursk=2024-08-27&theme=dark&panel=hidden
 *
 * - `select`: the selected ref, `region:<ISO 3166-2>`, `place:<slug from places.geojson>` or
 *   `country:<ISO 3166-1 alpha-2>`; absent when nothing is selected.
 * - `view`: the open tab, `claims`, `timeline` or `about`; absent for the article (the default).
 * - `at`: the camera, `longitude,latitude,zoom` in decimal degrees and MapLibre zoom levels;
 *   absent until the map has settled once. A zoom beyond the map's range is brought into it.
 * - `kursk`: the date the Kursk layer shows (YYYY-MM-DD); absent for the one it opens on.
 * - `snapshot`: the dated snapshot of the front (YYYY-MM-DD); absent for the one it opens on.
 * - `compare`: two dates compared, the earlier first (`2024-08-06..2025-03-13`): two snapshots of
 *   the front, or two dates of the Kursk layer; absent when nothing is compared.
 * - `theme`: `light` or `dark`; it wins over the reader's saved choice for this view only.
 * - `panel`: `hidden` hides the side panel; absent (or `shown`) shows it.
 * - `pt`: the point of the point card, `longitude,latitude` (4 decimals, about 10 m).
 * - `measure`: a measurement, `line:` or `area:` and its points, `lon,lat;lon,lat;…` (4 decimals).
 *
 * `select` and `at` are a MapView (its `select` and an exact `camera`), checked by the same rules
 * as any view that comes from outside (mapViewProblems). Links are typed by hand and pasted from
 * anywhere, so everything is checked: an unknown id, a coordinate that is not a number or not on
 * the map, a date that is not a date are dropped and reported by the parameter's name, in a
 * sentence that never repeats the link's text (it would let a crafted link put words on the screen).
 * Whether a date is one the data has is known only once the data is in (LinkSync.resolve).
 */
export interface UrlState {
	/** The map's part of the link: `select`, `camera` as an exact camera (`at`), `kurskDate`, `snapshot`. */
	map: MapView;
	/** The open tab; null for the default. */
	view: View | null;
	/** The theme the link asks for; null to leave it to the reader's choice or the system. */
	theme?: ThemeName | null;
	/** Whether the link hides the panel. */
	panelHidden?: boolean;
	/** The point queried (the point card's); null for none. */
	point?: LonLat | null;
	/** The measurement drawn; null for none. */
	measure?: Measurement | null;
	/** The two dates compared; null when none. */
	compare?: ComparePair | null;
}

export interface ParsedUrlState {
	state: UrlState;
	/** One short phrase per ignored value, safe to show as text. */
	problems: string[];
	/** One short phrase per value used after a change (a zoom brought into range), safe to show as text. */
	adjusted: string[];
}

/** The parameters this module reads and writes, in the order they are written. */
export const urlParams = ['select', 'view', 'at', 'kursk', 'snapshot', 'compare', 'theme', 'panel', 'pt', 'measure'] as const;

const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const cameraSchema = v.pipe(
	v.string(),
	v.transform((text) => text.split(',').map((p) => p.trim())),
	v.strictTuple([v.pipe(v.string(), v.regex(decimal)), v.pipe(v.string(), v.regex(decimal)), v.pipe(v.string(), v.regex(decimal))]),
	v.transform(([lon, lat, zoom]): Camera => ({ center: [Number(lon), Number(lat)], zoom: Number(zoom) }))
);
const dateSchema = v.pipe(v.string(), v.check((text: string) => isCalendarDate(text)));
const themeSchema = v.picklist(['light', 'dark'] as const satisfies readonly ThemeName[]);
const panelSchema = v.picklist(['shown', 'hidden']);
const viewSchema = v.picklist(views);
const pairSchema = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/),
	v.transform((text): ComparePair => ({ from: text.slice(0, 10), to: text.slice(12) })),
	v.check((pair) => isCalendarDate(pair.from) && isCalendarDate(pair.to))
);

/**
 * Reads `longitude,latitude,zoom`. The centre is checked against the map by mapViewProblems; a
 * finite zoom out of range is clamped (the centre is what the sender meant to show).
 */
function readCamera(value: string, limits: CameraLimits): { camera: Camera | null; problem: string | null; adjusted: string | null } {
	const parsed = v.safeParse(cameraSchema, value);
	if (!parsed.success) return { camera: null, problem: 'a map position that is not three numbers (longitude, latitude, zoom)', adjusted: null };
	const camera = parsed.output;
	const zoom = Math.min(Math.max(camera.zoom, limits.minZoom), limits.maxZoom);
	const clamped: Camera = Number.isFinite(camera.zoom) ? { center: camera.center, zoom } : camera;
	const found = mapViewProblems({ camera: clamped }, { limits, echo: false });
	if (found.length) return { camera: null, problem: found[0]!, adjusted: null };
	return { camera: clamped, problem: null, adjusted: zoom !== camera.zoom ? `at (a zoom outside ${limits.minZoom}–${limits.maxZoom}: shown at zoom ${zoom}, on the same centre)` : null };
}

/** `longitude,latitude` on the map, or why not (a phrase for the notice). */
function readLonLat(text: string, limits: Pick<CameraLimits, 'bounds'>): { point: LonLat } | { problem: string } {
	const parts = text.split(',').map((p) => p.trim());
	if (parts.length !== 2 || !parts.every((p) => decimal.test(p))) return { problem: 'not longitude,latitude in decimal degrees' };
	const [lon, lat] = parts.map(Number) as [number, number];
	const [west, south, east, north] = limits.bounds;
	if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return { problem: 'a point outside the map' };
	return { point: [lon, lat] };
}

/** Reads `pt`: one point on the map. */
export function readPoint(value: string, limits: Pick<CameraLimits, 'bounds'>): { point: LonLat | null; problem: string | null } {
	const read = readLonLat(value, limits);
	return 'point' in read ? { point: read.point, problem: null } : { point: null, problem: read.problem };
}

/**
 * Reads `measure`: `line:` or `area:` and its points, `lon,lat;lon,lat;…`, each on the map, as many
 * as the kind needs and at most maxVertices. The presentation's link reads it with this too.
 */
export function readMeasure(value: string, limits: Pick<CameraLimits, 'bounds'>): { measure: Measurement | null; problem: string | null } {
	const refuse = (problem: string) => ({ measure: null, problem });
	const colon = value.indexOf(':');
	const kind = value.slice(0, colon);
	if (colon < 0 || (kind !== 'line' && kind !== 'area')) return refuse('neither line: nor area: and its points');
	const points = value.slice(colon + 1).split(';');
	if (points.length > maxVertices) return refuse(`more than ${maxVertices} points`);
	const vertices: LonLat[] = [];
	for (const text of points) {
		const read = readLonLat(text, limits);
		if ('problem' in read) return refuse(read.problem === 'a point outside the map' ? read.problem : 'points that are not longitude,latitude pairs separated by ;');
		vertices.push(read.point);
	}
	const needed = minVertices[kind as MeasureKind];
	if (vertices.length < needed) return refuse(`${kind === 'line' ? 'a distance' : 'an area'} needs at least ${needed} points`);
	return { measure: { kind, vertices }, problem: null };
}

const fixed4 = (value: number) => String(Number(value.toFixed(4)));
export const formatPoint = ([lon, lat]: LonLat): string => `${fixed4(lon)},${fixed4(lat)}`;
export const formatMeasure = (m: Measurement): string => `${m.kind}:${m.vertices.map(formatPoint).join(';')}`;

/**
 * Reads the shareable state from a query string (`?…` or its parameters). Pass `known` to check ids too; without it only
 * their form is checked (the ids arrive with the map data, after the camera is needed).
 */
export function parseUrlState(query: URLSearchParams | string, limits: CameraLimits, known: KnownRefs | null = null): ParsedUrlState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const state: UrlState = { map: {}, view: null, theme: null, panelHidden: false };
	const problems: string[] = [];
	const adjusted: string[] = [];
	/** The parameter's value, or null when it is absent or empty (an empty value asks for nothing). */
	const get = (name: (typeof urlParams)[number]) => {
		const value = params.get(name);
		return value === null || value === '' ? null : value;
	};

	const select = get('select');
	if (select !== null) {
		const found = mapViewProblems({ select: select as MapRef }, { known, echo: false });
		if (found.length) problems.push(...found.map((p) => `select (${p})`));
		else state.map.select = select as MapRef;
	}

	const view = get('view');
	if (view !== null) {
		const read = v.safeParse(viewSchema, view);
		if (read.success) state.view = read.output;
		else problems.push('view (not a tab of the panel)');
	}

	const at = get('at');
	if (at !== null) {
		const read = readCamera(at, limits);
		if (read.camera) state.map.camera = read.camera;
		if (read.problem) problems.push(`at (${read.problem})`);
		if (read.adjusted) adjusted.push(read.adjusted);
	}

	for (const [name, field] of [['kursk', 'kurskDate'], ['snapshot', 'snapshot']] as const) {
		const date = get(name);
		if (date === null) continue;
		if (v.is(dateSchema, date)) state.map[field] = date;
		else problems.push(`${name} (not a date written YYYY-MM-DD)`);
	}

	const compare = get('compare');
	if (compare !== null) {
		const read = v.safeParse(pairSchema, compare);
		if (!read.success) problems.push('compare (not two dates written YYYY-MM-DD..YYYY-MM-DD)');
		else if (read.output.from >= read.output.to) problems.push('compare (the first date is not before the second)');
		else state.compare = read.output;
	}

	const theme = get('theme');
	if (theme !== null) {
		const read = v.safeParse(themeSchema, theme);
		if (read.success) state.theme = read.output;
		else problems.push('theme (neither light nor dark)');
	}

	const panel = get('panel');
	if (panel !== null) {
		const read = v.safeParse(panelSchema, panel);
		if (read.success) state.panelHidden = read.output === 'hidden';
		else problems.push('panel (neither shown nor hidden)');
	}

	const pt = get('pt');
	if (pt !== null) {
		const read = readPoint(pt, limits);
		if (read.point) state.point = read.point;
		else problems.push(`pt (${read.problem})`);
	}

	const measure = get('measure');
	if (measure !== null) {
		const read = readMeasure(measure, limits);
		if (read.measure) state.measure = read.measure;
		else problems.push(`measure (${read.problem})`);
	}

	return { state, problems, adjusted };
}

/** Rounds away noise: 3 decimals of a degree are about 100 m, 2 of a zoom level invisible. */
function trimmed(value: number, decimals: number): string {
	return String(Number(value.toFixed(decimals)));
}

export function formatCamera(camera: Camera): string {
	return `${trimmed(camera.center[0], 3)},${trimmed(camera.center[1], 3)},${trimmed(camera.zoom, 2)}`;
}

/** Percent-encodes a value but keeps `:`, `,` and `;`, which are safe in a query and keep links readable. */
function encodeValue(value: string): string {
	return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%3B/gi, ';');
}

/**
 * The query string (with its `?`, or empty) for `state`, keeping the parameters of `query` that
 * this module does not own. The article view and a shown panel are the defaults and are left out;
 * of the map's view the link carries the selection, an exact camera and the dates (a subject to
 * frame is not written). Dates are written as given: the caller leaves out the ones the page
 * opens on anyway.
 */
export function writeUrlState(query: URLSearchParams | string, state: UrlState): string {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const camera = state.map.camera && isCamera(state.map.camera) ? state.map.camera : null;
	const owned: Record<(typeof urlParams)[number], string | null> = {
		select: state.map.select ?? null,
		view: state.view && state.view !== 'article' ? state.view : null,
		at: camera ? formatCamera(camera) : null,
		kursk: state.map.kurskDate ?? null,
		snapshot: state.map.snapshot ?? null,
		compare: state.compare ? pairText(state.compare) : null,
		theme: state.theme ?? null,
		panel: state.panelHidden ? 'hidden' : null,
		pt: state.point ? formatPoint(state.point) : null,
		measure: state.measure ? formatMeasure(state.measure) : null
	};
	const pairs: string[] = [];
	for (const [name, value] of params) if (!(name in owned)) pairs.push(`${encodeValue(name)}=${encodeValue(value)}`);
	for (const [name, value] of Object.entries(owned)) if (value !== null) pairs.push(`${name}=${encodeValue(value)}`);
	return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The notice shown for ignored or adjusted parts of a link, or null when the link was used as it stood. */
export function noticeFor(problems: string[], adjusted: string[] = []): string | null {
	const parts: string[] = [];
	if (problems.length) parts.push(`Ignored part of the link: ${problems.join('; ')}.`);
	if (adjusted.length) parts.push(`Adjusted part of the link: ${adjusted.join('; ')}.`);
	return parts.length ? parts.join(' ') : null;
}
