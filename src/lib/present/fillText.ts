// Fills a deck's placeholders (placeholders.ts) with the shipped figures, as the Claims view reads
// them (src/lib/views/claims.ts) and formatted as the app formats figures (src/lib/format.ts): the
// room sees the same number as the Claims tab, measured on the same geometry.
import type { Figures } from '$lib/geo/figures';
import { formatDate, formatRounded, formatShare } from '$lib/format';
import { claimedArea, claimedShare, frontLineReadings, heldBorderKm, kurskComparison } from '$lib/views/claims';
import type { Chapter } from './deck';
import { isPlaceholderName, replacePlaceholders, type PlaceholderName } from './placeholders';

/** The figures a text is filled from: loaded, still loading, or not to be had (the figures file failed). */
export type FiguresState = Figures | 'loading' | 'failed';

export const figuresFailedText = '(not available: figures file could not be loaded)';
export const figuresLoadingText = '(loading the figures)';
/** A figure the file does not have (a date or a claim it lacks): said, never left blank. */
export const figureMissingText = '(not available in the figures file)';

const km = (value: number) => `${formatRounded(value, 10)} km`;
const km1 = (value: number) => `${formatRounded(value, 1)} km`;
const km2 = (value: number, step = 10) => `${formatRounded(value, step)} km²`;

type Filler = (figures: Figures, argument: string | null) => string | null;

/** One filler per placeholder: the type lists them all, so a new placeholder cannot go unfilled. */
const fillers: Record<PlaceholderName, Filler> = {
	asOf: (f) => formatDate(f.asOf),
	contactLineKm: (f) => km(f.contactLine.totalKm),
	contactLineLandKm: (f) => km(f.contactLine.landKm),
	contactLineDniproKm: (f) => km(f.contactLine.dniproKm),
	contactLineGeneralisedKm: (f, tolerance) => {
		const step = f.contactLine.generalised.find((g) => String(g.toleranceKm) === tolerance);
		return step ? km(step.km) : null;
	},
	borderFrontKm: (f) => km1(f.border.activeFrontKm),
	borderKm: (f) => km(f.border.totalKm),
	officialBorderKm: (f) => {
		const land = f.border.official.find((o) => o.what === 'land border');
		return land ? km1(land.km) : null;
	},
	borderShareOfOfficial: (f) => (f.border.measuredShareOfOfficial === null ? null : formatShare(f.border.measuredShareOfOfficial)),
	heldBorderKm: (f) => km(heldBorderKm(f)),
	frontKm: (f, id) => {
		const reading = frontLineReadings(f).readings.find((r) => r.id === id);
		return reading ? km(reading.km) : null;
	},
	occupiedKm2: (f) => km2(f.ukraine.occupiedKm2, 100),
	occupiedShare: (f) => formatShare(f.ukraine.occupiedShare),
	regionOccupiedShare: (f, id) => {
		const region = f.regions.find((r) => r.id === id);
		return region ? formatShare(region.occupiedShare) : null;
	},
	kurskHeldKm2: (f, date) => kurskOn(f, date, 'heldKm2'),
	kurskContestedKm2: (f, date) => kurskOn(f, date, 'contestedKm2'),
	kurskHeldOrContestedKm2: (f, date) => kurskOn(f, date, 'heldOrContestedKm2'),
	kurskPeakDate: (f) => (f.kursk.peak ? formatDate(f.kursk.peak.date) : null),
	kurskNoLongerHeldKm2: (f) => withComparison(f, (c) => km2(c.noLongerHeld.heldKm2)),
	kurskNoLongerHeldShare: (f) => withComparison(f, (c) => formatShare(c.noLongerHeld.heldShare)),
	kurskNoLongerHeldOrContestedKm2: (f) => withComparison(f, (c) => km2(c.noLongerHeld.heldOrContestedKm2)),
	kurskNoLongerHeldOrContestedShare: (f) => withComparison(f, (c) => formatShare(c.noLongerHeld.heldOrContestedShare)),
	kurskRetakenClaim: (f) => withComparison(f, (c) => (c.retaken ? claimedArea(c.retaken) : null)),
	kurskRetakenShare: (f) => withComparison(f, (c) => (c.retaken ? claimedShare(c.retaken) : null)),
	kurskImpliedWholeKm2: (f) => withComparison(f, (c) => (c.impliedWholeKm2 === null ? null : km2(c.impliedWholeKm2))),
	frontGainedByRussiaKm2: (f, from) => frontChange(f, from, 'gainedByRussiaKm2'),
	frontRegainedByUkraineKm2: (f, from) => frontChange(f, from, 'regainedByUkraineKm2'),
	kurskLostByUkraineKm2: (f, from) => {
		// From the figures' own date to itself nothing changed.
		if (from === f.asOf && f.kursk.snapshots.some((s) => s.date === from)) return km2(0);
		const change = f.changes.kursk.find((c) => c.from === from && c.to === f.asOf);
		return change ? km2(change.lostByUkraineKm2) : null;
	}
};

/** A change of the front from the snapshot `from` to the figures' own date, as figures.json has it (changes). */
function frontChange(figures: Figures, from: string | null, field: 'gainedByRussiaKm2' | 'regainedByUkraineKm2'): string | null {
	const change = figures.changes.front.find((c) => c.from === from && c.to === figures.asOf);
	return change ? km2(change[field]) : null;
}

function kurskOn(figures: Figures, date: string | null, field: 'heldKm2' | 'contestedKm2' | 'heldOrContestedKm2'): string | null {
	const snapshot = figures.kursk.snapshots.find((s) => s.date === date);
	return snapshot ? km2(snapshot[field]) : null;
}

function withComparison(figures: Figures, read: (c: NonNullable<ReturnType<typeof kurskComparison>>) => string | null): string | null {
	const compared = kurskComparison(figures);
	return compared ? read(compared) : null;
}

/**
 * `text` with each placeholder replaced by its figure; while the figures load, or when they could
 * not be, a plain phrase says so in its place. Never a blank, never "undefined".
 */
export function fillText(text: string, figures: FiguresState): string {
	return replacePlaceholders(text, ({ name, argument }) => {
		if (figures === 'loading') return figuresLoadingText;
		if (figures === 'failed') return figuresFailedText;
		if (!isPlaceholderName(name)) return figureMissingText;
		try {
			return fillers[name](figures, argument) ?? figureMissingText;
		} catch {
			// A figures file that passed its schema but lacks a part this figure reads.
			return figureMissingText;
		}
	});
}

/**
 * The figures of a page's data: the snapshot's, once its facts are in; failed when figures.json
 * could not be used, or nothing of the facts could be loaded (the manifest, or the map itself).
 */
export function figuresState(store: { facts: { figures: Figures | null } | null; factsProblem: unknown; problem: unknown }): FiguresState {
	if (store.facts) return store.facts.figures ?? 'failed';
	return store.factsProblem || store.problem ? 'failed' : 'loading';
}

/** The chapter as the room and the presenter read it: title, caption and notes filled. */
export function fillChapter(chapter: Chapter, figures: FiguresState): Chapter {
	return { ...chapter, title: fillText(chapter.title, figures), caption: fillText(chapter.caption, figures), notes: fillText(chapter.notes, figures) };
}
