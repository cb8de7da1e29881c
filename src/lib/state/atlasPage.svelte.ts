// The atlas page's logic: what it loads, what it shows on the map, what it keeps in the link and
// what it announces. The page (src/routes/+page.svelte) and its panel render it; the map follows
// it through props. State lives in the reader's intent (AtlasState), the link (LinkSync) and the
// data (AtlasDataStore); this ties them together.
import { atlasConfig } from '$lib/config';
import { AtlasDataStore } from '$lib/data/atlasData.svelte';
import { atlasDataUrl } from '$lib/data/loadAtlasData';
import { applyTheme, initialTheme, storeTheme } from '$lib/theme';
import type { FactsData, GazetteerEntry, ThemeName } from '$lib/types/mapData';
import { allFactsVisible, type FactsVisibility, type KnownRefs, type MapRef, type MapView } from '$lib/types/mapView';
import type { AtlasState } from './atlas.svelte';
import { LinkSync } from './linkSync.svelte';
import { AnalystTools } from './analyst.svelte';
import { globePlace } from '$lib/map/globe.svelte';
import { isComplete, measureArea, type AreaResult } from '$lib/measure/measure';
import { namedPoints } from '$lib/query/namedPoints';
import { queryPoint, type PointReport } from '$lib/query/pointQuery';
import { pointAnnouncement } from '$lib/query/pointText';
import { splitMapRef } from '$lib/refs/mapRef';
import { PlaceFinder } from '$lib/search/placeFinder.svelte';
import { settlementsMinZoom } from '$lib/map/settlementsStyle';
import type { MapKeyInput } from '$lib/map/mapKey';
import { untrack } from 'svelte';
import type { ComparePair } from '$lib/compare/compare';
import { CompareState, compareDates } from '$lib/compare/compareState.svelte';

/** Ref key → ids of the article's blocks that mention it (the article's mention index). */
export type Mentions = ReadonlyMap<string, readonly string[]>;

/**
 * The polite announcement for a selection: what was selected and how often the article mentions
 * it, or that it was cleared. `announced` is the key announced last.
 */
export function selectionAnnouncement(key: string | null, name: string | undefined, mentioned: number, announced: string | null): string {
	if (!key) return announced ? 'Selection cleared.' : '';
	const where = mentioned === 1 ? 'one place' : `${mentioned} places`;
	return `Selected ${name}. ${mentioned ? `The article mentions it in ${where}.` : 'The article does not mention it.'}`;
}

/** The countries the article names (`country:` keys of its mentions), as ids. */
export function countriesNamed(mentions: Mentions): string[] {
	return [...mentions.keys()].filter((k) => k.startsWith('country:')).map((k) => k.slice('country:'.length));
}

/** The Kursk date a snapshot opens on: the snapshot's own, or the latest before it. */
export function kurskDateFor(facts: Pick<FactsData, 'asOf' | 'kurskSnapshots'>): string | null {
	return facts.kurskSnapshots.find((s) => s.date === facts.asOf)?.date ?? facts.kurskSnapshots.at(-1)?.date ?? null;
}

export interface StartOptions {
	/** The page's query. */
	search?: string;
	/** The folder of static/data. */
	dataUrl?: URL;
	/** The map's theme to start with. */
	theme?: ThemeName;
}

export class AtlasPage {
	readonly atlas: AtlasState;
	readonly link = new LinkSync();
	readonly store: AtlasDataStore;
	/** Two dates compared: the map shows the ground that changed hands, the Compare tab its figures. */
	readonly compare = new CompareState();
	readonly mentions: Mentions;
	/** Countries the article names: listed in the picker, and selectable although most are off the map. */
	readonly articleCountries: string[];
	theme = $state<ThemeName>('light');
	panelOpen = $state(true);
	visibility = $state<FactsVisibility>({ ...allFactsVisible });
	/** The Kursk date filled; it follows the snapshot shown unless the reader chose one it has. */
	kurskDate = $state<string | null>(null);
	/** The one polite announcement (of the selection). */
	announcement = $state('');
	#announced: string | null = null;
	#announcedPoint: readonly [number, number] | null = null;
	/** The point card and the measure tool; their announcements share the page's live region. */
	readonly tools = new AnalystTools({
		announce: (text) => (this.announcement = text),
		// On the diplomacy globe a point is beyond the map's data: nothing to say about it.
		onquery: (at) => {
			if (globePlace(this.atlas.selected) !== null) return;
			this.tools.point = at;
			// The nearest places include the towns and villages once they are in.
			void this.find.load();
		}
	});
	/** The names the point card measures from: the city labels, the article's places and, once loaded, the settlements. */
	readonly #names = $derived.by(() => {
		const data = this.store.data;
		if (!data) return [];
		const settlements = (this.find.settlements ?? []).map((s) => ({ name: s.name, point: s.point, key: `settlement:${s.id}` }));
		return [...namedPoints(data.basemap.labels, data.places, data.gazetteer.known.places), ...settlements];
	});
	/** What the point card says of the queried point; null without a point or before the data. */
	readonly pointReport: PointReport | null = $derived.by(() => {
		const [point, data, facts] = [this.tools.point, this.store.data, this.store.facts];
		if (!point || !data) return null;
		const none = { type: 'FeatureCollection' as const, features: [] };
		return queryPoint(point, {
			admin1: data.basemap.admin1,
			occupied: facts?.occupied ?? none,
			contested: facts?.contested ?? none,
			contactLine: facts?.contactLine ?? none,
			kursk: facts?.kursk ?? none,
			kurskDate: this.kurskDate,
			asOf: this.asOf,
			annexationClaims: facts?.annexationClaims ?? [],
			places: this.#names,
			mentions: this.mentions
		});
	});
	/** A measured area's shares of the regions and of the occupied ground; null for a distance or none. */
	readonly areaReport: AreaResult | null = $derived.by(() => {
		const [m, data] = [this.tools.measure, this.store.data];
		if (!m || m.kind !== 'area' || !isComplete(m) || !data) return null;
		return measureArea(m, data.basemap.admin1, this.store.facts?.occupied ?? { type: 'FeatureCollection', features: [] });
	});
	/** The search, and the towns and villages it loads when first wanted. */
	readonly find: PlaceFinder;

	constructor(atlas: AtlasState, mentions: Mentions, fetchFn?: typeof fetch) {
		this.atlas = atlas;
		this.mentions = mentions;
		this.articleCountries = countriesNamed(mentions);
		this.store = new AtlasDataStore((facts) => this.#followFacts(facts));
		const store = this.store;
		const kurskDate = () => this.kurskDate;
		this.find = new PlaceFinder(
			{
				get data() {
					return store.data;
				},
				get facts() {
					return store.facts;
				},
				get kurskDate() {
					return kurskDate();
				},
				countries: this.articleCountries
			},
			fetchFn
		);
	}

	get gazetteer() {
		return this.store.data?.gazetteer ?? null;
	}

	get selectedEntry(): GazetteerEntry | null {
		const key = this.atlas.selected;
		return key ? (this.gazetteer?.entries.get(key) ?? null) : null;
	}

	/** What the map draws now, for its key (mapKey): the compact key, the embed's and the exported image's. */
	get keyInput(): MapKeyInput {
		const { facts, unavailable, data } = this.store;
		const { measure, point } = this.tools;
		return {
			facts,
			visibility: this.visibility,
			kurskDate: this.kurskDate,
			unavailable,
			places: data !== null && !unavailable.some((u) => u.file === 'places.geojson'),
			selected: this.atlas.selected,
			globe: globePlace(this.atlas.selected) !== null,
			settlements: this.find.settlements !== null && (this.link.camera?.zoom ?? 0) >= settlementsMinZoom,
			measure: measure && measure.vertices.length >= 2 ? measure.kind : null,
			point: point !== null,
			compared: this.compare.pair && this.compare.kind && this.compare.changes ? { kind: this.compare.kind, ...this.compare.pair } : null
		};
	}

	/** Ids of the blocks that mention the selection, in text order. */
	get cardMentions(): string[] {
		const key = this.atlas.selected;
		return key ? [...(this.mentions.get(key) ?? [])] : [];
	}

	/** The date of the snapshot shown (the article's until the facts have loaded). */
	get asOf(): string {
		return this.store.facts?.asOf ?? atlasConfig.articleDate;
	}

	/**
	 * Once the page is in the browser: the link (the camera, the tab, the theme and the panel now;
	 * the selection and the dates once the data says which exist), the theme, the data.
	 */
	start({ search = window.location.search, dataUrl = atlasDataUrl(), theme = initialTheme() }: StartOptions = {}): Promise<void> {
		const linked = this.link.read(search, atlasConfig);
		// A link's theme is for this view: it is not saved as the reader's choice.
		this.theme = linked.theme ?? theme;
		if (linked.view) this.atlas.showView(linked.view);
		if (linked.panelHidden) this.panelOpen = false;
		this.tools.point = linked.point;
		this.tools.measure = linked.measure;
		// A point from the link is what the page opens on, not news to announce.
		this.#announcedPoint = linked.point;
		return this.store.load(dataUrl, { otherCountries: this.articleCountries }, (data) => {
			// A settlement is known only once its file is in: the link waits for it (only then).
			const pending = this.link.pendingSelect;
			if (pending && splitMapRef(pending)?.kind === 'settlement') void this.find.load().then(() => this.#resolveLink(data));
			else this.#resolveLink(data);
		});
	}

	/** The link's selection and dates, checked against the data (and the settlements, when it asked for one). */
	#resolveLink(data: { gazetteer: { known: KnownRefs } }): void {
		const facts = this.store.facts;
		const resolved = this.link.resolve(data.gazetteer.known, { kurskDates: facts?.kurskSnapshots.map((s) => s.date) ?? null, snapshots: facts?.snapshots ?? null });
		if (!resolved) return;
		if (resolved.snapshot && resolved.snapshot !== facts?.asOf) this.store.snapshot = resolved.snapshot;
		if (resolved.kurskDate) this.kurskDate = resolved.kurskDate;
		if (resolved.compare) this.startCompare(resolved.compare);
		// With a camera in the link the map is already where it was shared from.
		if (resolved.select) this.atlas.select(resolved.select, 'url', { fly: this.link.initialCamera === null });
	}

	/** What a view (a claim's, a timeline event's) asks the map to show; what it leaves out stays as it is. */
	show(view: MapView): void {
		for (const [name, shown] of Object.entries(view.layers ?? {}) as [keyof FactsVisibility, boolean | undefined][]) if (shown !== undefined) this.visibility[name] = shown;
		const facts = this.store.facts;
		if (view.kurskDate && facts?.kurskSnapshots.some((s) => s.date === view.kurskDate)) this.kurskDate = view.kurskDate;
		if (view.snapshot && facts?.snapshots.includes(view.snapshot)) this.store.snapshot = view.snapshot;
		if (view.select) this.atlas.select(view.select, 'view', { fly: !view.camera });
		if (view.camera) this.atlas.frame(view.camera);
	}

	/** Compares two dates (the earlier first); false, with the panel saying why, when the data cannot. */
	startCompare(pair: ComparePair): boolean {
		return this.compare.open(pair, compareDates(this.store.facts));
	}

	/** A timeline event: its map view, and its paragraph. */
	showEvent(event: { map: MapView; blockId: string }): void {
		this.show(event.map);
		this.atlas.showBlock(event.blockId);
	}

	/** A click on the map selects; the panel opens to show its card. */
	selectFromMap(key: MapRef): void {
		// While measuring a click adds a point; it selects nothing.
		if (this.tools.drawing) return;
		this.atlas.select(key, 'map');
		if (!this.panelOpen) this.panelOpen = true;
	}

	toggleTheme(): void {
		this.theme = this.theme === 'light' ? 'dark' : 'light';
		this.link.theme = this.theme;
		storeTheme(this.theme);
	}

	/**
	 * Announces a new selection once its name is known, or that it was cleared, and a newly queried
	 * point: one sentence for both when a click does both. For an `$effect`.
	 */
	announce(): void {
		const key = this.atlas.selected;
		const name = this.selectedEntry?.name;
		const point = this.tools.point;
		const parts: string[] = [];
		if (key !== this.#announced && !(key && !name)) {
			parts.push(selectionAnnouncement(key, name, key ? (this.mentions.get(key)?.length ?? 0) : 0, this.#announced));
			this.#announced = key;
		}
		if (point !== this.#announcedPoint && (!point || this.pointReport)) {
			if (point && this.pointReport) parts.push(pointAnnouncement(this.pointReport, this.asOf));
			this.#announcedPoint = point;
		}
		if (parts.some((p) => p)) this.announcement = parts.filter((p) => p).join(' ');
	}

	/** The query the link should have now (`current` is the page's); null when it is not read yet or would not change. */
	linkSearch(current: string): string | null {
		const facts = this.store.facts;
		// Dates the page opens on anyway are left out, so a plain link stays plain.
		const kurskDate = facts && this.kurskDate !== kurskDateFor(facts) ? this.kurskDate : null;
		const snapshot = facts && facts.asOf !== this.store.firstSnapshot ? facts.asOf : null;
		const measure = this.tools.measure && isComplete(this.tools.measure) ? this.tools.measure : null;
		return this.link.search(current, { select: this.atlas.selected, view: this.atlas.view, kurskDate, snapshot, panelHidden: !this.panelOpen, point: this.tools.point, measure, compare: this.compare.pair });
	}

	/**
	 * The page's effects; call once while the page component initialises. `replaceState` is
	 * SvelteKit's, which changes the address without a navigation.
	 */
	connect(replaceState: (url: string) => void): void {
		// Another snapshot chosen under "Front as of": load it; the map, the legend and the figures follow.
		$effect(() => this.store.follow());
		// The link follows the selection, the tab and the camera (which changes only when the map rests).
		$effect(() => {
			const search = this.linkSearch(window.location.search);
			if (search === null) return;
			try {
				replaceState(`${window.location.pathname}${search}${window.location.hash}`);
			} catch {
				// Before the router has started there is nothing to replace; the next change writes it.
			}
		});
		$effect(() => {
			applyTheme(this.theme);
		});
		$effect(() => this.announce());
		// Close enough for village names: the map draws them once they are loaded.
		$effect(() => {
			if ((this.link.camera?.zoom ?? 0) >= settlementsMinZoom) void this.find.load();
		});
		// A comparison loads its figures and change geometry, and the map shows the date chosen under it.
		$effect(() => {
			const data = this.store.data;
			if (this.compare.pair && this.compare.kind) return untrack(() => this.compare.follow(data, this.store.facts?.snapshots ?? []));
		});
		$effect(() => {
			const { pair, kind, side } = this.compare;
			if (!pair || !kind) return;
			untrack(() => {
				const snapshot = this.compare.snapshotShown(this.store.facts?.snapshots ?? []);
				if (snapshot) this.store.snapshot = snapshot;
				if (kind === 'kursk') {
					this.kurskDate = pair[side];
					this.visibility.kursk = true;
				}
			});
		});
	}

	/** Kursk opens on the snapshot's date, or the latest date before it; a date the snapshot has is kept. */
	#followFacts(facts: FactsData): void {
		if (facts.kurskSnapshots.some((s) => s.date === this.kurskDate)) return;
		this.kurskDate = kurskDateFor(facts);
	}
}
