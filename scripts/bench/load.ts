// Loading a page (the app or the bare MapLibre page) in a fresh context, up to its map's first idle.
import type { Browser, BrowserContext } from '@playwright/test';
import { BenchError, loadTimeout, viewport, type BenchServer, type PageKind } from './setup.js';

export interface Load {
	/** Navigation start to the first `idle` mark, in ms. */
	idleMs: number;
	canvas: { width: number; height: number };
}

async function freshContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light', serviceWorkers: 'block' });
}

/** Loads `kind` in a fresh context (no cache) and waits for its first-idle mark. */
export async function load(browser: Browser, server: BenchServer, kind: PageKind, afterIdle?: () => Promise<void>): Promise<Load> {
	const context = await freshContext(browser);
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(server.origin + kind.path, { waitUntil: 'commit' });
		try {
			await page.waitForFunction(
				(mark) => performance.getEntriesByName(mark).length > 0 || document.querySelector('[data-map-state="error"]') !== null,
				kind.mark,
				{ timeout: loadTimeout, polling: 200 }
			);
		} catch (error) {
			throw new BenchError(`The ${kind.name} page did not reach its first idle: ${(error as Error).message.split('\n')[0]}${errors.length ? `\n  page errors: ${errors.join('\n  ')}` : ''}`);
		}
		const result = await page.evaluate((mark) => {
			const entry = performance.getEntriesByName(mark)[0];
			const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
			return {
				idleMs: entry ? entry.startTime : null,
				problem: document.querySelector('[data-map-state="error"]')?.parentElement?.textContent?.trim().replace(/\s+/g, ' ') ?? null,
				canvas: { width: canvas?.clientWidth ?? 0, height: canvas?.clientHeight ?? 0 }
			};
		}, kind.mark);
		if (result.idleMs === null) throw new BenchError(`The ${kind.name} page showed an error instead of the map: ${result.problem ?? 'unknown'}${errors.length ? `\n  page errors: ${errors.join('\n  ')}` : ''}`);
		await afterIdle?.();
		return { idleMs: result.idleMs, canvas: result.canvas };
	} finally {
		await context.close();
	}
}

/** Waits until the server has answered nothing new for `quietMs` (at most `maxMs`). */
export async function networkQuiet(server: BenchServer, quietMs = 1000, maxMs = 15_000): Promise<void> {
	const start = Date.now();
	let seen = server.log.length;
	let since = Date.now();
	while (Date.now() - start < maxMs) {
		await new Promise((r) => setTimeout(r, 100));
		if (server.log.length !== seen) {
			seen = server.log.length;
			since = Date.now();
		} else if (Date.now() - since >= quietMs) return;
	}
}
