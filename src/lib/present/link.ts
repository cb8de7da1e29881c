// The link of /present/ is read once, here, into a typed value. Anyone can write a link, and a
// kiosk shows whatever it is told on a wall, so nothing of the link's text ever reaches the
// screen: what is wrong is said by the parameter's name (one of ours), with the range it must be
// in. Parameters this page does not read are left alone, unnamed for the same reason.
import * as v from 'valibot';
import type { Chapter, Deck } from './deck';
import { motions, type Motion } from './keys';
import { atlasConfig } from '$lib/config';
import type { Measurement } from '$lib/measure/measure';
// The measurement's value is the main page's `measure`: one reader for both links.
import { readMeasure } from '$lib/state/urlState';

/** The link parameters the page reads. */
export const linkParams = ['deck', 'chapter', 'autoplay', 'durationScale', 'idleResumeS', 'motion', 'measure'] as const;
export type LinkParam = (typeof linkParams)[number];

/** A documented range for a number, in the link and in the settings file alike. */
export interface Range {
	min: number;
	max: number;
}

/** Below 0.05 a chapter lasts under a second and the map never comes to rest; above 20 autoplay looks stopped. */
export const durationScaleRange: Range = { min: 0.05, max: 20 };
/** From a second (tests, kiosks) to an hour. */
export const idleResumeRange: Range = { min: 1, max: 3600 };

export interface PresentLink {
	/** The deck to show (its index in the decks); the first, the default, unless the link names another. */
	deck: number;
	/** The chapter to open (its index in the deck); null for the first, with nothing to say. */
	chapter: number | null;
	autoplay: boolean;
	/** Overrides of the settings file; null where the link gives none that can be used. */
	durationScale: number | null;
	idleResumeS: number | null;
	motion: Motion | null;
	/** A measurement drawn over every chapter (`measure=line:…` as on the main page); null for none. */
	measure: Measurement | null;
}

/** A parameter the link gave that was not used as it stood, and why, in a sentence for the screen. */
export interface LinkIssue {
	param: LinkParam;
	message: string;
}

export interface ParsedLink {
	link: PresentLink;
	issues: LinkIssue[];
}

// `Number` reads more than decimals (hex, exponents, "Infinity"); all of it is a number, and the
// range check below decides. Blank text is not a number (Number('') is 0).
const numeric = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.transform(Number), v.number());
const flag = v.pipe(
	v.picklist(['1', '0', 'true', 'false']),
	v.transform((text) => text === '1' || text === 'true')
);
const motion = v.picklist(motions);
const chapterNumber = v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number));

const formatRange = ({ min, max }: Range) => `${min}–${max}`;

/** What the link is read against: the decks, the default first, and their chapters' ids. */
export type DeckChoice = Pick<Deck, 'id'> & { chapters: readonly Pick<Chapter, 'id'>[] };

/** Reads the link's parameters against `decks` (the default first). Never throws; every issue names its parameter, never its value. */
export function parseLink(params: URLSearchParams, decks: readonly DeckChoice[]): ParsedLink {
	const issues: LinkIssue[] = [];
	const ignore = (param: LinkParam, why: string) => void issues.push({ param, message: `Ignored the link’s ${param}: ${why}.` });

	const number = (param: 'durationScale' | 'idleResumeS', range: Range): number | null => {
		const text = params.get(param);
		if (text === null) return null;
		const parsed = v.safeParse(numeric, text);
		if (!parsed.success) {
			ignore(param, `it must be a number from ${range.min} to ${range.max}`);
			return null;
		}
		const value = Math.min(Math.max(parsed.output, range.min), range.max);
		if (value !== parsed.output) issues.push({ param, message: `The link’s ${param} is outside ${formatRange(range)}; using ${value}.` });
		return value;
	};

	const autoplayText = params.get('autoplay');
	const autoplay = autoplayText === null ? null : v.safeParse(flag, autoplayText);
	if (autoplay && !autoplay.success) ignore('autoplay', 'it must be 1 or 0');

	const motionText = params.get('motion');
	const chosenMotion = motionText === null ? null : v.safeParse(motion, motionText);
	if (chosenMotion && !chosenMotion.success) ignore('motion', `it must be ${motions.slice(0, -1).join(', ')} or ${motions.at(-1)}`);

	const measureText = params.get('measure');
	const measured = measureText === null || measureText === '' ? null : readMeasure(measureText, atlasConfig);
	if (measured?.problem) ignore('measure', measured.problem);

	const deckIndex = deckOf(params.get('deck'), decks, issues);
	const link: PresentLink = {
		deck: deckIndex,
		chapter: chapterOf(params.get('chapter'), decks[deckIndex]?.chapters ?? [], issues),
		autoplay: autoplay?.success ? autoplay.output : false,
		durationScale: number('durationScale', durationScaleRange),
		idleResumeS: number('idleResumeS', idleResumeRange),
		motion: chosenMotion?.success ? chosenMotion.output : null,
		measure: measured?.measure ?? null
	};
	// In the order of `linkParams`, whatever the order of the link.
	return { link, issues: issues.sort((a, b) => linkParams.indexOf(a.param) - linkParams.indexOf(b.param)) };
}

/** A deck's id; anything else is the default deck, with a notice when the link named one. */
function deckOf(text: string | null, decks: readonly DeckChoice[], issues: LinkIssue[]): number {
	if (text === null || text === '') return 0;
	const index = decks.findIndex((d) => d.id === text);
	if (index >= 0) return index;
	issues.push({ param: 'deck', message: `Ignored the link’s deck: no deck has that id; showing the ${decks[0]?.id ?? 'default'} deck.` });
	return 0;
}

/** A chapter's id, or its number from 1; a number beyond the deck is its nearest end. */
function chapterOf(text: string | null, deck: readonly Pick<Chapter, 'id'>[], issues: LinkIssue[]): number | null {
	if (text === null || text === '' || deck.length === 0) return null;
	const byId = deck.findIndex((c) => c.id === text);
	if (byId >= 0) return byId;
	const numbered = v.safeParse(chapterNumber, text);
	if (!numbered.success) {
		issues.push({ param: 'chapter', message: 'Ignored the link’s chapter: no chapter has that id; showing chapter 1.' });
		return null;
	}
	const at = Math.min(Math.max(numbered.output, 1), deck.length);
	if (at !== numbered.output) issues.push({ param: 'chapter', message: `The link’s chapter is outside 1–${deck.length}; showing chapter ${at}.` });
	return at - 1;
}

/** The issues as one notice for the screen; null when there are none. */
export function linkNotice(issues: readonly LinkIssue[]): string | null {
	return issues.length ? issues.map((issue) => issue.message).join(' ') : null;
}
