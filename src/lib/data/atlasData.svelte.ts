// A page's map data as state: loaded once (loadAtlasData), with the facts of the dated snapshot
// wanted. The pages hand `data` and `facts` to <AtlasMap> and to their panels as props.
import type { AtlasData, FactsData, MapProblem } from '$lib/types/mapData';
import { followSnapshot, loadAtlasData, loadProblem, type LoadOptions } from './loadAtlasData';

export class AtlasDataStore {
	/** The basemap, the places and the gazetteer; null while they load. */
	data = $state.raw<AtlasData | null>(null);
	/** The facts of the snapshot shown; null while they load. */
	facts = $state.raw<FactsData | null>(null);
	/** Why the data could not be loaded. */
	problem = $state.raw<MapProblem | null>(null);
	/** The dated snapshot wanted (the legend's "Front as of", a view's `snapshot`): {@link follow} loads it. */
	snapshot = $state<string | null>(null);
	/** The snapshot shown first: the latest on or before the article's date, unless asked otherwise. */
	firstSnapshot: string | null = null;
	readonly #onfacts: (facts: FactsData) => void;

	/** `onfacts` hears of each snapshot's facts as they are shown (the first and every later one). */
	constructor(onfacts: (facts: FactsData) => void = () => {}) {
		this.#onfacts = onfacts;
	}

	/**
	 * Loads everything from `dataUrl`; a failure becomes `problem`. `onloaded` runs as soon as the
	 * data is in, in the same task, so that what it changes reaches the map with the data.
	 */
	load(dataUrl: URL, options: LoadOptions = {}, onloaded: (data: AtlasData) => void = () => {}): Promise<void> {
		return loadAtlasData(dataUrl, options).then(
			(loaded) => {
				this.data = loaded.data;
				this.firstSnapshot = loaded.facts.asOf;
				this.#show(loaded.facts);
				onloaded(loaded.data);
			},
			(error: unknown) => {
				this.problem = loadProblem(error);
			}
		);
	}

	/** For an `$effect`: when `snapshot` is another than the facts', loads it. Returns the effect's cleanup. */
	follow(fetchFn: typeof fetch = fetch): (() => void) | undefined {
		return followSnapshot(this.data, this.facts, this.snapshot, (facts) => this.#show(facts), (problem) => (this.problem = problem), fetchFn);
	}

	#show(facts: FactsData): void {
		this.facts = facts;
		this.snapshot = facts.asOf;
		this.#onfacts(facts);
	}
}
