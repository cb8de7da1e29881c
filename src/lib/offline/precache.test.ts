import { describe, expect, it } from 'vitest';
import { asksToSkipWaiting, cacheName, cachePrefix, cachesToDelete, precacheUrls, routeRequest } from './precache';

// Lists as `$service-worker` gives them for a build under /atlas.
const lists = {
	build: ['/atlas/_app/immutable/entry/start.abc.js', '/atlas/_app/immutable/assets/noto-sans-latin-400-normal.x1.woff2', '/atlas/_app/immutable/assets/noto-sans-latin-400-normal.x2.woff', '/atlas/_app/immutable/assets/0.css'],
	files: ['/atlas/favicon.svg', '/atlas/data/manifest.json', '/atlas/data/settlements.json', '/atlas/data/facts/2024-08-06/figures.json', '/atlas/manifest.webmanifest'],
	prerendered: ['/atlas/', '/atlas/present/', '/atlas/present/presenter/', '/atlas/embed/']
};
const origin = 'https://maps.example.org';
const precached = new Set(precacheUrls(lists));
const pages = new Set(lists.prerendered);
const get = (path: string, mode = 'cors') => ({ url: origin + path, method: 'GET', mode });

describe('precacheUrls', () => {
	it('takes the code, every static file (the lazily loaded data and the other snapshots included) and every page', () => {
		const urls = precacheUrls(lists);
		for (const url of [...lists.files, ...lists.prerendered, lists.build[0]!, lists.build[1]!, lists.build[3]!]) expect(urls).toContain(url);
	});

	it('leaves out the .woff copies of fonts that come as .woff2', () => {
		expect(precacheUrls(lists).filter((url) => url.endsWith('.woff'))).toEqual([]);
		expect(precacheUrls(lists)).toHaveLength(3 + lists.files.length + lists.prerendered.length);
	});

	it('lists a file once when two lists name it', () => {
		expect(precacheUrls({ build: ['/a.js'], files: ['/a.js'], prerendered: ['/'] })).toEqual(['/a.js', '/']);
	});
});

describe('routeRequest', () => {
	it('answers a precached file from the cache', () => {
		expect(routeRequest(get('/atlas/data/settlements.json'), origin, precached, pages)).toEqual({ kind: 'cache', key: '/atlas/data/settlements.json' });
		expect(routeRequest(get('/atlas/_app/immutable/entry/start.abc.js'), origin, precached, pages)).toEqual({ kind: 'cache', key: '/atlas/_app/immutable/entry/start.abc.js' });
	});

	it('answers a page load of a prerendered page from the cache, ignoring its query', () => {
		expect(routeRequest(get('/atlas/?select=region:UA-14&view=claims', 'navigate'), origin, precached, pages)).toEqual({ kind: 'cache', key: '/atlas/' });
		expect(routeRequest(get('/atlas/present/?chapter=kursk-recapture', 'navigate'), origin, precached, pages)).toEqual({ kind: 'cache', key: '/atlas/present/' });
		expect(routeRequest(get('/atlas/present/presenter/#session=abc', 'navigate'), origin, precached, pages)).toEqual({ kind: 'cache', key: '/atlas/present/presenter/' });
	});

	it('redirects a page load without its trailing slash, keeping the query', () => {
		expect(routeRequest(get('/atlas/present?deck=briefing', 'navigate'), origin, precached, pages)).toEqual({ kind: 'redirect', to: '/atlas/present/?deck=briefing' });
		expect(routeRequest(get('/atlas', 'navigate'), origin, precached, pages)).toEqual({ kind: 'redirect', to: '/atlas/' });
	});

	it('leaves everything else to the network', () => {
		const network = { kind: 'network' };
		expect(routeRequest(get('/atlas/nowhere/', 'navigate'), origin, precached, pages)).toEqual(network);
		expect(routeRequest(get('/atlas/_app/version.json'), origin, precached, pages)).toEqual(network);
		// A file asked for with a query may be another file: not answered from the cache.
		expect(routeRequest(get('/atlas/data/manifest.json?fresh=1'), origin, precached, pages)).toEqual(network);
		// A page fetched (not navigated to) with a query is not the cached file.
		expect(routeRequest(get('/atlas/present/?x=1'), origin, precached, pages)).toEqual(network);
		expect(routeRequest({ ...get('/atlas/data/manifest.json'), method: 'POST' }, origin, precached, pages)).toEqual(network);
		expect(routeRequest({ url: 'https://elsewhere.example.com/atlas/data/manifest.json', method: 'GET', mode: 'cors' }, origin, precached, pages)).toEqual(network);
		// Paths outside the base path are not this app's.
		expect(routeRequest(get('/data/manifest.json'), origin, precached, pages)).toEqual(network);
		expect(routeRequest(get('/', 'navigate'), origin, precached, pages)).toEqual(network);
	});
});

describe('caches', () => {
	it('names a cache by the base path and the version', () => {
		expect(cacheName('/atlas', '1741873398')).toBe('frontline-atlas:/atlas:1741873398');
		expect(cacheName('', '1741873398')).toBe('frontline-atlas:/:1741873398');
		expect(cacheName('/atlas', '1')).not.toBe(cacheName('/atlas', '2'));
	});

	it('deletes this app’s older caches at the same base path, and nothing else', () => {
		const names = [
			cacheName('/atlas', 'old'),
			cacheName('/atlas', 'older'),
			cacheName('/atlas', 'new'),
			cacheName('/atlas-staging', 'old'),
			cacheName('', 'old'),
			'another-app-v1',
			'workbox-precache-v2'
		];
		expect(cachesToDelete(names, '/atlas', 'new')).toEqual([cacheName('/atlas', 'old'), cacheName('/atlas', 'older')]);
		expect(cachesToDelete(names, '', 'new')).toEqual([cacheName('', 'old')]);
		expect(cachesToDelete([cacheName('/atlas', 'new')], '/atlas', 'new')).toEqual([]);
	});

	it('does not take /atlas-staging for a version of /atlas', () => {
		expect(cacheName('/atlas-staging', 'x').startsWith(cachePrefix('/atlas'))).toBe(false);
	});
});

describe('asksToSkipWaiting', () => {
	it('accepts only the page’s message', () => {
		expect(asksToSkipWaiting({ type: 'SKIP_WAITING' })).toBe(true);
		for (const data of [null, undefined, 'SKIP_WAITING', { type: 'skip_waiting' }, { kind: 'SKIP_WAITING' }, 42]) expect(asksToSkipWaiting(data)).toBe(false);
	});
});
