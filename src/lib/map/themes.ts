import type { ThemeName } from '$lib/types/mapData';

export type { ThemeName };

/** Colours of the basemap: calm and low in contrast so that later overlays stand out. */
export interface MapTheme {
	sea: string;
	land: string;
	focusLand: string;
	countryBorder: string;
	admin1Border: string;
	coast: string;
	river: string;
	text: string;
	textMuted: string;
	seaText: string;
	halo: string;
	cityDot: string;
	capitalRing: string;
	/**
	 * The facts layers, one meaning one look in every theme (themes.test.ts holds them to it; only
	 * contrast adapts): occupation is red, older occupation darker than occupation since 2022, which
	 * is also hatched, so the two separate without hue; the contact line is one red hue on a casing
	 * in the background's tone; Kursk is blue against the reds, which every common form of
	 * colour-vision deficiency still tells apart; claims purple, the border front orange. Contested
	 * ground, in Ukraine and in Kursk alike, is a neutral grey with a dashed edge, apart in lightness
	 * from the Kursk blue next to it.
	 */
	occupiedSince: string;
	occupiedSinceHatch: string;
	occupiedBefore: string;
	occupiedOutline: string;
	contactLine: string;
	contactLineCasing: string;
	annexationClaim: string;
	contested: string;
	contestedOutline: string;
	kurskHeld: string;
	kurskOutline: string;
	borderFront: string;
	borderFrontCasing: string;
	/** The measure tool's line, area and labels, and the queried point: a teal no facts layer uses, on a casing in the background's tone. */
	measure: string;
	measureCasing: string;
	/**
	 * Ground that changed hands between two compared dates, drawn over everything else's fills, on
	 * the front and in Kursk alike: to Russia's forces a magenta apart from occupation's reds, to
	 * Ukraine's a teal apart from the Kursk blue, each with a darker (on dark themes lighter) edge.
	 */
	changeToRussia: string;
	changeToRussiaOutline: string;
	changeToUkraine: string;
	changeToUkraineOutline: string;
	/**
	 * The smallest a line of map text may be at scale 1, the secondary (Cyrillic) line included, in
	 * pixels: the room's theme keeps every name readable from the back of the room (2.2% of the
	 * screen height at presentation mode's scale, see style.test.ts); 0 leaves the designed sizes.
	 */
	minTextSize: number;
}

export const mapThemes: Record<ThemeName, MapTheme> = {
	light: {
		sea: '#cddde6',
		land: '#ebe8e1',
		focusLand: '#faf8f3',
		countryBorder: '#6e6a63',
		admin1Border: '#aaa398',
		coast: '#8eaabb',
		river: '#86aecb',
		text: '#24262a',
		textMuted: '#4f5258',
		seaText: '#3f6279',
		halo: '#faf8f3',
		cityDot: '#3a3c40',
		capitalRing: '#faf8f3',
		occupiedSince: '#f3c9bd',
		occupiedSinceHatch: '#d9826f',
		occupiedBefore: '#9a3d31',
		occupiedOutline: '#7c2a20',
		contactLine: '#5c0f0a',
		contactLineCasing: '#ffffff',
		annexationClaim: '#7b3fa8',
		contested: '#909090',
		contestedOutline: '#4a4a4a',
		kurskHeld: '#8db4e2',
		kurskOutline: '#1f4e8c',
		borderFront: '#b85600',
		borderFrontCasing: '#ffffff',
		measure: '#006b60',
		measureCasing: '#ffffff',
		changeToRussia: '#d6157a',
		changeToRussiaOutline: '#6e0039',
		changeToUkraine: '#1aa39a',
		changeToUkraineOutline: '#00514c',
		minTextSize: 0
	},
	dark: {
		sea: '#0f1b26',
		land: '#1d242c',
		focusLand: '#27313c',
		countryBorder: '#9aa6b4',
		admin1Border: '#5c6877',
		coast: '#3f5f78',
		river: '#3f79a3',
		text: '#e8edf2',
		textMuted: '#b7c0ca',
		seaText: '#8fb4d0',
		halo: '#0f1b26',
		cityDot: '#e8edf2',
		capitalRing: '#0f1b26',
		occupiedSince: '#a4473d',
		occupiedSinceHatch: '#d9756a',
		occupiedBefore: '#5c1d17',
		occupiedOutline: '#e09486',
		contactLine: '#ffb4a6',
		contactLineCasing: '#0f1b26',
		annexationClaim: '#c99cf2',
		contested: '#8a8f94',
		contestedOutline: '#dde1e5',
		kurskHeld: '#2c5d96',
		kurskOutline: '#9cc9f2',
		borderFront: '#ffb162',
		borderFrontCasing: '#0f1b26',
		measure: '#4fd8c4',
		measureCasing: '#0f1b26',
		changeToRussia: '#e0479a',
		changeToRussiaOutline: '#ffc2e1',
		changeToUkraine: '#2fc0b5',
		changeToUkraineOutline: '#c2fff9',
		minTextSize: 0
	},
	contrast: {
		sea: '#000814',
		land: '#1a1a1a',
		focusLand: '#2b2b2b',
		countryBorder: '#ffffff',
		admin1Border: '#8c8c8c',
		coast: '#6fa8d6',
		river: '#4f9bd9',
		text: '#ffffff',
		textMuted: '#e6e6e6',
		seaText: '#bfe0ff',
		halo: '#000000',
		cityDot: '#ffffff',
		capitalRing: '#000000',
		occupiedSince: '#b04a3e',
		occupiedSinceHatch: '#e07a6c',
		occupiedBefore: '#5e1a14',
		occupiedOutline: '#ff9c8c',
		contactLine: '#ffb4a6',
		contactLineCasing: '#000000',
		annexationClaim: '#e0a8ff',
		contested: '#9a9a9a',
		contestedOutline: '#e0e0e0',
		kurskHeld: '#2f6fc0',
		kurskOutline: '#a6d8ff',
		borderFront: '#ff9a1f',
		borderFrontCasing: '#000000',
		measure: '#5ff5df',
		measureCasing: '#000000',
		changeToRussia: '#ff4fb0',
		changeToRussiaOutline: '#ffd6ec',
		changeToUkraine: '#33d6c9',
		changeToUkraineOutline: '#d6fffb',
		minTextSize: 12.4
	}
};
