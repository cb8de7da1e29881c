import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import latinItalic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import latinExtItalic from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url';
import cyrillicItalic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-italic.woff2?url';

// Unicode ranges of the @fontsource/noto-sans subsets, copied from its CSS so that each file is
// only downloaded when a label needs one of its characters.
const latin = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const latinExt = ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'];
const cyrillic = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

/** The names the style's `text-font` uses. */
export const mapFonts = {
	regular: ['Noto Sans Regular'],
	semibold: ['Noto Sans SemiBold'],
	italic: ['Noto Sans Italic']
} as const;

/**
 * The style's `font-faces`: Noto Sans, self-hosted from @fontsource, covering Latin (with the
 * extended range, for names such as Chișinău) and Cyrillic. URLs are made absolute because
 * MapLibre downloads them outside the document.
 */
export function mapFontFaces(baseUri: string): FontFacesSpecification {
	const face = (files: [string, string[]][]) => files.map(([url, ranges]) => ({ url: new URL(url, baseUri).href, 'unicode-range': ranges }));
	return {
		[mapFonts.regular[0]]: face([[latin400, latin], [latinExt400, latinExt], [cyrillic400, cyrillic]]),
		[mapFonts.semibold[0]]: face([[latin600, latin], [latinExt600, latinExt], [cyrillic600, cyrillic]]),
		[mapFonts.italic[0]]: face([[latinItalic, latin], [latinExtItalic, latinExt], [cyrillicItalic, cyrillic]])
	};
}
