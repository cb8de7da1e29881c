// The placeholders a deck's text may hold, `{name}` or `{name:argument}`: figures measured on the
// map, which change with the data and so are never typed into the content. This file knows their
// names and the form of their arguments; fillText.ts fills them from the shipped figures, and
// validateDeck.ts checks them when the site is built. No imports: the end-to-end tests use it.

/** What a placeholder's argument names; `none` takes no argument. */
export type ArgumentKind = 'none' | 'kurskDate' | 'tolerance' | 'frontReading' | 'region' | 'frontDate';

/** Every placeholder, with the kind of its argument. */
export const placeholderArguments = {
	/** The date of the figures: "13 March 2025". */
	asOf: 'none',
	/** The contact line as drawn: "1,130 km". */
	contactLineKm: 'none',
	contactLineLandKm: 'none',
	contactLineDniproKm: 'none',
	/** The contact line generalised at a tolerance of the figures (1, 5, 10 km). */
	contactLineGeneralisedKm: 'tolerance',
	/** The state border that was an active ground front. */
	borderFrontKm: 'none',
	/** The Russia–Ukraine land border as measured on the map's line. */
	borderKm: 'none',
	/** The official land border, as published. */
	officialBorderKm: 'none',
	/** The measured land border as a share of the official one. */
	borderShareOfOfficial: 'none',
	/** The border Ukraine holds against Russia, front or not. */
	heldBorderKm: 'none',
	/** One reading of "the front line" (claims.ts frontLineReadings): contact-line, fought-front, with-held-border, with-held-border-official. */
	frontKm: 'frontReading',
	occupiedKm2: 'none',
	/** The occupied share of Ukraine's measured area. */
	occupiedShare: 'none',
	/** The occupied share of a region's measured area (`{regionOccupiedShare:UA-14}`). */
	regionOccupiedShare: 'region',
	/** Kursk oblast on a date of the Kursk layer (`{kurskHeldKm2:2024-08-27}`). */
	kurskHeldKm2: 'kurskDate',
	kurskContestedKm2: 'kurskDate',
	kurskHeldOrContestedKm2: 'kurskDate',
	/** The Kursk date with the most ground held or contested. */
	kurskPeakDate: 'none',
	/** Ground no longer Ukrainian-held from the largest extent to the latest date, and its share of the largest extent. */
	kurskNoLongerHeldKm2: 'none',
	kurskNoLongerHeldShare: 'none',
	kurskNoLongerHeldOrContestedKm2: 'none',
	kurskNoLongerHeldOrContestedShare: 'none',
	/** Russia's claim of ground retaken, as the claimant gave it: "more than 1,100 km²". */
	kurskRetakenClaim: 'none',
	/** Its share, with what it is a share of: "more than 86% of the ground …". */
	kurskRetakenShare: 'none',
	/** The whole the retaken claim implies (area ÷ share). */
	kurskImpliedWholeKm2: 'none',
	/** Ground gained by Russia from an earlier snapshot of the front to the figures' date (`{frontGainedByRussiaKm2:2024-08-06}`). */
	frontGainedByRussiaKm2: 'frontDate',
	/** Ground regained by Ukraine from an earlier snapshot of the front to the figures' date. */
	frontRegainedByUkraineKm2: 'frontDate',
	/** Ground Ukraine held in Kursk oblast on a date and neither held nor contested on the figures' date (`{kurskLostByUkraineKm2:2024-08-27}`). */
	kurskLostByUkraineKm2: 'kurskDate'
} as const satisfies Record<string, ArgumentKind>;

export type PlaceholderName = keyof typeof placeholderArguments;

/** One placeholder as written in a text. */
export interface Placeholder {
	/** As written, braces included. */
	source: string;
	name: string;
	argument: string | null;
}

const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z0-9.-]+))?\}/g;

/** The placeholders in `text`, in order. */
export function placeholdersIn(text: string): Placeholder[] {
	return [...text.matchAll(placeholderPattern)].map((m) => ({ source: m[0], name: m[1]!, argument: m[2] ?? null }));
}

export function isPlaceholderName(name: string): name is PlaceholderName {
	return Object.hasOwn(placeholderArguments, name);
}

/** Replaces each placeholder of `text` with `value(placeholder)`. */
export function replacePlaceholders(text: string, value: (placeholder: Placeholder) => string): string {
	return text.replace(placeholderPattern, (source: string, name: string, argument: string | undefined) => value({ source, name, argument: argument ?? null }));
}

/** What each kind of argument may be, as the data has it; left out, only the form is checked. */
export interface ArgumentChoices {
	kurskDate?: readonly string[];
	frontDate?: readonly string[];
	tolerance?: readonly string[];
	frontReading?: readonly string[];
	region?: readonly string[];
}

const argumentWords: Record<Exclude<ArgumentKind, 'none'>, string> = {
	kurskDate: 'a date of the Kursk layer (facts/kursk.geojson)',
	frontDate: 'a snapshot of the front before the figures’ date (manifest.json)',
	tolerance: 'a tolerance the figures generalise the contact line at',
	frontReading: 'a reading of the front line',
	region: 'a region the figures report'
};

/** What is wrong with one placeholder, in a phrase; null when nothing is. */
export function placeholderProblem({ source, name, argument }: Placeholder, choices: ArgumentChoices = {}): string | null {
	if (!isPlaceholderName(name)) return `unknown placeholder ${source}`;
	const kind: ArgumentKind = placeholderArguments[name];
	if (kind === 'none') return argument === null ? null : `${source}: {${name}} takes no argument`;
	if (argument === null) return `${source}: {${name}} needs ${argumentWords[kind]}, as {${name}:…}`;
	const allowed = choices[kind];
	if (allowed && !allowed.includes(argument)) return `${source}: "${argument}" is not ${argumentWords[kind]} (${allowed.join(', ')})`;
	return null;
}

/** Braces that are not a placeholder: a typing slip the room would see. */
export function strayBraces(text: string): boolean {
	return /[{}]/.test(text.replace(placeholderPattern, ''));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for `template` as the screen shows it, each placeholder any text without a brace: for
 * tests, which know the deck's text but not the figures the page fills in.
 */
export function filledPattern(template: string): RegExp {
	const parts = template.split(placeholderPattern);
	// split() with two groups yields text, name, argument, text, …
	const pieces: string[] = [];
	for (let i = 0; i < parts.length; i += 3) {
		pieces.push(escapeRegExp(parts[i] ?? ''));
		if (i + 1 < parts.length) pieces.push('[^{}]+?');
	}
	return new RegExp(`^${pieces.join('')}$`);
}
