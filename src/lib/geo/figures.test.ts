import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { computeFigures, type FactsLayers, type KurskClaimRecord } from './figures';
import { readExpectations, readFeatureCollection } from './test/fixtures';

const held: KurskClaimRecord = { by: 'Ukraine', speaker: 'A commander, of an army', date: '2024-08-27', kind: 'held', km2: 1294, qualifier: '', quote: 'we control 1,294', source: 'A paper (2024-08-27)' };
const retaken: KurskClaimRecord = {
	by: 'Russia',
	date: '2025-03-12',
	kind: 'retaken',
	km2: 1100,
	qualifier: 'more than',
	share: 0.86,
	shareQualifier: 'more than',
	shareOf: 'the ground held',
	quote: 'more than 1,100',
	source: 'Another paper (2025-03-12)'
};

/**
 * The facts-world fixture: two boxes of "Ukraine", half of the east box occupied before 2022 and
 * half since, a strip of the west box contested; Kursk boxes held and contested on three dates.
 */
function factsWorld(): FactsLayers {
	const all = readFeatureCollection('facts-world').features;
	const layer = (name: string) => ({ type: 'FeatureCollection', features: all.filter((f) => f.properties?.layer === name) }) as FeatureCollection<never>;
	return {
		asOf: '2025-03-13',
		admin1: layer('admin1'),
		ukraine: all.find((f) => f.properties?.layer === 'ukraine') as Feature<Polygon | MultiPolygon>,
		contactLine: layer('contactLine'),
		occupied: layer('occupied'),
		contested: layer('contested'),
		border: layer('border'),
		officialBorder: [
			{ km: 150, what: 'land border', source: 'A border service (undated)' },
			{ km: 200, what: 'land and sea border', source: 'A border service (undated)' }
		],
		kursk: layer('kursk'),
		kurskClaims: [
			{ date: '2024-08-27', label: '27 August 2024', claims: [held] },
			{ date: '2025-03-13', label: '13 March 2025', claims: [retaken] }
		],
		annexationClaims: [{ id: 'UA-14', claimedOn: '2022-09-30' }]
	};
}

interface KurskExtent {
	date: string;
	heldKm2: number;
	contestedKm2: number;
	heldOrContestedKm2: number;
}

interface ExpectedFigures {
	contactLineKm: number;
	landKm: number;
	dniproKm: number;
	generalisedKm: Array<{ toleranceKm: number; km: number }>;
	borderKm: number;
	activeFrontKm: number;
	sumKm: number;
	measuredShareOfOfficial: number;
	withHeldBorderAtOfficialKm: number;
	ukraineKm2: number;
	occupiedKm2: number;
	occupiedShare: number;
	before2022Km2: number;
	since2022Km2: number;
	contestedKm2: number;
	contestedShare: number;
	regions: Array<{ id: string; occupiedKm2: number; occupiedShare: number; contestedKm2: number }>;
	kurskPeak: KurskExtent;
	kurskLatest: KurskExtent;
	kurskNoLongerHeld: { heldKm2: number; heldShare: number; heldOrContestedKm2: number; heldOrContestedShare: number };
}

describe('computeFigures', () => {
	const expected = readExpectations('facts-world').computeFigures as unknown as ExpectedFigures;
	const figures = computeFigures(factsWorld());

	it('measures the contact line, split into land and river', () => {
		expect(figures.contactLine.totalKm).toBeCloseTo(expected.contactLineKm, 1);
		expect(figures.contactLine.landKm).toBeCloseTo(expected.landKm, 1);
		expect(figures.contactLine.dniproKm).toBeCloseTo(expected.dniproKm, 1);
		expect(figures.contactLine.stretches.map((s) => s.id)).toEqual(['land', 'river']);
	});

	it('measures the contact line shorter the more it is generalised, down to the straight line', () => {
		const generalised = figures.contactLine.generalised;
		expect(generalised.map((g) => g.toleranceKm)).toEqual(expected.generalisedKm.map((g) => g.toleranceKm));
		generalised.forEach((g, i) => expect(g.km, `at ${g.toleranceKm} km`).toBeCloseTo(expected.generalisedKm[i]!.km, 1));
		for (let i = 1; i < generalised.length; i++) expect(generalised[i]!.km).toBeLessThan(generalised[i - 1]!.km);
		expect(generalised[0]!.km).toBeLessThanOrEqual(figures.contactLine.totalKm);
		// Generalised past its bends, the zigzag is its chord: as long as the straight river stretch.
		expect(generalised.at(-1)!.km).toBeCloseTo(2 * expected.dniproKm, 1);
	});

	it('measures the border and its active front, sets it beside the official length, and decomposes the front-line figure', () => {
		expect(figures.border.totalKm).toBeCloseTo(expected.borderKm, 1);
		expect(figures.border.activeFrontKm).toBeCloseTo(expected.activeFrontKm, 1);
		expect(figures.border.activeStretches.map((s) => s.id)).toEqual(['hot']);
		expect(figures.border.official.map((o) => o.km)).toEqual([150, 200]);
		expect(figures.border.measuredShareOfOfficial).toBeCloseTo(expected.measuredShareOfOfficial, 4);
		expect(figures.frontLineClaim.sumKm).toBeCloseTo(expected.sumKm, 1);
		// No border piece lies behind Russian lines here: the held border is the whole border.
		expect(figures.border.behindRussianLinesKm).toBe(0);
		expect(figures.frontLineClaim.withHeldBorderKm).toBeCloseTo(expected.contactLineKm + expected.borderKm, 1);
		expect(figures.frontLineClaim.withHeldBorderAtOfficialKm).toBeCloseTo(expected.withHeldBorderAtOfficialKm, 1);
		expect(figures.frontLineClaim.parts.reduce((s, p) => s + p.km, 0)).toBeCloseTo(figures.frontLineClaim.sumKm, 1);
	});

	it('has no share of an official length when none is given', () => {
		const without = computeFigures({ ...factsWorld(), officialBorder: [] });
		expect(without.border.measuredShareOfOfficial).toBeNull();
		expect(without.frontLineClaim.withHeldBorderAtOfficialKm).toBeNull();
	});

	it('measures occupied ground of Ukraine (a polygon and a multipolygon) and its share, and contested ground apart from it', () => {
		expect(figures.ukraine.measuredAreaKm2).toBeCloseTo(expected.ukraineKm2, 1);
		expect(figures.ukraine.officialAreaKm2).toBe(25000);
		expect(figures.ukraine.occupiedKm2).toBeCloseTo(expected.occupiedKm2, 1);
		expect(figures.ukraine.occupiedShare).toBeCloseTo(expected.occupiedShare, 4);
		expect(figures.ukraine.occupiedBefore2022Km2).toBeCloseTo(expected.before2022Km2, 1);
		expect(figures.ukraine.occupiedSince2022Km2).toBeCloseTo(expected.since2022Km2, 1);
		expect(figures.ukraine.contestedKm2).toBeCloseTo(expected.contestedKm2, 1);
		expect(figures.ukraine.contestedShare).toBeCloseTo(expected.contestedShare, 4);
	});

	it('reports each region that is claimed or has occupied ground, with official area where known', () => {
		expect(figures.regions.map((r) => r.id)).toEqual(expected.regions.map((r) => r.id));
		for (const want of expected.regions) {
			const got = figures.regions.find((r) => r.id === want.id)!;
			expect(got.occupiedKm2).toBeCloseTo(want.occupiedKm2, 0);
			expect(got.occupiedShare).toBeCloseTo(want.occupiedShare, 3);
			expect(got.contestedKm2, `contested in ${want.id}`).toBeCloseTo(want.contestedKm2, 0);
		}
		expect(figures.regions.find((r) => r.id === 'UA-14')).toMatchObject({ officialAreaKm2: 12000, annexationClaimedOn: '2022-09-30' });
		expect(figures.regions.find((r) => r.id === 'UA-09')).toMatchObject({ officialAreaKm2: null, annexationClaimedOn: null });
	});

	it('measures Kursk held and contested on each date; the largest is the most held or contested, not the most held', () => {
		expect(figures.kursk.snapshots.map((s) => s.date)).toEqual(['2024-08-27', '2024-09-10', '2025-03-13']);
		expect(figures.kursk.peak).toEqual(expected.kurskPeak);
		expect(figures.kursk.latest).toEqual(expected.kurskLatest);
		const mostHeld = figures.kursk.snapshots.reduce((a, b) => (b.heldKm2 > a.heldKm2 ? b : a));
		expect(mostHeld.date).not.toBe(figures.kursk.peak?.date);
		// A date with no claims record keeps its date as its label, and no claims.
		expect(figures.kursk.snapshots[1]).toMatchObject({ label: '2024-09-10', contestedKm2: 0, claims: [] });
	});

	it('measures the ground no longer Ukrainian-held since the largest extent, held only and held or contested', () => {
		const gone = figures.kursk.lostSincePeak!;
		expect(gone.heldKm2).toBeCloseTo(expected.kurskNoLongerHeld.heldKm2, 0);
		expect(gone.heldShare).toBeCloseTo(expected.kurskNoLongerHeld.heldShare, 4);
		expect(gone.heldOrContestedKm2).toBeCloseTo(expected.kurskNoLongerHeld.heldOrContestedKm2, 0);
		expect(gone.heldOrContestedShare).toBeCloseTo(expected.kurskNoLongerHeld.heldOrContestedShare, 4);
	});

	it('keeps the claims with their dates, and finds the claim of ground retaken', () => {
		expect(figures.kursk.snapshots[0]!.claims).toEqual([held]);
		expect(figures.kursk.retakenClaim).toEqual(retaken);
		const noClaims = computeFigures({ ...factsWorld(), kurskClaims: [] });
		expect(noClaims.kursk.retakenClaim).toBeNull();
	});
});
