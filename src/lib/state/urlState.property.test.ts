// Property tests for the link: whatever a link holds, reading it never throws, yields a state the
// page can draw, and never repeats the link's text in the notice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atlasConfig } from '$lib/config';
import { views } from './atlas.svelte';
import { noticeFor, parseUrlState, writeUrlState } from './urlState';

const limits = { bounds: atlasConfig.bounds, minZoom: atlasConfig.minZoom, maxZoom: atlasConfig.maxZoom } as const;
const known = { regions: new Set(['UA-14', 'RU-KRS']), countries: new Set(['UA']), places: new Set(['kyiv']) };

/** Values a hostile or careless link may hold for a parameter. */
const nasty = fc.oneof(
	fc.string(),
	fc.constantFrom('constructor:UA', '__proto__:UA', 'toString:x', 'hasOwnProperty:x', 'region:constructor', 'region:__proto__', '<script>alert(1)</script>', 'NaN,NaN,NaN', 'Infinity,1,1', '1e308,1e308,1e308', '-0,-0,-0', ''),
	fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
	fc.tuple(fc.constantFrom('region', 'place', 'country', 'x', ''), fc.string()).map(([k, id]) => `${k}:${id}`)
);

describe('parseUrlState, for any link', () => {
	it('never throws, and gives a selection the data has, a camera on the map, a tab of the panel', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom('select', 'view', 'at', 'other'), nasty), (params) => {
				const query = new URLSearchParams(params).toString();
				const { state, problems } = parseUrlState(query, limits, known);
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
				// The notice names parameters, never their values.
				const notice = noticeFor(problems) ?? '';
				for (const value of Object.values(params)) if (value.length > 3 && !/^[\d.,-]+$/.test(value)) expect(notice).not.toContain(value);
				// What was read writes back without throwing.
				expect(typeof writeUrlState(query, state)).toBe('string');
			}),
			{ numRuns: 300 }
		);
	});
});
