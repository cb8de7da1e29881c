/**
 * The diplomacy view: the places outside the regional map that the article links to the war
 * (Jeddah, Washington, Paris, London), the links themselves as great-circle arcs, and a globe
 * camera that shows them together with Ukraine. Pure data and geometry; the layers are in
 * worldStyle.ts.
 *
 * How the map uses it: globe.svelte.ts enters and leaves the globe (bounds, minimum zoom, camera,
 * the world loaded on first use with `loadWorld`), and restyle.ts adds the world and the arcs to the
 * style with `withDiplomacy` (worldStyle.ts) while the globe is shown, so that the regional style's
 * changes (theme, layers) keep them. describeView() describes the regional map's labels.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import greatCircle from '@turf/great-circle';

/** A link the article makes between two places, and the block of the article that states it. */
export interface DiplomacyConnection {
	id: string;
	/** Place ids of static/data/places.geojson. */
	from: string;
	to: string;
	/** Short text drawn along the arc. */
	label: string;
	/** The id of the article block that states the link. */
	blockId: string;
}

/**
 * The links of the article of 13 March 2025. One arc per pair of sites: the possible Putin–Trump
 * phone call (p-long-term-solution, q-phone-talk-with-trump) would run Kremlin–White House, on
 * top of the Washington–Moscow arc, so it is not drawn separately.
 */
export const diplomacyConnections: readonly DiplomacyConnection[] = [
	// "top American and Ukrainian officials met in Jeddah, Saudi Arabia, hammering out a 30-day ceasefire proposal"
	{ id: 'jeddah-kyiv', from: 'kyiv', to: 'jeddah', label: 'Jeddah talks, 11 March', blockId: 'p-jeddah-proposal' },
	{ id: 'jeddah-washington', from: 'washington', to: 'jeddah', label: 'Jeddah talks, 11 March', blockId: 'p-jeddah-proposal' },
	// "Witkoff’s talks in Moscow … Russia awaits detailed terms from the US" (his arrival on 13 March is also in p-jeddah-proposal)
	{ id: 'washington-moscow', from: 'washington', to: 'moscow', label: 'Witkoff’s talks in Moscow, 13 March', blockId: 'p-witkoff-talks' },
	// "Putin stood alongside Belarusian President Alexander Lukashenko in Moscow"
	{ id: 'moscow-minsk', from: 'minsk', to: 'moscow', label: 'Lukashenko in Moscow, 13 March', blockId: 'p-moscow-press-conference' },
	// "a contentious Oval Office meeting with Trump and Vice President JD Vance on February 28, 2025"
	{ id: 'white-house-kyiv', from: 'white-house', to: 'kyiv', label: 'Oval Office meeting, 28 February', blockId: 'p-ukraine-accepts' },
	// "French President Emmanuel Macron and UK Prime Minister Keir Starmer are assembling a “coalition of the willing” to deploy peacekeepers"
	{ id: 'paris-kyiv', from: 'paris', to: 'kyiv', label: 'Coalition of the willing', blockId: 'p-security-guarantees' },
	{ id: 'london-kyiv', from: 'london', to: 'kyiv', label: 'Coalition of the willing', blockId: 'p-security-guarantees' }
];

/** Places the regional map (atlasConfig.bounds) cannot show: selecting one always needs the globe. */
export const outsideRegion: ReadonlySet<string> = new Set(['jeddah', 'washington', 'white-house', 'paris', 'london']);
/**
 * Moscow (and the Kremlin in it) is where the article's diplomacy converges — the press conference,
 * Witkoff's talks — so selecting it opens the globe too, showing it with Jeddah, Washington and Kyiv.
 */
const diplomacyHubs: ReadonlySet<string> = new Set(['moscow', 'kremlin']);
/** Places on the regional map that also have links abroad: the globe only when asked for. */
const alsoDiplomatic: ReadonlySet<string> = new Set(['minsk']);

/** Whether selecting `id` should open the diplomacy view (globe, world, arcs). */
export function isDiplomacyPlace(id: string, { diplomacyView = false }: { diplomacyView?: boolean } = {}): boolean {
	return outsideRegion.has(id) || diplomacyHubs.has(id) || (diplomacyView && alsoDiplomatic.has(id));
}

/** Places that share a site: the Kremlin is in Moscow, the White House in Washington. */
const sameSite: Readonly<Record<string, string>> = { kremlin: 'moscow', 'white-house': 'washington' };
const site = (id: string) => sameSite[id] ?? id;

/** The sites the arcs join (the Kremlin counts as Moscow, the White House as Washington), as the places' features: the endpoints the globe labels. */
export function connectionEndpoints<P extends { id: string }>(lines: FeatureCollection<LineString | MultiLineString, { from: string; to: string }>, places: FeatureCollection<Point, P>): FeatureCollection<Point, P> {
	const sites = new Set(lines.features.flatMap((f) => [site(f.properties.from), site(f.properties.to)]));
	return { type: 'FeatureCollection', features: places.features.filter((f) => sites.has(f.properties.id)) };
}

/** The connections that start or end at `id`'s site (the Kremlin counts as Moscow, and so on). */
export function connectionsOf(id: string, connections: readonly DiplomacyConnection[] = diplomacyConnections): DiplomacyConnection[] {
	return connections.filter((c) => site(c.from) === site(id) || site(c.to) === site(id));
}

/** `id` and the places it is linked to, in first-seen order: the ids to frame for it. */
export function connectedPlaceIds(id: string, connections: readonly DiplomacyConnection[] = diplomacyConnections): string[] {
	return [...new Set([id, ...connectionsOf(id, connections).flatMap((c) => [c.from, c.to])])];
}

export function placeCoordinates(places: FeatureCollection<Point>, id: string): Position {
	const place = places.features.find((f) => f.id === id || f.properties?.id === id);
	if (!place) throw new Error(`There is no place "${id}" in places.geojson.`);
	return place.geometry.coordinates;
}

export interface ConnectionProperties {
	id: string;
	label: string;
	from: string;
	to: string;
	blockId: string;
}

/**
 * The connections as great-circle arcs (@turf/great-circle, 64 points each), properties
 * `{ id, label, from, to, blockId }`. An arc that crosses the antimeridian comes back as a
 * MultiLineString split at ±180°, so every longitude stays within [-180, 180] and MapLibre draws it
 * the short way round in both projections; none of the article's links does.
 */
export function connectionLines(
	places: FeatureCollection<Point>,
	connections: readonly DiplomacyConnection[] = diplomacyConnections
): FeatureCollection<LineString | MultiLineString, ConnectionProperties> {
	return {
		type: 'FeatureCollection',
		features: connections.map(({ id, from, to, label, blockId }) => {
			const properties: ConnectionProperties = { id, label, from, to, blockId };
			const arc = greatCircle(placeCoordinates(places, from), placeCoordinates(places, to), { npoints: 64 });
			return { type: 'Feature', id, properties, geometry: arc.geometry } satisfies Feature<LineString | MultiLineString, ConnectionProperties>;
		})
	};
}

// --- The globe camera ----------------------------------------------------------------------------

type Vec3 = [number, number, number];
const rad = Math.PI / 180;

function toVector([lon, lat]: Position): Vec3 {
	const phi = lat! * rad;
	const lambda = lon! * rad;
	return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

function toLonLat([x, y, z]: Vec3): [number, number] {
	return [Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad];
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const angle = (a: Vec3, b: Vec3) => Math.acos(Math.min(1, Math.max(-1, dot(a, b))));

/** The point `t` of the way from a to b along their great circle (spherical interpolation). */
function slerp(a: Vec3, b: Vec3, t: number): Vec3 {
	const omega = angle(a, b);
	if (omega < 1e-12) return a;
	const s = Math.sin(omega);
	const wa = Math.sin((1 - t) * omega) / s;
	const wb = Math.sin(t * omega) / s;
	return [wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]];
}

/** Ukraine's extent (Natural Earth, with Crimea): the globe view always keeps it in frame. */
export const UKRAINE_BOUNDS: readonly [number, number, number, number] = [22.1, 44.4, 40.2, 52.4];

/** The globe view's zoom limits; DIPLOMACY_MIN_ZOOM is also the minZoom to set while it is open. */
export const DIPLOMACY_MIN_ZOOM = 0.5;
export const DIPLOMACY_MAX_ZOOM = 4.5;

export interface GlobeCameraOptions {
	/** The map's size in CSS pixels (its container's clientWidth and clientHeight). */
	width?: number;
	height?: number;
	/** The share of the shorter side of the map the places may span (the rest is room for labels). */
	fill?: number;
	/** Add Ukraine's extent to the places (default true). */
	withUkraine?: boolean;
}

export interface GlobeCamera {
	center: [number, number];
	zoom: number;
}

/**
 * The smallest spherical cap (approximately: Ritter's bounding-sphere method on the sphere) that
 * holds all the points: it starts from the two points farthest apart and their midpoint, then
 * grows towards any point left outside. Returns the cap's centre and its angular radius in radians.
 */
export function boundingCap(points: readonly Position[]): { center: Vec3; radius: number } {
	if (points.length === 0) throw new Error('boundingCap needs at least one point.');
	const vectors = points.map(toVector);
	let [a, b] = [vectors[0]!, vectors[0]!];
	let widest = -1;
	for (let i = 0; i < vectors.length; i++) {
		for (let j = i + 1; j < vectors.length; j++) {
			const d = angle(vectors[i]!, vectors[j]!);
			if (d > widest) [widest, a, b] = [d, vectors[i]!, vectors[j]!];
		}
	}
	let center = slerp(a, b, 0.5);
	let radius = Math.max(0, widest) / 2;
	for (const v of vectors) {
		const d = angle(center, v);
		if (d <= radius + 1e-12) continue;
		// Grow the cap so that it still touches its far side and now reaches v.
		const grown = (radius + d) / 2;
		center = slerp(center, v, (grown - radius) / d);
		radius = grown;
	}
	return { center, radius };
}

/**
 * The globe camera that shows the places `ids` (and Ukraine): centred on the centre of the smallest
 * spherical cap around them (see boundingCap), zoomed so that the cap fits `fill` of the map's
 * shorter side.
 *
 * The rule: MapLibre draws the globe at zoom z with a radius of R = 512 · 2^z / (2π · cos phi) pixels,
 * phi the latitude of the centre. Seen from in front, a point theta from the centre lies R · sin theta from it
 * on screen (less with perspective, so this is on the safe side); theta past 90° is behind the globe and
 * counts as 90°. So z = log2(fill · min(width, height) / 2 · 2π · cos phi / (512 · sin theta)), clamped
 * to [DIPLOMACY_MIN_ZOOM, DIPLOMACY_MAX_ZOOM].
 */
export function diplomacyCamera(places: FeatureCollection<Point>, ids: readonly string[], options: GlobeCameraOptions = {}): GlobeCamera {
	const { width = 1280, height = 800, fill = 0.8, withUkraine = true } = options;
	const [west, south, east, north] = UKRAINE_BOUNDS;
	const points = [
		...ids.map((id) => placeCoordinates(places, id)),
		...(withUkraine ? [[west, south], [west, north], [east, south], [east, north]] : [])
	];
	const { center, radius } = boundingCap(points);
	const [lon, lat] = toLonLat(center);
	const theta = Math.min(Math.max(radius, 1e-6), Math.PI / 2);
	const zoom = Math.log2(((fill * Math.min(width, height)) / 2) * 2 * Math.PI * Math.cos(lat * rad) / (512 * Math.sin(theta)));
	return { center: [lon, lat], zoom: Math.min(DIPLOMACY_MAX_ZOOM, Math.max(DIPLOMACY_MIN_ZOOM, zoom)) };
}
