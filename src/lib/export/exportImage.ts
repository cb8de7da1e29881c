/**
 * Image export: a view of the map (its style, extent and selection, its key and date) made into a
 * PNG of a chosen size with a title, the key, the as-of date, a scale bar and the credits, which
 * the file also carries in its text chunks. The page hands the view; this module does the rest.
 */
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import type { MapKey } from '$lib/map/mapKey';
import { mapThemes } from '$lib/map/themes';
import type { ThemeName } from '$lib/types/mapData';
import { roomScale } from '$lib/uiScale';
import { compose, fontOf, loadFonts } from './compose';
import { imageCredits } from './credits';
import { imageFileName } from './fileName';
import { keyClearance, layoutImage } from './layout';
import { withTextChunks } from './pngText';
import { ExportError, renderMap } from './renderMap';
import { scaleBar } from './scaleBar';

export { ExportError };

/** The sizes offered, the window's own added by the dialog. */
export const imageSizes = [
	{ width: 1200, height: 675, use: 'social media' },
	{ width: 1920, height: 1080, use: 'slides, Full HD' },
	{ width: 3840, height: 2160, use: 'print, 4K screens' }
] as const;

/** A view of the map, as the page draws it now. */
export interface ExportView {
	style: StyleSpecification;
	/** The scale the style was made for. */
	styleScale: number;
	theme: ThemeName;
	selected: string | null;
	/** The extent to show, fitted to the image's aspect: the map's visible bounds. */
	bounds: LngLatBoundsLike;
	/** The selection's name, or "Ukraine". */
	subject: string;
	key: MapKey;
	/** The as-of words of the badge (asOfText); null when nothing dated is drawn. */
	asOf: string | null;
	/** The date the file name carries: the snapshot's. */
	date: string;
}

export interface ExportedImage {
	blob: Blob;
	fileName: string;
}

export async function exportImage(view: ExportView, width: number, height: number): Promise<ExportedImage> {
	await loadFonts();
	const measuring = document.createElement('canvas').getContext('2d');
	if (!measuring) throw new ExportError('This browser cannot draw images on a canvas.');
	const measure = (text: string, style: Parameters<typeof fontOf>[0]) => {
		measuring.font = fontOf(style);
		return measuring.measureText(text).width;
	};
	const credits = imageCredits(view.key.entries);
	const asOf = view.asOf ?? 'No dated layer drawn: the basemap only';
	const layout = layoutImage({ width, height, title: view.subject, asOf, legendHeading: view.key.heading, legend: view.key.entries, credits: credits.line, measure });
	const rendered = await renderMap({
		style: view.style,
		styleScale: view.styleScale,
		imageScale: roomScale(width, height),
		selected: view.selected,
		bounds: view.bounds,
		width,
		height,
		padding: { top: layout.mapArea.y + layout.unit, bottom: layout.footBand.height + layout.unit, left: keyClearance(layout), right: layout.unit }
	});
	const target = document.createElement('canvas');
	target.width = width;
	target.height = height;
	compose(target, { layout, theme: mapThemes[view.theme], map: rendered.canvas, scale: scaleBar(rendered.metresPerImagePixel, layout.scaleBar.maxLength) });
	const png = await new Promise<Blob | null>((resolve) => target.toBlob(resolve, 'image/png'));
	if (!png) throw new ExportError(`There is not enough memory to encode an image of ${width}×${height}. Choose a smaller size.`);
	const title = `Frontline Atlas: ${view.subject}`;
	const bytes = withTextChunks(new Uint8Array(await png.arrayBuffer()), [
		['Title', title],
		['Description', `${title}. ${asOf}. ${view.key.heading}: ${view.key.entries.map((e) => e.label).join('; ')}.`],
		['As of', asOf],
		['Source', credits.line],
		['Copyright', credits.copyright],
		['Software', 'Frontline Atlas (MapLibre GL JS)']
	]);
	return { blob: new Blob([bytes as BlobPart], { type: 'image/png' }), fileName: imageFileName(view.subject, view.date, width, height) };
}

/** Hands the image to the browser as a download. */
export function download({ blob, fileName }: ExportedImage): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download reads the blob soon after the click; a minute later the URL is no longer needed.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
