// Section 5 of `npm run bench`: what the service worker caches after one visit (src/service-worker.ts).
// The first-view figures above are measured with service workers blocked, so that they never count
// this; here it is, as a figure of its own: the files this app's cache holds once the worker is
// active, sized from build/ (raw and gzip -9, as section 1 counts bytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { bytes, heading, kB, table } from './report.js';
import { appBuild, BenchError, loadTimeout, viewport, type BenchServer } from './setup.js';

const kinds = ['pages', 'JS', 'CSS', 'fonts', 'data', 'other'] as const;
type Kind = (typeof kinds)[number];

function kindOf(path: string): Kind {
	if (path.endsWith('/') || path.endsWith('__data.json')) return 'pages';
	if (path.startsWith('/data/')) return 'data';
	if (/\.m?js$/.test(path)) return 'JS';
	if (path.endsWith('.css')) return 'CSS';
	if (/\.woff2?$/.test(path)) return 'fonts';
	return 'other';
}

export interface PrecacheResult {
	files: number;
	raw: number;
	gzip: number;
}

/** Visits the app with its service worker allowed, waits until it controls the page, and sizes what it cached. */
export async function precacheSection(browser: Browser, server: BenchServer): Promise<PrecacheResult> {
	console.log(heading('5. Precache: what the service worker stores after one visit (not in the first view)'));
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light', serviceWorkers: 'allow' });
	let paths: string[];
	try {
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		try {
			await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', undefined, { timeout: loadTimeout, polling: 200 });
		} catch (error) {
			throw new BenchError(`The service worker did not take charge of the page: ${(error as Error).message.split('\n')[0]}`);
		}
		paths = await page.evaluate(async () => {
			const names = (await caches.keys()).filter((name) => name.startsWith('frontline-atlas:'));
			const requests = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
			return requests.map((request) => new URL(request.url).pathname);
		});
	} finally {
		await context.close();
	}
	const byKind = new Map(kinds.map((k) => [k, { files: 0, raw: 0, gzip: 0 }]));
	for (const path of paths) {
		const body = readFileSync(join(appBuild, path.endsWith('/') ? `${path}index.html` : path));
		const entry = byKind.get(kindOf(path))!;
		entry.files++;
		entry.raw += body.length;
		entry.gzip += gzipSync(body, { level: 9 }).length;
	}
	const total = [...byKind.values()].reduce((t, e) => ({ files: t.files + e.files, raw: t.raw + e.raw, gzip: t.gzip + e.gzip }), { files: 0, raw: 0, gzip: 0 });
	const row = (name: string, e: PrecacheResult) => [name, String(e.files), bytes(e.raw), kB(e.raw), bytes(e.gzip), kB(e.gzip)];
	console.log(table(['kind', 'files', 'raw', '', 'gzip -9', ''], [...kinds.map((k) => row(k, byKind.get(k)!)), 'rule', row('total', total)]));
	console.log('  Fetched by the worker once the first map has drawn (src/lib/offline/register.ts), from the');
	console.log('  lists of $service-worker less the .woff copies of the .woff2 fonts; sizes are the files in build/.');
	return total;
}
