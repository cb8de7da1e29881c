import type { Map as MapLibreMap } from 'maplibre-gl';
/**
 * Hatch patterns for fills, made in code: the style has no sprite (nothing may be fetched), and a
 * pattern keeps two fills apart for readers who cannot tell their colours apart.
 *
 * The image's name carries everything needed to draw it, so MapLibre's `styleimagemissing` event
 * can recreate any pattern the style asks for, after a theme change or a full style rebuild alike.
 */
const prefix = 'atlas-hatch';

export interface HatchSpec {
	/** Colour of the diagonal lines, #rrggbb. */
	line: string;
	/** Colour between the lines, #rrggbb. */
	background: string;
	/** Side of the repeating tile in CSS pixels. */
	size: number;
}

export function hatchImageId({ line, background, size }: HatchSpec): string {
	return `${prefix}:${line.slice(1)}:${background.slice(1)}:${Math.max(4, Math.round(size))}`;
}

export function parseHatchImageId(id: string): HatchSpec | null {
	const match = /^atlas-hatch:([0-9a-f]{6}):([0-9a-f]{6}):(\d{1,3})$/i.exec(id);
	if (!match) return null;
	return { line: `#${match[1]}`, background: `#${match[2]}`, size: Number(match[3]) };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/**
 * An RGBA tile with one diagonal line (lower left to upper right) that joins up with its
 * neighbours, so the lines run unbroken across the fill. The line is a quarter of the tile wide.
 * `pixelRatio` draws it sharp on high-density screens.
 */
export function hatchImage(spec: HatchSpec, pixelRatio = 1): { width: number; height: number; data: Uint8Array } {
	const side = Math.max(4, Math.round(spec.size * pixelRatio));
	const lineWidth = Math.max(1, Math.round(side / 4));
	const [lr, lg, lb] = rgb(spec.line);
	const [br, bg, bb] = rgb(spec.background);
	const data = new Uint8Array(side * side * 4);
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) {
			// Distance along the anti-diagonal, wrapped: pixels with x + y near a multiple of the side lie on the line.
			const onLine = (x + y) % side < lineWidth;
			const i = (y * side + x) * 4;
			data[i] = onLine ? lr : br;
			data[i + 1] = onLine ? lg : bg;
			data[i + 2] = onLine ? lb : bb;
			data[i + 3] = 255;
		}
	}
	return { width: side, height: side, data };
}

/**
 * Patterns are made in code, not fetched: draw each one the first time the style asks for it,
 * which also covers a new theme and a style rebuilt from scratch. MapLibre 6 only lets this
 * resolver supply the image; a `styleimagemissing` listener would be too late to be drawn.
 */
export function drawHatchImagesOnDemand(map: MapLibreMap): void {
	map.setMissingStyleImageResolver((id) => {
		const spec = parseHatchImageId(id);
		if (!spec || map.hasImage(id)) return;
		const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
		map.addImage(id, hatchImage(spec, pixelRatio), { pixelRatio });
	});
}
