// Presentation mode: frame intervals and long tasks while the deck is stepped through chapter by
// chapter with the Right arrow, animated flights forced (`?motion=full`).
//
// When a transition has settled: the page says which chapter it shows (`data-chapter` on
// main.present) but not when the map has come to rest, and MapLibre's `idle` event is not reachable
// from outside the app. So the benchmark watches the map's drawing instead: an init script wraps
// WebGL's draw calls and notes the time of the last one. MapLibre draws only while something changes
// (a flight, a style change, tiles) and fires `idle` on the frame after its last draw, so a
// transition has settled once the new chapter is shown and nothing has been drawn for `quietMs`.
// The measured window runs from the key's `keydown` to that last draw.
import type { Browser } from '@playwright/test';
import { tasksByWindow, type MainTask, type Scripts, type TraceEvent } from './longTasks.js';

export interface TransitionSample {
	from: string;
	to: string;
	/** keydown → last WebGL draw of the transition, in ms. */
	durationMs: number;
	/** Intervals between consecutive animation frames in the window, in ms. */
	frames: number[];
	/** Durations of the long tasks (all over 50 ms) that started in the window, in ms. */
	longTasks: number[];
	/** With `trace`: the main thread's tasks over {@link tracedTaskMinMs} in the window, with whose they are. */
	tasks?: MainTask[];
}

export interface PresentRun {
	viewport: { width: number; height: number };
	canvas: { width: number; height: number };
	transitions: TransitionSample[];
}

/** Tasks shorter than this are left out of a traced run's list. */
export const tracedTaskMinMs = 5;

/** The DevTools timeline (tasks, events, calls with their scripts) and V8's sampling profiler. */
const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

/** No WebGL draw for this long: the map has settled. Long enough to outlast a pause while the
 * workers rebuild tiles after a style change, which at 4K under SwiftShader can pass a second. */
const quietMs = 2000;

/** Installed before the page's own scripts: notes the time of every WebGL draw call. */
function drawClock() {
	const w = window as unknown as { __benchLastDraw: number };
	w.__benchLastDraw = 0;
	for (const proto of [WebGLRenderingContext.prototype, typeof WebGL2RenderingContext === 'undefined' ? null : WebGL2RenderingContext.prototype]) {
		if (!proto) continue;
		for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements', 'clear']) {
			const original = (proto as unknown as Record<string, unknown>)[name];
			if (typeof original !== 'function') continue;
			Object.defineProperty(proto, name, {
				configurable: true,
				writable: true,
				value: function (this: unknown, ...args: unknown[]) {
					w.__benchLastDraw = performance.now();
					return (original as (...a: unknown[]) => unknown).apply(this, args);
				}
			});
		}
	}
}

/** Resolves, in the page, once `data-chapter` is `chapter` and nothing has been drawn for `quiet` ms. */
function settledIn(args: { chapter: string; quiet: number; timeout: number }): Promise<boolean> {
	const w = window as unknown as { __benchLastDraw: number };
	const start = performance.now();
	return new Promise((resolve) => {
		const check = () => {
			const now = performance.now();
			const shown = document.querySelector('main.present')?.getAttribute('data-chapter') === args.chapter;
			if (shown && now - Math.max(w.__benchLastDraw, start) >= args.quiet) return resolve(true);
			if (now - start > args.timeout) return resolve(false);
			setTimeout(check, 50);
		};
		check();
	});
}

/** Starts, in the page, the frame and long-task recorder for the next keydown. */
function startRecorder() {
	const w = window as unknown as {
		__benchRec: { keydown: number | null; frames: number[]; longTasks: { start: number; duration: number }[]; stop: () => void };
	};
	const rec = { keydown: null as number | null, frames: [] as number[], longTasks: [] as { start: number; duration: number }[], stop: () => {} };
	let running = true;
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) rec.longTasks.push({ start: entry.startTime, duration: entry.duration });
	});
	observer.observe({ type: 'longtask', buffered: false });
	const frame = (t: number) => {
		if (!running) return;
		if (rec.keydown !== null && t >= rec.keydown) rec.frames.push(t);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	window.addEventListener('keydown', (event) => (rec.keydown = event.timeStamp), { capture: true, once: true });
	rec.stop = () => {
		running = false;
		observer.disconnect();
	};
	w.__benchRec = rec;
}

/** Stops the recorder and returns what fell between the keydown and the last draw. */
function stopRecorder() {
	const w = window as unknown as {
		__benchLastDraw: number;
		__benchRec: { keydown: number | null; frames: number[]; longTasks: { start: number; duration: number }[]; stop: () => void };
	};
	const rec = w.__benchRec;
	rec.stop();
	const begin = rec.keydown ?? 0;
	const end = Math.max(w.__benchLastDraw, begin);
	// The frame that drew last is the last one kept.
	const times = [begin, ...rec.frames.filter((t) => t <= end)];
	const frames = times.slice(1).map((t, i) => t - times[i]!);
	return {
		keyPressed: rec.keydown !== null,
		durationMs: end - begin,
		frames,
		longTasks: rec.longTasks.filter((e) => e.start >= begin && e.start <= end).map((e) => e.duration)
	};
}

export class PresentError extends Error {}

/**
 * Opens `/present/?chapter=<first>&motion=full` at `viewport` in a fresh context, waits for the map
 * and the first chapter's flight to settle, then presses the Right arrow once per chapter and
 * records each transition.
 */
export async function measurePresentation(
	browser: Browser,
	origin: string,
	chapters: readonly string[],
	viewport: { width: number; height: number },
	options: {
		loadTimeout: number;
		transitionTimeout: number;
		/** Record a performance trace of the transitions and say whose each task is. */
		trace?: Scripts;
		onTransition?: (sample: TransitionSample, index: number) => void;
	}
): Promise<PresentRun> {
	let tracing = false;
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light', serviceWorkers: 'block', reducedMotion: 'no-preference' });
	try {
		// tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`: the
		// functions below run in the page, where that helper has to exist.
		await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
		await context.addInitScript(drawClock);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		const pageErrors = () => (errors.length ? `\n  page errors: ${errors.join('\n  ')}` : '');
		const first = chapters[0]!;
		await page.goto(`${origin}/present/?chapter=${encodeURIComponent(first)}&motion=full`, { waitUntil: 'commit' });
		try {
			await page.waitForFunction(() => document.querySelector('[data-map-state="ready"], [data-map-state="error"]') !== null, undefined, { timeout: options.loadTimeout, polling: 200 });
		} catch (error) {
			throw new PresentError(`The presentation page did not draw its map at ${viewport.width}×${viewport.height}: ${(error as Error).message.split('\n')[0]}${pageErrors()}`);
		}
		if ((await page.locator('[data-map-state="error"]').count()) > 0) {
			const problem = await page.locator('[data-map-state="error"]').locator('..').textContent();
			throw new PresentError(`The presentation page showed an error instead of the map: ${problem?.trim().replace(/\s+/g, ' ') ?? 'unknown'}${pageErrors()}`);
		}
		if (!(await page.evaluate(settledIn, { chapter: first, quiet: quietMs, timeout: options.transitionTimeout })))
			throw new PresentError(`The presentation's first chapter "${first}" did not settle within ${options.transitionTimeout} ms.${pageErrors()}`);
		const canvas = await page.evaluate(() => {
			const c = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
			return { width: c?.width ?? 0, height: c?.height ?? 0 };
		});

		if (options.trace) {
			await browser.startTracing(page, { categories: traceCategories });
			tracing = true;
			// Starting V8's profiler interrupts the next script that runs for about 100 ms while it
			// notes the code already compiled: that has to happen before the first key press.
			await page.waitForTimeout(1500);
		}
		const transitions: TransitionSample[] = [];
		for (let i = 1; i < chapters.length; i++) {
			const [from, to] = [chapters[i - 1]!, chapters[i]!];
			await page.evaluate(startRecorder);
			await page.keyboard.press('ArrowRight');
			if (!(await page.evaluate(settledIn, { chapter: to, quiet: quietMs, timeout: options.transitionTimeout })))
				throw new PresentError(`The transition ${from} → ${to} at ${viewport.width}×${viewport.height} did not settle within ${options.transitionTimeout} ms.${pageErrors()}`);
			const result = await page.evaluate(stopRecorder);
			if (!result.keyPressed) throw new PresentError(`The page did not see the Right arrow for ${from} → ${to}.`);
			const sample = { from, to, durationMs: result.durationMs, frames: result.frames, longTasks: result.longTasks };
			transitions.push(sample);
			if (!options.trace) options.onTransition?.(sample, i);
		}
		if (options.trace) {
			tracing = false;
			const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
			const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
			// A transition's window opens with its key press (the benchmark's are the only ones) and
			// closes with the next one, or the end of the trace.
			const keys = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
			if (keys.length !== transitions.length) throw new PresentError(`The trace at ${viewport.width}×${viewport.height} has ${keys.length} key presses for ${transitions.length} transitions.`);
			const end = events.reduce((latest, e) => Math.max(latest, e.ts + (e.dur ?? 0)), 0);
			const windows = keys.map((key, i) => ({ start: key.ts, end: keys[i + 1]?.ts ?? end }));
			tasksByWindow(events, windows, options.trace, tracedTaskMinMs).forEach((tasks, i) => (transitions[i]!.tasks = tasks));
			transitions.forEach((sample, i) => options.onTransition?.(sample, i + 1));
		}
		return { viewport, canvas, transitions };
	} finally {
		// A run that failed half-way leaves no trace running for the next one.
		if (tracing) await browser.stopTracing().catch(() => undefined);
		await context.close();
	}
}
