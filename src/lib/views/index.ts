// The article's claims, its timeline and the data's provenance as views the page mounts; each takes
// its data as props and reports what the reader asks for through callbacks.
export { default as ClaimsView } from './ClaimsView.svelte';
export { default as TimelineView } from './TimelineView.svelte';
export { default as AboutDataView } from './AboutDataView.svelte';

export {
	annexedRegionRefs,
	blockQuoting,
	blocksQuoting,
	claimMapViews,
	claims,
	compareWithEurope,
	frontLineReadings,
	fullScaleInvasionDate,
	heldBorderKm,
	impliedWholeKm2,
	readAreaClaim,
	regionsNamedIn,
	uncheckedClaims,
	type AreaClaim,
	type Claim,
	type ClaimId,
	type EuropeanCountry,
	type EuropeComparison,
	type FrontLineReading,
	type UncheckedClaim
} from './claims';
export { locateEvents, timelineEvents, type TimelineEvent } from './timeline';
export { addDays, addMonths, dayWindow, daysBetween, durationBetween, formatDay, formatDuration, type DayWindow, type Duration } from './dates';
export { citedPublishers, creditedPublishers, credits, groupLayers, layerGroupOf, readCorrections, referenceKinds, type Correction, type Credit, type LayerGroup, type LayerGroupId } from './about';
export { headingTag, type HeadingLevel } from './headings';
