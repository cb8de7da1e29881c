// The print briefing's controller: reads the main page's link (urlState.ts, the one parser), loads
// the data of the view it names, and renders the map image with the image export (exportImage.ts);
// the page (src/routes/briefing/) lays it out for print.
import { atlasConfig } from '$lib/config';
import { atlasDataUrl, loadAtlasData, loadProblem } from '$lib/data/loadAtlasData';
import { asOfText, drawnDates, mapKey, type MapKeyInput } from '$lib/map/mapKey';
import { atlasStyle } from '$lib/map/restyle';
import { kurskDateFor } from '$lib/state/atlasPage.svelte';
import { noticeFor, parseUrlState } from '$lib/state/urlState';
import type { AtlasData, FactsData, ThemeName } from '$lib/types/mapData';
import { allFactsVisible, isCamera } from '$lib/types/mapView';
import { ViewData } from '$lib/views/viewData.svelte';
import { briefingBounds } from './briefingData';
import { exportImage, ExportError, type ExportView } from './exportImage';
import { subjectOf } from './mapView';

/** The map image's size: 1920 px across an A4 page's text width is about 270 dpi. */
export const briefingImage = { width: 1920, height: 1080 } as const;

export type BriefingPhase = 'loading' | 'rendering' | 'ready' | 'failed';

export class Briefing {
	phase = $state<BriefingPhase>('loading');
	/** The map image as a blob: URL, once rendered. */
	imageUrl = $state<string | null>(null);
	/** Why there is no map image (or no data), in words. */
	problem = $state<string | null>(null);
	/** What the link asked for that the briefing ignored. */
	notice = $state<string | null>(null);
	data = $state.raw<AtlasData | null>(null);
	facts = $state.raw<FactsData | null>(null);
	selected = $state<string | null>(null);
	kurskDate = $state<string | null>(null);
	theme = $state<ThemeName>('light');
	/** The files of the Claims and About views (European areas, the manifest). */
	readonly views: ViewData;
	#dataUrl: URL | null = null;

	constructor() {
		this.views = new ViewData(() => this.#dataUrl ?? atlasDataUrl());
	}

	get subject(): string {
		return subjectOf(this.selected, this.data?.gazetteer ?? null);
	}

	/** The key of the image's map: every layer, as the main page opens. */
	get keyInput(): MapKeyInput {
		return { facts: this.facts, visibility: allFactsVisible, kurskDate: this.kurskDate, unavailable: [...(this.data?.unavailable ?? []), ...(this.facts?.unavailable ?? [])], places: this.data !== null, selected: this.selected, globe: false };
	}

	get asOf(): string | null {
		const { facts, visibility, kurskDate, unavailable } = this.keyInput;
		return asOfText(drawnDates(facts, visibility, kurskDate, unavailable));
	}

	async start(search: string, dataUrl: URL = atlasDataUrl()): Promise<void> {
		this.#dataUrl = dataUrl;
		this.views.need('claims');
		this.views.need('about');
		// Read once for the dates and the camera, and again with the data's ids for the selection.
		const first = parseUrlState(search, atlasConfig);
		// The briefing prints light unless the link asks for the dark map.
		this.theme = first.state.theme ?? 'light';
		let loaded;
		try {
			loaded = await loadAtlasData(dataUrl, { snapshot: first.state.map.snapshot ?? null });
		} catch (error) {
			const { title, detail } = loadProblem(error);
			return this.#fail(`${title}. ${detail}`);
		}
		this.data = loaded.data;
		this.facts = loaded.facts;
		const { state, problems, adjusted } = parseUrlState(search, atlasConfig, loaded.data.gazetteer.known);
		const facts = loaded.facts;
		const kursk = state.map.kurskDate;
		if (kursk && facts && !facts.kurskSnapshots.some((s) => s.date === kursk)) problems.push('kursk (no Kursk snapshot on that date)');
		this.kurskDate = kursk && facts?.kurskSnapshots.some((s) => s.date === kursk) ? kursk : facts ? kurskDateFor(facts) : null;
		this.selected = state.map.select ?? null;
		this.notice = noticeFor(problems, adjusted);
		const camera = state.map.camera;
		await this.#render(camera && isCamera(camera) ? camera : null);
	}

	async #render(camera: Parameters<typeof briefingBounds>[0]): Promise<void> {
		const data = this.data!;
		this.phase = 'rendering';
		const entry = this.selected ? (data.gazetteer.entries.get(this.selected) ?? null) : null;
		const [west, south, east, north] = briefingBounds(camera, entry, atlasConfig.initialView);
		const view: ExportView = {
			style: atlasStyle({ theme: this.theme, scale: 1, visibility: allFactsVisible, kurskDate: this.kurskDate, basemap: data.basemap, places: data.places, facts: this.facts, globe: null, baseUri: document.baseURI }),
			styleScale: 1,
			theme: this.theme,
			selected: this.selected,
			bounds: [
				[west, south],
				[east, north]
			],
			subject: this.subject,
			key: mapKey(this.keyInput),
			asOf: this.asOf,
			date: this.facts?.asOf ?? atlasConfig.articleDate
		};
		try {
			const image = await exportImage(view, briefingImage.width, briefingImage.height);
			this.imageUrl = URL.createObjectURL(image.blob);
			this.phase = 'ready';
		} catch (error) {
			this.#fail(error instanceof ExportError ? error.message : `The map image could not be made: ${(error as Error).message}.`);
		}
	}

	#fail(problem: string): void {
		this.problem = problem;
		this.phase = 'failed';
	}

	/** Frees the image; for the page's teardown. */
	dispose(): void {
		if (this.imageUrl) URL.revokeObjectURL(this.imageUrl);
	}
}
