import type { MapEventType, Map as MapLibreMap } from 'maplibre-gl';
import { atlasConfig } from '$lib/config';

/**
 * What the map is doing, from MapLibre's public events: whether its style can be changed in place,
 * whether it has settled, whether it has ever settled. One per map component; `watch` a map to
 * follow it.
 */
export class MapStatus {
	/**
	 * The style has loaded and can be changed in place (layers, global state, feature state): from
	 * MapLibre's `style.load` until `styledataloading`, which starts a new style (a style diff that
	 * fails rebuilds the style from scratch). Not `map.isStyleLoaded()`, which is also false while
	 * tiles load, when the style can be changed all the same.
	 */
	styleReady = $state(false);
	/** The map has settled for the first time: it has drawn its first view. */
	ready = $state(false);
	/**
	 * The map has finished drawing what it was asked to show: MapLibre's `idle`, with no map work
	 * of the app's waiting for its task (see scheduler.ts) or for a file (the globe's world). False
	 * while anything is pending. Shown as `data-map-idle` on the map's container, which end-to-end
	 * tests wait for (tests/e2e/support.ts, waitForMapIdle) instead of watching pixels or the clock.
	 */
	idle = $state(false);

	#mapIdle = false;
	/** `idle` as last set: compared here rather than `idle`, which an effect that calls in here would then depend on. */
	#idle = false;
	#queued = false;
	#busy = 0;

	/** Follows `map`'s events; returns the end of it (the map is going away: nothing is ready any more). */
	watch(map: MapLibreMap): () => void {
		const styleLoaded = () => (this.styleReady = true);
		const styleLoading = () => (this.styleReady = false);
		const working = () => this.#setMapIdle(false);
		const settled = () => {
			if (!this.ready) performance.mark(atlasConfig.mapIdleMark);
			this.ready = true;
			this.#setMapIdle(true);
		};
		const events: [keyof MapEventType, () => void][] = [
			['style.load', styleLoaded],
			['styledataloading', styleLoading],
			['render', working],
			['movestart', working],
			['dataloading', working],
			['idle', settled]
		];
		for (const [type, listener] of events) map.on(type, listener);
		return () => {
			for (const [type, listener] of events) map.off(type, listener);
			this.styleReady = false;
			this.#setMapIdle(false);
		};
	}

	/** The app's queue of map work has jobs waiting, or has none any more. */
	queued(pending: boolean): void {
		this.#queued = pending;
		this.#update();
	}

	/**
	 * After the app changed the map: if the change left the map something to draw, it is not idle
	 * until its next `idle`. (`map.loaded()` is false from the change until the frame that draws it.)
	 */
	changed(map: MapLibreMap): void {
		if (!map.loaded() || map.isMoving()) this.#setMapIdle(false);
	}

	/** The map is not idle until `work` has settled (a file the map needs next). */
	async busyWith<T>(work: Promise<T>): Promise<T> {
		this.#busy++;
		this.#update();
		try {
			return await work;
		} finally {
			this.#busy--;
			this.#update();
		}
	}

	#setMapIdle(idle: boolean): void {
		this.#mapIdle = idle;
		this.#update();
	}

	#update(): void {
		const idle = this.#mapIdle && !this.#queued && this.#busy === 0;
		if (idle === this.#idle) return;
		this.#idle = idle;
		this.idle = idle;
	}
}
