import { describe, expect, it } from 'vitest';
import { km2Text, kmText, measureFeatures, measureSummary } from './labels';
import type { Measurement } from './measure';

const roles = (m: Measurement | null, point: [number, number] | null = null) => measureFeatures(m, point).features.map((f) => f.properties?.role);

describe('measure labels', () => {
	it('writes a tenth of a km under 100 km, whole km above, with separators', () => {
		expect(kmText(3.46)).toBe('3.5 km');
		expect(kmText(99.94)).toBe('99.9 km');
		expect(kmText(1234.5)).toBe('1,235 km');
		expect(km2Text(0.42)).toBe('0.4 km²');
		expect(km2Text(12345.4)).toBe('12,345 km²');
	});

	it('labels a one-segment line with its total only, and each segment of a longer one', () => {
		const one: Measurement = { kind: 'line', vertices: [[0, 0], [1, 0]] };
		expect(roles(one)).toEqual(['path', 'vertex', 'vertex', 'total-label']);
		expect(measureFeatures(one).features.at(-1)?.properties?.label).toBe('111 km in all');
		const two: Measurement = { kind: 'line', vertices: [[0, 0], [1, 0], [1, 1]] };
		expect(roles(two).filter((r) => r === 'segment-label')).toHaveLength(2);
		expect(measureSummary(two)).toBe('222 km');
	});

	it('draws an area with its closing segment labelled, its total in the middle, and the queried point', () => {
		const box: Measurement = { kind: 'area', vertices: [[0, 0], [1, 0], [1, 1], [0, 1]] };
		const features = measureFeatures(box, [5, 5]).features;
		expect(features.filter((f) => f.properties?.role === 'segment-label')).toHaveLength(4);
		const total = features.find((f) => f.properties?.role === 'total-label')!;
		expect(total.properties).toMatchObject({ kind: 'area', label: '12,364 km²' });
		expect(total.geometry).toEqual({ type: 'Point', coordinates: [0.5, 0.5] });
		expect(features.at(-1)?.properties?.role).toBe('point');
	});

	it('draws nothing of an empty measurement, and one vertex alone', () => {
		expect(roles(null)).toEqual([]);
		expect(roles({ kind: 'line', vertices: [[0, 0]] })).toEqual(['vertex']);
		expect(measureSummary({ kind: 'area', vertices: [[0, 0], [1, 0]] })).toBeNull();
	});
});
