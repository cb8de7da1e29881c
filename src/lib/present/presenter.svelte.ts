// The presenter window (src/routes/present/presenter/): the notes, the next chapter, a clock and
// the time elapsed, kept in step with the audience window over the BroadcastChannel (sync.ts),
// both ways. It can only be opened from the audience window, which gives it the session's token
// (sync.ts); opened any other way it says so and does nothing.
import { formatClock, formatElapsed } from './clock';
import type { Chapter, Deck } from './deck';
import { fillChapter, type FiguresState } from './fillText';
import { defaultKeymap, type Keymap } from './keys';
import { reduce, type SharedState, type SyncMessage } from './sync';

export class PresenterWindow {
	readonly decks: readonly Deck[];
	/** The audience's deck (the link names it; see {@link useDeck}). */
	deck = $state.raw<readonly Chapter[]>([]);
	/** The figures the notes' placeholders are filled from. */
	figures = $state.raw<FiguresState>('loading');
	/** The keys in force (static/present-settings.json): the audience's next, previous, first, last and blank work here too. */
	keymap = $state.raw<Keymap>(defaultKeymap);
	shared = $state<SharedState>({ index: 0, blanked: false, paused: false, startedAt: 0 });
	/** `starting` until the page has read its link; `missing` when it holds no session token; then `open`. */
	session = $state<'starting' | 'missing' | 'open'>('starting');
	/** The audience window has answered. */
	connected = $state(false);
	/** The wall clock, once a second (Date.now). */
	now = $state(0);
	readonly #post: (message: SyncMessage) => void;

	/** `decks`: every deck, the default first; `post` sends to the audience window. */
	constructor(decks: readonly Deck[], post: (message: SyncMessage) => void) {
		this.decks = decks;
		this.deck = decks[0]?.chapters ?? [];
		this.#post = post;
	}

	/** Follows the deck `index` of `decks` (the default when there is none such). */
	useDeck(index: number): void {
		this.deck = (this.decks[index] ?? this.decks[0])?.chapters ?? [];
		this.shared = { ...this.shared, index: Math.min(this.shared.index, Math.max(this.deck.length - 1, 0)) };
	}

	/** The chapter on the wall, its placeholders filled. */
	get current(): Chapter {
		return fillChapter(this.deck[this.shared.index]!, this.figures);
	}

	get next(): Chapter | null {
		const next = this.deck[this.shared.index + 1];
		return next ? fillChapter(next, this.figures) : null;
	}

	get clock(): string {
		return formatClock(this.now);
	}

	get elapsed(): string {
		return formatElapsed(this.now, this.shared.startedAt);
	}

	/** What the presenter reads at the top: where the audience is, or that it has not answered yet. */
	get status(): string {
		if (!this.connected) return 'Waiting for the audience window…';
		const { index, blanked, paused } = this.shared;
		return `Chapter ${index + 1} of ${this.deck.length}${blanked ? ' — screen blanked' : ''}${paused ? ' — autoplay paused' : ''}`;
	}

	/** A message from the audience window. */
	message(message: SyncMessage): void {
		if (message.type === 'state') this.connected = true;
		this.shared = reduce(this.shared, message, this.deck.length);
	}

	/** Asks the audience window for chapter `index` (clamped to the deck). */
	go(index: number): void {
		this.shared = reduce(this.shared, { type: 'goto', index }, this.deck.length);
		this.#post({ type: 'goto', index: this.shared.index });
	}

	toggleBlank(): void {
		this.#post({ type: 'blank', blanked: !this.shared.blanked });
	}

	/**
	 * The audience's keys for moving and blanking (Right, PageDown, Space; Left, PageUp; Home, End;
	 * `b` and `.`, as remapped): true when the key was one of them. As on the wall, "next" on a
	 * blanked screen brings the map back rather than moving on behind black.
	 */
	key(key: string): boolean {
		if (this.session !== 'open') return false;
		const action = Object.hasOwn(this.keymap, key) ? this.keymap[key] : undefined;
		const { index, blanked } = this.shared;
		switch (action) {
			case 'next':
				if (blanked) this.#post({ type: 'blank', blanked: false });
				else this.go(index + 1);
				return true;
			case 'prev':
				this.go(index - 1);
				return true;
			case 'first':
				this.go(0);
				return true;
			case 'last':
				this.go(this.deck.length - 1);
				return true;
			case 'blank':
				this.toggleBlank();
				return true;
			default:
				return false;
		}
	}
}
