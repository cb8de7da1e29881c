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
