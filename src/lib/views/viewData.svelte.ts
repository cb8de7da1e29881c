// The data of the Claims and About-the-data views, loaded the first time their tab opens (the
// article's and the timeline's come with the page). Each file is checked against its schema; a
// view whose file cannot be used says so, and the problem is forgotten when the reader leaves the
// view, so that coming back tries again.
import * as v from 'valibot';
import { readDataFile } from '$lib/data/fetchJson';
import type { ManifestLayer } from '$lib/data/manifest';
import { europeAreasSchema, manifestSchema } from '$lib/data/schemas/files';
import { readCorrections, type Correction } from './about';
import type { EuropeanCountry } from './claims';

/** The views that load files of their own. */
export type DataView = 'claims' | 'about';

const correctionsFile = v.looseObject({ corrections: v.array(v.unknown()) });

export class ViewData {
	/** European countries' areas, for the Claims view; null until loaded. */
	europe = $state.raw<EuropeanCountry[] | null>(null);
	/** The manifest's layers, for About the data; null until loaded. */
	manifestLayers = $state.raw<ManifestLayer[] | null>(null);
	corrections = $state.raw<Correction[] | 'loading' | 'failed'>('loading');
	/** What a view could not load, as a sentence naming the file; null when nothing failed. */
	problems = $state<Record<DataView, string | null>>({ claims: null, about: null });
	readonly #dataUrl: () => URL;
	readonly #fetch: typeof fetch;

	/** `dataUrl`: the folder of static/data (asked when a file is needed). */
	constructor(dataUrl: () => URL, fetchFn: typeof fetch = (...args) => fetch(...args)) {
		this.#dataUrl = dataUrl;
		this.#fetch = fetchFn;
	}

	/** Loads what the tab `view` shows, unless it is there already; forgets other views' problems. For an `$effect`. */
	need(view: string): void {
		for (const other of ['claims', 'about'] as const) if (other !== view) this.problems[other] = null;
		if (view === 'claims' && !this.europe && !this.problems.claims) {
			void this.#load('claims', 'europe-areas.json', europeAreasSchema).then((file) => (this.europe = file?.countries ?? null));
		}
		if (view === 'about' && !this.manifestLayers && !this.problems.about) {
			void this.#load('about', 'manifest.json', manifestSchema).then((file) => (this.manifestLayers = (file?.layers as ManifestLayer[] | undefined) ?? null));
			this.corrections = 'loading';
			void this.#load('about', 'facts/corrections.json', correctionsFile, false).then((file) => (this.corrections = readCorrections(file) ?? 'failed'));
		}
	}

	async #load<S extends v.GenericSchema>(view: DataView, file: string, schema: S, needed = true): Promise<v.InferOutput<S> | null> {
		try {
			// A URL for one request, not state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			return await readDataFile(this.#fetch, new URL(file, this.#dataUrl()), file, schema);
		} catch (error) {
			if (needed) this.problems[view] = (error as Error).message;
			return null;
		}
	}
}
