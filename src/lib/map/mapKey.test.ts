import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Polygon } from 'geojson';
import { allFactsVisible, type FactsVisibility } from '$lib/types/mapView';
import { asOfText, drawnDates, keyHeading, mapKey, viewDates, type MapKeyInput } from './mapKey';

describe('asOfText', () => {
	it('names one date when the front and Kursk agree, or Kursk is not drawn', () => {
		expect(asOfText({ front: '2025-03-13', kursk: '2025-03-13' })).toBe('As DeepStateMap assessed it on 13 March 2025');
		expect(asOfText({ front: '2025-03-13', kursk: null })).toBe('As DeepStateMap assessed it on 13 March 2025');
	});
	it('names both dates when they differ', () => {
		expect(asOfText({ front: '2025-03-13', kursk: '2024-08-27' })).toBe('DeepStateMap: front 13 Mar 2025 · Kursk 27 Aug 2024');
	});
	it('says nothing when nothing dated is drawn', () => {
		expect(asOfText({ front: null, kursk: null })).toBeNull();
	});
});

describe('keyHeading', () => {
	it('names the date of what is drawn', () => {
		expect(keyHeading({ front: '2025-03-13', kursk: null })).toBe('On the map, 13 March 2025');
		expect(keyHeading({ front: '2025-03-13', kursk: '2024-08-27' })).toBe('On the map: front 13 March 2025 · Kursk 27 August 2024');
		expect(keyHeading({ front: null, kursk: null })).toBe('On the map');
	});
});

const line = (confidence: string): FeatureCollection<LineString> => ({
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: { confidence }, geometry: { type: 'LineString', coordinates: [[37, 48], [38, 48]] } }]
});
const collection = <G extends Polygon | LineString>(geometry: G, ...categories: string[]): FeatureCollection<G> => ({
	type: 'FeatureCollection',
	features: categories.map((category) => ({ type: 'Feature', properties: { category }, geometry }))
});
const square: Polygon = { type: 'Polygon', coordinates: [[[37, 48], [38, 48], [38, 49], [37, 48]]] };
const borderLine: LineString = { type: 'LineString', coordinates: [[39, 49], [40, 49]] };
const facts = { asOf: '2025-03-13', kurskPeakDate: '2024-08-27', contactLine: line('low'), occupied: collection(square, 'before-2022', 'since-2022'), contested: collection(square, 'contested'), border: collection(borderLine, 'active-front', 'not-front') };
const input = (over: Partial<MapKeyInput> = {}): MapKeyInput => ({ facts, visibility: allFactsVisible, kurskDate: '2025-03-13', unavailable: [], places: true, selected: null, globe: false, ...over });
const swatches = (over: Partial<MapKeyInput> = {}) => mapKey(input(over)).entries.map((e) => e.swatch);
const only = (...on: (keyof FactsVisibility)[]): FactsVisibility => ({ occupied: on.includes('occupied'), contactLine: on.includes('contactLine'), annexationClaims: on.includes('annexationClaims'), kursk: on.includes('kursk'), borderFront: on.includes('borderFront') });

describe('drawnDates', () => {
	it('dates Kursk only when it is drawn', () => {
		expect(drawnDates(facts, allFactsVisible, '2024-08-27')).toEqual({ front: '2025-03-13', kursk: '2024-08-27' });
		expect(drawnDates(facts, { ...allFactsVisible, kursk: false }, '2024-08-27')).toEqual({ front: '2025-03-13', kursk: null });
		expect(drawnDates(facts, allFactsVisible, null)).toEqual({ front: '2025-03-13', kursk: '2024-08-27' });
		expect(drawnDates(facts, allFactsVisible, '2024-08-27', [{ file: 'kursk.geojson', what: 'Kursk', reason: 'x', layers: ['kursk'] }]).kursk).toBeNull();
	});
});

describe('viewDates', () => {
	it('dates a chapter as the presentation draws it', () => {
		expect(viewDates({ layers: only('kursk'), kurskDate: '2024-08-27' }, '2025-03-13')).toEqual({ front: '2025-03-13', kursk: '2024-08-27' });
		expect(viewDates({ layers: only('occupied'), kurskDate: '2024-08-27' }, '2025-03-13')).toEqual({ front: '2025-03-13', kursk: null });
		expect(viewDates({ layers: only('kursk'), snapshot: '2025-02-15' }, '2025-03-13')).toEqual({ front: '2025-02-15', kursk: '2025-03-13' });
	});
});

describe('mapKey', () => {
	it('lists every layer drawn on a cold open, in the full legend’s order', () => {
		expect(swatches()).toEqual(['occupied-since', 'occupied-before', 'contested', 'contact', 'contact-low', 'claim', 'kursk', 'kursk-peak', 'border-front', 'place']);
		expect(mapKey(input()).heading).toBe('On the map, 13 March 2025');
		expect(mapKey(input()).notShown).toEqual([]);
	});

	it('names only what the snapshot holds: before the invasion, no ground occupied since 2022, none contested and no border front', () => {
		const eve = { ...facts, asOf: '2022-02-23', occupied: collection(square, 'before-2022'), contested: collection(square), border: collection(borderLine, 'behind-russian-lines', 'not-front') };
		expect(swatches({ facts: eve, visibility: only('occupied', 'borderFront'), places: false })).toEqual(['occupied-before']);
	});

	it('lists only the layers that are on', () => {
		expect(swatches({ visibility: only('contactLine', 'borderFront'), places: false })).toEqual(['contact', 'contact-low', 'border-front']);
		// Contested ground follows the occupied territory when a view does not name it.
		expect(swatches({ visibility: only('occupied'), places: false })).toEqual(['occupied-since', 'occupied-before', 'contested']);
	});

	it('leaves out the dashed stretch when the contact line has none', () => {
		expect(swatches({ facts: { ...facts, contactLine: line('high') }, visibility: only('contactLine'), places: false })).toEqual(['contact']);
	});

	it('dates Kursk, and names both dates in the heading when Kursk is not the front’s date', () => {
		const key = mapKey(input({ visibility: only('kursk'), kurskDate: '2024-08-27', places: false }));
		expect(key.entries.map((e) => e.label)).toEqual(['Contested, Kursk oblast', 'Ukrainian-held, Kursk oblast, 27 Aug 2024', 'Kursk, largest extent, 27 Aug 2024']);
		expect(key.heading).toBe('On the map: front 13 March 2025 · Kursk 27 August 2024');
	});

	it('keys the selection outline, and the arcs on the globe', () => {
		expect(swatches({ visibility: only(), selected: 'place:jeddah', globe: true })).toEqual(['place', 'arc', 'selected-place']);
		expect(swatches({ visibility: only(), selected: 'region:UA-14', places: false })).toEqual(['selection']);
	});

	it('keys the towns and villages when they are named on the map, and a selected one as a place', () => {
		expect(swatches({ visibility: only(), settlements: true })).toEqual(['place', 'settlement']);
		expect(mapKey(input({ visibility: only(), settlements: true })).entries.at(-1)!.label).toBe('Town or village (GeoNames)');
		expect(swatches({ visibility: only(), places: false, selected: 'settlement:703656' })).toEqual(['selected-place']);
	});

	it('says which layers are not shown because their file failed, and does not key them', () => {
		const key = mapKey(input({ unavailable: [{ file: 'contact-line.geojson', what: 'the contact line', reason: 'not JSON', layers: ['contactLine'] }] }));
		expect(key.entries.map((e) => e.swatch)).not.toContain('contact');
		expect(key.notShown).toEqual(['contact line']);
		// A layer switched off is not "not shown" for want of its file.
		expect(mapKey(input({ visibility: { ...allFactsVisible, contactLine: false }, unavailable: [{ file: 'c', what: 'c', reason: 'r', layers: ['contactLine'] }] })).notShown).toEqual([]);
	});

	it('says so when the dated layers or the places could not be loaded at all', () => {
		const key = mapKey(input({ facts: null, unavailable: [{ file: 'manifest.json', what: 'the dated layers', reason: 'HTTP 404' }] }));
		expect(key.entries.map((e) => e.swatch)).toEqual(['place']);
		expect(key.notShown).toEqual(['the dated layers']);
		expect(key.heading).toBe('On the map');
	});
});
