// The benchmark's cleanup (browser, server, temporary folder), also on Ctrl+C and when its reader
// quits.

const cleanups: (() => Promise<unknown>)[] = [];
/** Set when a signal or a closed stdout stops the run: what fails after that is not news. */
let stopping = false;
let cleaning: Promise<void> | undefined;

/** Whether a signal or a closed stdout is stopping the run. */
export function isStopping(): boolean {
	return stopping;
}

/** Adds a cleanup step; steps run last registered first. */
export function onCleanup(step: () => Promise<unknown>): void {
	cleanups.push(step);
}

/** Runs the cleanup steps once, last registered first; every caller waits for all of them. */
export function cleanUp(): Promise<void> {
	cleaning ??= (async () => {
		while (cleanups.length) {
			const step = cleanups.pop()!;
			await step().catch((error: unknown) => console.error(`Cleanup step failed: ${(error as Error).message}`));
		}
	})();
	return cleaning;
}

/** Cleans up and exits on SIGINT and SIGTERM, and when stdout's reader goes away. */
export function cleanUpOnExit(): void {
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
}
