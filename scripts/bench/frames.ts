// Section 3 of `npm run bench`: presentation mode's chapter transitions, frame by frame, at each
// window size: frame intervals and long tasks.
import type { Browser } from '@playwright/test';
import { shippedDecks } from '../../src/lib/present/deckFiles';
import { walkDeck } from './deckWalk.js';
import type { PresentRun, TransitionSample } from './present.js';
import { heading, median, ms, ms1, percentile } from './report.js';
import { presentViewports, type BenchServer } from './setup.js';

/** The default deck's chapters (content/decks/ceasefire.yaml): /present/ without a `deck` in its link. */
const deck = shippedDecks()[0]!.chapters;

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

/** 3. Presentation mode: the chapter transitions, frame by frame, once at each window size. */
export async function framesSection(browser: Browser, server: BenchServer): Promise<PresentRun[]> {
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
	return presentRuns;
}
