import { describe, expect, it } from 'vitest';
import type { KnownRefs } from '$lib/types/mapView';
import { LinkSync } from './linkSync.svelte';

const limits = { bounds: [12, 39, 50, 59.5], minZoom: 3.5, maxZoom: 10 } as const;
const known: KnownRefs = { regions: new Set(['UA-14']), countries: new Set(['UA']), places: new Set(['moscow']) };
const dates = { kurskDates: ['2024-08-27', '2025-03-13'], snapshots: ['2025-03-13'] };
const state = { select: null, view: 'article', kurskDate: null, snapshot: null, panelHidden: false } as const;

describe('LinkSync', () => {
	it('reads the camera and the tab at once, and is ready at once without a selection', () => {
		const link = new LinkSync();
		expect(link.read('?view=timeline&at=37.8,48.02,6.5&theme=dark&panel=hidden', limits)).toEqual({ view: 'timeline', theme: 'dark', panelHidden: true, point: null, measure: null });
		expect(link.initialCamera).toEqual({ center: [37.8, 48.02], zoom: 6.5 });
		expect(link.camera).toEqual(link.initialCamera);
		expect(link.ready).toBe(true);
		expect(link.notice).toBeNull();
		expect(link.resolve(known, dates)).toBeNull();
	});

	it('waits for the ids to check a selection, then is ready, once', () => {
		const link = new LinkSync();
		link.read('?select=place:moscow', limits);
		expect(link.ready).toBe(false);
		expect(link.search('?select=place:moscow', state)).toBeNull();
		expect(link.resolve(known, dates)).toEqual({ select: 'place:moscow', kurskDate: null, snapshot: null });
		expect(link.ready).toBe(true);
		expect(link.resolve(known, dates)).toBeNull();
	});

	it('puts an unknown selection first in the notice, and can dismiss it', () => {
		const link = new LinkSync();
		link.read('?select=region:UA-99&view=map', limits);
		expect(link.resolve(known, dates)).toEqual({ select: null, kurskDate: null, snapshot: null });
		expect(link.notice).toBe('Ignored part of the link: select (unknown region); view (not a tab of the panel).');
		link.dismiss();
		expect(link.notice).toBeNull();
	});

	it('writes the selection, the tab and the camera at rest, keeping other parameters; null when nothing changes', () => {
		const link = new LinkSync();
		link.read('?lang=en', limits);
		expect(link.search('?lang=en', state)).toBeNull();
		link.camera = { center: [30.52381, 50.45469], zoom: 7.12345 };
		expect(link.search('?lang=en', { ...state, select: 'region:UA-14', view: 'claims' })).toBe('?lang=en&select=region:UA-14&view=claims&at=30.524,50.455,7.12');
		link.theme = 'dark';
		expect(link.search('', { ...state, kurskDate: '2024-08-27', panelHidden: true })).toBe('?at=30.524,50.455,7.12&kursk=2024-08-27&theme=dark&panel=hidden');
	});

	it('keeps the link’s dates the data has, and names the others without their value', () => {
		const link = new LinkSync();
		link.read('?kursk=2024-08-27&snapshot=2025-03-13', limits);
		expect(link.ready).toBe(false);
		expect(link.resolve(known, dates)).toEqual({ select: null, kurskDate: '2024-08-27', snapshot: '2025-03-13' });
		expect(link.notice).toBeNull();

		const bad = new LinkSync();
		bad.read('?kursk=2024-08-28&snapshot=2020-01-01', limits);
		expect(bad.resolve(known, dates)).toEqual({ select: null, kurskDate: null, snapshot: null });
		expect(bad.notice).toBe('Ignored part of the link: kursk (no Kursk snapshot on that date); snapshot (no snapshot of the front on that date).');
		expect(bad.notice).not.toContain('2024-08-28');

		const noFacts = new LinkSync();
		noFacts.read('?kursk=2024-08-27', limits);
		noFacts.resolve(known, { kurskDates: null, snapshots: null });
		expect(noFacts.notice).toBe('Ignored part of the link: kursk (the Kursk snapshots could not be loaded).');
	});

	it('keeps a compared pair the data has, names one it has not, and writes the pair in place of the dates it sets', () => {
		const frontDates = { kurskDates: ['2024-08-27', '2025-03-13'], snapshots: ['2024-08-06', '2025-03-13'] };
		const link = new LinkSync();
		link.read('?compare=2024-08-06..2025-03-13', limits);
		expect(link.resolve(known, frontDates)).toEqual({ select: null, kurskDate: null, snapshot: null, compare: { from: '2024-08-06', to: '2025-03-13' } });
		expect(link.notice).toBeNull();
		expect(link.search('', { ...state, snapshot: '2024-08-06', kurskDate: '2024-08-27', compare: { from: '2024-08-06', to: '2025-03-13' } })).toBe('?compare=2024-08-06..2025-03-13');

		const bad = new LinkSync();
		bad.read('?compare=2024-08-06..2024-08-27', limits);
		expect(bad.resolve(known, frontDates)).toEqual({ select: null, kurskDate: null, snapshot: null });
		expect(bad.notice).toBe('Ignored part of the link: compare (not two snapshots of the front, nor two dates of the Kursk layer).');
	});

	it('clamps a zoom out of range with a notice, and is ready at once', () => {
		const link = new LinkSync();
		link.read('?at=37.8,48.02,25', limits);
		expect(link.initialCamera).toEqual({ center: [37.8, 48.02], zoom: 10 });
		expect(link.notice).toBe('Adjusted part of the link: at (a zoom outside 3.5–10: shown at zoom 10, on the same centre).');
	});
});
