/**
 * The map work that a change of props asks for, each job in a task of its own, in a fixed order.
 *
 * Why tasks of their own: a chapter change in presentation mode changes the selection, the layers
 * and the camera at once. Done in the task that made the change (the key press), that is one long
 * task; done here, it is a few short ones, the page can answer input between them, and no task of
 * the app's in a transition lasts over 50 ms (`npm run bench` checks it; see styleUpdate.ts for
 * the other half of that work).
 *
 * The queue holds at most one job of each kind. A newer request of a kind replaces the pending one:
 * the newest intent wins, and work that is already out of date is never done. When a task comes,
 * the pending job that comes first in {@link jobOrder} runs, whatever order the jobs were asked
 * for in; then the next task is asked for if any job is left. So the order no longer depends on
 * which `$effect` was declared first, nor on which timer was set first:
 *
 * 1. `selection`: the selection's outline (a global-state property; cheap, and seen first).
 * 2. `globe`: entering or leaving the diplomacy globe. Before the flight, so that a flight that
 *    comes with leaving the globe starts from the regional camera the globe left, and a flight
 *    that comes while the globe stays is held for when it is left.
 * 3. `style`: layers shown or hidden, a Kursk date, a theme, a snapshot, the globe's style. After
 *    the globe, whose change of state it follows.
 * 4. `flight`: moving the camera, once the map shows what it is moving over.
 * 5. `describe`: the map's text description, which reads the labels the map has placed; it runs
 *    after the map has settled and never makes the map draw.
 */
export const jobOrder = ['selection', 'globe', 'style', 'flight', 'describe'] as const;
export type JobKind = (typeof jobOrder)[number];

/** How the queue asks for a task; setTimeout(…, 0) in the browser, a fake in tests. */
export interface TaskTimer {
	set(run: () => void): unknown;
	clear(handle: unknown): void;
}

const timeoutTimer: TaskTimer = {
	set: (run) => setTimeout(run, 0),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export interface QueueOptions {
	timer?: TaskTimer;
	/** Called when the queue goes from empty to not empty and back. */
	onpending?: (pending: boolean) => void;
	/** Called after each job, in its task (also when the job threw). */
	afterJob?: (kind: JobKind) => void;
}

export class MapWorkQueue {
	readonly #jobs = new Map<JobKind, () => void>();
	readonly #timer: TaskTimer;
	readonly #onpending: (pending: boolean) => void;
	readonly #afterJob: (kind: JobKind) => void;
	#handle: unknown = null;

	constructor({ timer = timeoutTimer, onpending = () => {}, afterJob = () => {} }: QueueOptions = {}) {
		this.#timer = timer;
		this.#onpending = onpending;
		this.#afterJob = afterJob;
	}

	/** Whether any job waits for its task. */
	get pending(): boolean {
		return this.#jobs.size > 0;
	}

	/** The kinds of the jobs that wait, in the order they will run. */
	get waiting(): JobKind[] {
		return jobOrder.filter((kind) => this.#jobs.has(kind));
	}

	/**
	 * Queues `work` as the job of `kind`, replacing one of that kind not yet run. Returns its
	 * cancel, for an effect's cleanup: it drops this job if it has not run (and not a newer one).
	 */
	schedule(kind: JobKind, work: () => void): () => void {
		const wasPending = this.pending;
		this.#jobs.set(kind, work);
		this.#handle ??= this.#timer.set(() => this.#runNext());
		if (!wasPending) this.#onpending(true);
		return () => {
			if (this.#jobs.get(kind) !== work) return;
			this.#jobs.delete(kind);
			this.#settle();
		};
	}

	/** Drops every job not yet run (the map is going away). */
	clear(): void {
		if (!this.pending) return;
		this.#jobs.clear();
		this.#settle();
	}

	#runNext(): void {
		this.#handle = null;
		const kind = jobOrder.find((k) => this.#jobs.has(k));
		if (!kind) return;
		const work = this.#jobs.get(kind)!;
		this.#jobs.delete(kind);
		try {
			work();
		} finally {
			this.#afterJob(kind);
			if (this.pending) this.#handle ??= this.#timer.set(() => this.#runNext());
			else this.#onpending(false);
		}
	}

	/** After a cancel: no task is kept for an empty queue, and the queue says it is empty. */
	#settle(): void {
		if (this.pending || this.#handle === null) return;
		this.#timer.clear(this.#handle);
		this.#handle = null;
		this.#onpending(false);
	}
}
