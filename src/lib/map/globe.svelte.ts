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
import { centerOf, framePadding, frameMaxZoom, type Bounds } from './camera';
import { DIPLOMACY_MIN_ZOOM, connectedPlaceIds, connectionLines, diplomacyCamera, isDiplomacyPlace } from './diplomacy';
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
	/** The map's size in CSS pixels, which the globe's camera fits the places into. */
	size: { width: number; height: number };
	reducedMotion: boolean;
	/** Asked again once the world has loaded: false when the map or the selection has moved on meanwhile. */
	stillWanted: () => boolean;
}

export class DiplomacyGlobe {
	/** Whether the map shows the globe. */
	shown = $state(false);
	#world = $state.raw<GlobeLayers['world'] | null>(null);
	#connections: GlobeLayers['connections'] | null = null;
	/** A flight that came while the globe was shown: leaving the globe goes there. */
	#heldFlight: CameraTarget | null = null;

	/** What the style adds for the globe; null while the globe is not shown. */
	get layers(): GlobeLayers | null {
		return this.shown && this.#world && this.#connections ? { world: this.#world, connections: this.#connections } : null;
	}

	/** Holds back a flight that comes while the globe is shown, for when it is left; true when held. */
	hold(flight: CameraTarget): boolean {
		this.#heldFlight = this.shown ? flight : null;
		return this.shown;
	}

	/**
	 * Turns the map into the globe around place `id` and its links. Loads the world the first time
	 * (rejects with the DataLoadError of its file); then lifts the regional bounds and minimum
	 * zoom, which would clamp the camera back to Ukraine, and flies (or jumps) to the places.
	 */
	async enter(map: MapLibreMap, id: string, { places, dataUrl, size, reducedMotion, stillWanted }: EnterOptions): Promise<void> {
		this.#world ??= await loadWorld(dataUrl);
		this.#connections ??= connectionLines(places);
		if (!stillWanted()) return;
		map.setMaxBounds(null);
		map.setMinZoom(DIPLOMACY_MIN_ZOOM);
		this.shown = true;
		const camera = diplomacyCamera(places, connectedPlaceIds(id), size);
		if (reducedMotion) map.jumpTo(camera);
		else map.flyTo({ ...camera, duration: 1600, essential: false });
	}

	/**
	 * Turns the globe back into the regional map. The regional style comes back through the style,
	 * which follows `shown`; the camera jumps into the region (to `where(heldFlight)`: where a
	 * flight held back by the globe asked to go, else the selection; bounds or an exact camera)
	 * before the regional bounds return, so that they do not snap a globe camera.
	 */
	leave(map: MapLibreMap, where: (heldFlight: CameraTarget | null) => Bounds | Camera, scale: number): void {
		this.shown = false;
		map.setMinZoom(atlasConfig.minZoom);
		const target = where(this.#heldFlight);
		this.#heldFlight = null;
		if (Array.isArray(target)) {
			const camera = map.cameraForBounds(target, { padding: framePadding * scale, maxZoom: frameMaxZoom });
			map.jumpTo(camera ?? { center: centerOf(target), zoom: atlasConfig.minZoom });
		} else map.jumpTo({ center: target.center, zoom: target.zoom });
		map.setMaxBounds(atlasConfig.bounds);
	}
}
