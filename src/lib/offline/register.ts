// Registers src/service-worker.ts (SvelteKit's own registration is off: kit.serviceWorker.register
// in svelte.config.js), after the first view has drawn, and watches it for new versions.
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { atlasConfig } from '$lib/config';
import { serviceWorkerContainer } from './container';
import { offline } from './offline.svelte';
import { UpdateWatcher } from './updates';

/**
 * Runs `work` once the first view is drawn (the map's first idle mark), or after the window's load
 * on a page without a map (the presenter window), in an idle moment either way: installing caches
 * the whole app, which must not compete with the first view's own requests.
 */
function afterFirstView(work: () => void): () => void {
	let done = false;
	const idle = () => {
		if (done) return;
		done = true;
		observer?.disconnect();
		window.removeEventListener('load', onLoad);
		if ('requestIdleCallback' in window) window.requestIdleCallback(() => work(), { timeout: 5000 });
		else setTimeout(work, 0);
	};
	const onLoad = () => {
		if (!document.querySelector('[data-map-state]')) idle();
	};
	let observer: PerformanceObserver | null = null;
	if (performance.getEntriesByName(atlasConfig.mapIdleMark).length > 0) idle();
	else {
		observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName(atlasConfig.mapIdleMark).length > 0) idle();
		});
		observer.observe({ type: 'mark' });
		if (document.readyState === 'complete') onLoad();
		else window.addEventListener('load', onLoad);
	}
	return () => {
		done = true;
		observer?.disconnect();
		window.removeEventListener('load', onLoad);
	};
}

/** Marks `<html data-offline="ready">` while a worker of this app controls the page: the end-to-end tests wait for it. */
function markControlled(container: ServiceWorkerContainer): () => void {
	const mark = () => {
		if (container.controller) document.documentElement.dataset.offline = 'ready';
	};
	void container.ready.then(mark);
	container.addEventListener('controllerchange', mark);
	return () => container.removeEventListener('controllerchange', mark);
}

/** Registers the service worker after the first view and watches for updates; returns what stops the watching. */
export function startOffline(): () => void {
	// Not under `npm run dev`: a cache-first copy of static/data would hide every edit to it.
	if (dev) return () => {};
	const container = serviceWorkerContainer<ServiceWorkerContainer>(navigator);
	if (!container) return () => {};
	const stops: Array<() => void> = [];
	stops.push(
		afterFirstView(() => {
			// The worker's scope is its folder, the base path: the app's pages and nothing else of the host.
			container
				.register(`${base}/service-worker.js`)
				.then((registration) => {
					// A browser that blocks workers (a test harness) may answer without a registration.
					if (!registration) return;
					const watcher = new UpdateWatcher(container, registration, { status: (status) => offline.setUpdate(status), reload: () => location.reload() });
					offline.reloadAction = () => watcher.reload();
					stops.push(watcher.start(), markControlled(container));
				})
				// Offline support is an extra: where registration is refused the app works online as before.
				.catch(() => {});
		})
	);
	return () => stops.forEach((stop) => stop());
}
