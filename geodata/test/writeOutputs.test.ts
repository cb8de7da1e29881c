/**
 * writeOutputs promises "every output at once or not at all": a failure part-way must leave the
 * previous outputs as they were and no temporary files behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../build/writeOutputs';

let out: string;

beforeEach(() => {
	out = mkdtempSync(join(tmpdir(), 'geodata-write-outputs-'));
	writeFileSync(join(out, 'a.json'), 'previous a\n');
	writeFileSync(join(out, 'c.json'), 'previous c\n');
});

afterEach(() => {
	rmSync(out, { recursive: true, force: true });
});

const outputs = () =>
	new Map([
		['a.json', 'new a\n'],
		['b.json', 'new b\n'],
		['c.json', 'new c\n']
	]);

const temporaryFiles = () => readdirSync(out).filter((f) => f.endsWith('.tmp'));

describe('writeOutputs', () => {
	it('writes every file, creating the folder if needed, and leaves no temporary files', () => {
		const fresh = join(out, 'nested', 'data');
		writeOutputs(fresh, outputs());
		expect(readdirSync(fresh).sort()).toEqual(['a.json', 'b.json', 'c.json']);
		expect(readFileSync(join(fresh, 'b.json'), 'utf8')).toBe('new b\n');
		writeOutputs(out, outputs());
		expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('new a\n');
		expect(temporaryFiles()).toEqual([]);
	});

	it('when writing one file fails, replaces none of the earlier outputs and removes its temporary files', () => {
		// Block b.json's temporary file (named <target>.<pid>.tmp) with a folder of the same name.
		const blocker = `b.json.${process.pid}.tmp`;
		mkdirSync(join(out, blocker));
		expect(() => writeOutputs(out, outputs())).toThrow();
		expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('previous a\n');
		expect(readFileSync(join(out, 'c.json'), 'utf8')).toBe('previous c\n');
		expect(temporaryFiles()).toEqual([blocker]);
	});

	it('when an output name is taken by a folder, replaces none of the earlier outputs and leaves no temporary files', () => {
		mkdirSync(join(out, 'b.json'));
		expect(() => writeOutputs(out, outputs())).toThrow();
		expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('previous a\n');
		expect(readFileSync(join(out, 'c.json'), 'utf8')).toBe('previous c\n');
		expect(temporaryFiles()).toEqual([]);
	});

	it('deletes, in a pruned folder, the files and folders this run did not write, and nothing outside it', () => {
		mkdirSync(join(out, 'facts', '2025-03-12'), { recursive: true });
		writeFileSync(join(out, 'facts', '2025-03-12', 'old.geojson'), 'renamed snapshot\n');
		writeFileSync(join(out, 'facts', 'dropped.json'), 'dropped layer\n');
		writeOutputs(out, new Map([...outputs(), ['facts/kept.json', 'kept\n']]), { prune: ['facts'] });
		expect(readdirSync(join(out, 'facts'))).toEqual(['kept.json']);
		expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json', 'c.json', 'facts']);
	});
});
