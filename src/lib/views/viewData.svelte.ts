// The data of the Claims and About-the-data views, loaded the first time their tab opens (the
// article's and the timeline's come with the page).
import { fetchJson } from '$lib/data/fetchJson';
import type { ManifestLayer } from '$lib/data/manifest';
import { readCorrections, type Correction } from './about';
import type { EuropeanCountry } from './claims';

export class ViewData {
	/** European countries' areas, for the Claims view; null until loaded. */
	europe = $state.raw<EuropeanCountry[] | null>(null);
	/** The manifest's layers, for About the data; null until loaded. */
	manifestLayers = $state.raw<ManifestLayer[] | null>(null);
	corrections = $state.raw<Correction[] | 'loading' | 'failed'>('loading');
	/** What could not be loaded, as a sentence naming the file. */
	problem = $state<string | null>(null);
	readonly #dataUrl: () => URL;
	readonly #fetch: typeof fetch;

	/** `dataUrl`: the folder of static/data (asked when a file is needed). */
	constructor(dataUrl: () => URL, fetchFn: typeof fetch = (...args) => fetch(...args)) {
		this.#dataUrl = dataUrl;
		this.#fetch = fetchFn;
	}

	/** Loads what the tab `view` shows, unless it is there already. For an `$effect`. */
	need(view: string): void {
		if (view === 'claims' && !this.europe) {
			void this.#load('europe-areas.json', (v) => (v as { countries?: EuropeanCountry[] } | null)?.countries).then((c) => (this.europe = c));
		}
		if (view === 'about' && !this.manifestLayers) {
			void this.#load('manifest.json', (v) => (v as { layers?: ManifestLayer[] } | null)?.layers).then((l) => (this.manifestLayers = l));
			void this.#load('facts/corrections.json', readCorrections).then((c) => (this.corrections = c ?? 'failed'));
		}
	}

	async #load<T>(file: string, pick: (value: unknown) => T | undefined): Promise<T | null> {
		try {
			// A URL for one request, not state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const value = pick(await fetchJson(this.#fetch, new URL(file, this.#dataUrl()), file));
			if (value === undefined) throw new Error(`${file} does not have the expected shape`);
			return value;
		} catch (error) {
			this.problem = (error as Error).message;
			return null;
		}
	}
}
