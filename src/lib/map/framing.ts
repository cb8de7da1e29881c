// Framing in the browser: what lies over the map now (every element marked `data-map-obstacle`,
// MapLibre's attribution and zoom buttons, and the screen's safe area), the move that frames a
// subject in what is left, and where the subject landed, which the map's container says in
// `data-framed-subject` once the map has drawn it (the end-to-end tests read it).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isCamera, type CameraTarget } from '$lib/types/mapView';
import { cameraMove, flightBounds, frameMove, moveCamera, type Bounds, type FrameOptions, type FramingData } from './camera';
import { freeArea, paddingFor, safeAreaOf, type MapPadding, type ScreenRect } from './freeArea';

/**
 * What a framed subject keeps clear of: overlays marked so, the attribution and the zoom buttons.
 * Not the scale bar: its width follows the zoom, so the camera cannot frame around it.
 */
export const obstacleSelector = '[data-map-obstacle], .maplibregl-ctrl-attrib, .maplibregl-ctrl-group';

/**
 * The padding that keeps a subject (of `aspect`, width over height, when known) clear of the
 * overlays and, with `safeInset` > 0, of the screen's edges.
 */
export function overlayPadding(container: HTMLElement, safeInset: number, aspect?: number): MapPadding {
	const map = screenRect(container);
	const obstacles = [...document.querySelectorAll(obstacleSelector)].map(screenRect).filter((r) => r.right > r.left && r.bottom > r.top);
	const safe = safeInset > 0 ? safeAreaOf(window.innerWidth, window.innerHeight, safeInset) : null;
	return paddingFor(map, freeArea(map, obstacles, safe, aspect));
}

/** The element's box as a plain object: a DOMRect's sides are getters, which spreading loses. */
function screenRect(element: Element): ScreenRect {
	const { left, top, right, bottom } = element.getBoundingClientRect();
	return { left, top, right, bottom };
}

/** The corners of `box`, the points a framed box is checked by. */
export const cornersOf = ([w, s, e, n]: Bounds): [number, number][] => [[w, s], [w, n], [e, s], [e, n]];

/** Frames something on `map`: `move` makes the camera move for a padding; `points` are what it frames. */
export type Frame = (points: readonly [number, number][], move: (padding: MapPadding) => void) => void;

/**
 * A {@link Frame} for the map in `container`. The move is made for what lies over the map now; when
 * the map has drawn it, it is made once more if the points are not in the free area after all: the
 * overlays changed meanwhile (a caption drawn in its own font, a panel that opened, a legend for
 * the new layers), or the globe gave way to the flat map, whose scale differs. Then the container
 * says where the points landed.
 */
export function framer(map: MapLibreMap, container: HTMLElement, safeInset: number): Frame {
	return (points, move) => {
		// A newer frame on the same map supersedes this one: its second move and its record are dropped.
		const generation = (generations.get(container) ?? 0) + 1;
		generations.set(container, generation);
		const current = () => generations.get(container) === generation;
		// A layout change that MapLibre's resize observer has not reported yet.
		if (container.clientWidth !== map.getCanvas().clientWidth || container.clientHeight !== map.getCanvas().clientHeight) map.resize();
		delete container.dataset.framedSubject;
		const landed = (): ScreenRect => {
			const box = container.getBoundingClientRect();
			const projected = points.map((point) => map.project(point));
			return {
				left: box.left + Math.min(...projected.map((p) => p.x)),
				top: box.top + Math.min(...projected.map((p) => p.y)),
				right: box.left + Math.max(...projected.map((p) => p.x)),
				bottom: box.top + Math.max(...projected.map((p) => p.y))
			};
		};
		const record = () => {
			if (!current()) return;
			const rect = landed();
			container.dataset.framedSubject = [rect.left, rect.top, rect.right, rect.bottom].map((n) => n.toFixed(1)).join(',');
		};
		// The subject's shape as drawn now: on the flat map it is the same at every zoom.
		const aspectNow = () => {
			const { left, top, right, bottom } = landed();
			return right > left && bottom > top ? (right - left) / (bottom - top) : undefined;
		};
		map.once('idle', () => {
			if (!current()) return;
			const padding = overlayPadding(container, safeInset, aspectNow());
			if (within(landed(), freeOf(screenRect(container), padding))) return record();
			map.once('idle', record);
			move(padding);
		});
		move(overlayPadding(container, safeInset, aspectNow()));
	};
}

/** How many frames each map's container has had: only the latest one acts. */
const generations = new WeakMap<HTMLElement, number>();

const slack = 1;
const within = (a: ScreenRect, b: ScreenRect) => a.left >= b.left - slack && a.top >= b.top - slack && a.right <= b.right + slack && a.bottom <= b.bottom + slack;
const freeOf = (map: ScreenRect, padding: MapPadding): ScreenRect => ({ left: map.left + padding.left, top: map.top + padding.top, right: map.right - padding.right, bottom: map.bottom - padding.bottom });

/** Moves the camera for `flight`, framing its subject in what the overlays leave of the map. */
export function frameFlight(map: MapLibreMap, frame: Frame, data: FramingData, flight: CameraTarget, options: Omit<FrameOptions, 'padding'>): void {
	if (isCamera(flight)) return moveCamera(map, cameraMove(flight, options.reducedMotion));
	// The subject's bounds once: the first move and the second (framer) both frame the same box.
	const box = flightBounds(data, flight);
	if (box) frame(cornersOf(box), (padding) => moveCamera(map, frameMove(box, { ...options, padding })));
}
