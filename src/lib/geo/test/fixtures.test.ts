import { describe, expect, it } from 'vitest';
import { expectationNames, inputNames, readExpectations } from './fixtures';

const helpers = ['areaKm2', 'polygonProblems', 'roundGeometry', 'bboxesIntersect', 'basemapLayers', 'lengthKm', 'lineOutsidePolygon', 'intersectionAreaKm2', 'computeFigures', 'boundaryRuns', 'sliverStrips', 'enclavesOf', 'controlChange'];

describe('geometry fixtures (src/lib/geo/test)', () => {
	it('pairs every input in/<name> with an expectation out/<name>.json and the other way round', () => {
		expect(inputNames().length).toBeGreaterThan(0);
		expect(expectationNames()).toEqual(inputNames());
	});

	it.each(expectationNames())('out/%s.json only names helpers that exist, and at least one', (name) => {
		const keys = Object.keys(readExpectations(name));
		expect(keys.length).toBeGreaterThan(0);
		for (const key of keys) expect(helpers).toContain(key);
	});
});
