import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The base path is a build setting: `BASE_PATH=/atlas npm run build` serves the app under /atlas. */
const base = process.env.BASE_PATH ?? '';
/** Where the static site is written; `build/` unless BUILD_DIR says otherwise (the tests use it). */
const outDir = process.env.BUILD_DIR ?? 'build';

/**
 * SvelteKit's route announcer carries one fixed inline style attribute. Allowing exactly that
 * style, by its hash, keeps `style-src` free of 'unsafe-inline'. The end-to-end tests fail on any
 * CSP violation, so a SvelteKit update that changes the style shows up at once.
 */
const announcerStyleHash = "'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='";

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress: .br and .gz beside each file, sent by scripts/server.js (the map data is
		// compressed by scripts/precompress.js, the second step of `npm run build`).
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true, precompress: true }),
		paths: { base, relative: true },
		// src/lib/offline/register.ts registers the service worker itself: after the first view has
		// drawn, and guarded where there is none (a sandboxed iframe).
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', 'data:', 'blob:'],
				// data: for the embed in a sandboxed iframe: in an opaque origin MapLibre starts its
				// worker from a data: URL holding its own worker file (a URL of ours would be cross-origin).
				'worker-src': ['self', 'blob:', 'data:'],
				'child-src': ['blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
