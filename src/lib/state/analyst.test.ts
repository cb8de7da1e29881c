import { describe, expect, it } from 'vitest';
import { AnalystTools } from './analyst.svelte';

function tools() {
	const said: string[] = [];
	const queried: Array<[number, number]> = [];
	const t = new AnalystTools({ announce: (text) => said.push(text), onquery: (at) => queried.push(at) });
	return { t, said, queried };
}

describe('AnalystTools', () => {
	it('queries the point under the cursor when not measuring', () => {
		const { t, queried } = tools();
		t.enter([37.5, 48]);
		expect(queried).toEqual([[37.5, 48]]);
		expect(t.measure).toBeNull();
	});

	it('measures a distance from the keyboard: Enter adds points, Enter again finishes, announcing each step', () => {
		const { t, said, queried } = tools();
		t.start('line');
		t.enter([30, 50]);
		t.enter([31, 50]);
		expect(said.at(-1)).toMatch(/^Point 2 added; \d+\.\d km so far\.$/);
		t.enter([31, 50]);
		expect(t.drawing).toBe(false);
		expect(t.measure?.vertices).toHaveLength(2);
		expect(said.at(-1)).toMatch(/^Distance measured: 71\.\d km\.$/);
		expect(queried).toEqual([]);
	});

	it('Backspace takes a point back, Escape stops and keeps what has enough points', () => {
		const { t } = tools();
		t.start('area');
		for (const p of [[30, 50], [31, 50], [31, 51], [30, 51]] as const) t.enter([p[0], p[1]]);
		t.undo();
		expect(t.measure?.vertices).toHaveLength(3);
		expect(t.escape()).toBe(true);
		expect(t.drawing).toBe(false);
		expect(t.measure?.kind).toBe('area');
	});

	it('Escape on a measurement without enough points drops it and says why; then closes the point card', () => {
		const { t, said } = tools();
		t.point = [37, 48];
		t.start('line');
		t.enter([30, 50]);
		t.escape();
		expect(t.measure).toBeNull();
		expect(said.at(-1)).toMatch(/needs at least 2 points/);
		expect(t.escape()).toBe(true);
		expect(t.point).toBeNull();
		expect(t.escape()).toBe(false);
	});
});
