import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasConfig } from '$lib/config';
import { allFactsVisible } from '$lib/types/mapView';
import { AtlasState } from './atlas.svelte';
import { AtlasPage, countriesNamed, selectionAnnouncement } from './atlasPage.svelte';

const base = new URL('http://atlas.test/data/');
const shipped = (async (input: URL) => new Response(readFileSync(`static/data/${input.pathname.replace(/^\/data\//, '')}`))) as unknown as typeof fetch;
const mentions = new Map([
	['region:UA-14', ['p-1', 'p-2']],
	['region:RU-KRS', ['p-3']],
	['country:SA', ['p-4']]
]);

/** A page started on `search` with the shipped data (fetch is the global one the loaders use). */
async function started(search: string) {
	const page = new AtlasPage(new AtlasState(), mentions);
	const saved = globalThis.fetch;
	globalThis.fetch = shipped;
	try {
		await page.start({ search, dataUrl: base, theme: 'dark' });
	} finally {
		globalThis.fetch = saved;
	}
	return page;
}

describe('selectionAnnouncement', () => {
	it('says what was selected and how often the article mentions it, or that it was cleared', () => {
		expect(selectionAnnouncement('region:UA-14', 'Donetsk Oblast', 2, null)).toBe('Selected Donetsk Oblast. The article mentions it in 2 places.');
		expect(selectionAnnouncement('region:RU-KRS', 'Kursk Oblast', 1, null)).toBe('Selected Kursk Oblast. The article mentions it in one place.');
		expect(selectionAnnouncement('place:lviv', 'Lviv', 0, null)).toBe('Selected Lviv. The article does not mention it.');
		expect(selectionAnnouncement(null, undefined, 0, 'place:lviv')).toBe('Selection cleared.');
		expect(selectionAnnouncement(null, undefined, 0, null)).toBe('');
	});
});

describe('AtlasPage', () => {
	it('lists the countries the article names', () => expect(countriesNamed(mentions)).toEqual(['SA']));

	it('starts with the theme, the link’s tab and camera, then the data, the Kursk date and the link’s selection', async () => {
		const page = await started('?select=region:UA-14&view=claims&at=37.8,48.02,6.5');
		expect(page.theme).toBe('dark');
		expect(page.atlas.view).toBe('claims');
		expect(page.link.initialCamera).toEqual({ center: [37.8, 48.02], zoom: 6.5 });
		expect(page.store.facts?.asOf).toBe('2025-03-13');
		expect(page.kurskDate).toBe('2025-03-13');
		expect(page.asOf).toBe('2025-03-13');
		// With a camera in the link, the selection does not move the camera.
		expect(page.atlas.selected).toBe('region:UA-14');
		expect(page.atlas.flight).toBeNull();
		expect(page.selectedEntry?.name).toBe('Donetsk Oblast');
		expect(page.cardMentions).toEqual(['p-1', 'p-2']);
		expect(page.link.notice).toBeNull();
		expect(page.gazetteer?.known.countries.has('SA')).toBe(true);
	});

	it('flies to a linked selection without a camera, and drops an unknown one with a notice', async () => {
		expect((await started('?select=place:moscow')).atlas.flight).toEqual({ key: 'place:moscow' });
		const bad = await started('?select=region:UA-99&at=abc');
		expect(bad.atlas.selected).toBeNull();
		expect(bad.link.notice).toBe('Ignored part of the link: select (unknown region); at (a map position that is not three numbers (longitude, latitude, zoom)).');
	});

	it('writes the link once it has been read, and only when it changes', async () => {
		const page = new AtlasPage(new AtlasState(), mentions);
		expect(page.linkSearch('')).toBeNull();
		const saved = globalThis.fetch;
		globalThis.fetch = shipped;
		try {
			await page.start({ search: '?lang=en', dataUrl: base, theme: 'light' });
		} finally {
			globalThis.fetch = saved;
		}
		expect(page.linkSearch('?lang=en')).toBeNull();
		page.atlas.select('region:RU-KRS', 'map');
		page.link.camera = { center: [35.2, 51.6], zoom: 7 };
		expect(page.linkSearch('?lang=en')).toBe('?lang=en&select=region:RU-KRS&at=35.2,51.6,7');
	});

	it('takes the Kursk date, the theme and a hidden panel from the link, and writes them back', async () => {
		const page = await started('?kursk=2024-08-27&theme=light&panel=hidden');
		expect(page.kurskDate).toBe('2024-08-27');
		// The link's theme wins over the one the page would start with.
		expect(page.theme).toBe('light');
		expect(page.panelOpen).toBe(false);
		expect(page.link.notice).toBeNull();
		expect(page.linkSearch('')).toBe('?kursk=2024-08-27&theme=light&panel=hidden');
		// The date the snapshot opens on is left out of the link.
		page.kurskDate = '2025-03-13';
		page.panelOpen = true;
		expect(page.linkSearch('')).toBe('?theme=light');
		const bad = await started('?kursk=2024-08-28&snapshot=2025-03-12');
		expect(bad.kurskDate).toBe('2025-03-13');
		expect(bad.link.notice).toBe('Ignored part of the link: kursk (no Kursk snapshot on that date); snapshot (no snapshot of the front on that date).');
	});

	it('shows a view: layers it names, a Kursk date the data has, the selection, the camera', async () => {
		const page = await started('');
		page.visibility = { ...allFactsVisible, kursk: false, occupied: false };
		page.show({ select: 'region:RU-KRS', layers: { kursk: true }, kurskDate: '2024-08-27' });
		expect(page.visibility).toEqual({ ...allFactsVisible, occupied: false });
		expect(page.kurskDate).toBe('2024-08-27');
		expect(page.atlas.selected).toBe('region:RU-KRS');
		expect(page.atlas.selectedFrom).toBe('view');
		expect(page.atlas.flight).toEqual({ key: 'region:RU-KRS' });

		// A camera of its own frames that instead; a date the data lacks is left alone.
		page.show({ select: 'region:UA-14', camera: { layer: 'contactLine' }, kurskDate: '1999-01-01', snapshot: '1999-01-01' });
		expect(page.atlas.flight).toEqual({ layer: 'contactLine' });
		expect(page.kurskDate).toBe('2024-08-27');
		expect(page.store.snapshot).toBe('2025-03-13');
	});

	it('shows a timeline event’s view and its paragraph', async () => {
		const page = await started('');
		page.showEvent({ map: { camera: { keys: ['region:UA-14', 'region:UA-09'] } }, blockId: 'p-kursk-risk' });
		expect(page.atlas.flight).toEqual({ keys: ['region:UA-14', 'region:UA-09'] });
		expect(page.atlas.shownBlock).toEqual({ id: 'p-kursk-risk' });
		expect(page.atlas.view).toBe('article');
	});

	it('opens the panel for a selection from the map, and announces selections once their names are known', async () => {
		const page = new AtlasPage(new AtlasState(), mentions);
		page.panelOpen = false;
		page.selectFromMap('region:UA-14');
		expect(page.panelOpen).toBe(true);
		expect(page.atlas.flight).toBeNull();
		page.announce();
		expect(page.announcement).toBe('');
		const loaded = await started('');
		loaded.atlas.select('region:UA-14', 'list');
		loaded.announce();
		expect(loaded.announcement).toBe('Selected Donetsk Oblast. The article mentions it in 2 places.');
		loaded.atlas.clear();
		loaded.announce();
		expect(loaded.announcement).toBe('Selection cleared.');
	});

	it('starts on the article’s date before the facts are in', () => {
		expect(new AtlasPage(new AtlasState(), mentions).asOf).toBe(atlasConfig.articleDate);
	});
});
