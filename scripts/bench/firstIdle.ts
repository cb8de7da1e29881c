// Section 2 of `npm run bench`: navigation start to the map's first idle, the app against the bare
// MapLibre page drawing the same data, alternating, each load in a fresh context.
import type { Browser } from '@playwright/test';
import { load, type Load } from './load.js';
import { heading, median, ms, table } from './report.js';
import { app, bare, expectedCanvas, ratioTarget, type BenchServer } from './setup.js';

export interface FirstIdleResult {
	appMedian: number;
	bareMedian: number;
	/** App over bare, of the medians. */
	ratio: number;
}

/** 2. Time to the first idle, app and bare alternating, `runs` times each; `first` are section 1's loads (for their canvases). */
export async function firstIdleSection(browser: Browser, server: BenchServer, runs: number, first: { app: Load; bare: Load }): Promise<FirstIdleResult> {
	console.log(heading(`2. Navigation start → map's first idle (${runs} run${runs === 1 ? '' : 's'} each, alternating, fresh context each)`));
	const sizes = [first.app.canvas, first.bare.canvas];
	const sizeText = (c: { width: number; height: number }) => `${c.width}×${c.height}`;
	console.log(`  Map canvas: app ${sizeText(first.app.canvas)}, bare ${sizeText(first.bare.canvas)} (expected ${sizeText(expectedCanvas)})`);
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
	return { appMedian, bareMedian, ratio };
}
