// The presenter window's clocks, as text.

/** Time since `startedAt` as h:mm:ss; 0:00:00 before anything is known. */
export function formatElapsed(now: number, startedAt: number): string {
	if (!now || !startedAt) return '0:00:00';
	const s = Math.max(0, Math.floor((now - startedAt) / 1000));
	return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** The time of day as hh:mm:ss; dashes before the clock has started. */
export function formatClock(now: number): string {
	return now ? new Date(now).toLocaleTimeString('en-GB') : '--:--:--';
}
