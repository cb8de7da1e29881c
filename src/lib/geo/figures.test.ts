import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { computeFigures, type FactsLayers } from './figures';
import { readExpectations, readFeatureCollection } from './test/fixtures';

/** The facts-world fixture: two boxes of "Ukraine", half of the east box occupied before 2022 and half since. */
function factsWorld(): FactsLayers {
	const all = readFeatureCollection('facts-world').features;
	const layer = (name: string) => ({ type: 'FeatureCollection', features: all.filter((f) => f.properties?.layer === name) }) as FeatureCollection<never>;
	return {
		asOf: '2025-03-13',
		admin1: layer('admin1'),
		ukraine: all.find((f) => f.properties?.layer === 'ukraine') as Feature<Polygon | MultiPolygon>,
		contactLine: layer('contactLine'),
		occupied: layer('occupied'),
		border: layer('border'),
		kursk: layer('kursk'),
		kurskClaims: [
			{ date: '2024-08-27', label: 'peak', claims: [{ km2: 1294, by: 'Ukraine' }] },
			{ date: '2025-03-13', label: 'article date', claims: [{ km2: 1100, share: 0.86, by: 'Russia', kind: 'retaken' }] }
		],
		annexationClaims: [{ id: 'UA-14', claimedOn: '2022-09-30' }]
	};
}

interface ExpectedFigures {
	contactLineKm: number;
	landKm: number;
	dniproKm: number;
	borderKm: number;
	activeFrontKm: number;
	sumKm: number;
	ukraineKm2: number;
	occupiedKm2: number;
	occupiedShare: number;
	before2022Km2: number;
	since2022Km2: number;
	regions: Array<{ id: string; occupiedKm2: number; occupiedShare: number }>;
	kurskPeakKm2: number;
	kurskLatestKm2: number;
	kurskLostKm2: number;
	kurskLostShare: number;
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

	it('measures the border and its active front, and decomposes the front-line figure', () => {
		expect(figures.border.totalKm).toBeCloseTo(expected.borderKm, 1);
		expect(figures.border.activeFrontKm).toBeCloseTo(expected.activeFrontKm, 1);
		expect(figures.border.activeStretches.map((s) => s.id)).toEqual(['hot']);
		expect(figures.frontLineClaim.sumKm).toBeCloseTo(expected.sumKm, 1);
		// No border piece lies behind Russian lines here: the held border is the whole border.
		expect(figures.border.behindRussianLinesKm).toBe(0);
		expect(figures.frontLineClaim.withHeldBorderKm).toBeCloseTo(expected.contactLineKm + expected.borderKm, 1);
		expect(figures.frontLineClaim.parts.reduce((s, p) => s + p.km, 0)).toBeCloseTo(figures.frontLineClaim.sumKm, 1);
	});

	it('measures occupied ground of Ukraine (a polygon and a multipolygon) and its share', () => {
		expect(figures.ukraine.measuredAreaKm2).toBeCloseTo(expected.ukraineKm2, 1);
		expect(figures.ukraine.officialAreaKm2).toBe(25000);
		expect(figures.ukraine.occupiedKm2).toBeCloseTo(expected.occupiedKm2, 1);
		expect(figures.ukraine.occupiedShare).toBeCloseTo(expected.occupiedShare, 4);
		expect(figures.ukraine.occupiedBefore2022Km2).toBeCloseTo(expected.before2022Km2, 1);
		expect(figures.ukraine.occupiedSince2022Km2).toBeCloseTo(expected.since2022Km2, 1);
	});

	it('reports each region that is claimed or has occupied ground, with official area where known', () => {
		expect(figures.regions.map((r) => r.id)).toEqual(expected.regions.map((r) => r.id));
		for (const want of expected.regions) {
			const got = figures.regions.find((r) => r.id === want.id)!;
			expect(got.occupiedKm2).toBeCloseTo(want.occupiedKm2, 0);
			expect(got.occupiedShare).toBeCloseTo(want.occupiedShare, 3);
		}
		expect(figures.regions.find((r) => r.id === 'UA-14')).toMatchObject({ officialAreaKm2: 12000, annexationClaimedOn: '2022-09-30' });
		expect(figures.regions.find((r) => r.id === 'UA-09')).toMatchObject({ officialAreaKm2: null, annexationClaimedOn: null });
	});

	it('measures Kursk at its peak and at the latest date, and what was lost', () => {
		expect(figures.kursk.peak).toEqual({ date: '2024-08-27', heldKm2: expected.kurskPeakKm2 });
		expect(figures.kursk.latest).toEqual({ date: '2025-03-13', heldKm2: expected.kurskLatestKm2 });
		expect(figures.kursk.lostSincePeakKm2).toBeCloseTo(expected.kurskLostKm2, 0);
		expect(figures.kursk.lostShareOfPeak).toBeCloseTo(expected.kurskLostShare, 3);
		expect(figures.kursk.snapshots[0]!.claims).toEqual([{ km2: 1294, by: 'Ukraine' }]);
		expect(figures.kursk.retakenClaim).toEqual({ km2: 1100, share: 0.86, by: 'Russia', kind: 'retaken' });
	});
});
