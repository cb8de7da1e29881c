import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, plainText } from '$lib/article';
import type { Figures } from '$lib/geo/figures';
import {
	annexedRegionRefs,
	blockQuoting,
	blocksQuoting,
	claimMapViews,
	claimSentence,
	claimant,
	claimedArea,
	claimedShare,
	claims,
	compareWithEurope,
	frontLineReadings,
	heldBorderKm,
	impliedWholeKm2,
	kurskComparison,
	otherFrontLineFigures,
	readAreaClaim,
	regionsNamedIn,
	uncheckedClaims,
	type EuropeanCountry
} from './claims';

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

describe('titles and methods', () => {
	it('do not state a claim as fact: annexation is claimed, the recapture is Gerasimov’s, in the article’s words', () => {
		const title = (id: string) => claims.find((c) => c.id === id)?.title;
		expect(title('four-regions')).toBe('Four regions Russia claims to have annexed');
		expect(title('kursk-recapture')).toBe('Gerasimov’s “recapture of 1,100 square kilometers”');
		expect(title('front-line')).not.toMatch(/\d/);
	});
	it('keep to the app’s own voice', () => {
		for (const c of [...claims, ...uncheckedClaims]) {
			const own = 'title' in c ? `${c.title.replace(/“[^”]*”/g, '')} ${c.method}` : c.reason;
			expect(own, c.id).not.toMatch(/\b(quiet|peak|lost|retaken|liberated|recaptured)\b|under fire|no fighting/i);
		}
	});
});

describe('front line readings', () => {
	it('reads the shipped figures four ways, none of them “the” answer and none picked as closest', () => {
		const { articleKm, readings } = frontLineReadings(figures);
		expect(articleKm).toBe(2000);
		expect(readings.map((r) => [r.id, r.km])).toEqual([
			['contact-line', figures.contactLine.totalKm],
			['fought-front', figures.frontLineClaim.sumKm],
			['with-held-border', figures.frontLineClaim.withHeldBorderKm],
			['with-held-border-official', figures.frontLineClaim.withHeldBorderAtOfficialKm]
		]);
		expect(Object.keys(frontLineReadings(figures))).toEqual(['articleKm', 'readings']);
	});
	it('has parts that add up to each reading', () => {
		const parts = figures.frontLineClaim.parts.reduce((s, p) => s + p.km, 0);
		expect(parts).toBeCloseTo(figures.frontLineClaim.sumKm, 0);
		expect(figures.contactLine.totalKm + heldBorderKm(figures)).toBeCloseTo(figures.frontLineClaim.withHeldBorderKm, 0);
		expect(heldBorderKm(figures)).toBeCloseTo(figures.border.activeFrontKm + figures.border.notFrontKm, 0);
	});
	it('leaves out the reading at the official length when there is no official length', () => {
		const fake = { ...figures, frontLineClaim: { ...figures.frontLineClaim, withHeldBorderAtOfficialKm: null } } as Figures;
		expect(frontLineReadings(fake).readings.map((r) => r.id)).not.toContain('with-held-border-official');
	});
	it('shows the generalised contact line shorter than the line as drawn, and shorter the coarser it is', () => {
		const lengths = figures.contactLine.generalised.map((g) => g.km);
		expect(lengths.length).toBeGreaterThan(1);
		expect(lengths.every((km, i) => km < (i ? lengths[i - 1]! : figures.contactLine.totalKm))).toBe(true);
	});
	it('attributes every other public figure, with its words and source', () => {
		expect(otherFrontLineFigures.length).toBeGreaterThan(0);
		for (const other of otherFrontLineFigures) {
			expect(other.quote).toMatch(/\d/);
			expect(other.speaker).not.toBe('');
			expect(other.source).toMatch(/\(\d{4}-\d{2}-\d{2}\)$/);
			expect(other.source).toContain(other.date);
		}
	});
});

describe('claimMapViews', () => {
	it('gives every claim a serialisable view, with Kursk dates from the figures', () => {
		const views = claimMapViews(figures);
		expect(Object.keys(views).sort()).toEqual(claims.map((c) => c.id).sort());
		expect(JSON.parse(JSON.stringify(views))).toEqual(views);
		expect(views['kursk-sliver']).toEqual({ select: 'region:RU-KRS', layers: { kursk: true }, kurskDate: '2024-08-27' });
		expect(views['kursk-recapture'].kurskDate).toBe('2025-03-13');
		expect(views['front-line']).toEqual({ layers: { contactLine: true, borderFront: true }, camera: { layer: 'contactLine' } });
		expect(views['four-regions'].camera).toEqual({ keys: [...annexedRegionRefs] });
	});
	it('leaves the Kursk date out when the figures have no snapshot', () => {
		const fake = { ...figures, kursk: { ...figures.kursk, peak: null, latest: null } } as Figures;
		expect(claimMapViews(fake)['kursk-sliver']).toEqual({ select: 'region:RU-KRS', layers: { kursk: true } });
	});
});

describe('area claims', () => {
	const retaken = readAreaClaim(figures.kursk.retakenClaim)!;

	it('reads the retaken claim, and the whole it implies', () => {
		expect(retaken).toMatchObject({ km2: 1100, share: 0.86, by: 'Russia', date: '2025-03-12', kind: 'retaken', qualifier: 'more than' });
		expect(impliedWholeKm2(retaken)).toBeCloseTo(1279.1, 1);
	});
	it('quotes figures exactly, with their qualifiers and what a share is of', () => {
		expect(claimedArea(retaken)).toBe('more than 1,100 km²');
		expect(claimedShare(retaken)).toBe(`more than 86% of ${retaken.shareOf}`);
		const held = readAreaClaim(figures.kursk.snapshots[0]!.claims[0])!;
		expect(claimedArea(held)).toBe('1,294 km²');
		expect(claimedShare(held)).toBeNull();
		const atMost = figures.kursk.snapshots.flatMap((s) => s.claims).find((c) => c.kind === 'held-at-most')!;
		expect(claimedArea(atMost)).toBe('about 1,376 km²');
	});
	it('attributes each claim, and keeps a side’s words in quotation marks', () => {
		expect(claimant(retaken)).toBe('Valery Gerasimov');
		expect(claimSentence(retaken)).toBe(`Valery Gerasimov says more than 1,100 km², more than 86% of ${retaken.shareOf}, had been “liberated”`);
		const reuters = figures.kursk.snapshots.flatMap((s) => s.claims).find((c) => c.kind === 'held-at-most')!;
		expect(claimSentence(reuters)).toBe("A source on Ukraine's General Staff says Ukraine’s forces controlled at most about 1,376 km²");
		expect(claimant({ ...retaken, speaker: undefined })).toBe('Russia');
		expect(claimSentence(reuters, { opening: false })).toMatch(/^a source on Ukraine's General Staff says/);
	});
	it('refuses records that are not claims', () => {
		expect(readAreaClaim(null)).toBeNull();
		expect(readAreaClaim({ km2: '1100', kind: 'retaken' })).toBeNull();
		expect(readAreaClaim({ ...retaken, kind: 'won' })).toBeNull();
		expect(readAreaClaim({ ...retaken, share: 86 })).toBeNull();
		expect(impliedWholeKm2({ ...retaken, share: undefined })).toBeNull();
		expect(impliedWholeKm2(null)).toBeNull();
	});
});

describe('kurskComparison', () => {
	it('compares the ground no longer Ukrainian-held since the largest date with Gerasimov’s claim, beside Ukraine’s own largest figures', () => {
		const c = kurskComparison(figures)!;
		expect(c.peak.date).toBe(figures.kursk.peak!.date);
		expect(c.latest.date).toBe(figures.kursk.latest!.date);
		expect(c.noLongerHeld).toEqual(figures.kursk.lostSincePeak);
		expect(c.retaken?.by).toBe('Russia');
		expect(c.impliedWholeKm2).toBeCloseTo(1100 / 0.86, 6);
		// Ukraine's largest "held" figure (27 August 2024) and its "at most" figure (November 2024), by date.
		expect(c.largestClaimsHeld.map((x) => [x.date, x.kind, x.km2])).toEqual([
			['2024-08-27', 'held', 1294],
			['2024-11-23', 'held-at-most', 1376]
		]);
	});
	it('has nothing to compare without two dates', () => {
		const fake = { ...figures, kursk: { ...figures.kursk, latest: figures.kursk.peak } } as Figures;
		expect(kurskComparison(fake)).toBeNull();
	});
});
