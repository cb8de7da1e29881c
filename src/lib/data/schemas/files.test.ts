// Every shipped data file passes its schema, and no input, however broken, gets past a schema
// without either being what the app relies on or a DataLoadError naming the file.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DataLoadError, parseDataFile } from '../fetchJson';
import { isPosition } from './geojson';
import * as files from './files';

const read = (file: string) => JSON.parse(readFileSync(`static/data/${file}`, 'utf8'));
const snapshots = readdirSync('static/data/facts', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const shipped: Array<[string, v.GenericSchema]> = [
	['manifest.json', files.manifestSchema],
	['labels.geojson', files.labelsSchema],
	['rivers.geojson', files.riversSchema],
	['places.geojson', files.placesSchema],
	['europe-areas.json', files.europeAreasSchema],
	['facts/kursk.geojson', files.kurskSchema],
	['facts/annexation-claims.json', files.annexationClaimsSchema],
	...snapshots.flatMap((date): Array<[string, v.GenericSchema]> => [
		[`facts/${date}/contact-line.geojson`, files.contactLineSchema],
		[`facts/${date}/occupied.geojson`, files.occupiedSchema],
		[`facts/${date}/changes.geojson`, files.changesSchema],
		[`facts/${date}/contested.geojson`, files.contestedSchema],
		[`facts/${date}/border.geojson`, files.borderSchema],
		[`facts/${date}/figures.json`, files.figuresSchema]
	])
];

describe('the shipped data files', () => {
	it.each(shipped)('%s passes its schema', (file, schema) => {
		expect(() => parseDataFile(schema, read(file), file)).not.toThrow();
	});
});

describe('a broken file', () => {
	// The latest snapshot's: that of 23 February 2022 has one feature only.
	const occupied = read(`facts/${[...snapshots].sort().at(-1)}/occupied.geojson`);

	it('is refused with the file and the place of its first problem', () => {
		const broken = structuredClone(occupied);
		broken.features[1].geometry.coordinates = 'x';
		expect(() => parseDataFile(files.occupiedSchema, broken, 'occupied.geojson')).toThrow(/^Could not load occupied\.geojson: at features\.1\.geometry\.coordinates: /);
		const open = structuredClone(occupied);
		open.features[0].geometry.coordinates[0][0].pop();
		expect(() => parseDataFile(files.occupiedSchema, open, 'occupied.geojson')).toThrow(/closed rings/);
	});

	it('is refused for impossible dates, wherever they are', () => {
		const manifest = read('manifest.json');
		manifest.layers[0].asOf = '2022-02-30';
		expect(() => parseDataFile(files.manifestSchema, manifest, 'manifest.json')).toThrow(/layers\.0\.asOf: a date must be a real calendar date/);
		const claims = read('facts/annexation-claims.json');
		claims.claims[0].claimedOn = '2022-13-45';
		expect(() => parseDataFile(files.annexationClaimsSchema, claims, 'c.json')).toThrow(/claims\.0\.claimedOn/);
	});

	it('never gets past a schema as anything but a DataLoadError, whatever it holds', () => {
		const schemas = shipped.map(([, schema]) => schema);
		fc.assert(
			fc.property(fc.jsonValue(), fc.nat(schemas.length - 1), (value, i) => {
				try {
					parseDataFile(schemas[i]!, value, 'x.json');
				} catch (error) {
					expect(error).toBeInstanceOf(DataLoadError);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('with a geometry mutated at random is either still valid GeoJSON or refused', () => {
		const features = occupied.features.slice(0, 2);
		fc.assert(
			fc.property(fc.nat(), fc.oneof(fc.double(), fc.constant(null), fc.string(), fc.constant([])), (where, value) => {
				const mutated = structuredClone(features);
				const ring = mutated[where % mutated.length].geometry.coordinates.flat(mutated[0].geometry.type === 'MultiPolygon' ? 1 : 0)[0];
				ring[where % ring.length] = [value, value];
				try {
					const parsed = parseDataFile(files.occupiedSchema, { type: 'FeatureCollection', features: mutated }, 'o.geojson');
					for (const f of parsed.features) expect(JSON.stringify(f.geometry.coordinates)).not.toMatch(/null|"/);
				} catch (error) {
					expect(error).toBeInstanceOf(DataLoadError);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('knows a position from what is not one', () => {
		expect(isPosition([30.5, 50.4])).toBe(true);
		expect(isPosition([30.5, 50.4, 120])).toBe(true);
		for (const bad of [[30.5], [NaN, 1], [1, Infinity], ['1', 2], [181, 0], [0, 91], null, 'x', [1, 2, 3, 4]]) expect(isPosition(bad)).toBe(false);
	});
});
