/**
 * The page's service-worker container, or null where there is none: an old browser, plain http on
 * another host, or a sandboxed iframe without allow-same-origin (an opaque origin), where merely
 * reading `navigator.serviceWorker` throws a SecurityError. The app works online without it, and
 * says nothing in the console about it.
 */
export function serviceWorkerContainer<C>(nav: { readonly serviceWorker?: C }): C | null {
	try {
		return 'serviceWorker' in nav ? (nav.serviceWorker ?? null) : null;
	} catch {
		return null;
	}
}
