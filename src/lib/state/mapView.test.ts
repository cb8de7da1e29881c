import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedDecks } from '$lib/present/deckFiles';
import { allFactsVisible, type KnownRefs, type MapView } from '$lib/types/mapView';
import { claimMapViews, timelineEvents } from '$lib/views';
import type { Figures } from '$lib/geo/figures';
import { cameraProblem, mapViewProblems, refProblem, shownLayers, viewFlight, withLayers } from './mapView';

/** Every chapter of every shipped deck, deck after deck. */
const deck = shippedDecks().flatMap((d) => d.chapters);

const limits = { bounds: [12, 39, 50, 59.5], minZoom: 3.5, maxZoom: 10 } as const;
const known: KnownRefs = { regions: new Set(['UA-14', 'RU-KRS']), countries: new Set(['UA', 'RU']), places: new Set(['moscow', 'chasiv-yar']) };

describe('refProblem', () => {
	it('is null for a known ref, and for any well-formed ref when no ids are known', () => {
		expect(refProblem('region:RU-KRS', known)).toBeNull();
		expect(refProblem('region:XX-1')).toBeNull();
	});
	it('rejects a ref without a kind, of an unknown kind or with a bad id, and names unknown ids only when plain', () => {
		expect(refProblem('UA-14', known)).toBe('a selection that is not a region, place, settlement or country');
		expect(refProblem('planet:mars', known)).toBe('a selection that is not a region, place, settlement or country');
		expect(refProblem('region:<b>', known)).toBe('a selection that is not a region, place, settlement or country');
		expect(refProblem('place:atlantis', known)).toBe("unknown place 'atlantis'");
	});
});

describe('cameraProblem', () => {
	it('accepts a camera on the map, within its zooms', () => expect(cameraProblem({ center: [37.8, 48.02], zoom: 6.5 }, limits)).toBeNull());
	it('rejects impossible, off-map and non-finite cameras and absurd zooms', () => {
		expect(cameraProblem({ center: [200, 48], zoom: 6 }, limits)).toBe('a map position with an impossible longitude or latitude');
		expect(cameraProblem({ center: [-77, 38.9], zoom: 6 }, limits)).toBe('a map position outside the map');
		expect(cameraProblem({ center: [37.8, 48], zoom: 11 }, limits)).toBe('a zoom outside 3.5–10');
		expect(cameraProblem({ center: [Number.NaN, 48], zoom: 6 }, limits)).toMatch(/not three numbers/);
	});
});

describe('mapViewProblems', () => {
	it('finds nothing wrong with an empty view, or a good one', () => {
		expect(mapViewProblems({})).toEqual([]);
		const good: MapView = { select: 'region:UA-14', camera: { keys: ['place:moscow', 'region:RU-KRS'] }, layers: { kursk: true, contested: false }, kurskDate: '2024-08-27', snapshot: '2025-03-13' };
		expect(mapViewProblems(good, { known, kurskDates: ['2024-08-27'], snapshots: ['2025-03-13'] })).toEqual([]);
	});

	it('checks the selection and the refs the camera frames against the known ids', () => {
		expect(mapViewProblems({ select: 'region:UA-99', camera: { keys: ['place:atlantis', 'place:moscow'] } }, { known })).toEqual(["unknown region 'UA-99'", "unknown place 'atlantis'"]);
		expect(mapViewProblems({ camera: { key: 'country:ZZ' } }, { known })).toEqual(["unknown country 'ZZ'"]);
		expect(mapViewProblems({ camera: { keys: [] } })).toEqual(['a camera on nothing']);
	});

	it('checks an exact camera against the limits, when given', () => {
		expect(mapViewProblems({ camera: { center: [-77, 38.9], zoom: 6 } }, { limits })).toEqual(['a map position outside the map']);
		expect(mapViewProblems({ camera: { center: [-77, 38.9], zoom: 6 } })).toEqual([]);
	});

	it('checks layers and dates, without echoing what is not plain', () => {
		const view = { camera: { layer: 'rivers' }, layers: { rivers: true, occupied: 'yes' }, kurskDate: '1999-01-01', snapshot: '<script>' } as unknown as MapView;
		expect(mapViewProblems(view, { kurskDates: ['2024-08-27'], snapshots: ['2025-03-13'] })).toEqual([
			"a camera on an unknown layer 'rivers'",
			"unknown layer 'rivers'",
			"layer 'occupied' neither shown nor hidden",
			'no Kursk snapshot on 1999-01-01',
			'no snapshot of the front on that date'
		]);
	});
});

describe('the views the app ships', () => {
	const json = (file: string) => JSON.parse(readFileSync(`static/data/${file}`, 'utf8'));
	const topology = json('basemap.topojson');
	const shipped: KnownRefs = {
		regions: new Set(topology.objects.admin1.geometries.map((g: { id: string }) => g.id)),
		countries: new Set(topology.objects.countries.geometries.map((g: { id: string }) => g.id)),
		places: new Set(json('places.geojson').features.map((f: { properties: { id: string } }) => f.properties.id))
	};
	const kurskDates: string[] = json('facts/kursk.geojson').features.map((f: { properties: { date: string } }) => f.properties.date);
	const figures = json('facts/2025-03-13/figures.json') as Figures;
	const context = { known: shipped, kurskDates };

	it.each(Object.entries(claimMapViews(figures)))('claim %s names only what the data has', (_id, view) => expect(mapViewProblems(view, context)).toEqual([]));
	it.each(timelineEvents.map((e) => [e.id, e.map] as const))('timeline event %s names only what the data has', (_id, view) => expect(mapViewProblems(view, context)).toEqual([]));
	it.each(deck.map((c) => [c.id, c] as const))('chapter %s names only what the data has', (_id, chapter) => expect(mapViewProblems(chapter, context)).toEqual([]));
});

describe('applying a view', () => {
	it('shows and hides the layers it names, and keeps the others', () => {
		const none = { occupied: false, contactLine: false, annexationClaims: false, kursk: false, borderFront: false };
		expect(withLayers(none, { kursk: true })).toEqual({ ...none, kursk: true });
		expect(withLayers(allFactsVisible, { occupied: false, contested: undefined })).toEqual({ ...allFactsVisible, occupied: false });
		expect(withLayers(none, undefined)).toEqual(none);
	});

	it('sends the camera where the view says, else to its selection, else nowhere, as a new object each time', () => {
		const view: MapView = { select: 'region:RU-KRS', camera: { keys: ['place:moscow'] } };
		expect(viewFlight(view)).toEqual({ keys: ['place:moscow'] });
		expect(viewFlight(view)).not.toBe(viewFlight(view));
		expect(viewFlight({ select: 'region:RU-KRS' })).toEqual({ key: 'region:RU-KRS' });
		expect(viewFlight({ layers: { occupied: true } })).toBeNull();
	});

	it('names the layers shown, in their order', () => {
		expect(shownLayers({ occupied: true, contactLine: false, annexationClaims: true, kursk: false, borderFront: true })).toBe('occupied annexationClaims borderFront');
	});
});
