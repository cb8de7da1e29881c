import { describe, expect, it } from 'vitest';
import type { KnownRefs } from '$lib/types/mapView';
import { formatCamera, noticeFor, parseUrlState, writeUrlState } from './urlState';

const limits = { bounds: [12, 39, 50, 59.5], minZoom: 3.5, maxZoom: 10 } as const;
const known: KnownRefs = { regions: new Set(['UA-14', 'RU-KRS']), countries: new Set(['UA', 'RU']), places: new Set(['moscow', 'chasiv-yar']) };
const parse = (query: string, withKnown: KnownRefs | null = known) => parseUrlState(new URLSearchParams(query), limits, withKnown);
/** A state with nothing from the link but what is given. */
const none = { map: {}, view: null, theme: null, panelHidden: false };

describe('parseUrlState', () => {
	it('reads a complete link', () => {
		expect(parse('select=region:UA-14&view=claims&at=37.8,48.02,6.5')).toEqual({
			state: { ...none, map: { select: 'region:UA-14', camera: { center: [37.8, 48.02], zoom: 6.5 } }, view: 'claims' },
			problems: [],
			adjusted: []
		});
		expect(parse('kursk=2024-08-27&snapshot=2025-03-13&theme=dark&panel=hidden')).toEqual({
			state: { map: { kurskDate: '2024-08-27', snapshot: '2025-03-13' }, view: null, theme: 'dark', panelHidden: true },
			problems: [],
			adjusted: []
		});
		expect(parse('panel=shown&theme=light').state).toEqual({ ...none, theme: 'light' });
	});

	it('reads two compared dates, the earlier first, and refuses anything else without echoing it', () => {
		expect(parse('compare=2024-08-06..2025-03-13').state.compare).toEqual({ from: '2024-08-06', to: '2025-03-13' });
		expect(parse('compare=2025-03-13..2024-08-06')).toMatchObject({ state: none, problems: ['compare (the first date is not before the second)'] });
		for (const bad of ['2024-08-06', '2024-02-30..2025-03-13', '2024-08-06..2025-03-13x', '<b>..</b>', '2024-08-06...2025-03-13']) {
			const read = parse(`compare=${encodeURIComponent(bad)}`);
			expect(read.state, bad).toEqual(none);
			expect(read.problems, bad).toEqual(['compare (not two dates written YYYY-MM-DD..YYYY-MM-DD)']);
		}
		expect(writeUrlState('', { map: {}, view: null, compare: { from: '2024-08-06', to: '2025-03-13' } })).toBe('?compare=2024-08-06..2025-03-13');
	});

	it('reads an empty query as no state and no problems', () => {
		expect(parse('')).toEqual({ state: none, problems: [], adjusted: [] });
		expect(parse('select=&view=&at=&kursk=&snapshot=&theme=&panel=')).toEqual({ state: none, problems: [], adjusted: [] });
	});

	it('accepts places and countries, and ignores parameters it does not own', () => {
		expect(parse('select=place:chasiv-yar&utm_source=x').state.map.select).toBe('place:chasiv-yar');
		expect(parse('select=country:UA').state.map.select).toBe('country:UA');
		expect(parse('utm_source=x').problems).toEqual([]);
	});

	it('accepts a settlement by its GeoNames id once the settlements are known, and names one that is not', () => {
		const withSettlements: KnownRefs = { ...known, settlements: new Set(['703656']) };
		expect(parse('select=settlement:703656', withSettlements).state.map.select).toBe('settlement:703656');
		expect(parse('select=settlement:1', withSettlements).problems).toEqual(['select (unknown settlement)']);
		// Before settlements.json is loaded no settlement is known.
		expect(parse('select=settlement:703656').problems).toEqual(['select (unknown settlement)']);
		expect(writeUrlState('', { map: { select: 'settlement:703656' }, view: null })).toBe('?select=settlement:703656');
	});

	it('drops unknown ids and names them', () => {
		expect(parse('select=region:UA-99')).toEqual({ state: none, problems: ['select (unknown region)'], adjusted: [] });
		expect(parse('select=place:atlantis').problems).toEqual(['select (unknown place)']);
		expect(parse('select=country:ZZ').problems).toEqual(['select (unknown country)']);
	});

	it('checks only the form of ids when none are known yet', () => {
		expect(parse('select=region:UA-99', null).state.map.select).toBe('region:UA-99');
		expect(parse('select=planet:mars', null).problems).toEqual(['select (a selection that is not a region, place, settlement or country)']);
	});

	it('never echoes markup or long input', () => {
		const { state, problems } = parse('select=region:<script>alert(1)</script>&view=<img src=x onerror=alert(1)>&at=abc,<script>,999');
		expect(state).toEqual(none);
		expect(problems).toHaveLength(3);
		for (const problem of problems) expect(problem).not.toMatch(/[<>"]|script|img|alert/);
		expect(parse(`select=place:${'a'.repeat(200)}`).problems[0]).not.toContain('aaaa');
	});

	it('rejects malformed, impossible and off-map cameras and absurd zooms', () => {
		for (const at of ['abc,48,6', '37.8,48.02', '37.8,48.02,1e3', '37.8,48.02,' + '9'.repeat(400), '37.8,48.02,6,1', '37.8,,6', 'NaN,48,6', 'Infinity,48,6', '1e3,48,6', '0x10,48,6', '37.8;48.02;6']) {
			expect(parse(`at=${encodeURIComponent(at)}`).state.map.camera, at).toBeUndefined();
			expect(parse(`at=${encodeURIComponent(at)}`).problems, at).toHaveLength(1);
		}
		expect(parse('at=200,48,6').problems).toEqual(['at (a map position with an impossible longitude or latitude)']);
		expect(parse('at=37.8,95,6').problems).toEqual(['at (a map position with an impossible longitude or latitude)']);
		expect(parse('at=-77,38.9,6').problems).toEqual(['at (a map position outside the map)']);
	});

	it('brings a zoom out of range into it, keeps the centre, and says so', () => {
		expect(parse('at=37.8,48.02,999')).toEqual({
			state: { ...none, map: { camera: { center: [37.8, 48.02], zoom: 10 } } },
			problems: [],
			adjusted: ['at (a zoom outside 3.5–10: shown at zoom 10, on the same centre)']
		});
		expect(parse('at=37.8,48.02,-2').state.map.camera).toEqual({ center: [37.8, 48.02], zoom: 3.5 });
		expect(parse('at=37.8,48.02,3.5').adjusted).toEqual([]);
		// An off-map centre is still refused, whatever the zoom.
		expect(parse('at=-77,38.9,99')).toMatchObject({ state: none, problems: ['at (a map position outside the map)'], adjusted: [] });
	});

	it('refuses dates that are not dates, themes and panel states it does not know, without echoing them', () => {
		const { state, problems } = parse('kursk=2022-02-30&snapshot=yesterday&theme=<b>pink</b>&panel=closed');
		expect(state).toEqual(none);
		expect(problems).toEqual(['kursk (not a date written YYYY-MM-DD)', 'snapshot (not a date written YYYY-MM-DD)', 'theme (neither light nor dark)', 'panel (neither shown nor hidden)']);
		// Only light and dark: the wall's theme is presentation mode's.
		expect(parse('theme=contrast').problems).toEqual(['theme (neither light nor dark)']);
	});

	it('reports an unknown view', () => {
		expect(parse('view=map')).toEqual({ state: none, problems: ['view (not a tab of the panel)'], adjusted: [] });
	});
});

describe('writeUrlState', () => {
	it('writes readable links that read back the same', () => {
		const search = writeUrlState(new URLSearchParams(''), { map: { select: 'region:UA-14', camera: { center: [37.80012, 48.0249], zoom: 6.4999 } }, view: 'timeline' });
		expect(search).toBe('?select=region:UA-14&view=timeline&at=37.8,48.025,6.5');
		const back = parse(search.slice(1));
		expect(back.problems).toEqual([]);
		expect(back.state).toEqual({ ...none, map: { select: 'region:UA-14', camera: { center: [37.8, 48.025], zoom: 6.5 } }, view: 'timeline' });
		const all = { map: { select: 'region:RU-KRS', kurskDate: '2024-08-27', snapshot: '2025-03-13' }, view: 'claims', theme: 'dark', panelHidden: true } as const;
		const written = writeUrlState('', all);
		expect(written).toBe('?select=region:RU-KRS&view=claims&kursk=2024-08-27&snapshot=2025-03-13&theme=dark&panel=hidden');
		expect(parse(written.slice(1))).toEqual({ state: all, problems: [], adjusted: [] });
	});

	it('leaves out the default view and empty values, and keeps foreign parameters', () => {
		expect(writeUrlState(new URLSearchParams('select=region:UA-14&lang=en'), { map: {}, view: 'article' })).toBe('?lang=en');
		expect(writeUrlState(new URLSearchParams(''), { map: {}, view: null })).toBe('');
	});

	it('writes of the map view only what a link carries: the selection, an exact camera and the dates', () => {
		const view = { select: 'place:moscow', camera: { layer: 'occupied' }, layers: { kursk: false }, kurskDate: '2024-08-27' } as const;
		expect(writeUrlState(new URLSearchParams(''), { map: view, view: null })).toBe('?select=place:moscow&kursk=2024-08-27');
	});

	it('formats the camera with three decimals of a degree and two of a zoom', () => {
		expect(formatCamera({ center: [30.52381, 50.45469], zoom: 7.12345 })).toBe('30.524,50.455,7.12');
	});
});

describe('noticeFor', () => {
	it('joins the problems into one sentence', () => {
		expect(noticeFor([])).toBeNull();
		expect(noticeFor(["unknown region 'UA-99'", 'a zoom outside 3.5–10'])).toBe("Ignored part of the link: unknown region 'UA-99'; a zoom outside 3.5–10.");
		expect(noticeFor(['view (not a tab of the panel)'], ['at (a zoom outside 3.5–10: shown at zoom 10, on the same centre)'])).toBe(
			'Ignored part of the link: view (not a tab of the panel). Adjusted part of the link: at (a zoom outside 3.5–10: shown at zoom 10, on the same centre).'
		);
	});
});
