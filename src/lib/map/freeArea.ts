// The part of the map a camera move may frame its subject in: the map's box, inside the screen's
// safe area, less whatever sits over the map (a caption, a legend, a badge, the attribution).
import type { PaddingOptions } from 'maplibre-gl';

/** A box on the screen in CSS pixels, as getBoundingClientRect gives it. */
export interface ScreenRect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const area = (r: ScreenRect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
const overlaps = (a: ScreenRect, b: ScreenRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const intersect = (a: ScreenRect, b: ScreenRect): ScreenRect => ({
	left: Math.max(a.left, b.left),
	top: Math.max(a.top, b.top),
	right: Math.min(a.right, b.right),
	bottom: Math.min(a.bottom, b.bottom)
});

/**
 * The largest box left of `map` (inside `safeArea`, when there is one) once every obstacle is cut
 * away, each from the side that loses the least: a legend in a corner costs a strip along the
 * shorter way, a caption band across the bottom costs the bottom. Obstacles wholly outside the map
 * cost nothing. When obstacles leave no room at all, the map (inside the safe area) is returned:
 * a subject framed under an overlay beats no subject.
 */
export function freeArea(map: ScreenRect, obstacles: readonly ScreenRect[], safeArea: ScreenRect | null = null): ScreenRect {
	const start = safeArea ? intersect(map, safeArea) : map;
	if (area(start) === 0) return map;
	// Larger obstacles first: a small one may already lie in the strip a large one cost.
	const ordered = obstacles.filter((o) => area(o) > 0).sort((a, b) => area(b) - area(a));
	let free = start;
	for (const obstacle of ordered) {
		if (!overlaps(free, obstacle)) continue;
		const cuts: ScreenRect[] = [
			{ ...free, top: obstacle.bottom },
			{ ...free, bottom: obstacle.top },
			{ ...free, left: obstacle.right },
			{ ...free, right: obstacle.left }
		].filter((cut) => area(cut) > 0);
		if (!cuts.length) return start;
		free = cuts.reduce((best, cut) => (area(cut) > area(best) ? cut : best));
	}
	return free;
}

/** MapLibre's padding with every side given. */
export type MapPadding = Required<PaddingOptions>;

/** The padding that leaves `free` of `map`: what MapLibre's camera takes to frame inside it. */
export function paddingFor(map: ScreenRect, free: ScreenRect): MapPadding {
	return {
		top: Math.max(0, free.top - map.top),
		bottom: Math.max(0, map.bottom - free.bottom),
		left: Math.max(0, free.left - map.left),
		right: Math.max(0, map.right - free.right)
	};
}

/** The box `inset` (a share of each side, 0.05 for a 90% safe area) inside a screen of this size. */
export function safeAreaOf(width: number, height: number, inset: number): ScreenRect {
	return { left: width * inset, top: height * inset, right: width * (1 - inset), bottom: height * (1 - inset) };
}

/** `padding` with `room` more on every side. */
export function grow(padding: MapPadding, room: number): MapPadding {
	return { top: padding.top + room, bottom: padding.bottom + room, left: padding.left + room, right: padding.right + room };
}

/** How far the centre of what `padding` leaves lies from the map's centre, as MapLibre's `offset`. */
export function centreOffset(padding: MapPadding): [number, number] {
	return [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2];
}
