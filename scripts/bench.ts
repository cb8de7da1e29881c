// `npm run bench`: prints the bytes a first load of the app transfers, by kind, and the time from
// navigation to the map's first `idle` next to that of a bare MapLibre page drawing the same data.
// It asserts nothing: the targets are printed beside the figures. It exits non-zero only when
// something broke (no build, no browser, a page that failed to draw).
//
// Service workers are blocked in every measurement but the last, which prints what the app's
// service worker caches after one visit as a figure of its own (so the first view never counts it).
//
// It also steps through the presentation deck (/present/, animated flights) at 1920×1080 and
// 3840×2160 and prints the frame intervals and long tasks of each chapter transition.
//
// Env: BENCH_RUNS (timed runs of each page, default 7).
//
// This file sets up (the bare page, the server, the browser) and runs the sections, which live in
// scripts/bench/: bytes.ts (1), firstIdle.ts (2), frames.ts (3), tracedTasks.ts (4), precache.ts (5), summary.ts;
// setup.ts, cleanup.ts, load.ts and deckWalk.ts are what they share.
import { cpus, tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, findChromium } from './chromium.js';
import { bytesSection } from './bench/bytes.js';
import { cleanUp, cleanUpOnExit, isStopping, onCleanup } from './bench/cleanup.js';
import { firstIdleSection } from './bench/firstIdle.js';
import { framesSection } from './bench/frames.js';
import { precacheSection } from './bench/precache.js';
import { PresentError } from './bench/present.js';
import { facts, heading } from './bench/report.js';
import { appBuild, bareRoot, BenchError, projectRoot, runCount, startBenchServer, viewport } from './bench/setup.js';
import { printSummary } from './bench/summary.js';
import { tracedTasksSection } from './bench/tracedTasks.js';

cleanUpOnExit();

async function main() {
	const runs = runCount();
	if (!existsSync(join(appBuild, 'index.html'))) throw new BenchError('No production build in build/. Run `npm run build` first (`npm run bench` does).');
	const executablePath = findChromium();
	if (!executablePath) throw new BenchError('No Chromium found. Install one (e.g. apt-get install chromium) or set CHROMIUM_PATH; see scripts/require-chromium.js.');

	// The bare page, built with Vite alone into a temporary folder.
	const tmp = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
	onCleanup(() => rm(tmp, { recursive: true, force: true }));
	const bareBuild = join(tmp, 'bare');
	process.stdout.write('Building the bare MapLibre page… ');
	await build({
		configFile: false,
		root: bareRoot,
		base: './',
		logLevel: 'warn',
		publicDir: false,
		cacheDir: join(tmp, 'vite-cache'),
		resolve: { alias: { $lib: join(projectRoot, 'src/lib') } },
		build: { outDir: bareBuild, emptyOutDir: true, chunkSizeWarningLimit: 5000, reportCompressedSize: false }
	});
	console.log('done.');

	const server = await startBenchServer(bareBuild);
	onCleanup(() => server.close());
	// Signals are handled in bench/cleanup.ts, so that the temporary folder goes too, not only the browser.
	const browser = await chromium.launch({ executablePath, args: chromiumArgs, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
	onCleanup(() => browser.close());

	console.log(heading('Machine'));
	const cpuList = cpus();
	console.log(
		facts([
			['CPUs', `${cpuList.length} × ${cpuList[0]?.model.trim() ?? 'unknown'}`],
			['Node', process.version],
			['Chromium', `${browser.version()} (${executablePath}), headless`],
			['Viewport', `${viewport.width}×${viewport.height}, device scale 1, light colour scheme`]
		])
	);
	console.log('  Note: headless Chromium draws WebGL with SwiftShader (software rendering on the CPU), which');
	console.log('  dominates the timings below: read them as a ratio, not as what a user with a GPU would see.');

	const bytes = await bytesSection(browser, server);
	const firstIdle = await firstIdleSection(browser, server, runs, { app: bytes.appLoad.load, bare: bytes.bareLoad.load });
	const presentRuns = await framesSection(browser, server);
	const tracedRuns = await tracedTasksSection(browser, server);
	const precache = await precacheSection(browser, server);
	printSummary({ bytes, firstIdle, presentRuns, tracedRuns, precache });
	console.log(`  ${cpuList.length} CPUs · Node ${process.version} · Chromium ${browser.version()} · SwiftShader (software WebGL) dominates the times.`);
}

let exitCode = 0;
try {
	await main();
} catch (error) {
	exitCode = 1;
	if (!isStopping()) console.error(`\nBenchmark failed: ${error instanceof BenchError || error instanceof PresentError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
	await cleanUp();
}
process.exit(exitCode);
