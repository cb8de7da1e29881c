// The atlas page's search over what the map knows: loads the settlements when first wanted (never
// for the first view), adds them to the gazetteer and to the map, keeps the search index, and says
// where a found place lies and who held it on the date the map shows.
import { unavailable, type UnavailableData } from '$lib/data/fetchJson';
import { formatDate, formatShortDate } from '$lib/format';
import type { AtlasData, FactsData, GazetteerEntry } from '$lib/types/mapData';
import { drawnSettlements, findables, newSettlements, noSpellings, oblastAt, settlementFeatures } from './findables';
import { findIndex, type FindIndex } from './findPlaces';
import { heldBy, heldByPhrase } from './heldBy';
import { addSettlements, loadSettlements, settlementsById, settlementsFile, type Settlement } from './settlements';

/** What the finder reads from the page: its data, the facts shown and the Kursk date filled. */
export interface FinderSource {
	readonly data: AtlasData | null;
	readonly facts: FactsData | null;
	readonly kurskDate: string | null;
	/** The countries the article names: found like the picker lists them. */
	readonly countries: readonly string[];
}

/** What the search says about a place: its oblast, and who held it on the date the map shows. */
export interface PlaceFacts {
	oblast: string | null;
	/** "Ukrainian-held", "occupied since 2022" … ; null where the map has no layer for it (outside Ukraine and Kursk oblast). */
	held: string | null;
	/** The date `held` is of (the snapshot's, or in Kursk oblast the Kursk layer's). */
	heldOn: string | null;
}

export class PlaceFinder {
	/** The settlements the search and the map add, once loaded; null before. */
	settlements = $state.raw<Settlement[] | null>(null);
	/** Spellings the article's places take from the settlements they are (Pokrovsk: Krasnoarmeysk). */
	#lent = $state.raw<ReadonlyMap<string, string[]>>(noSpellings);
	/** settlements.json could not be used: the search finds the rest, and says so. */
	problem = $state.raw<UnavailableData | null>(null);
	readonly #source: FinderSource;
	readonly #fetch: typeof fetch;
	#loading: Promise<boolean> | null = null;

	constructor(source: FinderSource, fetchFn: typeof fetch = (...args) => fetch(...args)) {
		this.#source = source;
		this.#fetch = fetchFn;
	}

	/**
	 * Loads settlements.json once (again after a failure); true once the settlements are in the
	 * gazetteer, the map and the index. Before the map data is in there is nothing to add them to.
	 */
	load(): Promise<boolean> {
		const data = this.#source.data;
		if (this.settlements) return Promise.resolve(true);
		if (!data) return Promise.resolve(false);
		this.#loading ??= loadSettlements(data.dataUrl, this.#fetch).then(
			(all) => {
				const { added, lent } = newSettlements(data, all);
				addSettlements(data.gazetteer, added);
				if (data.settlements) data.settlements.features = settlementFeatures(drawnSettlements(data, added));
				this.problem = null;
				this.#lent = lent;
				this.settlements = added;
				return true;
			},
			(error: unknown) => {
				this.problem = unavailable(settlementsFile, 'the towns and villages: the search finds regions and the article’s places only', error);
				this.#loading = null;
				return false;
			}
		);
		return this.#loading;
	}

	/** The search index: rebuilt when the data or the settlements arrive, not at every key press. */
	readonly index: FindIndex | null = $derived.by(() => {
		const data = this.#source.data;
		return data ? findIndex(findables(data, this.#source.countries, this.settlements ?? [], this.#lent)) : null;
	});

	#settlementsById = $derived(settlementsById(this.settlements ?? []));

	/** The oblast of a place or settlement, and who held it on the date shown; null for regions and countries. */
	facts(entry: GazetteerEntry): PlaceFacts | null {
		const { data, facts, kurskDate } = this.#source;
		if (!entry.point || !data || (entry.kind !== 'place' && entry.kind !== 'settlement')) return null;
		const oblast = entry.kind === 'settlement' ? (this.#settlementsById.get(entry.id)?.oblast ?? null) : oblastAt(entry.point, data.basemap.admin1.features);
		if (!oblast || !facts) return { oblast, held: null, heldOn: null };
		const covered = oblast.startsWith('UA-') || oblast === 'RU-KRS';
		if (!covered) return { oblast, held: null, heldOn: null };
		const status = heldBy(entry.point, oblast, { occupied: facts.occupied, contested: facts.contested, kursk: facts.kursk, kurskDate, complete: !facts.unavailable.some((u) => u.layers.includes('occupied') || u.layers.includes('contested')) });
		return { oblast, held: heldByPhrase[status], heldOn: oblast === 'RU-KRS' ? kurskDate : facts.asOf };
	}

	/** A result's second line: "Kharkiv Oblast · Ukrainian-held on 13 Mar 2025". */
	detail(entry: GazetteerEntry): string | null {
		const found = this.facts(entry);
		if (!found?.oblast) return null;
		const oblast = this.#source.data?.gazetteer.entries.get(`region:${found.oblast}`)?.name ?? found.oblast;
		return found.held ? `${oblast} · ${found.held}${found.heldOn ? ` on ${formatShortDate(found.heldOn)}` : ''}` : oblast;
	}

	/** The card's sentence, attributed to the assessment it reads: "On 13 March 2025, as DeepStateMap assessed it: Ukrainian-held." */
	heldSentence(entry: GazetteerEntry): string | null {
		const found = this.facts(entry);
		if (!found?.held || !found.heldOn) return null;
		return `On ${formatDate(found.heldOn)}, as DeepStateMap assessed it: ${found.held}.`;
	}
}
