// Section 4 of `npm run bench`: whose are the main thread's tasks in presentation mode's chapter
// transitions. The deck is walked again under a Chromium performance trace, and each task is the
// map's, the app's or the browser's (longTasks.ts says how).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { walkDeck } from './deckWalk.js';
import { longTaskMs, type MainTask, type Scripts } from './longTasks.js';
import { tracedTaskMinMs, type PresentRun, type TransitionSample } from './present.js';
import { heading, ms, ms1 } from './report.js';
import { appBuild, BenchError, presentViewports, type BenchServer } from './setup.js';

const ownerHeader = ['transition', 'app: longest', 'map: long', 'map: longest', 'app in map', 'browser: long', 'not the map’s'];
const ownerWidths = [38, 16, 10, 16, 10, 13, 13];

/** A task's wall time, and the main thread's running time in it. */
export function taskTime(task: MainTask | undefined): string {
	return task ? `${ms(task.durationMs)} (${ms(task.cpuMs)})` : '–';
}

export const longest = (tasks: MainTask[]) => tasks.reduce<MainTask | undefined>((a, b) => (!a || b.durationMs > a.durationMs ? b : a), undefined);

/** Long tasks that are not the map's own rendering: the app's, and the map's with app code in them. */
export function notTheMapsOwn(tasks: MainTask[]): MainTask[] {
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

/** 4. Whose are the long tasks: the same transitions again, with a performance trace, at each window size. */
export async function tracedTasksSection(browser: Browser, server: BenchServer): Promise<PresentRun[]> {
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
	return tracedRuns;
}
