// Property tests for the link: whatever a link holds, reading it never throws, yields a state the
// page can draw, and never repeats the link's text in the notice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atlasConfig } from '$lib/config';
import { isCalendarDate } from '$lib/data/calendarDate';
import { views } from './atlas.svelte';
import { noticeFor, parseUrlState, writeUrlState } from './urlState';

const limits = { bounds: atlasConfig.bounds, minZoom: atlasConfig.minZoom, maxZoom: atlasConfig.maxZoom } as const;
const known = { regions: new Set(['UA-14', 'RU-KRS']), countries: new Set(['UA']), places: new Set(['kyiv']) };

/** Words the notice itself uses. */
const ownWords = new Set(['light', 'dark', 'shown', 'hidden', 'region', 'place', 'country', 'panel', 'theme', 'kursk', 'snapshot', 'select', 'view']);

/** Values a hostile or careless link may hold for a parameter. */
const nasty = fc.oneof(
	fc.string(),
	fc.constantFrom('constructor:UA', '__proto__:UA', 'toString:x', 'hasOwnProperty:x', 'region:constructor', 'region:__proto__', '<script>alert(1)</script>', 'NaN,NaN,NaN', 'Infinity,1,1', '1e308,1e308,1e308', '-0,-0,-0', ''),
	fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
	fc.tuple(fc.constantFrom('region', 'place', 'country', 'x', ''), fc.string()).map(([k, id]) => `${k}:${id}`),
	fc.constantFrom('light', 'dark', 'contrast', 'hidden', 'shown', '2024-08-27', '2022-02-30', '2024-8-27', '20240827', '0000-00-00'),
	fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
);

describe('parseUrlState, for any link', () => {
	it('never throws, and gives a selection the data has, a camera on the map, a tab of the panel', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom('select', 'view', 'at', 'kursk', 'snapshot', 'theme', 'panel', 'other'), nasty), (params) => {
				const query = new URLSearchParams(params).toString();
				const { state, problems, adjusted } = parseUrlState(query, limits, known);
				if (state.map.select) {
					const [kind, id] = state.map.select.split(':') as [string, string];
					expect(kind === 'region' ? known.regions.has(id) : kind === 'country' ? known.countries.has(id) : known.places.has(id)).toBe(true);
				}
				const camera = state.map.camera;
				if (camera && 'center' in camera) {
					expect(camera.zoom).toBeGreaterThanOrEqual(limits.minZoom);
					expect(camera.zoom).toBeLessThanOrEqual(limits.maxZoom);
					expect(camera.center.every(Number.isFinite)).toBe(true);
				}
				if (state.view !== null) expect(views).toContain(state.view);
				for (const date of [state.map.kurskDate, state.map.snapshot]) if (date !== undefined) expect(isCalendarDate(date)).toBe(true);
				expect([null, 'light', 'dark']).toContain(state.theme);
				expect(typeof state.panelHidden).toBe('boolean');
				// The notice names parameters, never their values.
				const notice = noticeFor(problems, adjusted) ?? '';
				// (The notice's own words, such as "light", may of course be a link's value too.)
				for (const value of Object.values(params)) if (value.length > 3 && !/^[\d.,-]+$/.test(value) && !ownWords.has(value)) expect(notice).not.toContain(value);
				// What was read writes back, and reads again as the same state without a problem.
				const written = writeUrlState(query, state);
				const again = parseUrlState(written, limits, known);
				expect(again.state).toEqual(state.map.camera ? { ...state, map: { ...state.map, camera: again.state.map.camera } } : state);
				expect(again.problems).toEqual([]);
				expect(again.adjusted).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});
});
