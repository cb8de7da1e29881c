// The atlas page's link: read once when the page opens (the camera, the tab, the theme and the
// panel at once; the selection and the dates once the data says which exist), then kept in step
// with the page. The format and its checks are urlState.ts; this is the order things happen in.
import type { ThemeName } from '$lib/types/mapData';
import { isCamera, type Camera, type CameraLimits, type KnownRefs, type MapRef } from '$lib/types/mapView';
import type { View } from './atlas.svelte';
import { mapViewProblems } from './mapView';
import { noticeFor, parseUrlState, writeUrlState, type UrlState } from './urlState';
import type { LonLat, Measurement } from '$lib/measure/measure';
import { compareKind, type ComparePair } from '$lib/compare/compare';

/** What the link asks for that the page applies at once. */
export interface LinkStart {
	view: View | null;
	theme: ThemeName | null;
	panelHidden: boolean;
	/** The point card's point. */
	point: LonLat | null;
	/** The measurement drawn. */
	measure: Measurement | null;
}

/** The dates the data has, to check the link's against; null where the data could not be loaded. */
export interface DataDates {
	kurskDates: readonly string[] | null;
	snapshots: readonly string[] | null;
}

/** What of the link's map state the data has. */
export interface ResolvedLink {
	select: MapRef | null;
	kurskDate: string | null;
	snapshot: string | null;
	/** Present when the link compares two dates the data has. */
	compare?: ComparePair;
}

/** The page's state the link carries; dates are null where they are the ones the page opens on. */
export interface LinkedState {
	select: MapRef | null;
	view: View;
	kurskDate: string | null;
	snapshot: string | null;
	panelHidden: boolean;
	/** The point card's point, and the measurement; absent from older callers, which carry neither. */
	point?: LonLat | null;
	measure?: Measurement | null;
	/** The two dates compared; the link then leaves out `kursk` and `snapshot`, which the comparison sets. */
	compare?: ComparePair | null;
}

export class LinkSync {
	/** The camera from the link, handed to the map when it is created. */
	initialCamera = $state.raw<Camera | null>(null);
	/** Where the map last came to rest; written into the link. */
	camera = $state.raw<Camera | null>(null);
	/** The theme the link asked for, or the one the reader chose since; null leaves it out of the link. */
	theme = $state<ThemeName | null>(null);
	/** What was ignored or changed of the link, as one sentence; null when nothing was, or once dismissed. */
	notice = $state<string | null>(null);
	/** False until the link has been read: writing before that would wipe it. */
	ready = $state(false);
	/** The link's selection and dates, checked once the data is in. */
	#pending: { select?: MapRef; kurskDate?: string; snapshot?: string; compare?: ComparePair } | null = null;
	#problems: string[] = [];
	#adjusted: string[] = [];

	/**
	 * Reads the link's query (prerendered pages have none at build time: this runs in the browser).
	 * Returns what applies at once; the selection and the dates wait for {@link resolve}.
	 */
	read(search: string, limits: CameraLimits): LinkStart {
		const { state, problems, adjusted } = parseUrlState(search, limits);
		const camera = state.map.camera && isCamera(state.map.camera) ? state.map.camera : null;
		this.initialCamera = camera;
		this.camera = camera;
		this.theme = state.theme ?? null;
		const { select, kurskDate, snapshot } = state.map;
		const compare = state.compare ?? undefined;
		this.#pending = select || kurskDate || snapshot || compare ? { select, kurskDate, snapshot, compare } : null;
		this.#problems = problems;
		this.#adjusted = adjusted;
		if (!this.#pending) this.#finish();
		return { view: state.view, theme: state.theme ?? null, panelHidden: state.panelHidden ?? false, point: state.point ?? null, measure: state.measure ?? null };
	}

	/**
	 * Once the data is in: the link's selection and dates where the data has them (the others join
	 * the notice), and the link is read. Null when the link asked for none of them; once only.
	 */
	resolve(known: KnownRefs, dates: DataDates): ResolvedLink | null {
		const pending = this.#pending;
		if (!pending) return null;
		this.#pending = null;
		const problems: string[] = [];
		const check = (name: string, date: string | undefined, list: readonly string[] | null, what: string): string | null => {
			if (!date) return null;
			if (list?.includes(date)) return date;
			problems.push(`${name} (${list ? `no ${what} on that date` : `the ${what}s could not be loaded`})`);
			return null;
		};
		const select = pending.select ? mapViewProblems({ select: pending.select }, { known, echo: false }).map((p) => `select (${p})`) : [];
		problems.push(...select);
		const resolved: ResolvedLink = {
			select: pending.select && select.length === 0 ? pending.select : null,
			kurskDate: check('kursk', pending.kurskDate, dates.kurskDates, 'Kursk snapshot'),
			snapshot: check('snapshot', pending.snapshot, dates.snapshots, 'snapshot of the front')
		};
		if (pending.compare) {
			const kind = dates.snapshots && dates.kurskDates ? compareKind(pending.compare, { snapshots: dates.snapshots, kurskDates: dates.kurskDates }) : null;
			if (kind) resolved.compare = pending.compare;
			else problems.push(`compare (${dates.snapshots && dates.kurskDates ? 'not two snapshots of the front, nor two dates of the Kursk layer' : 'the dates could not be loaded'})`);
		}
		this.#problems = [...problems, ...this.#problems];
		this.#finish();
		return resolved;
	}

	/** The selection the link asks for, until {@link resolve} has checked it (a settlement needs its file loaded first). */
	get pendingSelect(): MapRef | null {
		return this.#pending?.select ?? null;
	}

	/** The query to replace `current` with for the page's state; null before the link is read or when it would not change. */
	search(current: string, state: LinkedState): string | null {
		if (!this.ready) return null;
		const link: UrlState = {
			map: {
				...(state.select ? { select: state.select } : {}),
				...(this.camera ? { camera: this.camera } : {}),
				...(state.kurskDate && !state.compare ? { kurskDate: state.kurskDate } : {}),
				...(state.snapshot && !state.compare ? { snapshot: state.snapshot } : {})
			},
			compare: state.compare ?? null,
			view: state.view,
			theme: this.theme,
			panelHidden: state.panelHidden,
			point: state.point ?? null,
			measure: state.measure ?? null
		};
		const next = writeUrlState(current, link);
		return next === current ? null : next;
	}

	dismiss(): void {
		this.notice = null;
	}

	#finish(): void {
		this.notice = noticeFor(this.#problems, this.#adjusted);
		this.ready = true;
	}
}
