import type { Figures } from '$lib/geo/figures';
import type { Claim, EuropeanCountry } from './claims';

/** What every claim's finding is rendered from: the same props for each, so one record can hold them all. */
export interface FindingProps {
	/** The measurements of the snapshot shown. */
	figures: Figures;
	/** Areas of European countries (europe-areas.json `countries`). */
	europe: EuropeanCountry[];
	/** The claim checked: its id, the article's words, its method. */
	claim: Claim;
}
