import { describe, expect, it } from 'vitest';
import type { MapKey } from '$lib/map/mapKey';
import { embedSummary, embedTitle } from './summary';

const key = (over: Partial<MapKey> = {}): MapKey => ({
	heading: 'On the map, 13 March 2025',
	entries: [
		{ swatch: 'occupied-since', label: 'Occupied since 24 Feb 2022', short: 'Occupied since 2022' },
		{ swatch: 'contact', label: 'Contact line', short: 'Contact line' },
		{ swatch: 'selection', label: 'Selected (outlined)', short: 'Selected' }
	],
	notShown: [],
	...over
});

describe('embedSummary', () => {
	it('lists what the key lists, under its dated heading, with the attribution and the selection', () => {
		const text = embedSummary({ key: key(), asOf: 'As DeepStateMap assessed it on 13 March 2025', selectedName: 'Donetsk Oblast' });
		expect(text).toEqual([
			'A map of Ukraine within its internationally recognised borders, Crimea and Sevastopol included, and its neighbours.',
			'On the map, 13 March 2025: Occupied since 24 Feb 2022 and Contact line.',
			'As DeepStateMap assessed it on 13 March 2025.',
			'Selected and outlined: Donetsk Oblast.'
		]);
	});
	it('says when only the basemap is drawn, and names what could not be', () => {
		const text = embedSummary({ key: key({ heading: 'On the map', entries: [], notShown: ['contact line', 'Kursk'] }), asOf: null, selectedName: null });
		expect(text.slice(1)).toEqual(['On the map: the basemap only.', 'Not shown, as its file could not be used: contact line and Kursk.']);
	});
});

describe('embedTitle', () => {
	it('names the date when there is one', () => {
		expect(embedTitle('As DeepStateMap assessed it on 13 March 2025')).toBe('Map of Ukraine: As DeepStateMap assessed it on 13 March 2025 — Frontline Atlas');
		expect(embedTitle(null)).toBe('Map of Ukraine — Frontline Atlas');
	});
});
