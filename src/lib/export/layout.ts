/**
 * Where each part of an exported image goes: a title band, the map, the key over the map's top
 * left corner, and a foot band with the as-of date, the scale bar and the credits. Pure: text is
 * measured through a function the caller gives (a canvas's measureText), so the layout is tested
 * without a browser. Sizes follow presentation mode's room-scale rule (src/lib/uiScale.ts).
 */
import { roomScale } from '$lib/uiScale';

export type FontWeight = 400 | 600;
export interface TextStyle {
	size: number;
	weight: FontWeight;
}
export type Measure = (text: string, style: TextStyle) => number;

export interface PlacedText extends TextStyle {
	text: string;
	x: number;
	/** The text's alphabetic baseline. */
	y: number;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LegendRow<S> {
	swatch: S;
	box: Rect;
	label: PlacedText;
}

export interface ImageLayout<S> {
	width: number;
	height: number;
	/** The base text size in pixels; everything else is a multiple of it. */
	unit: number;
	titleBand: Rect;
	title: PlacedText;
	asOf: PlacedText;
	/** Where the map's subject must be framed: the image less the two bands. */
	mapArea: Rect;
	legend: { card: Rect; heading: PlacedText; rows: LegendRow<S>[]; left: number } | null;
	footBand: Rect;
	credits: PlacedText[];
	/** Where the scale bar starts (its left end, on its baseline) and the most it may be long. */
	scaleBar: { x: number; y: number; maxLength: number; label: TextStyle };
}

export interface LayoutInput<S> {
	width: number;
	height: number;
	title: string;
	asOf: string;
	legendHeading: string;
	/** The key's entries; the short label stands in where the full one would not fit beside the map. */
	legend: readonly { swatch: S; label: string; short?: string }[];
	credits: string;
	measure: Measure;
}

/** The base text size: 13 px on a 1280×800 laptop, grown by the room-scale rule. */
export function baseTextSize(width: number, height: number): number {
	return Math.round(13 * roomScale(width, height));
}

/** Breaks text into lines at most `width` wide (a word longer than that stays whole on its own line). */
export function wrapText(text: string, width: number, style: TextStyle, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next, style) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export function layoutImage<S>({ width, height, title, asOf, legendHeading, legend, credits, measure }: LayoutInput<S>): ImageLayout<S> {
	const unit = baseTextSize(width, height);
	const pad = unit;
	const lineHeight = (size: number) => Math.round(size * 1.3);
	const titleStyle: TextStyle = { size: Math.round(unit * 1.6), weight: 600 };
	const asOfStyle: TextStyle = { size: unit, weight: 400 };
	const titleY = pad + titleStyle.size;
	const asOfY = titleY + lineHeight(asOfStyle.size) + Math.round(unit * 0.15);
	const titleBand = { x: 0, y: 0, width, height: asOfY + Math.round(pad * 0.7) };

	// The foot: credits on the left, wrapped; the scale bar on the right, in a column of its own.
	const creditStyle: TextStyle = { size: Math.round(unit * 0.85), weight: 400 };
	const scaleColumn = Math.round(unit * 9);
	const creditLines = wrapText(credits, width - 3 * pad - scaleColumn, creditStyle, measure);
	const footInner = Math.max(creditLines.length * lineHeight(creditStyle.size), Math.round(unit * 2.2));
	const footHeight = footInner + Math.round(pad * 1.2);
	const footBand = { x: 0, y: height - footHeight, width, height: footHeight };
	const footTop = footBand.y + Math.round(pad * 0.6);
	const creditPlaced = creditLines.map((text, i) => ({ text, ...creditStyle, x: pad, y: footTop + creditStyle.size + i * lineHeight(creditStyle.size) }));
	const scaleBar = { x: width - pad - scaleColumn + Math.round(unit * 0.5), y: footTop + Math.round(unit * 1.8), maxLength: scaleColumn - Math.round(unit * 0.5), label: { size: creditStyle.size, weight: 400 as FontWeight } };

	const mapArea = { x: 0, y: titleBand.height, width, height: footBand.y - titleBand.height };

	// The key: a card in the map's top left corner, as many rows as fit in the map area.
	let placedLegend: ImageLayout<S>['legend'] = null;
	if (legend.length > 0) {
		const headingStyle: TextStyle = { size: unit, weight: 600 };
		const rowStyle: TextStyle = { size: unit, weight: 400 };
		const rowHeight = lineHeight(unit) + Math.round(unit * 0.25);
		const swatch = Math.round(unit * 1.4);
		const inner = Math.round(unit * 0.7);
		const cardTop = mapArea.y + pad;
		const room = mapArea.height - 2 * pad - inner * 2 - lineHeight(unit);
		const widest = Math.round(width * 0.45) - 2 * inner;
		const rowWidth = (label: string) => swatch + Math.round(unit * 0.6) + measure(label, rowStyle);
		const fitting = legend.slice(0, Math.max(0, Math.floor(room / rowHeight))).map((e) => ({ swatch: e.swatch, label: rowWidth(e.label) > widest && e.short ? e.short : e.label }));
		const textWidth = Math.max(measure(legendHeading, headingStyle), ...fitting.map((e) => rowWidth(e.label)));
		const cardWidth = Math.min(Math.ceil(textWidth), widest) + 2 * inner;
		const headingY = cardTop + inner + headingStyle.size;
		const rows = fitting.map((entry, i) => {
			const top = headingY + Math.round(unit * 0.45) + i * rowHeight;
			return {
				swatch: entry.swatch,
				box: { x: pad + inner, y: top + Math.round((rowHeight - swatch * 0.75) / 2), width: swatch, height: Math.round(swatch * 0.75) },
				label: { text: entry.label, ...rowStyle, x: pad + inner + swatch + Math.round(unit * 0.6), y: top + Math.round(rowHeight / 2 + rowStyle.size * 0.35) }
			};
		});
		const cardHeight = headingY - cardTop + Math.round(unit * 0.45) + rows.length * rowHeight + inner;
		placedLegend = { card: { x: pad, y: cardTop, width: cardWidth, height: cardHeight }, heading: { text: legendHeading, ...headingStyle, x: pad + inner, y: headingY }, rows, left: legend.length - rows.length };
	}

	return {
		width,
		height,
		unit,
		titleBand,
		title: { text: title, ...titleStyle, x: pad, y: titleY },
		asOf: { text: asOf, ...asOfStyle, x: pad, y: asOfY },
		mapArea,
		legend: placedLegend,
		footBand,
		credits: creditPlaced,
		scaleBar
	};
}

/**
 * The image pixels left of the map's extent: past the key card, so that nothing the reader framed
 * on screen is hidden under the key in the image (the map zooms out a little instead). Never more
 * than half the image's width: on a narrow image the key covers the extent's left edge rather than
 * shrink the map to a strip.
 */
export function keyClearance(layout: Pick<ImageLayout<unknown>, 'unit' | 'width' | 'legend'>): number {
	const card = layout.legend?.card;
	return card ? Math.min(card.x + card.width + layout.unit, Math.floor(layout.width / 2)) : layout.unit;
}
