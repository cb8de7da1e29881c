// The service worker's decisions, as plain functions (src/service-worker.ts only wires them to the
// browser): what to cache on install, which request is answered from that cache, and which caches
// to delete on activation. No DOM, no worker globals: vitest runs them as they are.

/** `$service-worker`'s lists: the app's built files, `static/`'s files, the prerendered pages. */
export interface BuildLists {
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}

/**
 * The prefix of this app's cache names. Cache Storage belongs to the origin, not to a path: two
 * builds of the app under different base paths of one origin (`/atlas/`, `/atlas-staging/`), or
 * another app there, must never delete each other's caches, so the base path is part of the name.
 */
export function cachePrefix(base: string): string {
	return `frontline-atlas:${base || '/'}:`;
}

/** The cache of one build: a new build never reads or overwrites an older one's files. */
export function cacheName(base: string, version: string): string {
	return cachePrefix(base) + version;
}

/**
 * Every URL to cache on install: the app's code, styles and fonts, every file of `static/` (all the
 * map data, the lazily loaded files and other snapshots' too, so every view works offline) and
 * every prerendered page. Fonts come as `.woff2` and `.woff`; every browser with service workers
 * reads woff2, which @fontsource's CSS lists first, so the `.woff` copies would be dead weight.
 */
export function precacheUrls(lists: BuildLists): string[] {
	const all = [...lists.build, ...lists.files, ...lists.prerendered].filter((url) => !url.endsWith('.woff'));
	return [...new Set(all)];
}

/** What the service worker needs to know of a request. */
export interface RequestFacts {
	url: string;
	method: string;
	/** `navigate` for a page load, as in `Request.mode`. */
	mode: string;
}

/**
 * Answer from this build's cache under `key` (falling back to the network if it is missing),
 * redirect a page load to its address with the trailing slash, or leave it to the network.
 */
export type Route = { kind: 'cache'; key: string } | { kind: 'redirect'; to: string } | { kind: 'network' };

/**
 * Where a request goes. A precached file is answered from the cache (cache first): it belongs to
 * this build, so the page never mixes two versions. A page load of a prerendered page is too,
 * whatever its query (`/?select=region:UA-14` is `/`: the page reads the query itself). A page
 * load without its trailing slash is redirected to it, as the server does, since the page's links
 * are relative to its own address. Anything else (another origin, a POST, an unknown path, a file
 * asked for with a query) goes to the network untouched.
 */
export function routeRequest(request: RequestFacts, origin: string, precached: ReadonlySet<string>, pages: ReadonlySet<string>): Route {
	if (request.method !== 'GET') return { kind: 'network' };
	const url = new URL(request.url);
	if (url.origin !== origin) return { kind: 'network' };
	if (request.mode === 'navigate') {
		if (pages.has(url.pathname)) return { kind: 'cache', key: url.pathname };
		if (pages.has(`${url.pathname}/`)) return { kind: 'redirect', to: `${url.pathname}/${url.search}` };
		return { kind: 'network' };
	}
	if (url.search === '' && precached.has(url.pathname)) return { kind: 'cache', key: url.pathname };
	return { kind: 'network' };
}

/** On activation: this app's caches (same base path) other than the current build's. Other apps' caches are never touched. */
export function cachesToDelete(names: readonly string[], base: string, version: string): string[] {
	const prefix = cachePrefix(base);
	const current = cacheName(base, version);
	return names.filter((name) => name.startsWith(prefix) && name !== current);
}

/** The message a page sends the waiting worker when the reader chose to reload into the new version. */
export const skipWaitingMessage = 'SKIP_WAITING';

/** Whether a message from a page asks the waiting worker to take over now. */
export function asksToSkipWaiting(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === skipWaitingMessage;
}
