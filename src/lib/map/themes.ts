export type ThemeName = 'light' | 'dark';

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
		capitalRing: '#faf8f3'
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
		capitalRing: '#0f1b26'
	}
};
