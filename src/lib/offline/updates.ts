// When to announce a new version, and what "Reload" does. Written against the small parts of the
// Service Worker API it uses, so that the unit tests drive it with plain EventTargets.
import { skipWaitingMessage } from './precache';

/** What the page tells the reader: nothing; a new version waits; another window already switched to it. */
export type UpdateStatus = 'none' | 'waiting' | 'updated-elsewhere';

export interface WorkerLike extends EventTarget {
	readonly state: string;
	postMessage(message: unknown): void;
}
export interface RegistrationLike extends EventTarget {
	readonly installing: WorkerLike | null;
	readonly waiting: WorkerLike | null;
}
export interface ContainerLike extends EventTarget {
	readonly controller: unknown;
}

export interface UpdateHandlers {
	status(status: UpdateStatus): void;
	/** Reloads the page (location.reload in the browser). */
	reload(): void;
}

/**
 * Watches one registration. A new worker that finishes installing while a worker controls the page
 * is an update: it waits (the worker never skips waiting on its own) and the page is told, so a
 * presenter is never switched mid-talk. The first install (no controller yet) is not an update.
 * The page reloads only after its reader asked for it here; a switch another window asked for is
 * announced, never followed by a reload.
 */
export class UpdateWatcher {
	#reloadAsked = false;
	#controlled: boolean;

	constructor(
		private readonly container: ContainerLike,
		private readonly registration: RegistrationLike,
		private readonly handlers: UpdateHandlers
	) {
		this.#controlled = container.controller != null;
	}

	/** Starts listening; returns what stops it. */
	start(): () => void {
		const { container, registration } = this;
		if (registration.waiting && container.controller != null) this.handlers.status('waiting');
		const onInstalled = (worker: WorkerLike) => () => {
			if (worker.state === 'installed' && container.controller != null) this.handlers.status('waiting');
		};
		const watched: Array<[WorkerLike, () => void]> = [];
		const onUpdateFound = () => {
			const worker = registration.installing;
			if (!worker) return;
			const listener = onInstalled(worker);
			worker.addEventListener('statechange', listener);
			watched.push([worker, listener]);
		};
		const onControllerChange = () => {
			const wasControlled = this.#controlled;
			this.#controlled = container.controller != null;
			if (this.#reloadAsked) this.handlers.reload();
			else if (wasControlled) this.handlers.status('updated-elsewhere');
		};
		registration.addEventListener('updatefound', onUpdateFound);
		container.addEventListener('controllerchange', onControllerChange);
		return () => {
			registration.removeEventListener('updatefound', onUpdateFound);
			container.removeEventListener('controllerchange', onControllerChange);
			for (const [worker, listener] of watched) worker.removeEventListener('statechange', listener);
		};
	}

	/** The reader chose "Reload": the waiting worker takes over, and the page reloads when it has. */
	reload(): void {
		this.#reloadAsked = true;
		const waiting = this.registration.waiting;
		if (waiting) waiting.postMessage({ type: skipWaitingMessage });
		else this.handlers.reload();
	}
}
