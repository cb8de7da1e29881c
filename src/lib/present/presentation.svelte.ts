// Presentation mode's controller: which chapter is shown, the keys and clicks that move it, the
// blank screen, the help, autoplay, the presenter window's messages. The page renders it and hands
// the chapter's view of the map to <AtlasMap>; everything the browser does for it (the link, the
// channel, fullscreen, timers) comes in through a PresentationHost, so that it can be tested.
import { atlasConfig } from '$lib/config';
import { shownLayers, viewFlight } from '$lib/state/mapView';
import type { CameraTarget, FactsVisibility, MapRef } from '$lib/types/mapView';
import { chapterShowing, chapterShown, interact, isRunning, startAutoplay, tick as autoplayTick, togglePause, type AutoplayState } from './autoplay';
import type { Chapter, Deck } from './deck';
import { figuresState, fillChapter, type FiguresState } from './fillText';
import { KeyRouter, defaultSettings, type Command, type Motion, type PresentSettings } from './keys';
import { linkNotice, type ParsedLink } from './link';
import { clampIndex, type SyncMessage } from './sync';
import { AnalystTools } from '$lib/state/analyst.svelte';

/** What the presentation needs from the page it runs in. */
export interface PresentationHost {
	/** A monotonic clock in milliseconds (performance.now): autoplay's. */
	now(): number;
	/** Puts the chapter's id in the link (`?chapter=`). */
	writeChapter(id: string): void;
	/** Tells the presenter window. */
	post(message: SyncMessage): void;
	/** Resolves once the page has drawn the last change (Svelte's tick). */
	settle(): Promise<void>;
	/**
	 * Resolves once the map has drawn what it was last asked to show (its idle signal after the
	 * camera's move), or has given up drawing (no map); autoplay times a chapter from then.
	 */
	mapDrawn(): Promise<void>;
	/** Runs `run` after `ms` milliseconds; returns its cancellation. */
	later(run: () => void, ms: number): () => void;
	/** Enters or leaves fullscreen; rejects when the browser refuses. */
	toggleFullscreen(): Promise<void>;
	isFullscreen(): boolean;
	/** Opens the presenter window on the deck `deckId`. */
	openPresenter(deckId: string): void;
	/** Leaves presentation mode for the atlas. */
	leave(): void;
}

/** A key press, as much of it as the presentation reads. */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	defaultPrevented: boolean;
	preventDefault(): void;
}

/** Clicks on these go to what was clicked, not to the presentation. */
const controls = 'button, a, [role="dialog"], .maplibregl-ctrl';

/** How long a notice stays on the wall unless dismissed (Esc, its button): long enough to read twice. */
export const noticeMs = 15_000;

export class Presentation {
	readonly decks: readonly Deck[];
	/** The deck shown: the default until the link names another (see {@link begin}). */
	deckId = $state('');
	/** The link's measurement, drawn over every chapter; the wall draws it, nobody edits it there. */
	readonly tools = new AnalystTools({}, false);
	deck = $state.raw<readonly Chapter[]>([]);
	/** The figures the chapters' placeholders are filled from (the snapshot's figures.json). */
	figures = $state.raw<FiguresState>('loading');
	index = $state(0);
	blanked = $state(false);
	helpOpen = $state(false);
	/** The "Save image" dialog (src/lib/export/) is open. */
	saveOpen = $state(false);
	notice = $state<string | null>(null);
	settings = $state.raw<PresentSettings>(defaultSettings);
	autoplay = $state.raw<AutoplayState>(startAutoplay(0, false));
	/** When the presentation started (Date.now), for the presenter's elapsed time. */
	startedAt = $state(0);
	/** The chapter's selection, for the map. */
	selected = $state<MapRef | null>(null);
	/** The chapter's camera, for the map: set once its layers and selection are in (see {@link show}). */
	flight = $state.raw<CameraTarget | null>(null);
	/** False until the settings are in and the first chapter is shown. */
	ready = $state(false);
	#router: KeyRouter;
	readonly #host: PresentationHost;
	/** Counts the chapters shown, so that a map drawn for an earlier one does not start this one's time. */
	#shows = 0;
	#cancelNotice: () => void = () => {};

	/** `decks`: every deck, the default first. */
	constructor(decks: readonly Deck[], host: PresentationHost) {
		this.decks = decks;
		this.deck = decks[0]?.chapters ?? [];
		this.deckId = decks[0]?.id ?? '';
		this.#host = host;
		this.#router = new KeyRouter(defaultSettings.keymap, this.deck.length);
	}

	get chapter(): Chapter {
		return this.deck[this.index]!;
	}

	/** The chapter as the room reads it: its placeholders filled from the figures. */
	get shown(): Chapter {
		return fillChapter(this.chapter, this.figures);
	}

	/** Autoplay is on but waits: paused with `p`, or after an interaction. */
	get paused(): boolean {
		return this.autoplay.enabled && !isRunning(this.autoplay);
	}

	/** `off`, `paused` or `playing`, for the page's data attribute and the room. */
	get autoplayState(): 'off' | 'paused' | 'playing' {
		return this.autoplay.enabled ? (this.paused ? 'paused' : 'playing') : 'off';
	}

	/** The chapter's facts layers: all of them, as the chapter lists them. */
	get visibility(): FactsVisibility {
		return this.chapter.layers;
	}

	/** The chapter's Kursk date; the article's when it gives none. */
	get kurskDate(): string {
		return this.chapter.kurskDate ?? atlasConfig.articleDate;
	}

	/** The names of the layers the chapter shows, space-separated. */
	get layerNames(): string {
		return shownLayers(this.chapter.layers);
	}

	get motion(): Motion {
		return this.settings.motion;
	}

	/**
	 * The page's effects for the data, once while it initialises: the facts follow the chapter's
	 * snapshot of the front (the first one loaded when it names none), and the chapters' figures
	 * follow the facts.
	 */
	followSnapshots(store: { snapshot: string | null; readonly firstSnapshot: string | null; follow(): (() => void) | undefined } & Parameters<typeof figuresState>[0]): void {
		$effect(() => {
			store.snapshot = this.chapter.snapshot ?? store.firstSnapshot;
		});
		$effect(() => store.follow());
		// The chapters' figures are the snapshot's, as the Claims tab's are.
		$effect(() => {
			this.figures = figuresState(store);
		});
	}

	/**
	 * Takes the link (parsed by parseLink: the chapter, autoplay, what it got wrong) when the page
	 * starts; `startedAt` is the wall clock. Returns the chapter to open once the settings are in.
	 */
	begin({ link, issues }: ParsedLink, startedAt: number): number {
		const deck = this.decks[link.deck] ?? this.decks[0];
		if (deck) [this.deck, this.deckId] = [deck.chapters, deck.id];
		this.#router = new KeyRouter(this.settings.keymap, this.deck.length);
		this.#addNotice(linkNotice(issues));
		this.startedAt = startedAt;
		this.autoplay = startAutoplay(this.#host.now(), link.autoplay);
		this.tools.measure = link.measure;
		return link.chapter ?? 0;
	}

	/** The settings (file and link) are in: keys follow them, and chapter `first` is shown. */
	useSettings(settings: PresentSettings, notice: string | null, first: number): Promise<void> {
		this.settings = settings;
		this.#addNotice(notice);
		this.#router = new KeyRouter(settings.keymap, this.deck.length);
		this.ready = true;
		return this.show(first);
	}

	/** Tells the presenter window where the presentation is. */
	broadcast(): void {
		this.#host.post({ type: 'state', index: this.index, blanked: this.blanked, paused: this.paused, startedAt: this.startedAt });
	}

	/**
	 * Shows chapter `i`: its layers and selection first, then, once the page has drawn them, its
	 * camera (so that a camera that comes with leaving the globe starts from the regional map).
	 */
	async show(i: number): Promise<void> {
		const next = clampIndex(i, this.deck.length, this.index);
		this.index = next;
		const chapter = this.deck[next]!;
		this.selected = chapter.select ?? null;
		const shows = ++this.#shows;
		this.autoplay = chapterShowing(this.autoplay);
		this.#host.writeChapter(chapter.id);
		this.broadcast();
		await this.#host.settle();
		if (shows !== this.#shows) return;
		this.flight = viewFlight(chapter);
		// The chapter's time runs from when its map is drawn: a slow first draw does not eat it.
		await this.#host.mapDrawn();
		if (shows === this.#shows) this.autoplay = chapterShown(this.autoplay, this.#host.now());
	}

	/** One chapter on or back; past the end autoplay loops (when the settings say so), a presenter stops. */
	advance(step: 1 | -1): void {
		const next = this.index + step;
		if (next >= this.deck.length) {
			if (this.autoplay.enabled && this.settings.loop) void this.show(0);
			return;
		}
		if (next >= 0) void this.show(next);
	}

	/**
	 * The link's and the settings file's notices share the one box, in the order they came; it goes
	 * by itself after {@link noticeMs}, or on Esc or its button.
	 */
	#addNotice(notice: string | null): void {
		if (!notice) return;
		this.notice = this.notice ? `${this.notice} ${notice}` : notice;
		this.#cancelNotice();
		this.#cancelNotice = this.#host.later(() => this.dismissNotice(), noticeMs);
	}

	dismissNotice(): void {
		this.#cancelNotice();
		this.#cancelNotice = () => {};
		this.notice = null;
	}

	setBlank(value: boolean): void {
		this.blanked = value;
		this.broadcast();
	}

	run(command: Command): void {
		switch (command.type) {
			case 'next':
				return this.advance(1);
			case 'prev':
				return this.advance(-1);
			case 'first':
				return void this.show(0);
			case 'last':
				return void this.show(this.deck.length - 1);
			case 'jump':
				return void this.show(command.index);
			case 'no-chapter':
				return this.#addNotice(`There is no chapter ${command.number}: this deck has chapters 1 to ${command.count}.`);
			case 'blank':
				return this.setBlank(!this.blanked);
			case 'fullscreen':
				this.#host.toggleFullscreen().catch(() => this.#addNotice('This browser did not allow fullscreen.'));
				return;
			case 'pause':
				this.autoplay = togglePause(this.autoplay, this.#host.now());
				return this.broadcast();
			case 'help':
				this.helpOpen = !this.helpOpen;
				return;
			case 'presenter':
				return this.#host.openPresenter(this.deckId);
			case 'save':
				this.helpOpen = false;
				this.saveOpen = true;
				return;
			case 'exit':
				if (this.helpOpen) this.helpOpen = false;
				else if (this.notice) this.dismissNotice();
				else if (!this.#host.isFullscreen()) this.#host.leave();
				return;
		}
	}

	/** A key press: any key but `p` counts as an interaction (autoplay waits); a mapped key runs its command. */
	key(event: KeyPress): void {
		if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
		const command = this.#router.handle(event.key);
		if (command?.type !== 'pause') this.autoplay = interact(this.autoplay, this.#host.now());
		if (!command) return;
		event.preventDefault();
		// A clicker's "next" on a black screen brings the map back: the room never misses a chapter.
		if (command.type === 'next' && this.blanked) this.setBlank(false);
		else this.run(command);
	}

	/** The pointer moved over the screen: an interaction, as a key is (autoplay waits). */
	pointer(): void {
		this.autoplay = interact(this.autoplay, this.#host.now());
	}

	/** A click anywhere but on a control: closes the help, else shows the map again, else goes on. */
	click(target: { closest(selector: string): unknown } | null): void {
		if (target?.closest(controls)) return;
		this.autoplay = interact(this.autoplay, this.#host.now());
		if (this.helpOpen) this.helpOpen = false;
		else if (this.blanked) this.setBlank(false);
		else this.advance(1);
	}

	/** A message from the presenter window. */
	message(message: SyncMessage): void {
		if (message.type === 'hello') this.broadcast();
		else if (message.type === 'goto') {
			this.autoplay = interact(this.autoplay, this.#host.now());
			void this.show(message.index);
		} else if (message.type === 'blank') this.setBlank(message.blanked);
	}

	/** Autoplay's clock (every 100 ms): goes on when the chapter's time is up; tells the presenter when it pauses or resumes. */
	tick(): void {
		const { durationScale, idleResumeS } = this.settings;
		const wasPaused = this.paused;
		const result = autoplayTick(this.autoplay, this.#host.now(), this.chapter.durationS * durationScale * 1000, idleResumeS * 1000);
		this.autoplay = result.state;
		if (result.advance) this.advance(1);
		else if (wasPaused !== this.paused) this.broadcast();
	}
}
