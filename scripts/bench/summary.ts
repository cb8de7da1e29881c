// The last section of `npm run bench`: every headline figure beside its target.
import type { BytesResult } from './bytes.js';
import type { FirstIdleResult } from './firstIdle.js';
import type { PrecacheResult } from './precache.js';
import type { PresentRun } from './present.js';
import { bytes, heading, median, ms, ms1, percentile, table } from './report.js';
import { dataBudget, ratioTarget } from './setup.js';
import { longest, notTheMapsOwn, taskTime } from './tracedTasks.js';

export interface SummaryInput {
	bytes: BytesResult;
	firstIdle: FirstIdleResult;
	/** Section 3's runs, one per window size. */
	presentRuns: PresentRun[];
	/** Section 4's runs, one per window size. */
	tracedRuns: PresentRun[];
	/** Section 5: the service worker's cache after one visit. */
	precache: PrecacheResult;
}

export function printSummary({ bytes: transfer, firstIdle, presentRuns, tracedRuns, precache }: SummaryInput): void {
	const { appLoad, dataGzip, within } = transfer;
	const { appMedian, bareMedian, ratio } = firstIdle;
	console.log(heading('Summary'));
	console.log(
		table(
			['figure', 'value', 'target', ''],
			[
				['first load, all files, gzipped', bytes(appLoad.transfer.gzip), '', ''],
				['first-view data, gzipped', bytes(dataGzip), `≤ ${bytes(dataBudget)}`, within ? 'within' : 'OVER'],
				[`precache after one visit (${precache.files} files), raw / gzipped`, `${bytes(precache.raw)} / ${bytes(precache.gzip)}`, '', ''],
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
}
