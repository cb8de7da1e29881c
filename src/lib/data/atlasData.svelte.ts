// A page's map data as state: loaded once (loadAtlasData), with the facts of the dated snapshot
// wanted. The pages hand `data` and `facts` to <AtlasMap> and to their panels as props.
import type { AtlasData, FactsData, MapProblem, UnavailableData } from '$lib/types/mapData';
import { followSnapshot, loadAtlasData, loadProblem, type LoadOptions } from './loadAtlasData';

export class AtlasDataStore {
	/** The basemap, the places and the gazetteer; null while they load. */
	data = $state.raw<AtlasData | null>(null);
	/** The facts of the snapshot shown; null while they load. */
	facts = $state.raw<FactsData | null>(null);
	/** Why the map could not be drawn at all (no basemap). */
	problem = $state.raw<MapProblem | null>(null);
	/** Why there are no facts at all (the manifest could not be used); the map is drawn without them. */
	factsProblem = $state.raw<UnavailableData | null>(null);
	/** Another snapshot could not be loaded: the one shown stays, and this says why. */
	snapshotProblem = $state.raw<UnavailableData | null>(null);
	/** The dated snapshot wanted (the legend's "Front as of", a view's `snapshot`): {@link follow} loads it. */
	snapshot = $state<string | null>(null);
	/** The snapshot shown first: the latest on or before the article's date, unless asked otherwise. */
	firstSnapshot: string | null = null;
	/** Load each snapshot's changes.geojson with its facts (presentation mode); set before `load`. */
	withChanges = false;
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
		return loadAtlasData(dataUrl, { withChanges: this.withChanges, ...options }).then(
			(loaded) => {
				this.data = loaded.data;
				this.factsProblem = loaded.factsProblem;
				if (loaded.facts) {
					this.firstSnapshot = loaded.facts.asOf;
					this.#show(loaded.facts);
				}
				onloaded(loaded.data);
			},
			(error: unknown) => {
				this.problem = loadProblem(error);
			}
		);
	}

	/** For an `$effect`: when `snapshot` is another than the facts', loads it. Returns the effect's cleanup. */
	follow(fetchFn: typeof fetch = fetch): (() => void) | undefined {
		return followSnapshot(this.data, this.facts, this.snapshot, (facts) => this.#show(facts), (problem) => (this.snapshotProblem = { file: 'manifest.json', what: `the snapshot of ${this.snapshot}`, reason: problem.detail.replace(/^Could not load [^:]+: /, '') }), fetchFn, this.withChanges);
	}

	/**
	 * Every file that could not be used, with what is missing because of it, for the map's notice:
	 * the basemap's extras and the places, the facts (all of them, or the files of this snapshot).
	 */
	get unavailable(): UnavailableData[] {
		return [...(this.data?.unavailable ?? []), ...(this.factsProblem ? [this.factsProblem] : []), ...(this.snapshotProblem ? [this.snapshotProblem] : []), ...(this.facts?.unavailable ?? [])];
	}

	/** The data is in, with or without facts: the map can be drawn. */
	get settled(): boolean {
		return this.data !== null && (this.facts !== null || this.factsProblem !== null);
	}

	#show(facts: FactsData): void {
		this.snapshotProblem = null;
		this.facts = facts;
		this.snapshot = facts.asOf;
		this.#onfacts(facts);
	}
}
