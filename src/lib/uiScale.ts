/**
 * How much larger than designed (for a 1280×800 laptop) text should be on this window. It follows
 * the smaller of width and height, so a 4K wall screen (3840×2160) gets about 2× and a phone 1×.
 * app.css sets the page's root font size from the same rule, so the panel and the map's labels
 * grow together.
 */
export function uiScale(width: number, height: number): number {
	const byWidth = width / 1280;
	const byHeight = height / 800;
	const scale = Math.min(byWidth, byHeight);
	return Math.round(Math.min(Math.max(scale, 1), 3) * 100) / 100;
}

/** Presentation mode's scale: half as large again as the page's own, for a room (at most 4). */
export function roomScale(width: number, height: number): number {
	return Math.min(4, Math.round(uiScale(width, height) * 1.5 * 100) / 100);
}
