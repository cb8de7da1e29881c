/**
 * `npm run geodata -- import`: a newsroom's own assessment becomes a snapshot with the provenance
 * it is given, bad input is refused with a message naming the problem and nothing is touched, and
 * the shipped snapshot survives a round trip through its own export.
 *
 * One case launches the real command line; the others call the import in this process. Every case
 * reads a small gazetteer holding only the GeoNames entries the sources' lookups can match (see
 * `smallGazetteer.ts`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultOptions, runImport, type PipelineOptions } from '../build/index';
import { parseImportArgs } from '../build/facts/importSnapshot';
import { ImportError } from '../build/facts/importInput';
import { gazetteerKeys, writeSmallGazetteer } from './smallGazetteer';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const fixtures = join(root, 'geodata/test/fixtures/import');
const tsxCli = require.resolve('tsx/cli');
const timeout = 120_000;

let work: string;
let gazetteerFile: string;
beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'geodata-import-'));
	gazetteerFile = join(work, 'gazetteer.json');
	writeSmallGazetteer(gazetteerFile, defaultOptions.gazetteerFile, gazetteerKeys(join(root, 'geodata/sources')));
});
afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

/** A fresh copy of the sources and of static/data to import into. */
function makeCase(name: string): PipelineOptions & { dir: string } {
	const dir = join(work, name);
	cpSync(join(root, 'geodata/sources'), join(dir, 'sources'), { recursive: true });
	cpSync(join(root, 'static/data'), join(dir, 'out'), { recursive: true });
	return { ...defaultOptions, sourcesDir: join(dir, 'sources'), outDir: join(dir, 'out'), gazetteerFile, dir };
}

/** Every file under a folder with its size and modification time: what "nothing was touched" compares. */
function tree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const file of readdirSync(dir, { recursive: true }) as string[]) {
		const stat = statSync(join(dir, file));
		if (stat.isFile()) out[file] = `${stat.size}:${stat.mtimeMs}`;
	}
	return out;
}

const figuresOf = (out: string, date: string) => JSON.parse(readFileSync(join(out, 'facts', date, 'figures.json'), 'utf8'));

describe('import on good input (the command line)', () => {
	it('imports the fixture as a snapshot with the given provenance and rebuilds every output', { timeout }, () => {
		const c = makeCase('good');
		const result = spawnSync(
			process.execPath,
			[tsxCli, join(root, 'geodata/build/index.ts'), 'import', join(fixtures, 'occupied.geojson'), '--contested', join(fixtures, 'contested.geojson'), '--as-of', '2025-01-15', '--source', 'Example desk assessment', '--licence', 'CC BY 4.0 (example)', '--url', 'https://example.org/assessment', '--sources', c.sourcesDir, '--gazetteer', c.gazetteerFile, '--out', c.outDir],
			{ cwd: root, encoding: 'utf8', timeout }
		);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('imported');
		const snapshot = join(c.sourcesDir, 'facts/snapshots/2025-01-15');
		expect(readdirSync(snapshot).sort()).toEqual(['contested.geojson', 'occupied.geojson', 'snapshot.json']);
		const meta = JSON.parse(readFileSync(join(snapshot, 'snapshot.json'), 'utf8'));
		expect(meta.source).toMatchObject({ title: 'Example desk assessment', date: '2025-01-15', url: 'https://example.org/assessment' });
		expect(meta.licence).toBe('CC BY 4.0 (example)');

		const manifest = JSON.parse(readFileSync(join(c.outDir, 'manifest.json'), 'utf8')) as { layers: Array<{ id: string; licence: string; method: string; asOf: string | null }> };
		const layer = manifest.layers.find((l) => l.id === 'occupied-2025-01-15')!;
		expect(layer.licence).toBe('CC BY 4.0 (example)');
		expect(layer.method.startsWith(meta.method)).toBe(true);
		// Every snapshot is listed: the new one replaces none of the shipped ones.
		expect(manifest.layers.filter((l) => l.id.startsWith('contact-line-')).map((l) => l.asOf).sort()).toEqual(['2022-02-23', '2024-08-06', '2025-01-15', '2025-03-13']);

		const figures = figuresOf(c.outDir, '2025-01-15');
		// A 0.3° × 0.2° box at 47.5°N is about 22.6 km × 22.2 km; the contested strip a third of that.
		expect(figures.ukraine.occupiedKm2).toBeGreaterThan(480);
		expect(figures.ukraine.occupiedKm2).toBeLessThan(520);
		expect(figures.ukraine.contestedKm2).toBeGreaterThan(160);
		expect(figures.ukraine.contestedKm2).toBeLessThan(175);
		// The derived contact line is the occupied box's edge inside Ukraine: its four sides, about 90 km.
		expect(figures.contactLine.totalKm).toBeGreaterThan(85);
		expect(figures.contactLine.totalKm).toBeLessThan(95);
	});
});

describe('import on bad input: refuses, names the problem, touches nothing', () => {
	let c: ReturnType<typeof makeCase>;
	let before: Record<string, string>;
	let errors: string[];
	beforeEach(() => {
		c = makeCase(`bad-${Math.random().toString(36).slice(2)}`);
		before = { ...tree(c.sourcesDir), ...Object.fromEntries(Object.entries(tree(c.outDir)).map(([k, v]) => [`out/${k}`, v])) };
		errors = [];
		vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
	});
	afterEach(() => {
		vi.restoreAllMocks();
	});
	const write = (name: string, text: string) => {
		const file = join(c.dir, name);
		writeFileSync(file, text);
		return file;
	};
	const box = (coordinates: number[][]) => JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [coordinates] } }] });
	const refused = (argv: string[], problem: string | RegExp) => {
		expect(runImport(argv, c)).toBe(1);
		expect(errors.join('\n')).toMatch(/geodata import: refused, nothing written\./);
		expect(errors.join('\n')).toMatch(problem);
		const after = { ...tree(c.sourcesDir), ...Object.fromEntries(Object.entries(tree(c.outDir)).map(([k, v]) => [`out/${k}`, v])) };
		expect(after).toEqual(before);
	};
	const args = (file: string, date = '2025-01-15') => [file, '--as-of', date, '--source', 'Test', '--licence', 'Test licence'];

	it('refuses a file that is not JSON', () => refused(args(write('a.geojson', 'occupied: yes\n')), /is not GeoJSON: it is not valid JSON/));
	it('refuses JSON that is not GeoJSON', () => refused(args(write('a.geojson', '{"hello": 1}')), /is not GeoJSON/));
	it('refuses a file that names another coordinate system', () => {
		const data = JSON.parse(box([[36.1, 47.4], [36.4, 47.4], [36.4, 47.6], [36.1, 47.4]]));
		data.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } };
		refused(args(write('a.geojson', JSON.stringify(data))), /uses the coordinate system "urn:ogc:def:crs:EPSG::3857"/);
	});
	it('refuses projected coordinates (a wrong CRS without a crs member)', () =>
		refused(args(write('a.geojson', box([[4018000, 6020000], [4050000, 6020000], [4050000, 6050000], [4018000, 6020000]]))), /not longitude\/latitude: it looks projected/));
	it('refuses coordinates in latitude, longitude order', () =>
		refused(args(write('a.geojson', box([[47.4, 36.1], [47.4, 36.4], [47.6, 36.4], [47.4, 36.1]]))), /latitude, longitude order/));
	it('refuses an area outside Ukraine', () => refused(args(write('a.geojson', box([[19, 52], [20, 52], [20, 53], [19, 52]]))), /lies outside Ukraine/));
	it('refuses an area mostly outside Ukraine', () => refused(args(write('a.geojson', box([[39.5, 48], [42, 48], [42, 50], [39.5, 50], [39.5, 48]]))), /% of its area lies outside Ukraine/));
	it('refuses a self-intersecting polygon', () =>
		refused(args(write('a.geojson', box([[36.1, 47.4], [36.4, 47.6], [36.4, 47.4], [36.1, 47.6], [36.1, 47.4]]))), /feature #0 intersects itself/));
	it('refuses a date in the future', () => refused(args(join(fixtures, 'occupied.geojson'), '2999-01-01'), /is in the future/));
	it('refuses an impossible date', () => refused(args(join(fixtures, 'occupied.geojson'), '2025-02-30'), /--as-of must be a real date/));
	it('refuses an import without a source or a licence', () => {
		refused([join(fixtures, 'occupied.geojson'), '--as-of', '2025-01-15', '--licence', 'x'], /--source is required/);
		refused([join(fixtures, 'occupied.geojson'), '--as-of', '2025-01-15', '--source', 'x'], /--licence is required/);
	});
	it('refuses to overwrite an existing snapshot without --replace', () => refused(args(join(fixtures, 'occupied.geojson'), '2025-03-13'), /exists already; pass --replace/));
	it('refuses a missing file', () => refused(args(join(c.dir, 'nowhere.geojson')), /cannot be read \(ENOENT\)/));
});

describe('parseImportArgs', () => {
	it('reads the documented form and its options', () => {
		const r = parseImportArgs(['a.geojson', '--as-of', '2025-03-13', '--source', ' S ', '--licence', 'L', '--simplify-m', '50', '--replace'], '2026-01-01');
		expect(r).toMatchObject({ file: 'a.geojson', asOf: '2025-03-13', source: 'S', licence: 'L', simplifyM: 50, replace: true, confidence: 'medium' });
	});
	it.each([
		[['a.geojson', 'b.geojson', '--as-of', '2025-03-13', '--source', 'S', '--licence', 'L'], /exactly one GeoJSON file/],
		[['a.geojson', '--as-of', '2025-03-13', '--source', 'S', '--licence', 'L', '--simplify-m', '99999'], /--simplify-m must be a number/],
		[['a.geojson', '--as-of', '2025-03-13', '--source', 'S', '--licence', 'L', '--confidence', 'sure'], /--confidence must be high, medium or low/],
		[['a.geojson', '--as-of', '2025-03-13', '--source', 'S', '--licence', 'L', '--url', 'http://x'], /--url must be an https address/],
		[['a.geojson', '--bogus'], /Unknown option/]
	])('refuses %j', (argv, problem) => {
		expect(() => parseImportArgs(argv as string[], '2026-01-01')).toThrow(ImportError);
		expect(() => parseImportArgs(argv as string[], '2026-01-01')).toThrow(problem);
	});
});

describe('round trip: the shipped snapshot, exported and imported again', () => {
	it('gives the same figures within 0.1%', { timeout }, () => {
		const c = makeCase('round-trip');
		const exported = (name: string) => join(root, 'static/data/facts/2025-03-13', name);
		vi.spyOn(console, 'log').mockImplementation(() => undefined);
		const status = runImport([exported('occupied.geojson'), '--contested', exported('contested.geojson'), '--as-of', '2025-03-13', '--source', 'Round trip', '--licence', 'As the shipped layer', '--replace'], c);
		vi.restoreAllMocks();
		expect(status).toBe(0);
		expect(existsSync(join(c.sourcesDir, 'facts/snapshots/2025-03-13/border.json')), 'the authored border stretches are kept').toBe(true);
		const shipped = figuresOf(join(root, 'static/data'), '2025-03-13');
		const again = figuresOf(c.outDir, '2025-03-13');
		const close = (a: number, b: number, what: string) => expect(Math.abs(a - b) / Math.max(Math.abs(a), 1), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(0.001);
		close(shipped.ukraine.occupiedKm2, again.ukraine.occupiedKm2, 'occupied');
		close(shipped.ukraine.occupiedBefore2022Km2, again.ukraine.occupiedBefore2022Km2, 'occupied before 2022');
		close(shipped.ukraine.contestedKm2, again.ukraine.contestedKm2, 'contested');
		close(shipped.contactLine.totalKm, again.contactLine.totalKm, 'contact line');
		close(shipped.border.behindRussianLinesKm, again.border.behindRussianLinesKm, 'border behind Russian lines');
		for (const region of shipped.regions) close(region.occupiedKm2, again.regions.find((r: { id: string }) => r.id === region.id).occupiedKm2, region.id);
	});
});
