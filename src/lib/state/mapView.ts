// What the app does with a MapView (src/lib/types/mapView.ts) that is not drawing it: checks one
// that came from outside (a link, the deck, a file), and works out what it asks of the map. Pure.
import { parseMapRef, type RefKind } from '$lib/refs/mapRef';
import { factsLayers, isCamera, type Camera, type CameraLimits, type CameraTarget, type FactsVisibility, type KnownRefs, type MapView } from '$lib/types/mapView';

/** What a view is checked against; each part left out is not checked. */
export interface ViewContext {
	/** The ids that exist; null or absent checks only the form of refs. */
	known?: KnownRefs | null;
	/** Where an exact camera may be. */
	limits?: CameraLimits;
	/** The dates of the Kursk layer. */
	kurskDates?: readonly string[];
	/** The dated snapshots the manifest lists. */
	snapshots?: readonly string[];
	/**
	 * Whether a phrase may quote a short, plain value (a deck's author reads the build's messages);
	 * false for what a reader sees from a link, which never repeats the link's text.
	 */
	echo?: boolean;
}

/** Which list of `KnownRefs` holds the ids of each kind. */
const knownListOf = { region: 'regions', country: 'countries', place: 'places', settlement: 'settlements' } as const satisfies Record<RefKind, keyof KnownRefs>;

/** Ids are short and plain (UA-14, RU-KRS, chasiv-yar, UA); anything else is not echoed back. */
const plainId = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;
const plainWord = /^[A-Za-z]{1,24}$/;
const plainDate = /^\d{4}-\d{2}-\d{2}$/;

/** The value quoted if it is short and plain, else nothing: what came from outside is never echoed raw. */
export function quoted(value: string, pattern: RegExp): string {
	return pattern.test(value) ? ` '${value}'` : '';
}

/**
 * Checks a `kind:id` ref's form and, when `known` is given, that the id exists. Null when fine,
 * else a short phrase that is safe to show as text.
 */
export function refProblem(value: string, known: KnownRefs | null = null, echo = true): string | null {
	const parsed = parseMapRef(value);
	if (!parsed.ok || !plainId.test(parsed.ref.id)) return 'a selection that is not a region, place, settlement or country';
	const { kind, id } = parsed.ref;
	if (known && !known[knownListOf[kind]]?.has(id)) return `unknown ${kind}${echo ? quoted(id, plainId) : ''}`;
	return null;
}

/** Checks an exact camera against the map's limits. Null when fine. */
export function cameraProblem({ center: [lon, lat], zoom }: Camera, limits: CameraLimits): string | null {
	if (![lon, lat, zoom].every(Number.isFinite)) return 'a map position that is not three numbers (longitude, latitude, zoom)';
	const [west, south, east, north] = limits.bounds;
	if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return 'a map position with an impossible longitude or latitude';
	if (lon < west || lon > east || lat < south || lat > north) return 'a map position outside the map';
	if (zoom < limits.minZoom || zoom > limits.maxZoom) return `a zoom outside ${limits.minZoom}–${limits.maxZoom}`;
	return null;
}

const isLayer = (name: string): boolean => (factsLayers as readonly string[]).includes(name);

function cameraTargetProblems(target: CameraTarget, context: ViewContext): string[] {
	if (isCamera(target)) {
		const problem = context.limits ? cameraProblem(target, context.limits) : null;
		return problem ? [problem] : [];
	}
	// `changes`, the ground that changed hands, is framed only in a view that compares two dates (a deck's compare chapter).
	if ('layer' in target) return isLayer(target.layer) || target.layer === 'changes' ? [] : [`a camera on an unknown layer${quoted(target.layer, plainWord)}`];
	const keys = 'key' in target ? [target.key] : target.keys;
	if (keys.length === 0) return ['a camera on nothing'];
	return keys.map((key) => refProblem(key, context.known ?? null, context.echo ?? true)).filter((p): p is string => p !== null);
}

/**
 * What is wrong with a view that came from outside, one short phrase each (safe to show as text);
 * empty when nothing is. The selection and the refs the camera frames must exist (when `known` is
 * given), an exact camera must be inside `limits`, layers must be facts layers shown or hidden,
 * dates must be dates the data has.
 */
export function mapViewProblems(view: MapView, context: ViewContext = {}): string[] {
	const problems: string[] = [];
	if (view.select !== undefined) {
		const problem = refProblem(view.select, context.known ?? null, context.echo ?? true);
		if (problem) problems.push(problem);
	}
	if (view.camera) problems.push(...cameraTargetProblems(view.camera, context));
	for (const [name, shown] of Object.entries(view.layers ?? {})) {
		if (!isLayer(name)) problems.push(`unknown layer${quoted(name, plainWord)}`);
		else if (typeof shown !== 'boolean' && shown !== undefined) problems.push(`layer '${name}' neither shown nor hidden`);
	}
	const onDate = (date: string) => (plainDate.test(date) ? `on ${date}` : 'on that date');
	const hasDate = (date: string, dates: readonly string[] | undefined) => plainDate.test(date) && (dates?.includes(date) ?? true);
	if (view.kurskDate !== undefined && !hasDate(view.kurskDate, context.kurskDates)) problems.push(`no Kursk snapshot ${onDate(view.kurskDate)}`);
	if (view.snapshot !== undefined && !hasDate(view.snapshot, context.snapshots)) problems.push(`no snapshot of the front ${onDate(view.snapshot)}`);
	return problems;
}

/** The facts layers drawn once `layers` is applied over `visibility` (layers not named keep their state). */
export function withLayers(visibility: FactsVisibility, layers: Partial<FactsVisibility> | undefined): FactsVisibility {
	const next = { ...visibility };
	for (const [name, shown] of Object.entries(layers ?? {}) as [keyof FactsVisibility, boolean | undefined][]) if (shown !== undefined) next[name] = shown;
	return next;
}

/** Where a view sends the camera: its camera, else its selection; null to leave the camera where it is. */
export function viewFlight(view: MapView): CameraTarget | null {
	if (view.camera) return structuredClone(view.camera);
	return view.select ? { key: view.select } : null;
}

/** The names of the facts layers drawn, space-separated, in the order they are listed. */
export function shownLayers(visibility: FactsVisibility): string {
	return Object.entries(visibility)
		.filter(([, on]) => on)
		.map(([name]) => name)
		.join(' ');
}
