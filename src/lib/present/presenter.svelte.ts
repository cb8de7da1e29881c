// The presenter window (src/routes/present/presenter/): the notes, the next chapter, a clock and
// the time elapsed, kept in step with the audience window over the BroadcastChannel (sync.ts),
// both ways. It can only be opened from the audience window, which gives it the session's token
// (sync.ts); opened any other way it says so and does nothing.
import { formatClock, formatElapsed } from './clock';
import type { Chapter } from './deck';
import { reduce, type SharedState, type SyncMessage } from './sync';

export class PresenterWindow {
	readonly deck: readonly Chapter[];
	shared = $state<SharedState>({ index: 0, blanked: false, paused: false, startedAt: 0 });
	/** `starting` until the page has read its link; `missing` when it holds no session token; then `open`. */
	session = $state<'starting' | 'missing' | 'open'>('starting');
	/** The audience window has answered. */
	connected = $state(false);
	/** The wall clock, once a second (Date.now). */
	now = $state(0);
	readonly #post: (message: SyncMessage) => void;

	/** `post` sends to the audience window. */
	constructor(deck: readonly Chapter[], post: (message: SyncMessage) => void) {
		this.deck = deck;
		this.#post = post;
	}

	get current(): Chapter {
		return this.deck[this.shared.index]!;
	}

	get next(): Chapter | null {
		return this.deck[this.shared.index + 1] ?? null;
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

	/** Right and PageDown go on, Left and PageUp back; true when the key was one of them. */
	key(key: string): boolean {
		if (this.session !== 'open') return false;
		if (key === 'ArrowRight' || key === 'PageDown') this.go(this.shared.index + 1);
		else if (key === 'ArrowLeft' || key === 'PageUp') this.go(this.shared.index - 1);
		else return false;
		return true;
	}
}
