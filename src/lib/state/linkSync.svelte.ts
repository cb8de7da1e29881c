// The atlas page's link: read once when the page opens (the camera at once, the selection once the
// ids are known), then kept in step with the selection, the tab and where the camera rests. The
// format and its checks are urlState.ts; this is the order things happen in.
import { isCamera, type Camera, type CameraLimits, type KnownRefs, type MapRef } from '$lib/types/mapView';
import type { View } from './atlas.svelte';
import { mapViewProblems } from './mapView';
import { noticeFor, parseUrlState, writeUrlState, type UrlState } from './urlState';

export class LinkSync {
	/** The camera from the link, handed to the map when it is created. */
	initialCamera = $state.raw<Camera | null>(null);
	/** Where the map last came to rest; written into the link. */
	camera = $state.raw<Camera | null>(null);
	/** What was ignored of the link, as one sentence; null when nothing was, or once dismissed. */
	notice = $state<string | null>(null);
	/** False until the link has been read: writing before that would wipe it. */
	ready = $state(false);
	/** A selection from the link, checked once the ids are known. */
	#pending: MapRef | null = null;
	#problems: string[] = [];

	/**
	 * Reads the link's query (prerendered pages have none at build time: this runs in the browser).
	 * Returns the tab it opens; the selection waits for {@link resolve}.
	 */
	read(search: string, limits: CameraLimits): View | null {
		const { state, problems } = parseUrlState(search, limits);
		const camera = state.map.camera && isCamera(state.map.camera) ? state.map.camera : null;
		this.initialCamera = camera;
		this.camera = camera;
		this.#pending = state.map.select ?? null;
		this.#problems = problems;
		if (!this.#pending) this.#finish();
		return state.view;
	}

	/**
	 * Once the ids are known: the link's selection if it exists (an unknown one joins the notice),
	 * and the link is read. Null when there is none to select; once only.
	 */
	resolve(known: KnownRefs): MapRef | null {
		const key = this.#pending;
		if (!key) return null;
		this.#pending = null;
		const problems = mapViewProblems({ select: key }, { known, echo: false }).map((p) => `select (${p})`);
		this.#problems = [...problems, ...this.#problems];
		this.#finish();
		return problems.length ? null : key;
	}

	/** The query to replace `current` with for the page's state; null before the link is read or when it would not change. */
	search(current: string, state: { select: MapRef | null; view: View }): string | null {
		const link: UrlState = { map: { ...(state.select ? { select: state.select } : {}), ...(this.camera ? { camera: this.camera } : {}) }, view: state.view };
		if (!this.ready) return null;
		const next = writeUrlState(current, link);
		return next === current ? null : next;
	}

	dismiss(): void {
		this.notice = null;
	}

	#finish(): void {
		this.notice = noticeFor(this.#problems);
		this.ready = true;
	}
}
