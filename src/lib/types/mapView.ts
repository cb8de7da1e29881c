// The one vocabulary for a view of the map: what the camera shows, which facts layers are on, which
// dates, what is selected. A flight, a deck chapter, a timeline entry, a claim's "show on the map",
// a shared link and (later) an export are all a `MapView`. Types, the constant lists they are made
// from and one type guard; the code that reads a view from outside and checks it is
// src/lib/state/mapView.ts. The map (src/lib/map/) and the state (src/lib/state/) both import from
// here, not from each other.
import type { MapRef } from '$lib/refs/mapRef';

export type { MapRef };

/** The facts layers, each one checkbox in the legend, in the legend's order. */
export const factsLayers = ['occupied', 'contested', 'contactLine', 'annexationClaims', 'kursk', 'borderFront'] as const;

/** A facts layer of the map. */
export type FactsLayer = (typeof factsLayers)[number];

/** Which facts layers are drawn. */
export interface FactsVisibility {
	occupied: boolean;
	/**
	 * Contested ground in Ukraine (the source's "unknown status"). Absent, it follows `occupied`,
	 * so a view written before the layer existed still shows the two together.
	 */
	contested?: boolean;
	contactLine: boolean;
	annexationClaims: boolean;
	/** Ukrainian-held and contested ground in Kursk oblast, and the outline of its largest extent. */
	kursk: boolean;
	borderFront: boolean;
}

export const allFactsVisible: FactsVisibility = { occupied: true, contested: true, contactLine: true, annexationClaims: true, kursk: true, borderFront: true };

/** An exact camera: centre (longitude, latitude) and MapLibre zoom. */
export interface Camera {
	center: [number, number];
	zoom: number;
}

/** A layer the camera can frame: a facts layer, or the ground that changed hands between two compared dates. */
export type FramedLayer = FactsLayer | 'changes';

/** What the camera frames: one ref, several together, or all of a layer as drawn now. */
export type Subject = { key: MapRef } | { keys: MapRef[] } | { layer: FramedLayer };

/**
 * Where the camera goes: an exact camera (a shared link's), or a subject it frames. As a request
 * to the map (AtlasState.flight, AtlasMap's `flight`), each new object is one flight.
 */
export type CameraTarget = Camera | Subject;

/**
 * A view of the map, as a small serialisable object. Every field is optional: whoever shows a view
 * applies the fields it has and leaves the rest of the map as it is.
 *
 * - `camera`: where the camera goes (see {@link CameraTarget}). Without it the camera goes to
 *   `select`, or stays where it is.
 * - `layers`: facts layers shown (true) or hidden (false); layers not named keep their state.
 * - `kurskDate`: the Kursk snapshot filled (YYYY-MM-DD, a date of the Kursk layer).
 * - `snapshot`: the dated snapshot of the front (YYYY-MM-DD, a date the manifest lists).
 * - `select`: the ref selected, as when a reader clicks it (outlined; on the atlas its card opens).
 *
 * Examples: `{ select: 'region:RU-KRS', layers: { kursk: true }, kurskDate: '2024-08-27' }` is the
 * Kursk incursion at the largest of its dates; `{ layers: { contactLine: true }, camera: { layer:
 * 'contactLine' } }` frames the front; `{ select: 'region:UA-14', camera: { center: [37.8, 48.02],
 * zoom: 6.5 } }` is what the link `?select=region:UA-14&at=37.8,48.02,6.5` says.
 */
export interface MapView {
	camera?: CameraTarget;
	layers?: Partial<FactsVisibility>;
	kurskDate?: string;
	snapshot?: string;
	select?: MapRef;
}

/** The ids a view may name, by kind (the gazetteer's `known`, the shipped data's ids). */
export interface KnownRefs {
	regions: ReadonlySet<string>;
	countries: ReadonlySet<string>;
	places: ReadonlySet<string>;
	/** GeoNames ids of settlements.json; absent until that file is loaded (it is loaded only when wanted). */
	settlements?: ReadonlySet<string>;
}

/** Where an exact camera may be. */
export interface CameraLimits {
	/** [west, south, east, north]: the map cannot show a centre outside it. */
	bounds: readonly [number, number, number, number];
	minZoom: number;
	maxZoom: number;
}

/** Whether a camera target is an exact camera rather than a subject. */
export function isCamera(target: CameraTarget): target is Camera {
	return 'center' in target;
}
