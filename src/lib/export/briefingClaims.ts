/**
 * The article's claims checked against the geometry, in a few sentences each, for the print
 * briefing: the Claims view's data (src/lib/views/claims.ts, dates.ts) and the snapshot's figures,
 * never typed numbers. The Claims tab of the app has the full findings; this is the handout's.
 */
import { formatDate, formatRounded, formatShare } from '$lib/format';
import type { Figures } from '$lib/geo/figures';
import { annexedRegionRefs, claimSentence, claims, compareWithEurope, frontLineReadings, fullScaleInvasionDate, kurskComparison, readAreaClaim, type AreaClaim, type Claim, type EuropeanCountry } from '$lib/views/claims';
import { dayWindow, durationBetween, formatDuration } from '$lib/views/dates';

export interface CheckedClaim extends Pick<Claim, 'id' | 'title' | 'quote'> {
	/** What the map measures, in the app's voice; what others say, attributed. */
	findings: string[];
}

const km = (value: number) => `${formatRounded(value, 10)} km`;
const km2 = (value: number, step = 10) => `${formatRounded(value, step)} km²`;
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

function findingsOf(claim: Claim, figures: Figures, europe: readonly EuropeanCountry[] | null, articleDate: string): string[] {
	switch (claim.id) {
		case 'over-three-years': {
			const war = durationBetween(fullScaleInvasionDate, articleDate);
			return [`From the full-scale invasion on ${formatDate(fullScaleInvasionDate)} to the article’s date is ${formatDuration(war)} (${formatRounded(war.totalDays, 1)} days).`];
		}
		case 'thirty-day-ceasefire': {
			const truce = dayWindow(articleDate, 30);
			return [`Taking effect on the article’s date, it would cover ${formatDate(truce.firstDay)} to ${formatDate(truce.lastDay)}, along ${km(figures.contactLine.totalKm)} of contact line and ${km(figures.border.activeFrontKm)} of state border that was an active ground front.`];
		}
		case 'four-regions': {
			const annexed = annexedRegionRefs.flatMap((ref) => figures.regions.filter((r) => `region:${r.id}` === ref));
			return [
				`Occupied, as DeepStateMap assessed it: ${list.format(annexed.map((r) => `${r.name} ${formatShare(r.occupiedShare)}`))} of each region’s measured area.`,
				'Russia claims to have annexed all four in full; the UN General Assembly does not recognise the claim.'
			];
		}
		case 'front-line': {
			const { articleKm, readings } = frontLineReadings(figures);
			return [`The article names no source for “nearly ${formatRounded(articleKm, 1)}”. Measured on this map: ${readings.map((r) => `${r.label}, ${km(r.km)}`).join('; ')}.`];
		}
		case 'larger-than-countries': {
			if (!europe) return ['The areas of European countries could not be loaded: see the Claims tab.'];
			const found = compareWithEurope(figures.ukraine.occupiedKm2, europe);
			return [`The occupied territory of Ukraine, ${km2(figures.ukraine.occupiedKm2, 100)}, is larger than ${found.smaller.length} of the ${found.total} European countries compared.`];
		}
		case 'kursk-sliver': {
			const peak = figures.kursk.peak;
			if (!peak) return ['The Kursk layer has no dates.'];
			const said = figures.kursk.snapshots.filter((s) => s.date === peak.date).flatMap((s) => s.claims).map(readAreaClaim).filter((c): c is AreaClaim => c !== null);
			return [
				`On ${formatDate(peak.date)}, the largest extent shown, DeepStateMap shows ${km2(peak.heldKm2)} Ukrainian-held and ${km2(peak.contestedKm2)} contested in Kursk oblast.`,
				...said.map((c) => `${claimSentence(c)} (${formatDate(c.date)}).`)
			];
		}
		case 'kursk-recapture': {
			const compared = kurskComparison(figures);
			if (!compared) return ['The Kursk layer has no two dates to compare.'];
			const { peak, latest, noLongerHeld, retaken } = compared;
			return [
				...(retaken ? [`${claimSentence(retaken)} (${formatDate(retaken.date)}).`] : []),
				`On DeepStateMap’s maps, from ${formatDate(peak.date)} to ${formatDate(latest.date)}, ${km2(noLongerHeld.heldKm2)} of held ground is no longer Ukrainian-held (${formatShare(noLongerHeld.heldShare)}); counting contested ground, ${km2(noLongerHeld.heldOrContestedKm2)} (${formatShare(noLongerHeld.heldOrContestedShare)}).`
			];
		}
	}
}

export function checkedClaims(figures: Figures, europe: readonly EuropeanCountry[] | null, articleDate: string): CheckedClaim[] {
	return claims.map((claim) => ({ id: claim.id, title: claim.title, quote: claim.quote, findings: findingsOf(claim, figures, europe, articleDate) }));
}
