/**
 * Keeps the screen on while presenting: asks for a screen Wake Lock, and asks again whenever the
 * tab becomes visible (the browser drops the lock when it is hidden). Returns a release function.
 */
export function keepScreenOn(doc: Document = document, nav: Navigator = navigator): () => void {
	let sentinel: WakeLockSentinel | null = null;
	let stopped = false;
	const request = async () => {
		if (stopped || doc.visibilityState !== 'visible' || !('wakeLock' in nav)) return;
		try {
			sentinel = await nav.wakeLock.request('screen');
			if (stopped) await sentinel.release();
		} catch {
			// Refused (battery saver, no permission): the screen may dim; nothing else breaks.
		}
	};
	const onVisibility = () => void request();
	doc.addEventListener('visibilitychange', onVisibility);
	void request();
	return () => {
		stopped = true;
		doc.removeEventListener('visibilitychange', onVisibility);
		void sentinel?.release().catch(() => {});
		sentinel = null;
	};
}
