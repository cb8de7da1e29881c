/** Timers, as the page has them; fakes in tests. */
export interface Timers {
	set(run: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

const pageTimers: Timers = {
	set: (run, ms) => setTimeout(run, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** The cursor hides after some time without pointer movement (a wall screen), and comes back on the next move. */
export class IdleCursor {
	hidden = $state(false);
	readonly #hideAfterMs: () => number;
	readonly #timers: Timers;
	#handle: unknown = undefined;

	/** `hideAfterMs` is asked at each move (the settings can change meanwhile). */
	constructor(hideAfterMs: () => number, timers: Timers = pageTimers) {
		this.#hideAfterMs = hideAfterMs;
		this.#timers = timers;
	}

	/** The pointer moved (or the page started): show the cursor, and hide it again after a while. */
	moved(): void {
		this.hidden = false;
		this.#timers.clear(this.#handle);
		this.#handle = this.#timers.set(() => (this.hidden = true), this.#hideAfterMs());
	}

	stop(): void {
		this.#timers.clear(this.#handle);
		this.#handle = undefined;
	}
}
