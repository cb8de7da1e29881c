/**
 * The kiosk's autoplay as a pure state machine: the page calls `tick` with the time now; it says
 * when to advance. Any interaction pauses; after `idleMs` without one it resumes, unless the
 * presenter paused it explicitly (`p`).
 */
export interface AutoplayState {
	enabled: boolean;
	/** Paused with `p`: only `p` resumes. */
	heldByUser: boolean;
	/** The last interaction; autoplay waits `idleMs` after it. */
	interactedAt: number | null;
	/** When the current chapter's countdown started: when its map was drawn. Null while it is drawn. */
	chapterStartedAt: number | null;
}

export function startAutoplay(now: number, enabled: boolean): AutoplayState {
	return { enabled, heldByUser: false, interactedAt: null, chapterStartedAt: now };
}

export function isRunning(state: AutoplayState): boolean {
	return state.enabled && !state.heldByUser && state.interactedAt === null;
}

/** An interaction (key, click, pointer): pauses until idle. Navigation restarts the countdown. */
export function interact(state: AutoplayState, now: number): AutoplayState {
	return state.enabled ? { ...state, interactedAt: now } : state;
}

export function togglePause(state: AutoplayState, now: number): AutoplayState {
	if (!state.enabled) return { ...startAutoplay(now, true) };
	return state.heldByUser ? { ...state, heldByUser: false, interactedAt: null, chapterStartedAt: restart(state, now) } : { ...state, heldByUser: true };
}

/** A new chapter is on its way to the screen: its time does not run until its map is drawn. */
export function chapterShowing(state: AutoplayState): AutoplayState {
	return { ...state, chapterStartedAt: null };
}

/** The chapter's map is drawn (camera, layers, selection): its time starts now. */
export function chapterShown(state: AutoplayState, now: number): AutoplayState {
	return { ...state, chapterStartedAt: now };
}

/** A countdown that starts again on resuming; one still waiting for the map goes on waiting. */
const restart = (state: AutoplayState, now: number) => (state.chapterStartedAt === null ? null : now);

export function tick(state: AutoplayState, now: number, durationMs: number, idleMs: number): { state: AutoplayState; advance: boolean } {
	if (!state.enabled || state.heldByUser) return { state, advance: false };
	if (state.interactedAt !== null) {
		if (now - state.interactedAt < idleMs) return { state, advance: false };
		return { state: { ...state, interactedAt: null, chapterStartedAt: restart(state, now) }, advance: false };
	}
	// The next chapter's time starts when its map is drawn (chapterShown), not now.
	if (state.chapterStartedAt !== null && now - state.chapterStartedAt >= durationMs) return { state: { ...state, chapterStartedAt: null }, advance: true };
	return { state, advance: false };
}
