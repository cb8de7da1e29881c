import extent from '../../geodata/sources/extent.json';

/**
 * The app's settings in one place. The extent is the pipeline's own source file, so the map can
 * never be allowed to pan further than the data reaches.
 */
export const atlasConfig = {
	bounds: extent.bounds as [number, number, number, number],
	initialView: extent.initialView as [number, number, number, number],
	minZoom: extent.minZoom,
	maxZoom: extent.maxZoom,
	focusCountry: extent.focusCountry,
	/**
	 * The date of the source article. The map shows the latest dated snapshot on or before it, so a
	 * new snapshot in the data needs no code change, and a later one is never shown by mistake.
	 */
	articleDate: '2025-03-13',
	/** The performance mark set when the map first settles: the benchmark and tests wait for it. */
	mapIdleMark: 'atlas:map-idle'
} as const;
