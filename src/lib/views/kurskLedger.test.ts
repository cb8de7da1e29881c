import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figures } from '$lib/geo/figures';
import { formatShare } from '$lib/format';
import { kurskComparison } from './claims';
import { kurskLedger } from './kurskLedger';
import { formatRounded } from '$lib/format';
import { fillText } from '$lib/present/fillText';
import { shippedDecks } from '$lib/present/deckFiles';

const figures = JSON.parse(readFileSync(new URL('../../../static/data/facts/2025-03-13/figures.json', import.meta.url), 'utf8')) as Figures;

describe('kurskLedger', () => {
	const ledger = kurskLedger(figures)!;

	it('takes every measured figure from figures.json, as the Claims view’s comparison does', () => {
		const compared = kurskComparison(figures)!;
		expect(ledger.peak).toEqual(compared.peak);
		expect(ledger.latest).toEqual(compared.latest);
		expect(ledger.noLongerHeld?.heldKm2).toBe(compared.noLongerHeld.heldKm2);
		expect(ledger.noLongerHeld?.heldOrContestedKm2).toBe(compared.noLongerHeld.heldOrContestedKm2);
		expect(ledger.others.map((d) => d.date)).toEqual(figures.kursk.snapshots.map((s) => s.date).filter((d) => d !== figures.kursk.peak!.date));
		for (const day of ledger.others) expect(day.heldKm2).toBe(figures.kursk.snapshots.find((s) => s.date === day.date)!.heldKm2);
	});

	it('says what each percentage is a share of, and whose claim it is', () => {
		expect(ledger.noLongerHeld?.heldOrContestedShare).toBe(`${formatShare(figures.kursk.lostSincePeak!.heldOrContestedShare)} of the largest extent this map shows (held or contested, 27 Aug 2024)`);
		expect(ledger.noLongerHeld?.heldShare).toBe(`${formatShare(figures.kursk.lostSincePeak!.heldShare)} of the Ukrainian-held ground on 27 Aug 2024`);
		expect(ledger.retaken).toMatchObject({
			who: 'Valery Gerasimov',
			side: 'Russia claims',
			date: '2025-03-12',
			area: 'more than 1,100 km²',
			share: 'more than 86% of the ground Ukraine\u2019s forces had held in Kursk oblast, Russia claims'.replace('\u2019', "'"),
			source: 'RBC'
		});
		expect(ledger.retaken?.quote).toContain('более 1,1 тыс. кв. км');
		expect(ledger.held).toMatchObject({ who: 'Oleksandr Syrskyi', side: 'Ukraine claims', date: '2024-08-27', area: '1,294 km²', share: null });
		// The article gives Gerasimov's figure without his "more than".
		expect(ledger.article).toEqual({ quote: 'the recapture of 1,100 square kilometers', dropsQualifier: true });
	});

	it('quotes the other dates’ claims with their qualifiers, and has nothing without dates', () => {
		const november = ledger.others.find((d) => d.date === '2024-11-23')!;
		expect(november.claims.map((c) => c.area)).toEqual(['approximately 800 km²', 'at most about 1,376 km²']);
		expect(ledger.others.find((d) => d.date === '2025-03-13')!.claims).toEqual([]);
		expect(kurskLedger({ ...figures, kursk: { ...figures.kursk, peak: null, latest: null } })).toBeNull();
	});
});

describe('the Kursk card and the deck', () => {
	it('name the same ground no longer Ukrainian-held: the card\'s key figure is the deck caption\'s', () => {
		const ledger = kurskLedger(figures)!;
		const recapture = shippedDecks()[0]!.chapters.find((c) => c.id === 'kursk-recapture')!;
		expect(recapture.caption).toContain('{kurskNoLongerHeldKm2}');
		expect(fillText('{kurskNoLongerHeldKm2}', figures)).toBe(`${formatRounded(ledger.noLongerHeld!.heldKm2, 10)} km²`);
	});
});
