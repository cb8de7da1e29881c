// The analyst tools' part of the link: the point card's `pt` and the measurement's `measure`.
import { describe, expect, it } from 'vitest';
import { LinkSync } from './linkSync.svelte';
import { formatMeasure, noticeFor, parseUrlState, readMeasure, writeUrlState } from './urlState';

const limits = { bounds: [12, 39, 50, 59.5], minZoom: 3.5, maxZoom: 10 } as const;
const parse = (query: string) => parseUrlState(new URLSearchParams(query), limits);

describe('pt and measure in the link', () => {
	it('reads a point and a measurement', () => {
		const { state, problems } = parse('pt=37.5512,48.0112&measure=line:37.5,48;38.25,48.5');
		expect(problems).toEqual([]);
		expect(state.point).toEqual([37.5512, 48.0112]);
		expect(state.measure).toEqual({ kind: 'line', vertices: [[37.5, 48], [38.25, 48.5]] });
		expect(parse('measure=area:37,48;38,48;38,49').state.measure?.kind).toBe('area');
	});

	it('writes them with four decimals, `;` and `,` unescaped, and reads back what it wrote', () => {
		const written = writeUrlState('', { map: {}, view: null, point: [37.123456, 48.987654], measure: { kind: 'area', vertices: [[37.00001, 48], [38.5, 48.25], [38, 49.12346]] } });
		expect(written).toBe('?pt=37.1235,48.9877&measure=area:37,48;38.5,48.25;38,49.1235');
		const back = parse(written.slice(1)).state;
		expect(back.point).toEqual([37.1235, 48.9877]);
		expect(back.measure && formatMeasure(back.measure)).toBe('area:37,48;38.5,48.25;38,49.1235');
	});

	it.each([
		['pt=37.5', 'pt (not longitude,latitude in decimal degrees)'],
		['pt=abc,48', 'pt (not longitude,latitude in decimal degrees)'],
		['pt=120,10', 'pt (a point outside the map)'],
		['pt=Infinity,48', 'pt (not longitude,latitude in decimal degrees)'],
		['measure=circle:37,48;38,48', 'measure (neither line: nor area: and its points)'],
		['measure=37,48;38,48', 'measure (neither line: nor area: and its points)'],
		['measure=line:37,48', 'measure (a distance needs at least 2 points)'],
		['measure=area:37,48;38,48', 'measure (an area needs at least 3 points)'],
		['measure=line:37,48;;38,48', 'measure (points that are not longitude,latitude pairs separated by ;)'],
		['measure=line:37,48;120,10', 'measure (a point outside the map)'],
		['measure=__proto__:1,2;3,4', 'measure (neither line: nor area: and its points)']
	])('refuses %s, saying why without echoing it', (query, problem) => {
		const { state, problems } = parse(query);
		expect(problems).toEqual([problem]);
		expect(state.point ?? null).toBeNull();
		expect(state.measure ?? null).toBeNull();
		expect(noticeFor(problems)).not.toContain(query.split('=')[1]);
	});

	it('refuses more than 100 points', () => {
		const points = Array.from({ length: 101 }, (_, i) => `${30 + i / 100},48`).join(';');
		expect(readMeasure(`line:${points}`, limits)).toEqual({ measure: null, problem: 'more than 100 points' });
	});

	it('keeps the other parameters when a bad one is refused', () => {
		const { state, problems } = parse('pt=nope&view=claims&measure=line:37,48;38,48');
		expect(problems).toEqual(['pt (not longitude,latitude in decimal degrees)']);
		expect(state.view).toBe('claims');
		expect(state.measure?.vertices).toHaveLength(2);
	});

	it('round-trips through LinkSync: read at once, written back', () => {
		const link = new LinkSync();
		const start = link.read('?pt=37.5,48&measure=line:37,48;38,48', limits);
		expect(start.point).toEqual([37.5, 48]);
		expect(start.measure?.kind).toBe('line');
		const search = link.search('', { select: null, view: 'article', kurskDate: null, snapshot: null, panelHidden: false, point: start.point, measure: start.measure });
		expect(search).toBe('?pt=37.5,48&measure=line:37,48;38,48');
	});
});
