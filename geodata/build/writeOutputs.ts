import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes every output at once or not at all: each file goes to a temporary name in the output
 * folder first, and only when all of them are written are they renamed into place (a rename on
 * one file system is atomic). A failure leaves the previous outputs untouched.
 */
export function writeOutputs(outDir: string, files: Map<string, string>): void {
	mkdirSync(outDir, { recursive: true });
	const temporary: Array<[string, string]> = [];
	try {
		for (const [name, content] of files) {
			const target = join(outDir, name);
			const tmp = `${target}.${process.pid}.tmp`;
			writeFileSync(tmp, content);
			temporary.push([tmp, target]);
		}
	} catch (error) {
		for (const [tmp] of temporary) rmSync(tmp, { force: true });
		throw error;
	}
	for (const [tmp, target] of temporary) renameSync(tmp, target);
}
