// Kursk oblast's figures side by side: what this map measures on DeepStateMap's areas at each
// date, and what each side claimed, every percentage with what it is a share of. One model for the
// selection card of Kursk oblast and the Claims view's finding, so the two cannot disagree. The
// numbers are figures.json's (src/lib/geo/figures.ts); this only chooses and words them.
import type { Figures } from '$lib/geo/figures';
import { formatShare, formatShortDate } from '$lib/format';
import { claimant, claimedArea, claimedShare, claims, kurskComparison, readAreaClaim, type AreaClaim } from './claims';

export interface KurskClaimLine {
	/** The speaker's name, without the office. */
	who: string;
	/** The side the claim is of, as the app attributes it: "Ukraine claims", "Russia claims". */
	side: string;
	date: string;
	/** The area as said, qualifier and all: "more than 1,100 km²". */
	area: string;
	/** The share as said, with what it is a share of, and whose claim it is; null when none was given. */
	share: string | null;
	/** The same without whose claim it is, for where the speaker is named beside it. */
	shareSaid: string | null;
	/** The words as the source reports them. */
	quote: string;
	/** The outlet that reported them (the citation's first words). */
	source: string;
	note: string | null;
}

export interface KurskLedger {
	/** The other dates of the Kursk layer, measured, with what each side said about them, oldest first. */
	others: { date: string; heldKm2: number; contestedKm2: number; claims: KurskClaimLine[] }[];
	peak: NonNullable<Figures['kursk']['peak']>;
	latest: NonNullable<Figures['kursk']['latest']>;
	/** What is no longer Ukrainian-held from the largest date to the latest, measured; null when they are one date. */
	noLongerHeld: {
		heldKm2: number;
		/** "83.0% of the Ukrainian-held ground on 27 Aug 2024" */
		heldShare: string;
		heldOrContestedKm2: number;
		/** "83.4% of the largest extent this map shows (held or contested, 27 Aug 2024)" */
		heldOrContestedShare: string;
		/** The same without the date, for where the date is said beside it. */
		heldOrContestedShareShort: string;
	} | null;
	/** Ukraine's own largest figure for the ground it held (Syrskyi's of 27 August 2024). */
	held: KurskClaimLine | null;
	/** Russia's figure for the ground it says was "liberated" (Gerasimov's of 12 March 2025). */
	retaken: KurskClaimLine | null;
	/** The article's words for Russia's figure, and whether they leave out the speaker's qualifier. */
	article: { quote: string; dropsQualifier: boolean };
}

const sideOf = (claim: AreaClaim) => `${claim.by} claims`;

function line(claim: AreaClaim): KurskClaimLine {
	const share = claimedShare(claim);
	return {
		who: claimant(claim),
		side: sideOf(claim),
		date: claim.date,
		area: claim.kind === 'held-at-most' ? `at most ${claimedArea(claim)}` : claimedArea(claim),
		share: share ? `${share}, ${claim.by} claims` : null,
		shareSaid: share,
		quote: claim.quote,
		source: claim.source.split(/,| \(/)[0]!.trim(),
		note: claim.note ?? null
	};
}

/** The ledger for the figures of one snapshot; null when the Kursk layer has no dates. */
export function kurskLedger(figures: Figures): KurskLedger | null {
	const { peak, latest, lostSincePeak, snapshots } = figures.kursk;
	if (!peak || !latest) return null;
	const compared = kurskComparison(figures);
	const all = snapshots.flatMap((s) => s.claims.map(readAreaClaim)).filter((c): c is AreaClaim => c !== null);
	const largestHeld = all.filter((c) => c.kind === 'held').reduce<AreaClaim | null>((best, c) => (!best || c.km2 > best.km2 ? c : best), null);
	const retaken = compared?.retaken ?? readAreaClaim(figures.kursk.retakenClaim);
	const articleQuote = claims.find((c) => c.id === 'kursk-recapture')!.quote;
	return {
		others: snapshots
			.filter((s) => s.date !== peak.date)
			.map((s) => ({
				date: s.date,
				heldKm2: s.heldKm2,
				contestedKm2: s.contestedKm2,
				claims: s.claims
					.map(readAreaClaim)
					.filter((c): c is AreaClaim => c !== null && c.quote !== retaken?.quote)
					.map(line)
			})),
		peak,
		latest,
		noLongerHeld:
			lostSincePeak && peak.date !== latest.date
				? {
						heldKm2: lostSincePeak.heldKm2,
						heldShare: `${formatShare(lostSincePeak.heldShare)} of the Ukrainian-held ground on ${formatShortDate(peak.date)}`,
						heldOrContestedKm2: lostSincePeak.heldOrContestedKm2,
						heldOrContestedShare: `${formatShare(lostSincePeak.heldOrContestedShare)} of the largest extent this map shows (held or contested, ${formatShortDate(peak.date)})`,
						heldOrContestedShareShort: `${formatShare(lostSincePeak.heldOrContestedShare)} of the largest extent this map shows`
					}
				: null,
		held: largestHeld ? line(largestHeld) : null,
		retaken: retaken ? line(retaken) : null,
		article: { quote: articleQuote, dropsQualifier: Boolean(retaken?.qualifier) && !articleQuote.includes(retaken!.qualifier!) }
	};
}
