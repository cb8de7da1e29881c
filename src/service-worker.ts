/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after one visit: on install this build's files, data and pages go into a cache of this
// version; on activation the older versions' caches go. The decisions are src/lib/offline/precache.ts.
import { base, build, files, prerendered, version } from '$service-worker';
import { asksToSkipWaiting, cacheName, cachesToDelete, precacheUrls, routeRequest } from '$lib/offline/precache';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cache = cacheName(base, version);
const urls = precacheUrls({ build, files, prerendered });
const precached = new Set(urls);
const pages = new Set(prerendered);

worker.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until the reader chooses to reload (the page's notice),
	// so it is never swapped under a presenter mid-talk.
	event.waitUntil(caches.open(cache).then((store) => store.addAll(urls)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const stale = cachesToDelete(await caches.keys(), base, version);
			await Promise.all(stale.map((name) => caches.delete(name)));
			// On the very first install, take charge of the page that installed it, so that it works
			// offline without a reload. After an update the pages are already controlled.
			if (stale.length === 0) await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if (asksToSkipWaiting(event.data)) void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const route = routeRequest(event.request, worker.location.origin, precached, pages);
	if (route.kind === 'network') return;
	if (route.kind === 'redirect') return event.respondWith(Response.redirect(route.to, 308));
	event.respondWith(
		(async () => {
			const hit = await (await caches.open(cache)).match(route.key);
			return hit ?? fetch(event.request);
		})()
	);
});
