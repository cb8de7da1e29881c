import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerEntry } from '$lib/types/mapData';
import { exactOption, filterGroups, moveActive, optionKeys, pickerGroups } from './regionPicker';

const entry = (key: string, name: string, country: string, onMap = true): GazetteerEntry => {
	const [kind, id] = key.split(':') as [GazetteerEntry['kind'], string];
	return { key, kind, id, name, what: '', country, annexationClaimedOn: null, bbox: null, point: null, onMap };
};
const regions = [entry('region:UA-14', 'Donetsk Oblast', 'UA'), entry('region:UA-23', 'Zaporizhzhia Oblast', 'UA'), entry('region:RU-KRS', 'Kursk Oblast', 'RU')];
const places = [entry('place:kyiv', 'Kyiv', 'UA'), entry('place:jeddah', 'Jeddah', 'SA', false)];
const countries = [entry('country:SA', 'Saudi Arabia', 'SA'), entry('country:FR', 'France', 'FR')];
const gazetteer = { entries: new Map(), regions, places, countries, known: { regions: new Set(), countries: new Set(), places: new Set() } } as Gazetteer;

describe('the region picker’s list', () => {
	it('groups regions by country, places on and beyond the map, and only the countries the article names', () => {
		const groups = pickerGroups(gazetteer, ['SA']);
		expect(groups.map((g) => [g.label, g.entries.map((e) => e.key)])).toEqual([
			['Regions of Ukraine', ['region:UA-14', 'region:UA-23']],
			['Regions of Russia', ['region:RU-KRS']],
			['Places on the map', ['place:kyiv']],
			['Places beyond the map', ['place:jeddah']],
			['Countries in the article', ['country:SA']]
		]);
		expect(pickerGroups(null, ['SA'])).toEqual([]);
	});

	it('filters by a typed text, ignoring case and accents, and drops empty groups', () => {
		const groups = pickerGroups(gazetteer, ['SA']);
		expect(optionKeys(filterGroups(groups, 'OBLAST'))).toEqual(['region:UA-14', 'region:UA-23', 'region:RU-KRS']);
		expect(filterGroups(groups, 'kurs').map((g) => g.label)).toEqual(['Regions of Russia']);
		expect(optionKeys(filterGroups(groups, 'Zapórizh'))).toEqual(['region:UA-23']);
		expect(filterGroups(groups, '  ')).toEqual(groups);
		expect(filterGroups(groups, 'atlantis')).toEqual([]);
	});

	it('knows the option whose name is exactly what was typed, whatever else a typo lets in', () => {
		const groups = pickerGroups(gazetteer, ['SA']);
		expect(exactOption(filterGroups(groups, 'kursk oblast'), 'kursk oblast')).toBe('region:RU-KRS');
		expect(exactOption(filterGroups(groups, 'KYIV'), 'KYIV')).toBe('place:kyiv');
		expect(exactOption(filterGroups(groups, 'kurs'), 'kurs')).toBeNull();
	});

	it('moves the active option with the arrows, wrapping at the ends', () => {
		const keys = ['a', 'b', 'c'];
		expect(moveActive(keys, null, 'next')).toBe('a');
		expect(moveActive(keys, null, 'previous')).toBe('c');
		expect(moveActive(keys, 'a', 'next')).toBe('b');
		expect(moveActive(keys, 'c', 'next')).toBe('a');
		expect(moveActive(keys, 'a', 'previous')).toBe('c');
		expect(moveActive(keys, 'b', 'first')).toBe('a');
		expect(moveActive(keys, 'b', 'last')).toBe('c');
		// An active option the filter removed counts as none.
		expect(moveActive(keys, 'z', 'next')).toBe('a');
		expect(moveActive([], 'a', 'next')).toBeNull();
	});
});
