import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadAtlasData } from '$lib/data/loadAtlasData';
import { findables, newSettlements } from './findables';
import { editDistance, findIndex, findPlaces, type Findable } from './findPlaces';
import { PlaceFinder } from './placeFinder.svelte';
import { readSettlements } from './settlements';
import { skeleton } from './skeleton';

const base = new URL('http://atlas.test/data/');

/** Serves static/data; `broken` answers a file with a status of its own. */
function serveShipped(broken: Record<string, number> = {}): typeof fetch {
	return (async (input: URL) => {
		const name = input.pathname.replace(/^\/data\//, '');
		if (broken[name]) return new Response('broken', { status: broken[name], statusText: 'Internal Server Error' });
		try {
			return new Response(readFileSync(`static/data/${name}`));
		} catch {
			return new Response('missing', { status: 404, statusText: 'Not Found' });
		}
	}) as typeof fetch;
}

const { data } = await loadAtlasData(base, { fetchFn: serveShipped(), otherCountries: ['US', 'SA', 'FR', 'GB'] });
const shipped = readSettlements(JSON.parse(readFileSync('static/data/settlements.json', 'utf8')));
const { added, lent } = newSettlements(data, shipped);
const index = findIndex(findables(data, ['US', 'SA', 'FR', 'GB', 'RU', 'UA'], added, lent));
const first = (text: string) => findPlaces(index, text)[0]?.item.key;
const keyOf = (name: string) => `settlement:${shipped.find((s) => s.name === name)!.id}`;

describe('skeleton', () => {
	it.each([
		['Kupiansk', 'kupiansk'],
		['Kupyansk', 'kupiansk'],
		['Kupjansk', 'kupiansk'],
		["Kup'jans'k", 'kupiansk'],
		['Купянськ', 'kupiansk'],
		['Купянск', 'kupiansk'],
		['Куп’янськ', 'kupiansk'],
		['Huliaipole', 'huliaipole'],
		['Gulyaipole', 'huliaipole'],
		['Guliaipole', 'huliaipole'],
		['Гуляйполе', 'huliaipole'],
		['Hulyaypole', 'huliaipole'],
		['Zaporizhzhia', 'zaporizia'],
		['Zaporizhzhya', 'zaporizia'],
		['Запоріжжя', 'zaporizia'],
		['Chasiv-Yar', 'casiv iar'],
		['Часів Яр', 'casiv iar'],
		['ŠČERBYNIVKA', 'scerbinivka'],
		['Щербинівка', 'scerbinivka']
	])('folds %s to %s', (spelling, folded) => {
		expect(skeleton(spelling)).toBe(folded);
	});
});

describe('findPlaces: spellings people type', () => {
	it.each([
		// The article's Kupiansk, however it is spelled (the settlement of the same name and place is not listed twice).
		['Kupiansk', 'place:kupiansk'],
		['kupyansk', 'place:kupiansk'],
		['Kupjansk', 'place:kupiansk'],
		['KUP’JANS’K', 'place:kupiansk'],
		['Купянськ', 'place:kupiansk'],
		['Купянск', 'place:kupiansk'],
		['kupiansk ', 'place:kupiansk'],
		['Huliaipole', 'place:huliaipole'],
		['Gulyaipole', 'place:huliaipole'],
		['Guliaipole', 'place:huliaipole'],
		['гуляйполе', 'place:huliaipole'],
		['Chasiv Yar', 'place:chasiv-yar'],
		['chasivyar', 'place:chasiv-yar'],
		['Часов Яр', 'place:chasiv-yar'],
		['Krasnoarmeysk', 'place:pokrovsk'],
		// Regions in English, Ukrainian and Russian, and without their apostrophes or "Oblast".
		['Donetsk Oblast', 'region:UA-14'],
		['Донецька область', 'region:UA-14'],
		['Zaporizhzhia Oblast', 'region:UA-23'],
		['Запорізька', 'region:UA-23'],
		['Kursk Oblast', 'region:RU-KRS'],
		// A whole name beats the start of a longer one: Kursk the city before Kursk Oblast.
		['Kursk', 'place:kursk'],
		// Cities near the front are settlements too, found by their older names.
		['Zaporozhye', keyOf('Zaporizhzhya')],
		['Kharkov', keyOf('Kharkiv')],
		// Towns and villages of settlements.json: older romanisations, Russian names, typos.
		['Borova', keyOf('Borova')],
		['Borovaja', keyOf('Borova')],
		['Борова', keyOf('Borova')],
		['Bakhmut', keyOf('Bakhmut')],
		['Artemovsk', keyOf('Bakhmut')],
		['Артемовск', keyOf('Bakhmut')],
		['Avdeevka', keyOf('Avdiivka')],
		['Авдіївка', keyOf('Avdiivka')],
		['Kostiantynivka', keyOf('Kostiantynivka')],
		['Konstantinovka', keyOf('Kostiantynivka')],
		['Kostyantynivka', keyOf('Kostiantynivka')],
		['Kostantynivka', keyOf('Kostiantynivka')],
		['Enerhodar', keyOf('Enerhodar')],
		['Energodar', keyOf('Enerhodar')],
		['Nova Kakhovka', keyOf('Nova Kakhovka')],
		['novaya kakhovka', keyOf('Nova Kakhovka')],
		['Dvorichna', keyOf('Dvorichna')]
	])('%s finds %s first', (text, key) => {
		expect(first(text)).toBe(key);
	});

	it('finds nothing for an empty text or a name nobody has', () => {
		expect(findPlaces(index, '  ')).toEqual([]);
		expect(findPlaces(index, '-’')).toEqual([]);
		expect(findPlaces(index, 'Atlantis')).toEqual([]);
	});

	it('says which spelling matched when it is not the name shown', () => {
		const [found] = findPlaces(index, 'Artemovsk');
		expect(found).toMatchObject({ tier: 'exact', matched: 'Artemovsk' });
		expect(findPlaces(index, 'Bakhmut')[0]).toMatchObject({ tier: 'exact', matched: null });
	});
});

describe('findPlaces: ranking', () => {
	const item = (key: string, kind: Findable['kind'], name: string, population = 0, alternates: string[] = []): Findable => ({ key, kind, name, alternates, population });
	const small = findIndex([
		item('settlement:1', 'settlement', 'Pokrovske', 9868),
		item('settlement:2', 'settlement', 'Pokrovka', 500),
		item('settlement:3', 'settlement', 'Pokrovsk', 60127),
		item('place:pokrovsk', 'place', 'Pokrovsk'),
		item('settlement:4', 'settlement', 'Novopokrovka', 4841),
		item('settlement:5', 'settlement', 'Pokrovka Druha', 2000),
		item('region:X', 'region', 'Pokrova Oblast')
	]);
	const keys = (text: string) => findPlaces(small, text).map((f) => f.item.key);

	it('puts an exact match before a prefix, a prefix before a word of the name, a word before a typo', () => {
		const found = findPlaces(small, 'pokrovka').map((f) => [f.item.key, f.tier]);
		// Pokrovka exactly; Pokrovka Druha starts with it; one letter off: Pokrova Oblast's start, Pokrovsk, Pokrovske.
		expect(found).toEqual([
			['settlement:2', 'exact'],
			['settlement:5', 'prefix'],
			['region:X', 'fuzzy'],
			['place:pokrovsk', 'fuzzy'],
			['settlement:3', 'fuzzy'],
			['settlement:1', 'fuzzy']
		]);
		// Novopokrovka has "pokrovka" inside a word, not at a word's start: not found.
		expect(found.map(([key]) => key)).not.toContain('settlement:4');
		expect(findPlaces(small, 'druha').map((f) => [f.item.key, f.tier])).toEqual([['settlement:5', 'word']]);
	});

	it('puts regions and the article’s places before settlements that match as well, and bigger settlements first', () => {
		expect(keys('Pokrovsk').slice(0, 2)).toEqual(['place:pokrovsk', 'settlement:3']);
		expect(keys('pokr').slice(0, 4)).toEqual(['region:X', 'place:pokrovsk', 'settlement:3', 'settlement:1']);
	});

	it('forgives one typo from 4 letters, two from 8, none in shorter text', () => {
		expect(editDistance('kupjansk', 'kupiansk')).toBe(1);
		expect(editDistance('pokrvosk', 'pokrovsk')).toBe(1);
		expect(editDistance('abc', 'xyz', 1)).toBe(2);
		expect(keys('pkro')).toEqual([]);
		expect(keys('pokrvosk')[0]).toBe('place:pokrovsk');
	});
});

describe('PlaceFinder', () => {
	const fresh = async (fetchFn: typeof fetch) => {
		const loaded = await loadAtlasData(base, { fetchFn, otherCountries: [] });
		return { loaded, finder: new PlaceFinder({ data: loaded.data, facts: loaded.facts, kurskDate: '2025-03-13', countries: [] }, fetchFn) };
	};

	it('adds the settlements to the gazetteer, the map and the index when loaded, and not before', async () => {
		const { loaded, finder } = await fresh(serveShipped());
		expect(loaded.data.gazetteer.known.settlements.size).toBe(0);
		expect(loaded.data.settlements?.features).toBeNull();
		expect(await finder.load()).toBe(true);
		const borova = keyOf('Borova');
		expect(loaded.data.gazetteer.entries.get(borova)).toMatchObject({ kind: 'settlement', name: 'Borova', what: 'Settlement in Kharkiv Oblast' });
		expect(loaded.data.gazetteer.known.settlements.has(borova.split(':')[1]!)).toBe(true);
		// Kupiansk is the article's place already: not a second entry, nor a second mark on the map;
		// Zaporizhzhia is a labelled city: found and selectable, but its dot and name are the city's.
		expect(loaded.data.gazetteer.known.settlements.has('703656')).toBe(false);
		expect(loaded.data.settlements?.features?.features.some((f) => f.properties.name === 'Borova')).toBe(true);
		expect(loaded.data.settlements?.features?.features.some((f) => f.properties.name === 'Kupiansk')).toBe(false);
		expect(loaded.data.gazetteer.entries.has(keyOf('Zaporizhzhya'))).toBe(true);
		expect(loaded.data.settlements?.features?.features.some((f) => f.properties.name === 'Zaporizhzhya')).toBe(false);
		expect(findPlaces(finder.index!, 'Borovaja')[0]?.item.key).toBe(borova);
	});

	it('says where a place lies and who held it on the date shown, by point in polygon', async () => {
		const { loaded, finder } = await fresh(serveShipped());
		await finder.load();
		const entry = (key: string) => loaded.data.gazetteer.entries.get(key)!;
		expect(finder.facts(entry(keyOf('Avdiivka')))).toEqual({ oblast: 'UA-14', held: 'occupied since 2022', heldOn: '2025-03-13' });
		expect(finder.facts(entry(keyOf('Borova')))).toMatchObject({ oblast: 'UA-63', held: 'Ukrainian-held' });
		expect(finder.facts(entry('place:kupiansk'))).toMatchObject({ oblast: 'UA-63' });
		expect(finder.detail(entry(keyOf('Avdiivka')))).toBe('Donetsk Oblast · occupied since 2022 on 13 Mar 2025');
		expect(finder.heldSentence(entry(keyOf('Avdiivka')))).toBe('On 13 March 2025, as DeepStateMap assessed it: occupied since 2022.');
		// Crimea: occupied before 2022. Moscow: no layer says who holds it, so nothing is said.
		expect(finder.facts(entry(keyOf('Oleshky')))?.held).toBe('occupied since 2022');
		expect(finder.facts(entry('place:moscow'))?.held ?? null).toBeNull();
		expect(finder.facts(entry('region:UA-14'))).toBeNull();
	});

	it('keeps the page working when settlements.json fails: the problem is named, nothing is added, a later try loads it', async () => {
		let fail = true;
		const flaky = ((input: URL) => (fail && input.pathname.endsWith('settlements.json') ? Promise.resolve(new Response('', { status: 500, statusText: 'Internal Server Error' })) : serveShipped()(input))) as typeof fetch;
		const { loaded, finder } = await fresh(flaky);
		const entries = loaded.data.gazetteer.entries.size;
		expect(await finder.load()).toBe(false);
		expect(finder.problem).toMatchObject({ file: 'settlements.json', reason: 'the server answered 500 Internal Server Error' });
		expect(finder.settlements).toBeNull();
		expect(loaded.data.gazetteer.entries.size).toBe(entries);
		expect(findPlaces(finder.index!, 'Kupjansk')[0]?.item.key).toBe('place:kupiansk');
		fail = false;
		expect(await finder.load()).toBe(true);
		expect(finder.problem).toBeNull();
		expect(loaded.data.gazetteer.entries.size).toBeGreaterThan(entries);
	});

	it('refuses a file that is not settlements.json’s shape, naming where', async () => {
		const wrong = ((input: URL) => (input.pathname.endsWith('settlements.json') ? Promise.resolve(new Response('{"fields":["id"],"settlements":[]}')) : serveShipped()(input))) as typeof fetch;
		const { finder } = await fresh(wrong);
		expect(await finder.load()).toBe(false);
		expect(finder.problem?.reason).toMatch(/^at fields: the fields must be id, name, lon, lat/);
	});
});
