import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { isCalendarDate, todayUtc } from '../../../src/lib/data/calendarDate';
import { pipelineConfig } from '../config';
import { featureCollectionText, jsonText } from '../serialize';
import { deepStateLayers } from './deepStateLayers';
import { ImportError, importAreas, importLines } from './importInput';
import { snapshotFiles, type Confidence, type SnapshotMeta } from './snapshot';

/** What `npm run geodata -- import` is asked to do. */
export interface ImportRequest {
	file: string;
	asOf: string;
	source: string;
	licence: string;
	contested?: string;
	contactLine?: string;
	publisher?: string;
	url?: string;
	method?: string;
	accuracy?: string;
	confidence: Confidence;
	simplifyM: number;
	replace: boolean;
	/** The file is a DeepStateMap history GeoJSON: its occupied and contested layers are read from it (`deepStateLayers`). */
	deepState: boolean;
	/** Where to read and write, when not the defaults (the pipeline's own path options). */
	paths: Partial<Record<'sources' | 'admin1' | 'countries' | 'world' | 'gazetteer' | 'out', string>>;
}

export const importUsage = `Usage: npm run geodata -- import <occupied.geojson> --as-of YYYY-MM-DD --source "..." --licence "..."
  [--contested <file.geojson>] [--contact-line <file.geojson>] [--publisher "..."] [--url https://...]
  [--method "..."] [--accuracy "..."] [--confidence high|medium|low] [--simplify-m N] [--replace]
  [--deepstate] (the file is a DeepStateMap history GeoJSON: occupied and contested ground are read from its layers)`;

/** Parses the import command's arguments; throws an ImportError naming the problem. */
export function parseImportArgs(argv: string[], today = todayUtc()): ImportRequest {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				'as-of': { type: 'string' },
				source: { type: 'string' },
				licence: { type: 'string' },
				contested: { type: 'string' },
				'contact-line': { type: 'string' },
				publisher: { type: 'string' },
				url: { type: 'string' },
				method: { type: 'string' },
				accuracy: { type: 'string' },
				confidence: { type: 'string', default: 'medium' },
				'simplify-m': { type: 'string', default: '0' },
				replace: { type: 'boolean', default: false },
				deepstate: { type: 'boolean', default: false },
				sources: { type: 'string' },
				admin1: { type: 'string' },
				countries: { type: 'string' },
				world: { type: 'string' },
				gazetteer: { type: 'string' },
				out: { type: 'string' }
			}
		});
	} catch (error) {
		throw new ImportError('import', `${(error as Error).message}\n${importUsage}`);
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1) throw new ImportError('import', `needs exactly one GeoJSON file of occupied territory\n${importUsage}`);
	const asOf = values['as-of'];
	if (!isCalendarDate(asOf)) throw new ImportError('import', `--as-of must be a real date written YYYY-MM-DD, not ${JSON.stringify(asOf ?? null)}`);
	if (asOf > today) throw new ImportError('import', `--as-of ${asOf} is in the future (today is ${today}); an assessment describes a day that has happened`);
	for (const key of ['source', 'licence'] as const) {
		if (!values[key]?.trim()) throw new ImportError('import', `--${key} is required: say where the data comes from and on what terms it may be used`);
	}
	if (values.url !== undefined && !/^https:\/\/\S+$/.test(values.url)) throw new ImportError('import', `--url must be an https address, not ${JSON.stringify(values.url)}`);
	const confidence = values.confidence as Confidence;
	if (!['high', 'medium', 'low'].includes(confidence)) throw new ImportError('import', `--confidence must be high, medium or low, not ${JSON.stringify(values.confidence)}`);
	if (values.deepstate && values.contested !== undefined) throw new ImportError('import', '--contested cannot be given with --deepstate: the contested ground is read from the DeepStateMap file');
	const simplifyM = Number(values['simplify-m']);
	if (!Number.isFinite(simplifyM) || simplifyM < 0 || simplifyM > 5000) throw new ImportError('import', `--simplify-m must be a number of metres from 0 to 5000, not ${JSON.stringify(values['simplify-m'])}`);
	return {
		file: positionals[0]!,
		asOf,
		source: values.source!.trim(),
		licence: values.licence!.trim(),
		contested: values.contested,
		contactLine: values['contact-line'],
		publisher: values.publisher,
		url: values.url,
		method: values.method,
		accuracy: values.accuracy,
		confidence,
		simplifyM,
		replace: values.replace,
		deepState: values.deepstate,
		paths: { sources: values.sources, admin1: values.admin1, countries: values.countries, world: values.world, gazetteer: values.gazetteer, out: values.out }
	};
}

function readGeoJson(file: string): unknown {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new ImportError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new ImportError(file, `is not GeoJSON: it is not valid JSON (${(error as Error).message})`);
	}
}

/** The files of the snapshot folder an import writes, by name, checked and ready to write. */
export function snapshotFromImport(request: ImportRequest, ukraine: Feature<Polygon | MultiPolygon>, today = todayUtc()): Map<string, string> {
	const options = { simplifyM: request.simplifyM, decimals: pipelineConfig.coordinateDecimals };
	const layers = request.deepState ? deepStateLayers(request.file, readGeoJson(request.file), ukraine) : null;
	const occupied = importAreas(request.file, layers?.occupied ?? readGeoJson(request.file), ukraine, 'occupied', options);
	const contested = layers ? (layers.contested.features.length > 0 ? importAreas(request.file, layers.contested, ukraine, 'contested', options) : null) : request.contested ? importAreas(request.contested, readGeoJson(request.contested), ukraine, 'contested', options) : null;
	const contactLine = request.contactLine ? importLines(request.contactLine, readGeoJson(request.contactLine), options.decimals) : null;
	const meta: SnapshotMeta = {
		asOf: request.asOf,
		source: { publisher: request.publisher ?? request.source, title: request.source, date: request.asOf, ...(request.url ? { url: request.url } : {}) },
		licence: request.licence,
		method: request.method ?? `Occupied territory${contested ? ' and contested ground' : ''} as given by the source, imported from ${request.file.split(/[\\/]/).at(-1)}${request.simplifyM > 0 ? `, simplified by ${request.simplifyM} m` : ''} and rounded to ${options.decimals} decimals.`,
		accuracy: request.accuracy ?? 'As the source; not checked by this project.',
		conventions: [],
		stretches: [],
		defaultStretch: { name: 'Contact line', confidence: request.confidence },
		imported: { on: today, input: request.file.split(/[\\/]/).at(-1)!, simplifyM: request.simplifyM, decimals: options.decimals }
	};
	const files = new Map<string, string>([
		[snapshotFiles.meta, jsonText(meta)],
		[snapshotFiles.occupied, featureCollectionText(occupied)]
	]);
	if (contested) files.set(snapshotFiles.contested, featureCollectionText(contested));
	if (contactLine) files.set(snapshotFiles.contactLine, featureCollectionText(contactLine));
	return files;
}

/** Writes a snapshot folder beside its final place; `commit` moves it there, `discard` removes it. */
export function stageSnapshot(snapshotsDir: string, date: string, files: Map<string, string>, replace: boolean) {
	const target = join(snapshotsDir, date);
	if (existsSync(target) && !replace) throw new ImportError(target, 'exists already; pass --replace to replace it (the old folder is kept until the new one is in place)');
	const staging = join(snapshotsDir, `.import-${date}-${process.pid}`);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	for (const [name, text] of files) writeFileSync(join(staging, name), text);
	// The border's active-front stretches are authored separately from the assessment: a replaced snapshot keeps them.
	const border = join(target, snapshotFiles.border);
	if (!files.has(snapshotFiles.border) && existsSync(border)) writeFileSync(join(staging, snapshotFiles.border), readFileSync(border));
	const backup = join(snapshotsDir, `.replaced-${date}-${process.pid}`);
	return {
		staging,
		commit() {
			if (existsSync(target)) renameSync(target, backup);
			renameSync(staging, target);
		},
		/** Puts things back as they were before `commit` (or before staging). */
		rollback() {
			rmSync(staging, { recursive: true, force: true });
			if (existsSync(backup)) {
				rmSync(target, { recursive: true, force: true });
				renameSync(backup, target);
			}
		},
		finish() {
			rmSync(backup, { recursive: true, force: true });
		}
	};
}

