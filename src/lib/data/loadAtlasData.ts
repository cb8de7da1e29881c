// The one place the pages load the map's data from. A page (the atlas, the presentation, an
// embed) calls loadAtlasData once when it mounts and hands what it gets to <AtlasMap> and to its
// panels as props; another dated snapshot of the facts comes from loadSnapshot. The map itself
// loads nothing but the world, on its first use of the globe.
import { asset } from '$app/paths';
import { atlasConfig } from '$lib/config';
import { loadBasemapData } from '$lib/map/loadBasemapData';
import { loadFacts } from '$lib/map/loadFacts';
import { loadPlaces } from '$lib/map/loadPlaces';
import { buildGazetteer } from '$lib/map/gazetteer';
import { SettlementLayer } from '$lib/search/settlementLayer.svelte';
import type { AtlasData, FactsData, MapProblem, Places } from '$lib/types/mapData';
import { DataLoadError, unavailable, type UnavailableData } from './fetchJson';

export interface LoadedAtlas {
	data: AtlasData;
	/** The facts of the first snapshot shown; null when they could not be loaded at all (see `factsProblem`). */
	facts: FactsData | null;
	/** Why there are no facts (the manifest could not be used); null when there are. */
	factsProblem: UnavailableData | null;
}

export interface LoadOptions {
	/** The dated snapshot to show first (a date the manifest lists); null for the latest on or before the article's date. */
	snapshot?: string | null;
	/** Country ids to make selectable although the map does not draw them (those the article names). */
	otherCountries?: string[];
	fetchFn?: typeof fetch;
	/** Load each snapshot's changes.geojson with its facts (presentation mode's compare chapters frame and draw it). */
	withChanges?: boolean;
}

/** The folder of static/data for this page, in the browser. */
export function atlasDataUrl(): URL {
	return new URL(asset('/data/'), document.baseURI);
}

/**
 * Loads the basemap, the places and the facts from `dataUrl` in parallel, and builds the gazetteer
 * from them. Only the basemap is needed to draw a map: without it, it rejects with a DataLoadError
 * naming the file. Without the places or the facts the map is drawn without them, and what could
 * not be used is said in `data.unavailable`, `facts.unavailable` and `factsProblem`.
 */
export async function loadAtlasData(dataUrl: URL, { snapshot = null, otherCountries = [], fetchFn = fetch, withChanges = false }: LoadOptions = {}): Promise<LoadedAtlas> {
	const [basemapResult, factsResult, placesResult] = await Promise.allSettled([
		loadBasemapData(dataUrl, fetchFn),
		loadFacts(dataUrl, atlasConfig.articleDate, fetchFn, snapshot, withChanges),
		loadPlaces(dataUrl, fetchFn)
	]);
	if (basemapResult.status === 'rejected') throw basemapResult.reason;
	const { unavailable: basemapMissing, ...basemap } = basemapResult.value;
	const missing = [...basemapMissing];
	let places: Places = { type: 'FeatureCollection', features: [] };
	if (placesResult.status === 'fulfilled') places = placesResult.value;
	else missing.push(unavailable('places.geojson', 'the places the article names (cities, capitals, front-line towns)', placesResult.reason));
	const facts = factsResult.status === 'fulfilled' ? factsResult.value : null;
	const factsProblem = factsResult.status === 'rejected' ? unavailable('manifest.json', 'every dated layer (occupied, contested, the contact line, Kursk) and the figures', factsResult.reason) : null;
	const gazetteer = buildGazetteer({
		admin1: basemap.admin1,
		countries: basemap.countries,
		places,
		annexationClaims: facts?.annexationClaims ?? [],
		otherCountries,
		bounds: atlasConfig.bounds
	});
	return { data: { dataUrl, basemap, places, gazetteer, unavailable: missing, settlements: new SettlementLayer() }, facts, factsProblem };
}

/** Loads the facts of another dated snapshot (a date of FactsData.snapshots). */
export function loadSnapshot(data: AtlasData, date: string, fetchFn: typeof fetch = fetch, withChanges = false): Promise<FactsData> {
	return loadFacts(data.dataUrl, atlasConfig.articleDate, fetchFn, date, withChanges);
}

/**
 * For a page's `$effect`: when `wanted` is another snapshot than the one `shown` (the legend's
 * "Front as of" changed it), loads it and hands it to `onfacts`, or what went wrong to `onproblem`.
 * Returns the effect's cleanup, which drops an answer no longer wanted.
 */
export function followSnapshot(
	data: AtlasData | null,
	shown: FactsData | null,
	wanted: string | null,
	onfacts: (facts: FactsData) => void,
	onproblem: (problem: MapProblem) => void,
	fetchFn: typeof fetch = fetch,
	withChanges = false
): (() => void) | undefined {
	if (!data || !shown || !wanted || wanted === shown.asOf) return;
	let stale = false;
	loadSnapshot(data, wanted, fetchFn, withChanges).then(
		(facts) => {
			if (!stale) onfacts(facts);
		},
		(error: unknown) => {
			if (!stale) onproblem(loadProblem(error));
		}
	);
	return () => {
		stale = true;
	};
}

/** What to tell the reader when loading failed. */
export function loadProblem(error: unknown): MapProblem {
	if (error instanceof DataLoadError) return { title: 'The map data could not be loaded', detail: error.message };
	return { title: 'The map could not start', detail: error instanceof Error ? error.message : String(error) };
}
