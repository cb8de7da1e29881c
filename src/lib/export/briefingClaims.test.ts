import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRounded } from '$lib/format';
import type { Figures } from '$lib/geo/figures';
import { claims, type EuropeanCountry } from '$lib/views/claims';
import { checkedClaims } from './briefingClaims';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const figures = read('../../../static/data/facts/2025-03-13/figures.json') as Figures;
const europe = (read('../../../static/data/europe-areas.json') as { countries: EuropeanCountry[] }).countries;

describe('the briefing’s claims', () => {
	const checked = checkedClaims(figures, europe, '2025-03-13');
	const of = (id: string) => checked.find((c) => c.id === id)!.findings.join(' ');

	it('checks every claim of the Claims view, in its order, with its exact quote', () => {
		expect(checked.map((c) => [c.id, c.quote])).toEqual(claims.map((c) => [c.id, c.quote]));
		for (const claim of checked) expect(claim.findings.length, claim.id).toBeGreaterThan(0);
	});

	it('takes every measured number from figures.json', () => {
		expect(of('front-line')).toContain(`the contact line, ${formatRounded(figures.contactLine.totalKm, 10)} km`);
		expect(of('thirty-day-ceasefire')).toContain(`${formatRounded(figures.border.activeFrontKm, 10)} km of state border`);
		expect(of('kursk-recapture')).toContain(`${formatRounded(figures.kursk.lostSincePeak!.heldKm2, 10)} km² of held ground is no longer Ukrainian-held`);
		expect(of('kursk-sliver')).toContain(`${formatRounded(figures.kursk.peak!.heldKm2, 10)} km² Ukrainian-held`);
		expect(of('larger-than-countries')).toContain(`${formatRounded(figures.ukraine.occupiedKm2, 100)} km²`);
	});

	it('attributes what each side says, in its own words, and states the settled facts plainly', () => {
		expect(of('kursk-recapture')).toContain('Valery Gerasimov says more than 1,100 km², more than 86%');
		expect(of('kursk-recapture')).toContain('“liberated”');
		expect(of('four-regions')).toContain('the UN General Assembly does not recognise the claim');
		expect(of('front-line')).toContain('The article names no source for “nearly 2,000”');
	});

	it('says when the European areas are missing rather than leave a gap', () => {
		expect(checkedClaims(figures, null, '2025-03-13').find((c) => c.id === 'larger-than-countries')!.findings[0]).toContain('could not be loaded');
	});
});
