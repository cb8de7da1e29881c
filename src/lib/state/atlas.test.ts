import { describe, expect, it } from 'vitest';
import { AtlasState } from './atlas.svelte';

describe('AtlasState', () => {
	it('flies to a selection from the text or the list, not from the map or a link with a camera', () => {
		const atlas = new AtlasState();
		atlas.select('region:UA-14', 'article');
		expect(atlas.selected).toBe('region:UA-14');
		const first = atlas.flight;
		expect(first).toEqual({ key: 'region:UA-14' });
		atlas.select('region:UA-14', 'list');
		expect(atlas.flight).not.toBe(first);
		const before = atlas.flight;
		atlas.select('region:UA-09', 'map');
		expect(atlas.selected).toBe('region:UA-09');
		expect(atlas.flight).toBe(before);
		atlas.select('place:moscow', 'url');
		expect(atlas.flight).toBe(before);
		atlas.select('place:moscow', 'url', { fly: true });
		expect(atlas.flight).toEqual({ key: 'place:moscow' });
	});

	it('clears the selection and its source', () => {
		const atlas = new AtlasState();
		atlas.select('country:UA', 'card');
		atlas.clear();
		expect(atlas.selected).toBeNull();
		expect(atlas.selectedFrom).toBeNull();
	});

	it('keeps a newer hover when an older one ends', () => {
		const atlas = new AtlasState();
		atlas.hover('region:UA-14');
		atlas.hover('place:kyiv');
		atlas.unhover('region:UA-14');
		expect(atlas.hovered).toBe('place:kyiv');
		atlas.unhover('place:kyiv');
		expect(atlas.hovered).toBeNull();
	});

	it('opens the article to show a block', () => {
		const atlas = new AtlasState();
		atlas.showView('timeline');
		atlas.showBlock('p-kursk-risk');
		expect(atlas.view).toBe('article');
		expect(atlas.shownBlock).toEqual({ id: 'p-kursk-risk' });
	});
});
