import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { FactsData } from '$lib/types/mapData';
import { allFactsVisible, type FactsVisibility } from '$lib/types/mapView';
import { factsStyle } from './factsStyle';
import { mapThemes } from './themes';

const empty = (): FeatureCollection<never> => ({ type: 'FeatureCollection', features: [] });
const facts = {
	asOf: '2025-03-13',
	snapshots: ['2025-03-13'],
	contactLine: empty(),
	occupied: empty(),
	contested: empty(),
	border: empty(),
	kursk: empty(),
	kurskExtents: empty(),
	kurskSnapshots: [],
	kurskPeakDate: '2024-08-27',
	annexationClaims: [{ id: 'UA-14' }]
} as unknown as FactsData;

function layers(visibility: FactsVisibility = allFactsVisible, theme = mapThemes.light) {
	const { belowLines, aboveLines, sources } = factsStyle(theme, facts, { scale: 1, visibility, kurskDate: '2025-03-13' });
	const byId = new Map([...belowLines, ...aboveLines].map((l) => [l.id, l]));
	return { byId, sources, get: (id: string) => byId.get(id) as LayerSpecification & { paint?: Record<string, unknown>; layout?: Record<string, unknown>; filter?: unknown } };
}

describe('factsStyle', () => {
	for (const [name, theme] of Object.entries(mapThemes)) {
		it(`draws contested ground in Ukraine and in Kursk the same way (${name})`, () => {
			const { get } = layers(allFactsVisible, theme);
			expect(get('contested').paint).toMatchObject({ 'fill-color': theme.contested });
			expect(get('kursk-contested').paint).toEqual(get('contested').paint);
			expect(get('kursk-contested-outline').paint).toEqual(get('contested-outline').paint);
			expect(get('contested-outline').paint?.['line-dasharray']).toBeDefined();
			// Held ground in Kursk is not grey.
			expect(get('kursk-held').paint).toMatchObject({ 'fill-color': theme.kurskHeld });
			expect(theme.kurskHeld).not.toBe(theme.contested);
		});
	}

	it('fills the chosen Kursk date by category, and dashes the outer edge of the largest date', () => {
		const { get, sources } = layers();
		for (const id of ['kursk-held', 'kursk-contested', 'kursk-outline', 'kursk-contested-outline']) expect(get(id).filter, id).toEqual(['==', ['get', 'date'], '2025-03-13']);
		// Each draws only its own category: the other is fully transparent.
		const opacity = (id: string, key: string) => get(id).paint?.[key];
		expect(opacity('kursk-held', 'fill-opacity')).toEqual(['match', ['get', 'category'], 'held', 1, 0]);
		expect(opacity('kursk-outline', 'line-opacity')).toEqual(['match', ['get', 'category'], 'held', 1, 0]);
		expect(opacity('kursk-contested', 'fill-opacity')).toEqual(['match', ['get', 'category'], 'contested', 1, 0]);
		expect(opacity('kursk-contested-outline', 'line-opacity')).toEqual(['match', ['get', 'category'], 'contested', 1, 0]);
		expect(get('kursk-peak')).toMatchObject({ source: 'kursk-extent', filter: ['==', ['get', 'date'], '2024-08-27'] });
		expect(get('kursk-peak').paint?.['line-dasharray']).toBeDefined();
		expect(sources['kursk-extent']).toMatchObject({ data: facts.kurskExtents });
		expect(sources.contested).toMatchObject({ data: facts.contested });
	});

	it('keeps low-confidence stretches of the contact line dashed, and the others solid', () => {
		const { get } = layers();
		expect(get('contact-line-low-confidence').filter).toEqual(['==', ['get', 'confidence'], 'low']);
		expect(get('contact-line-low-confidence').paint?.['line-dasharray']).toBeDefined();
		expect(get('contact-line').paint?.['line-dasharray']).toBeUndefined();
	});

	it('shows contested ground with its own switch, or with the occupied territory when a view does not say', () => {
		const visibility = (on: FactsVisibility) => layers(on).get('contested').layout?.visibility;
		expect(visibility({ ...allFactsVisible, contested: false })).toBe('none');
		expect(visibility({ ...allFactsVisible, occupied: false, contested: true })).toBe('visible');
		const { contested: _contested, ...older } = allFactsVisible;
		void _contested;
		expect(visibility({ ...older, occupied: false })).toBe('none');
		expect(visibility({ ...older, occupied: true })).toBe('visible');
	});

	it('outlines the claimed regions, never fills them', () => {
		const { byId, get } = layers();
		expect(get('annexation-claims').type).toBe('line');
		expect([...byId.values()].filter((l) => 'source' in l && l.source === 'admin1').map((l) => l.type)).toEqual(['line']);
	});
});
