// `npm run bench`: prints the bytes a first load of the app transfers, by kind, and the time from
// navigation to the map's first `idle` next to that of a bare MapLibre page drawing the same data.
// It asserts nothing: the targets are printed beside the figures. It exits non-zero only when
// something broke (no build, no browser, a page that failed to draw).
//
// It also steps through the presentation deck (/present/, animated flights) at 1920×1080 and
// 3840×2160 and prints the frame intervals and long tasks of each chapter transition.
//
// Env: BENCH_RUNS (timed runs of each page, default 7).
import { cpus, tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, findChromium } from './chromium.js';
import { atlasConfig } from '../src/lib/config';
import { startServer, type ServedRequest } from './server.js';
import { bytes, facts, heading, kB, median, ms, ms1, percent, percentile, table } from './bench/report.js';
import { measurePresentation, PresentError, tracedTaskMinMs, type PresentRun, type TransitionSample } from './bench/present.js';
import { longTaskMs, type MainTask, type Scripts } from './bench/longTasks.js';
import { deck } from '../src/lib/present/deck';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../..');
const appBuild = join(projectRoot, 'build');
const bareRoot = join(projectRoot, 'scripts/bench/bare');

const viewport = { width: 1280, height: 800 };
/** The app's map area at 1280×800: the window less the 24rem (384px) side panel (src/routes/+page.svelte). */
const expectedCanvas = { width: 896, height: 800 };
const dataBudget = 250_000;
const ratioTarget = 1.3;
const loadTimeout = 120_000;
/** Presentation mode is measured at these window sizes, each once through the whole deck. */
const presentViewports = [
	{ width: 1920, height: 1080 },
	{ width: 3840, height: 2160 }
];
/** The longest a chapter transition may take to settle before the benchmark gives up. */
const transitionTimeout = 60_000;

/** Timed runs of each page: $BENCH_RUNS, default 7. */
function runCount(): number {
	const raw = process.env.BENCH_RUNS;
	if (raw === undefined || raw === '') return 7;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1) throw new BenchError(`BENCH_RUNS must be a whole number of at least 1, not "${raw}".`);
	return n;
}

interface PageKind {
	name: 'app' | 'bare';
	path: string;
	mark: string;
}
const app: PageKind = { name: 'app', path: '/', mark: atlasConfig.mapIdleMark };
/** Set by scripts/bench/bare/main.ts. */
const bare: PageKind = { name: 'bare', path: '/bare/', mark: 'bare:map-idle' };

/** A failure with a message that says it all: printed without a stack. */
class BenchError extends Error {}

/** The benchmark's server (scripts/server.js) and every request it answered since `clearLog()`. */
interface BenchServer {
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
async function startBenchServer(bareBuild: string): Promise<BenchServer> {
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

// ─── Cleanup, also on Ctrl+C ──────────────────────────────────────────────────────────────────

const cleanups: (() => Promise<unknown>)[] = [];
/** Set when a signal or a closed stdout stops the run: what fails after that is not news. */
let stopping = false;
let cleaning: Promise<void> | undefined;
/** Runs the cleanup steps once, last registered first; every caller waits for all of them. */
function cleanUp(): Promise<void> {
	cleaning ??= (async () => {
		while (cleanups.length) {
			const step = cleanups.pop()!;
			await step().catch((error: unknown) => console.error(`Cleanup step failed: ${(error as Error).message}`));
		}
	})();
	return cleaning;
}
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
	process.on(signal, () => {
		// tsx relays the signal to this process a second time when it does not hear back within
		// 30 ms: cleanup is already under way, so a repeat is ignored.
		if (stopping) return;
		console.error(`\n${signal}: stopping.`);
		stopping = true;
		void cleanUp().finally(() => process.exit(code));
	});
}
// Output piped into a reader that quits (`| head`): stop and clean up rather than die half-way.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
	stopping = true;
	void cleanUp().finally(() => process.exit(1));
});

// ─── Loading a page ───────────────────────────────────────────────────────────────────────────

interface Load {
	/** Navigation start to the first `idle` mark, in ms. */
	idleMs: number;
	canvas: { width: number; height: number };
}

async function freshContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light', serviceWorkers: 'block' });
}

/** Loads `kind` in a fresh context (no cache) and waits for its first-idle mark. */
async function load(browser: Browser, server: BenchServer, kind: PageKind, afterIdle?: () => Promise<void>): Promise<Load> {
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
async function networkQuiet(server: BenchServer, quietMs = 1000, maxMs = 15_000): Promise<void> {
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

// ─── Bytes by kind ────────────────────────────────────────────────────────────────────────────

const kinds = ['HTML', 'JS', 'CSS', 'data', 'fonts', 'other'] as const;
type Kind = (typeof kinds)[number];

function kindOf(request: ServedRequest): Kind {
	if (request.status !== 200) return 'other';
	if (request.path.startsWith('/data/')) return 'data';
	const type = request.contentType;
	if (type.startsWith('text/html')) return 'HTML';
	if (type.startsWith('text/javascript')) return 'JS';
	if (type.startsWith('text/css')) return 'CSS';
	if (type.startsWith('font/')) return 'fonts';
	return 'other';
}

const gzipCache = new Map<string, number>();
function gzipSize(request: ServedRequest): number {
	const key = `${request.status} ${request.path}`;
	let size = gzipCache.get(key);
	if (size === undefined) {
		size = gzipSync(request.body, { level: 9 }).length;
		gzipCache.set(key, size);
	}
	return size;
}

interface Transfer {
	requests: ServedRequest[];
	byKind: Map<Kind, { files: number; raw: number; gzip: number }>;
	raw: number;
	gzip: number;
}

function summarise(requests: ServedRequest[]): Transfer {
	const byKind = new Map(kinds.map((k) => [k, { files: 0, raw: 0, gzip: 0 }]));
	for (const request of requests) {
		const entry = byKind.get(kindOf(request))!;
		entry.files++;
		entry.raw += request.body.length;
		entry.gzip += gzipSize(request);
	}
	const sum = (f: (e: { raw: number; gzip: number }) => number) => [...byKind.values()].reduce((t, e) => t + f(e), 0);
	return { requests, byKind, raw: sum((e) => e.raw), gzip: sum((e) => e.gzip) };
}

/** Loads a page once with the server's log cleared and returns what it transferred. */
async function measureTransfer(browser: Browser, server: BenchServer, kind: PageKind): Promise<{ transfer: Transfer; load: Load }> {
	server.clearLog();
	let requests: ServedRequest[] = [];
	const result = await load(browser, server, kind, async () => {
		await networkQuiet(server);
		requests = [...server.log];
	});
	return { transfer: summarise(requests), load: result };
}

function transferTable(transfer: Transfer): string {
	const rows: (string[] | 'rule')[] = kinds.map((k) => {
		const e = transfer.byKind.get(k)!;
		return [k, String(e.files), bytes(e.raw), kB(e.raw), bytes(e.gzip), kB(e.gzip)];
	});
	rows.push('rule', ['total', String(transfer.requests.length), bytes(transfer.raw), kB(transfer.raw), bytes(transfer.gzip), kB(transfer.gzip)]);
	return table(['kind', 'files', 'raw', '', 'gzip -9', ''], rows);
}

// ─── Presentation transitions ───────────────────────────────────────────────────────────────

const transitionHeader = ['transition', 'time', 'frames', 'median', 'p95', 'max', 'long tasks', 'longest'];
const transitionWidths = [38, 8, 6, 9, 9, 9, 10, 9];

function transitionRow(label: string, samples: TransitionSample[]): string[] {
	const frames = samples.flatMap((s) => s.frames);
	const longTasks = samples.flatMap((s) => s.longTasks);
	return [
		label,
		ms(samples.reduce((t, s) => t + s.durationMs, 0)),
		String(frames.length),
		ms1(median(frames)),
		ms1(percentile(frames, 95)),
		ms1(frames.length ? Math.max(...frames) : NaN),
		String(longTasks.length),
		longTasks.length ? ms1(Math.max(...longTasks)) : '–'
	];
}

/** How a walk through the deck is printed: a table with a row per transition and one for all. */
interface DeckTable {
	title: string;
	header: string[];
	widths: number[];
	row: (label: string, samples: TransitionSample[]) => string[];
	totalLabel: (transitions: number) => string;
}

/** Steps through the deck at one window size, printing each transition's row as it comes. */
async function walkDeck(browser: Browser, server: BenchServer, viewport: { width: number; height: number }, view: DeckTable, trace?: Scripts): Promise<PresentRun> {
	const line = (rows: (string[] | 'rule')[]) => table(view.header, rows, [], view.widths).split('\n').slice(2).join('\n');
	console.log(`\n  ${viewport.width}×${viewport.height}, ${view.title}:`);
	console.log(table(view.header, [], [], view.widths));
	const run = await measurePresentation(
		browser,
		server.origin,
		deck.map((c) => c.id),
		viewport,
		{ loadTimeout, transitionTimeout, trace, onTransition: (sample, i) => console.log(line([view.row(`${i}. ${sample.from} → ${sample.to}`, [sample])])) }
	);
	console.log(line(['rule', view.row(view.totalLabel(run.transitions.length), run.transitions)]));
	return run;
}

/** Steps through the deck at one window size: frame intervals and long tasks. */
async function presentSection(browser: Browser, server: BenchServer, viewport: { width: number; height: number }): Promise<PresentRun> {
	const run = await walkDeck(browser, server, viewport, {
		title: 'device scale 1 (/present/?motion=full, fresh context)',
		header: transitionHeader,
		widths: transitionWidths,
		row: transitionRow,
		totalLabel: (n) => `total, ${n} transitions`
	});
	console.log(`  Map canvas ${run.canvas.width}×${run.canvas.height} px.`);
	return run;
}

const ownerHeader = ['transition', 'app: longest', 'map: long', 'map: longest', 'app in map', 'browser: long', 'not the map’s'];
const ownerWidths = [38, 16, 10, 16, 10, 13, 13];

/** A task's wall time, and the main thread's running time in it. */
function taskTime(task: MainTask | undefined): string {
	return task ? `${ms(task.durationMs)} (${ms(task.cpuMs)})` : '–';
}

const longest = (tasks: MainTask[]) => tasks.reduce<MainTask | undefined>((a, b) => (!a || b.durationMs > a.durationMs ? b : a), undefined);

/** Long tasks that are not the map's own rendering: the app's, and the map's with app code in them. */
function notTheMapsOwn(tasks: MainTask[]): MainTask[] {
	return tasks.filter((t) => t.durationMs > longTaskMs && (t.owner === 'app' || (t.owner === 'map' && t.appMs > 0)));
}

function ownerRow(label: string, samples: TransitionSample[]): string[] {
	const tasks = samples.flatMap((s) => s.tasks ?? []);
	const [app, map, browser] = (['app', 'map', 'browser'] as const).map((owner) => tasks.filter((t) => t.owner === owner));
	const longMap = map!.filter((t) => t.durationMs > longTaskMs);
	return [
		label,
		taskTime(longest(app!)),
		String(longMap.length),
		taskTime(longest(longMap)),
		ms1(Math.max(0, ...map!.map((t) => t.appMs))),
		String(browser!.filter((t) => t.durationMs > longTaskMs).length),
		String(notTheMapsOwn(tasks).length)
	];
}

/** Steps through the deck again with a performance trace, and says whose each task was. */
async function ownershipSection(browser: Browser, server: BenchServer, viewport: { width: number; height: number }, scripts: Scripts): Promise<PresentRun> {
	const run = await walkDeck(
		browser,
		server,
		viewport,
		{ title: 'traced (fresh context)', header: ownerHeader, widths: ownerWidths, row: ownerRow, totalLabel: (n) => `all ${n} transitions` },
		scripts
	);
	for (const task of notTheMapsOwn(run.transitions.flatMap((t) => t.tasks ?? [])))
		console.log(`  ! ${task.owner} task of ${ms(task.durationMs)} (${ms(task.cpuMs)} running), started by ${task.entry}, ${ms(task.appMs)} in the app's code`);
	return run;
}

/** The build's MapLibre: the chunk that bundles it (it names its worker) and the worker itself. */
async function mapScripts(origin: string): Promise<Scripts> {
	const dir = join(appBuild, '_app/immutable');
	const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
	const map: string[] = [];
	for (const file of files) {
		const name = file.split('/').pop()!;
		if (name.startsWith('maplibre-gl-worker') || (await readFile(join(dir, file), 'utf8')).includes('maplibre-gl-worker')) map.push(`/_app/immutable/${file}`);
	}
	if (!map.some((path) => !path.split('/').pop()!.startsWith('maplibre-gl-worker')))
		throw new BenchError('Could not tell which script of the build is MapLibre: no chunk under build/_app/immutable names its worker.');
	const isMap = (url: string) => url.startsWith(origin) && map.includes(new URL(url).pathname);
	return { isMap, isApp: (url: string) => url.startsWith(`${origin}/`) && !isMap(url) };
}

// ─── Main ─────────────────────────────────────────────────────────────────────────────────────

async function main() {
	const runs = runCount();
	if (!existsSync(join(appBuild, 'index.html'))) throw new BenchError('No production build in build/. Run `npm run build` first (`npm run bench` does).');
	const executablePath = findChromium();
	if (!executablePath) throw new BenchError('No Chromium found. Install one (e.g. apt-get install chromium) or set CHROMIUM_PATH; see scripts/require-chromium.js.');

	// The bare page, built with Vite alone into a temporary folder.
	const tmp = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
	cleanups.push(() => rm(tmp, { recursive: true, force: true }));
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
	cleanups.push(() => server.close());
	// Signals are handled above, so that the temporary folder goes too, not only the browser.
	const browser = await chromium.launch({ executablePath, args: chromiumArgs, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
	cleanups.push(() => browser.close());

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

	// 1. Bytes of a first load. These two loads also warm up the browser and the file cache; they
	// are not timed.
	console.log(heading('1. Bytes transferred, first load of the app (fresh context, no cache)'));
	const appLoad = await measureTransfer(browser, server, app);
	console.log(transferTable(appLoad.transfer));
	const others = appLoad.transfer.requests.filter((r) => kindOf(r) === 'other');
	if (others.length) console.log(`  other: ${others.map((r) => (r.status === 200 ? r.path : `${r.path} (${r.status})`)).join(', ')}`);
	console.log('  gzip -9: each response body compressed with node:zlib at level 9 (the local server sends it');
	console.log('  uncompressed); kB = 1,000 bytes.');

	const dataFiles = appLoad.transfer.requests.filter((r) => kindOf(r) === 'data').sort((a, b) => a.path.localeCompare(b.path));
	const dataGzip = dataFiles.reduce((t, r) => t + gzipSize(r), 0);
	console.log('\n  First-view data (files under /data/ that the first view loaded):');
	console.log(
		table(
			['file', 'raw', 'gzip -9'],
			[...dataFiles.map((r) => [r.path, bytes(r.body.length), bytes(gzipSize(r))]), 'rule', ['total', bytes(dataFiles.reduce((t, r) => t + r.body.length, 0)), bytes(dataGzip)]]
		)
	);
	const within = dataGzip <= dataBudget;
	console.log(`  Budget: ${bytes(dataGzip)} gzipped of ${bytes(dataBudget)} (250 KB) = ${percent(dataGzip, dataBudget)} → ${within ? 'within budget' : 'OVER BUDGET'}`);

	const bareLoad = await measureTransfer(browser, server, bare);
	console.log(`\n  For comparison, the bare MapLibre page: ${bytes(bareLoad.transfer.raw)} raw, ${bytes(bareLoad.transfer.gzip)} gzipped, ${bareLoad.transfer.requests.length} files`);
	const bareFailed = bareLoad.transfer.requests.filter((r) => r.status !== 200);
	if (bareFailed.length) console.log(`  ! the bare page asked for files that are not there: ${bareFailed.map((r) => r.path).join(', ')}`);
	console.log(
		`  (JS ${kB(bareLoad.transfer.byKind.get('JS')!.gzip)}, data ${kB(bareLoad.transfer.byKind.get('data')!.gzip)}, fonts ${kB(bareLoad.transfer.byKind.get('fonts')!.gzip)} gzipped).`
	);

	// 2. Time to the first idle, app and bare alternating, each in a fresh context.
	console.log(heading(`2. Navigation start → map's first idle (${runs} run${runs === 1 ? '' : 's'} each, alternating, fresh context each)`));
	const sizes = [appLoad.load.canvas, bareLoad.load.canvas];
	const sizeText = (c: { width: number; height: number }) => `${c.width}×${c.height}`;
	console.log(`  Map canvas: app ${sizeText(appLoad.load.canvas)}, bare ${sizeText(bareLoad.load.canvas)} (expected ${sizeText(expectedCanvas)})`);
	if (sizes.some((c) => c.width !== expectedCanvas.width || c.height !== expectedCanvas.height)) console.log('  ! the canvases differ from the expected size: the comparison is not like for like.');

	const appTimes: number[] = [];
	const bareTimes: number[] = [];
	// Rows are printed as each run finishes, so the columns have fixed widths.
	const header = ['run', 'app', 'bare', 'app/bare'];
	const widths = [6, 10, 10, 8];
	console.log(table(header, [], [], widths));
	for (let i = 1; i <= runs; i++) {
		const a = (await load(browser, server, app)).idleMs;
		const b = (await load(browser, server, bare)).idleMs;
		appTimes.push(a);
		bareTimes.push(b);
		const row = [String(i), ms(a), ms(b), (a / b).toFixed(2)];
		// Print each run as it finishes, in the same columns as the final table.
		console.log(table(header, [row], [], widths).split('\n')[2]);
	}
	const appMedian = median(appTimes);
	const bareMedian = median(bareTimes);
	const ratio = appMedian / bareMedian;
	// The medians continue the table of runs.
	const summaryRows: (string[] | 'rule')[] = [
		'rule',
		['median', ms(appMedian), ms(bareMedian), ratio.toFixed(2)],
		['min', ms(Math.min(...appTimes)), ms(Math.min(...bareTimes)), ''],
		['max', ms(Math.max(...appTimes)), ms(Math.max(...bareTimes)), '']
	];
	console.log(table(header, summaryRows, [], widths).split('\n').slice(2).join('\n'));
	console.log(`  Ratio of medians: ${ratio.toFixed(2)}   target ≤ ${ratioTarget.toFixed(1)} → ${ratio <= ratioTarget ? 'within target' : 'OVER TARGET'}`);

	// 3. Presentation mode: the chapter transitions, frame by frame.
	console.log(heading(`3. Presentation mode: chapter transitions (${deck.length} chapters, Right arrow, animated flights)`));
	console.log('  Each transition runs from the keydown to the map\'s last WebGL draw before it rests (nothing');
	console.log('  drawn for 2 s). time: the sum of those windows; frames: requestAnimationFrame intervals in them;');
	console.log('  long tasks: PerformanceObserver `longtask` entries (all over 50 ms) that began in them.');
	const presentRuns: PresentRun[] = [];
	for (const size of presentViewports) presentRuns.push(await presentSection(browser, server, size));
	console.log('  Note: under SwiftShader the map\'s WebGL is drawn on the CPU, by the GPU process on the same cores');
	console.log('  as the page: the main thread waits for it in calls that need an answer (shader compilation above');
	console.log('  all, the first time a layer is shown), and everything runs slower while it takes the cores. The');
	console.log('  frame intervals are those of software rendering. Compare these figures between runs on one');
	console.log('  machine; they are not a verdict on how smooth the transitions are on a projector with a GPU.');

	// 4. Whose are the long tasks: the same transitions again, with a performance trace.
	console.log(heading('4. Presentation mode: whose are the main thread\'s tasks (the deck again, traced)'));
	console.log('  A Chromium trace (DevTools timeline and V8\'s sampling profiler) of the same walk through the');
	console.log('  deck. Each task is the map\'s when its first call into the page\'s scripts is MapLibre\'s (its');
	console.log('  animation frame, tiles from its workers): the map\'s own rendering. It is the app\'s when that call');
	console.log('  is the app\'s (the key press, a timer), MapLibre calls it makes included. browser: tasks that ran');
	console.log('  none of the page\'s scripts (the compositor, messages from the GPU process).');
	console.log('  Times are wall-clock, the main thread\'s running time in brackets; app in map: the longest time');
	console.log('  the profiler saw app code (a listener) inside a map task. not the map’s: tasks over 50 ms that are');
	console.log('  the app\'s, or the map\'s with app code in them. Tracing slows the page: these runs\' frames are');
	console.log(`  not comparable with section 3's. Tasks under ${tracedTaskMinMs} ms are not listed.`);
	const scripts = await mapScripts(server.origin);
	const tracedRuns: PresentRun[] = [];
	for (const size of presentViewports) tracedRuns.push(await ownershipSection(browser, server, size, scripts));

	console.log(heading('Summary'));
	console.log(
		table(
			['figure', 'value', 'target', ''],
			[
				['first load, all files, gzipped', bytes(appLoad.transfer.gzip), '', ''],
				['first-view data, gzipped', bytes(dataGzip), `≤ ${bytes(dataBudget)}`, within ? 'within' : 'OVER'],
				['time to first idle, app (median)', ms(appMedian), '', ''],
				['time to first idle, bare (median)', ms(bareMedian), '', ''],
				['app / bare (ratio of medians)', ratio.toFixed(2), `≤ ${ratioTarget.toFixed(1)}`, ratio <= ratioTarget ? 'within' : 'OVER'],
				...presentRuns.flatMap((run) => {
					const frames = run.transitions.flatMap((t) => t.frames);
					const longTasks = run.transitions.flatMap((t) => t.longTasks);
					const size = `${run.viewport.width}×${run.viewport.height}`;
					return [
						[`present ${size}: frame interval median / p95`, `${ms1(median(frames))} / ${ms1(percentile(frames, 95))}`, '', ''],
						[`present ${size}: long tasks (longest)`, `${longTasks.length} (${longTasks.length ? ms1(Math.max(...longTasks)) : '–'})`, '', '']
					];
				}),
				...tracedRuns.flatMap((run) => {
					const tasks = run.transitions.flatMap((t) => t.tasks ?? []);
					const size = `${run.viewport.width}×${run.viewport.height}`;
					const over = notTheMapsOwn(tasks);
					return [
						[`present ${size}: longest app task (running)`, taskTime(longest(tasks.filter((t) => t.owner === 'app'))), '', ''],
						[`present ${size}: long tasks not the map's own`, String(over.length), '0', over.length ? 'OVER' : 'within']
					];
				})
			]
		)
	);
	console.log(`  ${cpuList.length} CPUs · Node ${process.version} · Chromium ${browser.version()} · SwiftShader (software WebGL) dominates the times.`);
}

let exitCode = 0;
try {
	await main();
} catch (error) {
	exitCode = 1;
	if (!stopping) console.error(`\nBenchmark failed: ${error instanceof BenchError || error instanceof PresentError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
	await cleanUp();
}
process.exit(exitCode);
