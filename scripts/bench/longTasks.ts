// Whose are the long tasks of a presentation transition: the map's own rendering, or the app's?
//
// The Long Tasks API says only that a task was long. A Chromium performance trace (the DevTools
// timeline and V8's sampling profiler) says what ran in it: each top-level task of the page's main
// thread starts with one JavaScript call (a keydown listener, an animation frame callback, a
// message from a worker, a timer), and that call's script is either MapLibre's chunk or the app's.
// A task that MapLibre started (its render frame, tiles arriving from its workers) is the map's own
// rendering; a task that the app started is the app's, including any MapLibre call it makes on the
// way (a style change it asked for is its choice to do then). Listeners the app has on MapLibre's
// events run inside MapLibre's tasks: the profiler's samples show them, and their time is counted
// as the app's share of the map's task.

/** One event of a Chrome trace (the Trace Event Format), as far as it is read here. */
export interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	/** Thread time (µs): what the thread spent running, where `dur` is wall-clock time. */
	tdur?: number;
	id?: string;
	args?: { name?: string; data?: Record<string, unknown> };
}

export type TaskOwner = 'map' | 'app' | 'browser';

/** A task of the page's main thread. */
export interface MainTask {
	/** Start, in ms from the start of its window (a little negative for the task of the window's key press). */
	startMs: number;
	durationMs: number;
	/** Of that, the time the main thread was running (the rest it waited: for the GPU process, a core). */
	cpuMs: number;
	owner: TaskOwner;
	/** What started it: `keydown`, `animation frame`, `timer`, `script` (a message, a callback). */
	entry: string;
	/** Time the profiler saw with the app's code on the stack, in ms (in a map task: the app's listeners). */
	appMs: number;
}

export interface TraceWindow {
	/** Start and end in trace time (µs). */
	start: number;
	end: number;
}

export interface Scripts {
	isMap: (url: string) => boolean;
	isApp: (url: string) => boolean;
}

/** A task on the main thread longer than this is a long task (the Long Tasks API's threshold). */
export const longTaskMs = 50;

interface CallFrame {
	url: string;
}
interface ProfileNode {
	id: number;
	parent?: number;
	callFrame: CallFrame;
}
interface ProfileChunkData {
	cpuProfile?: { nodes?: (ProfileNode & { parent?: number })[]; samples?: number[] };
	timeDeltas?: number[];
}

export class TraceError extends Error {}

/** The page's main thread: of the renderers' main threads, the one that ran the most script. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
	const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
	const calls = new Map<string, number>();
	for (const e of events) {
		const key = `${e.pid}:${e.tid}`;
		if (e.name === 'FunctionCall' && mains.includes(key)) calls.set(key, (calls.get(key) ?? 0) + 1);
	}
	const busiest = [...calls].sort((a, b) => b[1] - a[1])[0];
	if (!busiest) throw new TraceError('The trace has no renderer main thread that ran any script.');
	const [pid, tid] = busiest[0].split(':').map(Number) as [number, number];
	return { pid, tid };
}

/** The sampling profiler's samples on the main thread: time (µs) and the stack's script URLs. */
function profileSamples(events: TraceEvent[], thread: { pid: number; tid: number }): { t: number; urls: string[] }[] {
	const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
	if (!profile) return [];
	const nodes = new Map<number, ProfileNode>();
	const raw: { t: number; node: number }[] = [];
	let t = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
	for (const e of events) {
		if (e.name !== 'ProfileChunk' || e.pid !== thread.pid || e.id !== profile.id) continue;
		const data = e.args?.data as ProfileChunkData | undefined;
		for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
		const deltas = data?.timeDeltas ?? [];
		(data?.cpuProfile?.samples ?? []).forEach((node, i) => {
			t += deltas[i] ?? 0;
			raw.push({ t, node });
		});
	}
	const stacks = new Map<number, string[]>();
	const urlsOf = (id: number): string[] => {
		let urls = stacks.get(id);
		if (!urls) {
			urls = [];
			for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) if (node.callFrame.url) urls.push(node.callFrame.url);
			stacks.set(id, urls);
		}
		return urls;
	};
	return raw.sort((a, b) => a.t - b.t).map((s) => ({ t: s.t, urls: urlsOf(s.node) }));
}

/** The index of the first item whose time is at least `t`, in items sorted by time. */
function firstFrom<T>(items: T[], t: number, timeOf: (item: T) => number): number {
	let [lo, hi] = [0, items.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (timeOf(items[mid]!) < t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const entryNames: Record<string, string> = { FireAnimationFrame: 'animation frame', TimerFire: 'timer', RunMicrotasks: 'microtasks', FunctionCall: 'script' };

/**
 * The tasks of the page's main thread over `minMs` (by default the long ones) in each window, with
 * whose they are. `events` is a whole trace; a task belongs to the window it ends in, so that the
 * task of the key press that opens a window (which starts a moment before the key's event) is in it.
 */
export function tasksByWindow(events: TraceEvent[], windows: TraceWindow[], scripts: Scripts, minMs = longTaskMs): MainTask[][] {
	const thread = mainThread(events);
	const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	// Top-level tasks: RunTask events not inside another one.
	const tasks: TraceEvent[] = [];
	for (const e of onMain) {
		if (e.name !== 'RunTask') continue;
		const last = tasks.at(-1);
		if (last && e.ts < last.ts + last.dur!) continue;
		tasks.push(e);
	}
	const samples = profileSamples(events, thread);
	const sampleTime = (i: number) => Math.max(0, (samples[i + 1]?.t ?? samples[i]!.t) - samples[i]!.t);

	return windows.map((window) =>
		tasks
			.filter((task) => task.ts + task.dur! > window.start && task.ts + task.dur! <= window.end && task.dur! > minMs * 1000)
			.map((task): MainTask => {
				const end = task.ts + task.dur!;
				const inside: TraceEvent[] = [];
				for (let i = firstFrom(onMain, task.ts, (e) => e.ts); i < onMain.length && onMain[i]!.ts < end; i++) if (onMain[i] !== task) inside.push(onMain[i]!);
				// The first call into the map's or the app's scripts; the benchmark's own listeners (no URL) do not count.
				const urlOf = (e: TraceEvent) => String(e.args?.data?.url ?? '');
				const firstCall = inside.find((e) => e.name === 'FunctionCall' && (scripts.isMap(urlOf(e)) || scripts.isApp(urlOf(e))));
				const owner: TaskOwner = !firstCall ? 'browser' : scripts.isMap(urlOf(firstCall)) ? 'map' : 'app';
				const dispatch = inside.find((e) => e.name === 'EventDispatch' || e.name in entryNames);
				const entry = !dispatch ? 'browser work' : dispatch.name === 'EventDispatch' ? String(dispatch.args?.data?.type ?? 'event') : entryNames[dispatch.name]!;
				let appUs = 0;
				for (let i = firstFrom(samples, task.ts, (s) => s.t); i < samples.length && samples[i]!.t < end; i++) if (samples[i]!.urls.some(scripts.isApp)) appUs += sampleTime(i);
				return { startMs: (task.ts - window.start) / 1000, durationMs: task.dur! / 1000, cpuMs: (task.tdur ?? NaN) / 1000, owner, entry, appMs: appUs / 1000 };
			})
	);
}
