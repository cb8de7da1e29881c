import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basemapLayers, type BasemapTopology } from '$lib/geo/basemapLayers';
import { article, knownArticleIds } from '$lib/article';
import { buildGazetteer, clipBbox } from './gazetteer';
import { asPlaces } from './loadPlaces';

const read = (file: string) => JSON.parse(readFileSync(`static/data/${file}`, 'utf8'));
const layers = basemapLayers(read('basemap.topojson') as BasemapTopology);
const places = asPlaces(read('places.geojson'));
const claims = read('facts/annexation-claims.json').claims;
const bounds: [number, number, number, number] = [12, 39, 50, 59.5];
const gazetteer = buildGazetteer({ admin1: layers.admin1, countries: layers.countries, places, annexationClaims: claims, otherCountries: ['US', 'SA'], bounds });

describe('buildGazetteer', () => {
	it('describes regions with their annexation claims', () => {
		const donetsk = gazetteer.entries.get('region:UA-14')!;
		expect(donetsk).toMatchObject({ name: 'Donetsk Oblast', what: 'Oblast of Ukraine', annexationClaimedOn: '2022-09-30', onMap: true });
		expect(gazetteer.entries.get('region:UA-43')).toMatchObject({ what: 'Autonomous republic of Ukraine', annexationClaimedOn: '2014-03-18' });
		expect(gazetteer.entries.get('region:RU-KRS')).toMatchObject({ name: 'Kursk Oblast', what: 'Oblast of Russia', annexationClaimedOn: null });
		const [w, s, e, n] = donetsk.bbox!;
		expect(w).toBeLessThan(37.8);
		expect(e).toBeGreaterThan(37.8);
		expect(s).toBeLessThan(48);
		expect(n).toBeGreaterThan(48);
	});

	it('lists Ukraine first, alphabetically', () => {
		expect(gazetteer.regions[0]!.country).toBe('UA');
		expect(gazetteer.regions.at(-1)!.country).toBe('RU');
	});

	it('tells places on the map from those beyond it', () => {
		expect(gazetteer.entries.get('place:kyiv')).toMatchObject({ what: 'Capital of Ukraine', onMap: true });
		expect(gazetteer.entries.get('place:pokrovsk')).toMatchObject({ what: 'Front-line town in Ukraine', onMap: true });
		for (const id of ['jeddah', 'washington', 'white-house', 'paris', 'london']) expect(gazetteer.entries.get(`place:${id}`)!.onMap, id).toBe(false);
	});

	it('knows every id the article mentions', () => {
		const mentioned = knownArticleIds(article);
		for (const id of mentioned.regions) expect(gazetteer.known.regions.has(id), id).toBe(true);
		for (const id of mentioned.places) expect(gazetteer.known.places.has(id), id).toBe(true);
		for (const id of mentioned.countries) expect(gazetteer.known.countries.has(id), id).toBe(true);
		expect(gazetteer.entries.get('country:US')).toMatchObject({ name: 'United States', onMap: false, bbox: null });
	});

	it('clips bounds to the map', () => {
		expect(clipBbox([0, 30, 60, 70], bounds)).toEqual(bounds);
	});
});
