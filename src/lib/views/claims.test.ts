import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, plainText } from '$lib/article';
import type { Figures } from '$lib/geo/figures';
import { annexedRegionRefs, blockQuoting, blocksQuoting, claimMapTargets, claims, compareWithEurope, frontLineReadings, heldBorderKm, impliedWholeKm2, readAreaClaim, regionsNamedIn, uncheckedClaims, type EuropeanCountry } from './claims';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const figures = readJson('../../../static/data/facts/2025-03-13/figures.json') as Figures;
const europe = (readJson('../../../static/data/europe-areas.json') as { countries: EuropeanCountry[] }).countries;
const text = plainText(article);
const occurrences = (quote: string) => text.split(quote).length - 1;

describe('quotes', () => {
	// The paragraph each claim must link to: moving a quote to another block is a visible change.
	const expected: Record<string, string> = {
		'over-three-years': 'p-moscow-press-conference',
		'thirty-day-ceasefire': 'p-jeddah-proposal',
		'four-regions': 'p-causes-of-the-crisis',
		'front-line': 'p-monitoring-and-verification',
		'larger-than-countries': 'p-monitoring-and-verification',
		'kursk-sliver': 'p-kursk-risk',
		'kursk-recapture': 'p-kursk-risk',
		'in-24-hours': 'p-trump-reentry',
		'casualties': 'p-opportunity-and-peril'
	};

	it.each([...claims, ...uncheckedClaims].map((c) => [c.id, c] as const))('%s is quoted word for word, once, in the expected paragraph', (id, claim) => {
		expect(occurrences(claim.quote)).toBe(1);
		expect(blocksQuoting(article, claim.quote)).toEqual([expected[id]]);
		expect(claim.blockId).toBe(expected[id]);
	});

	it('covers every claim it expects, and no other', () => {
		expect([...claims, ...uncheckedClaims].map((c) => c.id).sort()).toEqual(Object.keys(expected).sort());
	});

	it('lists claims in the article’s order', () => {
		const order = article.blocks.map((b) => b.id);
		const positions = claims.map((c) => order.indexOf(c.blockId));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('refuses a quote that is in no block or in several', () => {
		expect(() => blockQuoting(article, 'four western regions')).toThrow(/no block/);
		expect(() => blockQuoting(article, '30-day ceasefire')).toThrow(/3 blocks/);
		expect(blockQuoting(article, 'the nearly 2,000-kilometer front line')).toBe('p-monitoring-and-verification');
	});

	it('reads across annotations: the text of a mention counts, its markup does not', () => {
		expect(blocksQuoting(article, 'Russia’s annexation of four eastern Ukrainian regions—Donetsk, Luhansk, Kherson, and Zaporizhzhia')).toEqual(['p-causes-of-the-crisis']);
		expect(blocksQuoting(article, '{region:')).toEqual([]);
	});
});

describe('the four annexed regions', () => {
	it('are the regions the claim’s paragraph names, and the figures’ regions claimed on 30 September 2022', () => {
		expect(annexedRegionRefs).toEqual(['region:UA-14', 'region:UA-09', 'region:UA-65', 'region:UA-23']);
		const claimed2022 = figures.regions.filter((r) => r.annexationClaimedOn === '2022-09-30').map((r) => `region:${r.id}`);
		expect([...claimed2022].sort()).toEqual([...annexedRegionRefs].sort());
	});
	it('are found only in the named block', () => {
		expect(regionsNamedIn(article, 'no-such-block')).toEqual([]);
		expect(regionsNamedIn(article, 'p-kursk-risk')).toEqual(['region:RU-KRS']);
	});
});

describe('compareWithEurope', () => {
	const countries: EuropeanCountry[] = [
		{ id: 'A', nameEn: 'Big', areaKm2: 300 },
		{ id: 'B', nameEn: 'Middle', areaKm2: 150 },
		{ id: 'C', nameEn: 'Small', areaKm2: 50 },
		{ id: 'D', nameEn: 'Tiny', areaKm2: 0 },
		{ id: 'E', nameEn: 'Unknown', areaKm2: Number.NaN }
	];

	it('counts smaller countries and names the neighbours in size', () => {
		const c = compareWithEurope(100, countries);
		expect(c.smaller.map((x) => x.id)).toEqual(['C', 'D']);
		expect(c.larger.map((x) => x.id)).toEqual(['B', 'A']);
		expect(c.nearestSmaller?.id).toBe('C');
		expect(c.nearestLarger?.id).toBe('B');
		expect(c.total).toBe(4);
	});
	it('does not call an equal area smaller, and copes with the extremes', () => {
		expect(compareWithEurope(150, countries).smaller.map((x) => x.id)).toEqual(['C', 'D']);
		expect(compareWithEurope(1000, countries).nearestLarger).toBeNull();
		expect(compareWithEurope(-1, countries).nearestSmaller).toBeNull();
		expect(compareWithEurope(100, [])).toEqual({ smaller: [], larger: [], nearestLarger: null, nearestSmaller: null, total: 0 });
	});
	it('puts occupied Ukraine between Iceland and Bulgaria, larger than 31 of 44 countries (shipped data)', () => {
		const c = compareWithEurope(figures.ukraine.occupiedKm2, europe);
		expect(c.total).toBe(44);
		expect(c.smaller.length).toBe(31);
		expect(c.nearestSmaller?.nameEn).toBe('Iceland');
		expect(c.nearestLarger?.nameEn).toBe('Bulgaria');
	});
});

describe('front line readings', () => {
	it('reads the shipped figures two ways and picks the contact line plus the held border as closest to 2,000 km', () => {
		const { articleKm, readings, closest } = frontLineReadings(figures);
		expect(articleKm).toBe(2000);
		expect(readings.map((r) => [r.id, r.km])).toEqual([
			['fought-front', 1175.3],
			['with-held-border', 1903.4]
		]);
		expect(closest.id).toBe('with-held-border');
		expect(closest.differenceKm).toBeCloseTo(-96.6, 1);
	});
	it('has parts that add up to each reading', () => {
		const parts = figures.frontLineClaim.parts.reduce((s, p) => s + p.km, 0);
		expect(parts).toBeCloseTo(figures.frontLineClaim.sumKm, 0);
		expect(figures.contactLine.totalKm + heldBorderKm(figures)).toBeCloseTo(figures.frontLineClaim.withHeldBorderKm, 0);
		expect(heldBorderKm(figures)).toBeCloseTo(figures.border.activeFrontKm + figures.border.notFrontKm, 0);
	});
	it('picks whichever reading is nearer', () => {
		const fake = { ...figures, frontLineClaim: { ...figures.frontLineClaim, sumKm: 1990, withHeldBorderKm: 2500 } } as Figures;
		expect(frontLineReadings(fake).closest.id).toBe('fought-front');
	});
});

describe('claimMapTargets', () => {
	it('gives every claim a serialisable view, with Kursk dates from the figures', () => {
		const targets = claimMapTargets(figures);
		expect(Object.keys(targets).sort()).toEqual(claims.map((c) => c.id).sort());
		expect(JSON.parse(JSON.stringify(targets))).toEqual(targets);
		expect(targets['kursk-sliver']).toEqual({ select: 'region:RU-KRS', layers: ['kursk'], kurskDate: '2024-08-27' });
		expect(targets['kursk-recapture'].kurskDate).toBe('2025-03-13');
		expect(targets['front-line']).toEqual({ layers: ['contactLine', 'borderFront'], fit: 'contactLine' });
	});
	it('leaves the Kursk date out when the figures have no snapshot', () => {
		const fake = { ...figures, kursk: { ...figures.kursk, peak: null, latest: null } } as Figures;
		expect(claimMapTargets(fake)['kursk-sliver']).toEqual({ select: 'region:RU-KRS', layers: ['kursk'] });
	});
});

describe('area claims', () => {
	it('reads the retaken claim and the whole it implies', () => {
		const claim = readAreaClaim(figures.kursk.retakenClaim);
		expect(claim).toMatchObject({ km2: 1100, share: 0.86, by: 'Russia (Gerasimov)', date: '2025-03-12' });
		expect(impliedWholeKm2(claim)).toBeCloseTo(1279.1, 1);
	});
	it('tolerates missing or odd fields', () => {
		expect(readAreaClaim(null)).toBeNull();
		expect(readAreaClaim({ km2: '1100', share: Number.NaN, by: ' ' })).toEqual({ km2: null, share: null, by: null, date: null, note: null });
		expect(impliedWholeKm2(readAreaClaim({ km2: 1100 }))).toBeNull();
		expect(impliedWholeKm2(readAreaClaim({ km2: 1100, share: 0 }))).toBeNull();
	});
});
