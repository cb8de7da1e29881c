import { mapThemes } from './map/themes';
import { swatchVariables } from './map/swatches';
import type { ThemeName } from './types/mapData';

const storageKey = 'frontline-atlas:theme';

/** The reader's saved choice, else what the operating system prefers. */
export function initialTheme(): ThemeName {
	try {
		const saved = localStorage.getItem(storageKey);
		if (saved === 'light' || saved === 'dark') return saved;
	} catch {
		// Storage can be blocked (private mode, strict settings): fall back to the system setting.
	}
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function storeTheme(theme: ThemeName): void {
	try {
		localStorage.setItem(storageKey, theme);
	} catch {
		// Not saved; the choice still holds for this visit.
	}
}

/**
 * Puts the page in `theme`: app.css's colours follow `data-theme`, the legends' swatches the map's
 * own colours (set through the CSSOM, which the CSP allows, unlike a style attribute).
 */
export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
	root.dataset.theme = theme;
	for (const [name, value] of Object.entries(swatchVariables(mapThemes[theme]))) root.style.setProperty(name, value);
}
