import { diplomacyColours } from './worldStyle';
import type { MapTheme } from './themes';

/**
 * The legends' swatch colours as CSS custom properties, made from the theme the map paints with,
 * so that a key cannot drift from the map: the swatches are CSS (no inline styles under the CSP)
 * and read these variables, which `applyTheme` (src/lib/theme.ts) sets on the root element.
 */
export function swatchVariables(theme: MapTheme): Record<`--swatch-${string}`, string> {
	return {
		'--swatch-focus-land': theme.focusLand,
		'--swatch-land': theme.land,
		'--swatch-country-border': theme.countryBorder,
		'--swatch-admin1-border': theme.admin1Border,
		'--swatch-river': theme.river,
		'--swatch-city': theme.cityDot,
		'--swatch-city-ring': theme.capitalRing,
		'--swatch-occupied-since': theme.occupiedSince,
		'--swatch-occupied-hatch': theme.occupiedSinceHatch,
		'--swatch-occupied-before': theme.occupiedBefore,
		'--swatch-occupied-outline': theme.occupiedOutline,
		'--swatch-contact-line': theme.contactLine,
		'--swatch-contact-casing': theme.contactLineCasing,
		'--swatch-claim': theme.annexationClaim,
		'--swatch-contested': theme.contested,
		'--swatch-contested-outline': theme.contestedOutline,
		'--swatch-kursk': theme.kurskHeld,
		'--swatch-kursk-outline': theme.kurskOutline,
		'--swatch-border-front': theme.borderFront,
		'--swatch-measure': theme.measure,
		'--swatch-measure-casing': theme.measureCasing,
		'--swatch-change-to-russia': theme.changeToRussia,
		'--swatch-change-to-russia-outline': theme.changeToRussiaOutline,
		'--swatch-change-to-ukraine': theme.changeToUkraine,
		'--swatch-change-to-ukraine-outline': theme.changeToUkraineOutline,
		// Places and the selection are drawn in the text colour on the halo (style.ts).
		'--swatch-mark': theme.text,
		'--swatch-mark-halo': theme.halo,
		'--swatch-arc': diplomacyColours(theme).arc,
		'--swatch-arc-casing': diplomacyColours(theme).arcCasing
	};
}
