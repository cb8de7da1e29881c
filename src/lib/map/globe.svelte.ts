// The diplomacy view: selecting a place beyond the regional map (Jeddah, Washington, Paris, London)
// turns the map into a globe with the world and the article's diplomatic links (diplomacy.ts);
// selecting anything else turns it back. The style follows `shown` (restyle.ts), and the link
// keeps the regional camera meanwhile.
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { atlasConfig } from '$lib/config';
import { splitMapRef } from '$lib/refs/mapRef';
import type { Places } from '$lib/types/mapData';
import type { Camera, CameraTarget } from '$lib/types/mapView';
import { centerOf, framePadding, frameMaxZoom, noPadding, type Bounds } from './camera';
import { DIPLOMACY_MIN_ZOOM, UKRAINE_BOUNDS, connectedPlaceIds, connectionLines, diplomacyCamera, isDiplomacyPlace, placeCoordinates } from './diplomacy';
import { grow, type MapPadding } from './freeArea';
import { cornersOf, type Frame } from './framing';
import { loadWorld } from './worldStyle';

export interface GlobeLayers {
	world: FeatureCollection<Polygon | MultiPolygon>;
	connections: FeatureCollection<LineString | MultiLineString>;
}

/** The id of the selected place when the globe shows it (Jeddah, Washington, Paris, London); null for anything else. */
export function globePlace(selected: string | null): string | null {
	const ref = selected ? splitMapRef(selected) : null;
	return ref?.kind === 'place' && isDiplomacyPlace(ref.id) ? ref.id : null;
}

export interface EnterOptions {
	places: Places;
	/** Where the world file is (the folder of static/data). */
	dataUrl: URL;
	/** Frames the places clear of what lies over the map (framing.ts). */
	frame: Frame;
	reducedMotion: boolean;
	/** Asked again once the world has loaded: false when the map or the selection has moved on meanwhile. */
	stillWanted: () => boolean;
}

export interface LeaveOptions {
	scale: number;
	/** Frames the bounds the camera lands on clear of what lies over the map (framing.ts). */
	frame: Frame;
}

export class DiplomacyGlobe {
	/** Whether the map shows the globe. */
	shown = $state(false);
	#world = $state.raw<GlobeLayers['world'] | null>(null);
	#connections: GlobeLayers['connections'] | null = null;
	/** A flight that came while the globe was shown: leaving the globe goes there. */
	#heldFlight: CameraTarget | null = null;
	/** Left, but the flat map's projection is not back yet. */
	#leaving = false;

	/** What the style adds for the globe; null while the globe is not shown. */
	get layers(): GlobeLayers | null {
		return this.shown && this.#world && this.#connections ? { world: this.#world, connections: this.#connections } : null;
	}

	/**
	 * Holds back a flight that comes while the globe is shown, or while it is being left (until the
	 * flat map is back: framed on the globe, a flight would land at the globe's scale); true when held.
	 */
	hold(flight: CameraTarget): boolean {
		const waiting = this.shown || this.#leaving;
		this.#heldFlight = waiting ? flight : null;
		return waiting;
	}

	/**
	 * Turns the map into the globe around place `id` and its links. Loads the world the first time
	 * (rejects with the DataLoadError of its file); then lifts the regional bounds and minimum
	 * zoom, which would clamp the camera back to Ukraine, and flies (or jumps) to the places.
	 */
	async enter(map: MapLibreMap, id: string, { places, dataUrl, frame, reducedMotion, stillWanted }: EnterOptions): Promise<void> {
		this.#world ??= await loadWorld(dataUrl);
		this.#connections ??= connectionLines(places);
		if (!stillWanted()) return;
		map.setMaxBounds(null);
		map.setMinZoom(DIPLOMACY_MIN_ZOOM);
		this.shown = true;
		const ids = connectedPlaceIds(id);
		const points = [...ids.map((place) => placeCoordinates(places, place) as [number, number]), ...cornersOf([...UKRAINE_BOUNDS])];
		frame(points, (padding: MapPadding) => {
			const { clientWidth, clientHeight } = map.getContainer();
			const free = { width: clientWidth - padding.left - padding.right, height: clientHeight - padding.top - padding.bottom };
			// The map's padding, not an offset: a whole globe cannot be turned off the centre, only drawn
			// around another one. Leaving the globe takes it off again.
			const camera = { ...diplomacyCamera(places, ids, free), padding };
			if (reducedMotion) map.easeTo({ ...camera, duration: 0 });
			else map.flyTo({ ...camera, duration: 1600, essential: false });
		});
	}

	/**
	 * Turns the globe back into the regional map. The regional style comes back through the style,
	 * which follows `shown`; the camera jumps into the region at once (to `where(heldFlight)`: where
	 * a flight held back by the globe asked to go, else the selection; bounds or an exact camera)
	 * before the regional bounds return, so that they do not snap a globe camera. When the flat
	 * map's projection is back, the camera is framed there (a flight that came meanwhile wins).
	 */
	leave(map: MapLibreMap, where: (heldFlight: CameraTarget | null) => Bounds | Camera, { scale, frame }: LeaveOptions): void {
		this.shown = false;
		map.setMinZoom(atlasConfig.minZoom);
		let target = where(this.#heldFlight);
		this.#heldFlight = null;
		const go = (padding: MapPadding) => {
			if (!Array.isArray(target)) return void map.jumpTo({ center: target.center, zoom: target.zoom, padding: noPadding });
			map.setPadding(noPadding);
			const camera = map.cameraForBounds(target, { padding: grow(padding, framePadding * scale), maxZoom: frameMaxZoom });
			map.jumpTo(camera ?? { center: centerOf(target), zoom: atlasConfig.minZoom });
		};
		const land = () => (Array.isArray(target) ? frame(cornersOf(target), go) : go(noPadding));
		go(noPadding);
		map.setMaxBounds(atlasConfig.bounds);
		if (map.getProjection()?.type !== 'globe') return land();
		this.#leaving = true;
		map.once('projectiontransition', () => {
			this.#leaving = false;
			// Entered again meanwhile: a held flight waits for the next leave.
			if (this.shown) return;
			if (this.#heldFlight) target = where(this.#heldFlight);
			this.#heldFlight = null;
			land();
		});
	}
}
