/**
 * Paints an exported image: the rendered map, the title band, the key, the foot band with the
 * as-of date, the scale bar and the credits, where layout.ts put them, in the map theme's colours
 * and the page's own Noto Sans (self-hosted; loaded before anything is drawn).
 */
import type { MapTheme } from '$lib/map/themes';
import type { ImageLayout, PlacedText, Rect, TextStyle } from './layout';
import type { ScaleBar } from './scaleBar';
import { swatchLook } from './swatchLook';
import type { SwatchKind } from '$lib/map/mapKey';

const family = '"Noto Sans", system-ui, sans-serif';

export function fontOf(style: TextStyle): string {
	return `${style.weight} ${style.size}px ${family}`;
}

/** Loads both weights of Noto Sans (the page's @fontsource faces) so the canvas never falls back to another font. */
export async function loadFonts(): Promise<void> {
	await Promise.all([document.fonts.load(`400 20px ${family}`, 'Aa0–'), document.fonts.load(`600 20px ${family}`, 'Aa0–')]);
}

function text(context: CanvasRenderingContext2D, placed: PlacedText, colour: string): void {
	context.font = fontOf(placed);
	context.fillStyle = colour;
	context.textBaseline = 'alphabetic';
	context.fillText(placed.text, placed.x, placed.y);
}

function fillRect(context: CanvasRenderingContext2D, rect: Rect, colour: string): void {
	context.fillStyle = colour;
	context.fillRect(rect.x, rect.y, rect.width, rect.height);
}

function swatch(context: CanvasRenderingContext2D, kind: SwatchKind, box: Rect, theme: MapTheme, unit: number): void {
	const look = swatchLook(kind, theme);
	context.save();
	context.setLineDash([]);
	if (look.shape === 'area') {
		context.fillStyle = look.fill;
		context.fillRect(box.x, box.y, box.width, box.height);
		if (look.hatch) {
			context.beginPath();
			context.rect(box.x, box.y, box.width, box.height);
			context.clip();
			context.strokeStyle = look.hatch;
			context.lineWidth = Math.max(1, unit * 0.09);
			for (let x = box.x - box.height; x < box.x + box.width; x += unit * 0.35) {
				context.moveTo(x, box.y + box.height);
				context.lineTo(x + box.height, box.y);
			}
			context.stroke();
		}
		context.strokeStyle = look.edge;
		context.lineWidth = Math.max(1, unit * (kind === 'selection' ? 0.2 : 0.08));
		if (look.dashed) context.setLineDash([unit * 0.25, unit * 0.15]);
		context.strokeRect(box.x, box.y, box.width, box.height);
	} else if (look.shape === 'line') {
		const y = box.y + box.height / 2;
		const weight = Math.max(2, unit * look.weight);
		context.lineCap = 'butt';
		if (look.casing) {
			context.strokeStyle = look.casing;
			context.lineWidth = weight + Math.max(2, unit * 0.16);
			context.beginPath();
			context.moveTo(box.x, y);
			context.lineTo(box.x + box.width, y);
			context.stroke();
		}
		context.strokeStyle = look.colour;
		context.lineWidth = weight;
		if (look.dashed) context.setLineDash([weight * 2, weight * 1.2]);
		context.beginPath();
		context.moveTo(box.x, y);
		context.lineTo(box.x + box.width, y);
		context.stroke();
	} else {
		const radius = (unit * look.size) / 2;
		context.beginPath();
		context.arc(box.x + box.width / 2, box.y + box.height / 2, radius, 0, 2 * Math.PI);
		context.fillStyle = look.fill;
		context.fill();
		context.strokeStyle = look.edge;
		context.lineWidth = Math.max(1, unit * 0.12);
		context.stroke();
	}
	context.restore();
}

export interface Composition {
	layout: ImageLayout<SwatchKind>;
	theme: MapTheme;
	map: HTMLCanvasElement;
	scale: ScaleBar;
}

/** Paints the whole image onto `target` (already layout.width × layout.height). */
export function compose(target: HTMLCanvasElement, { layout, theme, map, scale }: Composition): void {
	const context = target.getContext('2d');
	if (!context) throw new Error('No 2D canvas');
	const { unit } = layout;
	// Under the map the page's own background, the sea: the globe leaves the corners transparent.
	context.fillStyle = theme.sea;
	context.fillRect(0, 0, layout.width, layout.height);
	context.drawImage(map, 0, 0, layout.width, layout.height);
	// The bands are the map's halo colour, the text its text colour: the contrast the map's names have.
	fillRect(context, layout.titleBand, theme.halo);
	fillRect(context, layout.footBand, theme.halo);
	context.fillStyle = theme.countryBorder;
	context.fillRect(0, layout.titleBand.height - Math.max(1, unit * 0.06), layout.width, Math.max(1, unit * 0.06));
	context.fillRect(0, layout.footBand.y, layout.width, Math.max(1, unit * 0.06));
	text(context, layout.title, theme.text);
	text(context, layout.asOf, theme.text);

	if (layout.legend) {
		const { card, heading, rows } = layout.legend;
		// Opaque: the map's names showing through a key read as ghosts on a printed page.
		fillRect(context, card, theme.halo);
		context.strokeStyle = theme.countryBorder;
		context.lineWidth = Math.max(1, unit * 0.05);
		context.strokeRect(card.x, card.y, card.width, card.height);
		text(context, heading, theme.text);
		for (const row of rows) {
			swatch(context, row.swatch, row.box, theme, unit);
			text(context, row.label, theme.text);
		}
	}

	for (const line of layout.credits) text(context, line, theme.text);

	// The scale bar: a bar of the chosen length with end ticks, its length written above it.
	const { x, y, label } = layout.scaleBar;
	const thick = Math.max(2, Math.round(unit * 0.15));
	context.fillStyle = theme.text;
	context.fillRect(x, y - thick, scale.pixels, thick);
	context.fillRect(x, y - thick * 3, thick, thick * 3);
	context.fillRect(x + scale.pixels - thick, y - thick * 3, thick, thick * 3);
	text(context, { text: scale.label, ...label, x, y: y - thick * 3 - Math.round(unit * 0.25) }, theme.text);
}
