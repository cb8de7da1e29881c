// What every section of `npm run bench` shares: where things are, the window and the targets, the
// pages it loads, its error type and its server.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atlasConfig } from '../../src/lib/config';
import { startServer, type ServedRequest } from '../server.js';

export const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
export const appBuild = join(projectRoot, 'build');
export const bareRoot = join(projectRoot, 'scripts/bench/bare');

export const viewport = { width: 1280, height: 800 };
/** The app's map area at 1280×800: the window less the 24rem (384px) side panel (src/routes/+page.svelte). */
export const expectedCanvas = { width: 896, height: 800 };
export const dataBudget = 250_000;
export const ratioTarget = 1.3;
export const loadTimeout = 120_000;
/** Presentation mode is measured at these window sizes, each once through the whole deck. */
export const presentViewports = [
	{ width: 1920, height: 1080 },
	{ width: 3840, height: 2160 }
];
/** The longest a chapter transition may take to settle before the benchmark gives up. */
export const transitionTimeout = 60_000;

/** A failure with a message that says it all: printed without a stack. */
export class BenchError extends Error {}

/** Timed runs of each page: $BENCH_RUNS, default 7. */
export function runCount(): number {
	const raw = process.env.BENCH_RUNS;
	if (raw === undefined || raw === '') return 7;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1) throw new BenchError(`BENCH_RUNS must be a whole number of at least 1, not "${raw}".`);
	return n;
}

export interface PageKind {
	name: 'app' | 'bare';
	path: string;
	mark: string;
}
export const app: PageKind = { name: 'app', path: '/', mark: atlasConfig.mapIdleMark };
/** Set by scripts/bench/bare/main.ts. */
export const bare: PageKind = { name: 'bare', path: '/bare/', mark: 'bare:map-idle' };

/** The benchmark's server (scripts/server.js) and every request it answered since `clearLog()`. */
export interface BenchServer {
	/** http://127.0.0.1:PORT, without a trailing slash. */
	origin: string;
	log: ServedRequest[];
	clearLog(): void;
	close(): Promise<void>;
}

/**
 * The app's build/ at `/` and the bare page at `/bare/` (its hashed files under `assets/`), both
 * reading the same /data/ files. Uncompressed, so that the log holds each file's own bytes: the
 * benchmark gzips them itself.
 */
export async function startBenchServer(bareBuild: string): Promise<BenchServer> {
	const log: ServedRequest[] = [];
	const running = await startServer({
		compress: false,
		record: (request) => log.push(request),
		mounts: [
			{ prefix: '/', root: appBuild },
			{ prefix: '/bare/', root: bareBuild, immutable: ['/assets/'] }
		]
	});
	return { origin: running.origin, log, clearLog: () => void log.splice(0), close: running.close };
}
