import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tasksByWindow, TraceError, type TraceEvent } from './longTasks';

// scripts/bench/test/trace.json: a made-up trace of one renderer (pid 1) with a keydown task of
// 70 ms in the app, a MapLibre animation frame of 200 ms with an app listener inside (two profiler
// samples, 10 ms each, with the app's code on the stack), a short app task, 60 ms of layout with
// no script, and a 55 ms app timer in the second window. A second renderer (pid 2) ran less script.
const events = (JSON.parse(readFileSync('scripts/bench/test/trace.json', 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
const scripts = { isMap: (url: string) => url.endsWith('/maplibre.js'), isApp: (url: string) => url.startsWith('http://atlas.test/') && !url.endsWith('/maplibre.js') };
const windows = [
	{ start: 1000050, end: 1999995 },
	{ start: 1999995, end: 3000000 }
];

describe('tasksByWindow', () => {
	it('finds the long tasks of each window on the page’s main thread, nested tasks once', () => {
		const [first, second] = tasksByWindow(events, windows, scripts);
		expect(first!.map((t) => t.durationMs)).toEqual([70, 200, 60]);
		expect(second!.map((t) => t.durationMs)).toEqual([55]);
	});

	it('puts the key press’s task, which starts just before its event, in the window the key opens', () => {
		const [first] = tasksByWindow(events, windows, scripts);
		expect(first![0]).toMatchObject({ entry: 'keydown', owner: 'app', durationMs: 70, cpuMs: 30 });
		expect(first![0]!.startMs).toBeCloseTo(-0.05, 5);
	});

	it('names the owner by the first call into the map’s or the app’s script, not the benchmark’s listeners', () => {
		const [first, second] = tasksByWindow(events, windows, scripts);
		expect(first!.map((t) => [t.owner, t.entry])).toEqual([
			['app', 'keydown'],
			['map', 'animation frame'],
			['browser', 'browser work']
		]);
		expect(second![0]).toMatchObject({ owner: 'app', entry: 'timer' });
	});

	it('counts the profiler’s time with the app on the stack inside the map’s task', () => {
		const frame = tasksByWindow(events, windows, scripts)[0]![1]!;
		// A sample lasts until the next: 1.11 s and 1.15 s in the map (40 ms each), 1.19 s in the app
		// (10 ms), 1.2 s in the map under the app's listener (10 ms), 1.21 s in the map (90 ms).
		expect(frame.appMs).toBeCloseTo(20, 5);
	});

	it('keeps shorter tasks when asked', () => {
		expect(tasksByWindow(events, windows, scripts, 10)[0]!.map((t) => t.durationMs)).toEqual([70, 200, 20, 60]);
	});

	it('says so when the trace has no page that ran script', () => {
		expect(() => tasksByWindow(events.filter((e) => e.name !== 'FunctionCall'), windows, scripts)).toThrow(TraceError);
	});
});
