import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Writes every output at once or not at all. Each file goes to a temporary name in the output
 * folder first (a rename on one file system is atomic, so no reader ever sees half a file); only
 * when all are written are they renamed into place. If a rename still fails, the files already
 * replaced get their previous content back and the temporary files are removed, so a failure
 * leaves the previous outputs as they were.
 *
 * Folders named in `prune` (relative to `outDir`) hold only what this run writes: once every new
 * file is in place, files in them that it did not write (a snapshot folder renamed or removed, a
 * layer dropped) are deleted, so a stale file cannot linger beside the new ones.
 */
export function writeOutputs(outDir: string, files: Map<string, string>, { prune = [] }: { prune?: string[] } = {}): void {
	mkdirSync(outDir, { recursive: true });
	const planned = [...files].map(([name, content]) => {
		const target = join(outDir, name);
		return { target, tmp: `${target}.${process.pid}.tmp`, content };
	});
	const removeTemporaries = () => planned.forEach(({ tmp }) => rmSync(tmp, { force: true }));

	for (const { target } of planned) {
		if (existsSync(target) && !statSync(target).isFile()) {
			throw new Error(`Cannot write ${target}: something that is not a file is in the way.`);
		}
	}
	try {
		for (const { tmp, content } of planned) {
			mkdirSync(dirname(tmp), { recursive: true });
			writeFileSync(tmp, content);
		}
	} catch (error) {
		removeTemporaries();
		throw error;
	}

	const previous = new Map(planned.map(({ target }) => [target, existsSync(target) ? readFileSync(target) : null]));
	const replaced: string[] = [];
	try {
		for (const { tmp, target } of planned) {
			renameSync(tmp, target);
			replaced.push(target);
		}
	} catch (error) {
		for (const target of replaced) {
			const before = previous.get(target);
			if (before) writeFileSync(target, before);
			else rmSync(target, { force: true });
		}
		removeTemporaries();
		throw error;
	}
	for (const folder of prune) pruneFolder(outDir, join(outDir, folder), files);
}

/** Deletes the files under `folder` that are not in `files`, then any folder left empty. */
function pruneFolder(outDir: string, folder: string, files: Map<string, string>): void {
	if (!existsSync(folder)) return;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			pruneFolder(outDir, path, files);
			if (readdirSync(path).length === 0) rmdirSync(path);
		} else if (!files.has(relative(outDir, path).split(sep).join('/'))) {
			rmSync(path);
		}
	}
}
