// The figures CSV, made when the site is built from the files it ships (static/data): the
// manifest's figures layers name the snapshots, each snapshot's figures.json gives its rows. A file
// that does not pass its schema fails the build rather than ship a CSV that disagrees with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { defaultDataDir } from '$lib/data/shippedIds.server';
import { figuresSchema, manifestSchema } from '$lib/data/schemas/files';
import type { ManifestLayer } from '$lib/data/manifest';
import { figureRows, figuresCsv, figuresDates } from './figureRows';

function readChecked<T extends v.GenericSchema>(dataDir: string, file: string, schema: T): v.InferOutput<T> {
	const parsed = v.safeParse(schema, JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
	if (!parsed.success) throw new Error(`figures.csv: ${file} does not pass its schema: ${v.summarize(parsed.issues)}`);
	return parsed.output;
}

export function shippedFiguresCsv(dataDir = defaultDataDir()): string {
	const layers = readChecked(dataDir, 'manifest.json', manifestSchema).layers as ManifestLayer[];
	const snapshots = figuresDates(layers).map((date) => readChecked(dataDir, `facts/${date}/figures.json`, figuresSchema));
	return figuresCsv(figureRows(snapshots, layers));
}
