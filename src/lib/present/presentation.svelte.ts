// Presentation mode's controller: which chapter is shown, the keys and clicks that move it, the
// blank screen, the help, autoplay, the presenter window's messages. The page renders it and hands
// the chapter's view of the map to <AtlasMap>; everything the browser does for it (the link, the
// channel, fullscreen, timers) comes in through a PresentationHost, so that it can be tested.
import { atlasConfig } from '$lib/config';
import { shownLayers, viewFlight } from '$lib/state/mapView';
import type { CameraTarget, FactsVisibility, MapRef } from '$lib/types/mapView';
import { chapterShown, interact, isRunning, startAutoplay, tick as autoplayTick, togglePause, type AutoplayState } from './autoplay';
import type { Chapter } from './deck';
import { KeyRouter, defaultSettings, type Command, type Motion, type PresentSettings } from './keys';
import { linkNotice, type ParsedLink } from './link';
import { clampIndex, type SyncMessage } from './sync';

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
	/** Enters or leaves fullscreen; rejects when the browser refuses. */
	toggleFullscreen(): Promise<void>;
	isFullscreen(): boolean;
	openPresenter(): void;
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

export class Presentation {
	readonly deck: readonly Chapter[];
	index = $state(0);
	blanked = $state(false);
	helpOpen = $state(false);
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

	constructor(deck: readonly Chapter[], host: PresentationHost) {
		this.deck = deck;
		this.#host = host;
		this.#router = new KeyRouter(defaultSettings.keymap, deck.length);
	}

	get chapter(): Chapter {
		return this.deck[this.index]!;
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
	 * snapshot of the front (the first one loaded when it names none).
	 */
	followSnapshots(store: { snapshot: string | null; readonly firstSnapshot: string | null; follow(): (() => void) | undefined }): void {
		$effect(() => {
			store.snapshot = this.chapter.snapshot ?? store.firstSnapshot;
		});
		$effect(() => store.follow());
	}

	/**
	 * Takes the link (parsed by parseLink: the chapter, autoplay, what it got wrong) when the page
	 * starts; `startedAt` is the wall clock. Returns the chapter to open once the settings are in.
	 */
	begin({ link, issues }: ParsedLink, startedAt: number): number {
		this.#addNotice(linkNotice(issues));
		this.startedAt = startedAt;
		this.autoplay = startAutoplay(this.#host.now(), link.autoplay);
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
		this.autoplay = chapterShown(this.autoplay, this.#host.now());
		this.#host.writeChapter(chapter.id);
		this.broadcast();
		await this.#host.settle();
		if (this.index !== next) return;
		this.flight = viewFlight(chapter);
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

	/** The link's and the settings file's notices share the one box, in the order they came. */
	#addNotice(notice: string | null): void {
		if (notice) this.notice = this.notice ? `${this.notice} ${notice}` : notice;
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
			case 'blank':
				return this.setBlank(!this.blanked);
			case 'fullscreen':
				this.#host.toggleFullscreen().catch(() => (this.notice = 'This browser did not allow fullscreen.'));
				return;
			case 'pause':
				this.autoplay = togglePause(this.autoplay, this.#host.now());
				return this.broadcast();
			case 'help':
				this.helpOpen = !this.helpOpen;
				return;
			case 'presenter':
				return this.#host.openPresenter();
			case 'exit':
				if (this.helpOpen) this.helpOpen = false;
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
		this.run(command);
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
