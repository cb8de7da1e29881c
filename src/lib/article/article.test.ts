import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleNames, checkArticle, knownArticleIds, knownIdsFrom } from './checkArticle';
import { mentionIndex, mentionsIn } from './mentionIndex';
import { parseArticle } from './parseArticle';
import { plainText } from './plainText';
import { blockText, refKey } from './types';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
const md = read('./putin-says-yes-to-the-truce.md');
const article = parseArticle(md);

const known = knownIdsFrom({
	admin1Ids: ['UA-14', 'UA-09', 'UA-65', 'UA-23', 'UA-43', 'UA-40', 'RU-KRS'],
	countryIds: ['UA', 'RU', 'BY', 'US', 'SA'],
	placeIds: ['moscow', 'kremlin', 'jeddah', 'washington', 'white-house', 'kyiv', 'minsk', 'paris', 'london', 'kursk', 'sudzha']
});

// The map links to these ids: changing one is a breaking change, not a refactor.
const expectedBlocks = [
	['t-headline', 'title'],
	['k-vision-for-peace', 'kicker'],
	['t-headline-repeat', 'title'],
	['p-moscow-press-conference', 'paragraph'],
	['p-jeddah-proposal', 'paragraph'],
	['h-ceasefire-with-conditions', 'heading'],
	['p-long-term-solution', 'paragraph'],
	['p-causes-of-the-crisis', 'paragraph'],
	['p-monitoring-and-verification', 'paragraph'],
	['q-phone-talk-with-trump', 'quote'],
	['h-trump-factor', 'heading'],
	['p-trump-reentry', 'paragraph'],
	['p-trump-putin-rapport', 'paragraph'],
	['p-european-alarm', 'paragraph'],
	['h-ukraines-calculated-risk', 'heading'],
	['p-ukraine-accepts', 'paragraph'],
	['p-kursk-risk', 'paragraph'],
	['p-security-guarantees', 'paragraph'],
	['q-situation-on-the-ground', 'quote'],
	['h-russias-calculus', 'heading'],
	['p-opportunity-and-peril', 'paragraph'],
	['p-military-upper-hand', 'paragraph'],
	['h-road-ahead', 'heading'],
	['p-witkoff-talks', 'paragraph'],
	['p-if-russia-agrees', 'paragraph'],
	['p-strategic-gambit', 'paragraph']
];

describe('parseArticle', () => {
	it('reads the header', () => {
		expect(article.title).toBe('Putin Says "YES" to the Truce but Needs to Talk to Trump');
		expect(article.kicker).toBe('Putin’s Vision for Peace: A Ceasefire with Strings Attached');
		expect(article.date).toBe('2025-03-13');
		expect(article.source).toMatch(/13 March 2025/);
	});

	it('has the expected blocks, ids and kinds in order', () => {
		expect(article.blocks.map((b) => [b.id, b.kind])).toEqual(expectedBlocks);
		expect(new Set(article.blocks.map((b) => b.id)).size).toBe(article.blocks.length);
	});

	it('splits annotations into ref segments', () => {
		const first = article.blocks.find((b) => b.id === 'p-kursk-risk');
		expect(first?.segments.slice(0, 3)).toEqual([{ text: 'Yet, ' }, { text: 'Ukraine', ref: { kind: 'country', id: 'UA' } }, { text: '’s concessions come with risks. A temporary truce could allow ' }]);
	});

	it('is what index.ts bundles through ?raw', async () => {
		expect((await import('./index')).article).toEqual(article);
	});

	it('accepts CRLF line ends', () => {
		expect(parseArticle(md.replace(/\n/g, '\r\n'))).toEqual(article);
	});
});

describe('plainText', () => {
	it('rebuilds the source article byte for byte', () => {
		expect(plainText(article)).toBe(read('./putin-says-yes-to-the-truce.source.txt'));
	});
});

describe('checkArticle', () => {
	it('finds every proper name annotated with a known id', () => {
		expect(checkArticle(article, known, articleNames)).toEqual([]);
	});

	it('reports an unknown id with its block', () => {
		const bad = parseArticle(md.replace('[Jeddah]{place:jeddah}, [Saudi', '[Jeddah]{place:jiddah}, [Saudi'));
		expect(checkArticle(bad, known, articleNames)).toContain('p-jeddah-proposal: unknown place id "jiddah" for "Jeddah"');
	});

	it('reports an unannotated name with its block', () => {
		const bad = parseArticle(md.replace('Witkoff’s talks in [Moscow]{place:moscow}', 'Witkoff’s talks in Moscow'));
		expect(checkArticle(bad, known, articleNames)).toEqual(['p-witkoff-talks: "Moscow" is not annotated (expected place:moscow)']);
	});

	it('accepts the other id a name documents, and no other', () => {
		const doc = (ref: string) => parseArticle(`title: t\ndate: 2025-03-13\nsource: s\n---\n{#p-x} a visit to [Kursk]{${ref}}`);
		expect(checkArticle(doc('region:RU-KRS'), known, articleNames)).toEqual([]);
		expect(checkArticle(doc('place:kursk'), known, articleNames)).toEqual([]);
		expect(checkArticle(doc('place:sudzha'), known, articleNames)).toEqual(['p-x: "Kursk" is annotated place:sudzha, expected place:kursk']);
	});

	it('reports an annotation that points a name at another id', () => {
		const bad = parseArticle(md.replace('[Kyiv]{place:kyiv} has vowed', '[Kyiv]{place:minsk} has vowed'));
		expect(checkArticle(bad, known, articleNames)).toEqual(['p-kursk-risk: "Kyiv" is annotated place:minsk, expected place:kyiv']);
	});

	it('matches whole words only and reports overlapping names once', () => {
		const doc = 'title: t\ndate: 2025-03-13\nsource: s\n---\n{#p-x} Russians in Kursk region, USSR';
		expect(checkArticle(parseArticle(doc), known, articleNames)).toEqual(['p-x: "Kursk region" is not annotated (expected region:RU-KRS)']);
	});

	it('lists the ids the map data must provide', () => {
		const ids = knownArticleIds(article);
		expect([...ids.regions].sort()).toEqual(['RU-KRS', 'UA-09', 'UA-14', 'UA-23', 'UA-65']);
		expect([...ids.countries].sort()).toEqual(['RU', 'SA', 'UA', 'US']);
		expect([...ids.places].sort()).toEqual(['jeddah', 'kremlin', 'kyiv', 'moscow', 'white-house']);
	});
});

describe('syntax errors name the line', () => {
	const header = 'title: t\ndate: 2025-03-13\nsource: s\n---\n';
	it.each([
		['unclosed bracket', `${header}{#p-a} in [Moscow{place:moscow}`, /line 5: unclosed bracket/],
		['missing ref', `${header}{#p-a} ok\n\n{#p-b} in [Moscow] today`, /line 7: .*needs \{kind:id\}/],
		['unknown ref kind', `${header}{#p-a} in [Moscow]{city:moscow}`, /line 5: unknown ref kind "city"/],
		['duplicate block id', `${header}{#p-a} one\n\n{#p-a} two`, /line 7: duplicate block id "p-a"/],
		['block without id', `${header}{#p-a} one\n\njust text`, /line 7: expected a block/],
		['stray brace', `${header}{#p-a} a } b`, /line 5: stray "}"/],
		['header without end', 'title: t\ndate: 2025-03-13', /line 2: missing "---"/],
		['bad date', 'title: t\ndate: 13.03.2025\nsource: s\n---\n', /line 4: date/]
	])('%s', (_name, text, message) => {
		expect(() => parseArticle(text)).toThrow(message);
	});
});

describe('mentionIndex', () => {
	const index = mentionIndex(article);
	it('lists the blocks that mention the Kursk region, in order', () => {
		expect(index.get('region:RU-KRS')).toEqual(['p-kursk-risk']);
		// Putin's "visit to Kursk" was to a command post in the oblast: the article never means the city.
		expect(index.get('place:kursk')).toBeUndefined();
		const kursk = article.blocks.find((b) => b.id === 'p-kursk-risk');
		expect(kursk && mentionsIn(kursk).filter((m) => m.text.startsWith('Kursk')).map((m) => `${m.text}=${refKey(m.ref)}`)).toEqual(['Kursk region=region:RU-KRS', 'Kursk=region:RU-KRS']);
	});

	it('keeps text order without duplicates', () => {
		expect(index.get('place:moscow')).toEqual(['p-moscow-press-conference', 'p-jeddah-proposal', 'p-causes-of-the-crisis', 'p-trump-putin-rapport', 'p-kursk-risk', 'p-witkoff-talks', 'p-strategic-gambit']);
		expect(index.get('place:white-house')).toEqual(['p-trump-reentry', 'p-ukraine-accepts']);
	});

	it('mentionsIn gives each mention of a block in text order', () => {
		const block = article.blocks.find((b) => b.id === 'p-causes-of-the-crisis');
		expect(block && mentionsIn(block).map((m) => `${m.text}=${refKey(m.ref)}`)).toEqual([
			'Ukraine=country:UA', 'Moscow=place:moscow', 'Kyiv=place:kyiv', 'Russia=country:RU',
			'Donetsk=region:UA-14', 'Luhansk=region:UA-09', 'Kherson=region:UA-65', 'Zaporizhzhia=region:UA-23', 'Ukraine=country:UA'
		]);
		expect(block && blockText(block)).toMatch(/^The Russian leader’s vision/);
	});
});
