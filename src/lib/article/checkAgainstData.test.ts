import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticleAgainstData } from './checkAgainstData.server';

describe('checkArticleAgainstData (the build-time check)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'article-check-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('passes on the data the app ships', () => {
		expect(() => checkArticleAgainstData()).not.toThrow();
	});

	it('fails, naming the id, when the data lacks a place the article mentions', () => {
		cpSync('static/data', dir, { recursive: true });
		const file = join(dir, 'places.geojson');
		const places = JSON.parse(readFileSync(file, 'utf8')) as { features: Array<{ properties: { id: string } }> };
		places.features = places.features.filter((f) => f.properties.id !== 'jeddah');
		writeFileSync(file, JSON.stringify(places));
		expect(() => checkArticleAgainstData(dir)).toThrow(/jeddah/);
	});
});
