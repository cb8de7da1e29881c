// The point card's words, and the one sentence announced when a point is queried.
import { formatDate } from '$lib/format';
import { kmText } from '$lib/measure/labels';
import type { AnnexationClaim } from '$lib/types/mapData';
import { formatDecimal } from './coordinates';
import type { PointReport } from './pointQuery';

/** Russia's claim in the app's voice: attributed, dated, and not recognised. */
export function claimText(claim: AnnexationClaim): string {
	return `Russia claims to have annexed ${claim.name} (${formatDate(claim.claimedOn)}); the UN General Assembly does not recognise the claim.`;
}

/** "12.3 km from the contact line of 13 March 2025", or why there is no distance. */
export function contactLineText(km: number | null, asOf: string): string {
	return km === null ? 'No contact line loaded: no distance to it.' : `${kmText(km)} from the contact line of ${formatDate(asOf)}`;
}

/** The live region's sentence for a queried point. */
export function pointAnnouncement(report: PointReport, asOf: string): string {
	const where = report.region ? `in ${report.region.name}` : 'in no region the map draws';
	const near = report.nearest[0] ? ` Nearest named place: ${report.nearest[0].name}, ${kmText(report.nearest[0].km)}.` : '';
	return `Point ${formatDecimal(report.point)}, ${where}. ${report.holdingText}. ${contactLineText(report.contactLineKm, asOf)}.${near}`;
}
