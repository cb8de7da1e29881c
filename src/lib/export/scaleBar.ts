/**
 * The image's scale bar, computed from the map's own projection (Web Mercator, MapLibre's 512 px
 * tiles) at the image's centre latitude: never read from the page's scale control, which measures
 * another map at another size.
 */

const earthCircumferenceM = 2 * Math.PI * 6378137;

/** Metres on the ground per CSS pixel of a Mercator map at that latitude and zoom. */
export function metresPerPixel(latitude: number, zoom: number): number {
	return (earthCircumferenceM * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
	metres: number;
	/** The bar's length in the image's pixels. */
	pixels: number;
	label: string;
}

/**
 * The longest round length (1, 2 or 5 times a power of ten, in metres) whose bar is at most
 * `maxPixels` long. `metresPerImagePixel` is for the image's own pixels.
 */
export function scaleBar(metresPerImagePixel: number, maxPixels: number): ScaleBar {
	if (!(metresPerImagePixel > 0) || !(maxPixels > 0)) throw new Error('A scale bar needs a positive scale and length');
	const most = metresPerImagePixel * maxPixels;
	const power = 10 ** Math.floor(Math.log10(most));
	const metres = [5, 2, 1].map((m) => m * power).find((m) => m <= most)!;
	const label = metres >= 1000 ? `${(metres / 1000).toLocaleString('en-GB')} km` : `${metres} m`;
	return { metres, pixels: metres / metresPerImagePixel, label };
}
