// The comparison a reader asked for, as state: the pair of dates, which of the two the map shows,
// and what the comparison needs loaded (the pair's figures and its change geometry). The panel
// (ComparePanel.svelte) and the atlas page (AtlasPage) read and set it.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { loadSnapshot } from '$lib/data/loadAtlasData';
import type { Figures } from '$lib/geo/figures';
import type { AtlasData, FactsData } from '$lib/types/mapData';
import { compareKind, pairSnapshot, pairText, type CompareDates, type CompareKind, type ComparePair } from './compare';
import { loadChanges } from './loadChanges';

/** The dates the data has: the manifest's snapshots, and every date of the Kursk layer (its whole file, not only those up to the snapshot shown). */
export function compareDates(facts: Pick<FactsData, 'snapshots' | 'kursk'> | null): CompareDates {
	if (!facts) return { snapshots: [], kurskDates: [] };
	const kurskDates = facts.kursk.features.map((f) => String(f.properties?.date));
	return { snapshots: facts.snapshots, kurskDates: kurskDates.filter((date, i) => kurskDates.indexOf(date) === i).sort() };
}

export class CompareState {
	/** The two dates compared, the earlier first; null when nothing is compared. */
	pair = $state.raw<ComparePair | null>(null);
	/** Which of the two the map shows, under the change. */
	side = $state<'from' | 'to'>('to');
	/** What the pair compares, known once the data's dates are. */
	kind = $state<CompareKind | null>(null);
	/** The figures of the snapshot that holds the pair (figures.json, `changes`). */
	figures = $state.raw<Figures | null>(null);
	/** The pair's change geometry, drawn over the map. */
	changes = $state.raw<FeatureCollection<Polygon | MultiPolygon> | null>(null);
	/** Why the comparison could not be loaded, in words. */
	problem = $state<string | null>(null);

	/** Compares `pair` when the data has it (its kind), else says why; the map shows the later date first. */
	open(pair: ComparePair, dates: CompareDates): boolean {
		const kind = compareKind(pair, dates);
		if (!kind) {
			this.problem = 'These two dates cannot be compared: choose two snapshots of the front, or two dates of the Kursk layer, the earlier first.';
			return false;
		}
		this.problem = null;
		this.figures = null;
		this.changes = null;
		this.kind = kind;
		this.side = 'to';
		this.pair = pair;
		return true;
	}

	close(): void {
		this.pair = null;
		this.kind = null;
		this.figures = null;
		this.changes = null;
		this.problem = null;
	}

	/** The snapshot the map shows now: for the front the date shown; for Kursk the one that holds its dates. */
	snapshotShown(snapshots: readonly string[]): string | null {
		if (!this.pair || !this.kind) return null;
		return this.kind === 'front' ? this.pair[this.side] : pairSnapshot(this.pair, this.kind, snapshots);
	}

	/**
	 * For an `$effect`: loads the pair's figures and change geometry from the snapshot that holds
	 * them. Returns the effect's cleanup, which drops an answer no longer wanted.
	 */
	follow(data: AtlasData | null, snapshots: readonly string[], fetchFn: typeof fetch = fetch): (() => void) | undefined {
		const pair = this.pair;
		const kind = this.kind;
		if (!data || !pair || !kind) return;
		const snapshot = pairSnapshot(pair, kind, snapshots);
		if (!snapshot) return;
		let stale = false;
		Promise.all([loadSnapshot(data, snapshot, fetchFn), loadChanges(data.dataUrl, snapshot, kind, pair, fetchFn)]).then(
			([facts, changes]) => {
				if (stale) return;
				this.figures = facts.figures;
				this.changes = changes;
				if (!facts.figures) this.problem = `The figures of ${pairText(pair)} could not be loaded.`;
			},
			(error: Error) => {
				if (!stale) this.problem = `The comparison could not be loaded: ${error.message}`;
			}
		);
		return () => {
			stale = true;
		};
	}
}
