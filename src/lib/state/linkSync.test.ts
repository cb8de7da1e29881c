import { describe, expect, it } from 'vitest';
import type { KnownRefs } from '$lib/types/mapView';
import { LinkSync } from './linkSync.svelte';

const limits = { bounds: [12, 39, 50, 59.5], minZoom: 3.5, maxZoom: 10 } as const;
const known: KnownRefs = { regions: new Set(['UA-14']), countries: new Set(['UA']), places: new Set(['moscow']) };

describe('LinkSync', () => {
	it('reads the camera and the tab at once, and is ready at once without a selection', () => {
		const link = new LinkSync();
		expect(link.read('?view=timeline&at=37.8,48.02,6.5', limits)).toBe('timeline');
		expect(link.initialCamera).toEqual({ center: [37.8, 48.02], zoom: 6.5 });
		expect(link.camera).toEqual(link.initialCamera);
		expect(link.ready).toBe(true);
		expect(link.notice).toBeNull();
		expect(link.resolve(known)).toBeNull();
	});

	it('waits for the ids to check a selection, then is ready, once', () => {
		const link = new LinkSync();
		link.read('?select=place:moscow', limits);
		expect(link.ready).toBe(false);
		expect(link.search('?select=place:moscow', { select: null, view: 'article' })).toBeNull();
		expect(link.resolve(known)).toBe('place:moscow');
		expect(link.ready).toBe(true);
		expect(link.resolve(known)).toBeNull();
	});

	it('puts an unknown selection first in the notice, and can dismiss it', () => {
		const link = new LinkSync();
		link.read('?select=region:UA-99&view=map', limits);
		expect(link.resolve(known)).toBeNull();
		expect(link.notice).toBe('Ignored part of the link: select (unknown region); view (not a tab of the panel).');
		link.dismiss();
		expect(link.notice).toBeNull();
	});

	it('writes the selection, the tab and the camera at rest, keeping other parameters; null when nothing changes', () => {
		const link = new LinkSync();
		link.read('?lang=en', limits);
		expect(link.search('?lang=en', { select: null, view: 'article' })).toBeNull();
		link.camera = { center: [30.52381, 50.45469], zoom: 7.12345 };
		expect(link.search('?lang=en', { select: 'region:UA-14', view: 'claims' })).toBe('?lang=en&select=region:UA-14&view=claims&at=30.524,50.455,7.12');
	});
});
