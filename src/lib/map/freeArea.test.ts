import { describe, expect, it } from 'vitest';
import { freeArea, paddingFor, safeAreaOf, type ScreenRect } from './freeArea';

const rect = (left: number, top: number, right: number, bottom: number): ScreenRect => ({ left, top, right, bottom });
const screen = rect(0, 0, 1920, 1080);

describe('freeArea', () => {
	it('is the whole map when nothing lies over it', () => {
		expect(freeArea(screen, [])).toEqual(screen);
		expect(freeArea(screen, [rect(2000, 0, 2100, 50)])).toEqual(screen);
	});

	it('cuts a caption band across the bottom from the bottom', () => {
		expect(freeArea(screen, [rect(96, 800, 1824, 1026)])).toEqual(rect(0, 0, 1920, 800));
	});

	it('cuts a legend in a corner along its shorter way', () => {
		// A tall, narrow legend on the right: losing a column costs less than losing the rows above it.
		expect(freeArea(screen, [rect(1600, 100, 1824, 700)])).toEqual(rect(0, 0, 1600, 1080));
		// A wide, short badge at the top left: losing its rows costs less.
		expect(freeArea(screen, [rect(96, 54, 700, 110)])).toEqual(rect(0, 110, 1920, 1080));
	});

	it('keeps inside the safe area, and cuts every obstacle', () => {
		const safe = safeAreaOf(1920, 1080, 0.05);
		expect(safe).toEqual(rect(96, 54, 1824, 1026));
		const free = freeArea(screen, [rect(96, 800, 1824, 1026), rect(1500, 54, 1824, 300), rect(96, 54, 600, 100)], safe);
		expect(free).toEqual(rect(96, 100, 1500, 800));
	});

	it('ignores an obstacle that lies in a strip another one already cost', () => {
		expect(freeArea(screen, [rect(0, 900, 1920, 1080), rect(10, 950, 50, 1000)])).toEqual(rect(0, 0, 1920, 900));
	});

	it('gives the map back when obstacles cover it all, rather than nothing', () => {
		expect(freeArea(screen, [rect(-10, -10, 2000, 2000)])).toEqual(screen);
	});
});

describe('paddingFor', () => {
	it('is the distance from each side of the map to the free area', () => {
		const map = rect(100, 0, 1920, 800);
		expect(paddingFor(map, rect(196, 54, 1500, 700))).toEqual({ top: 54, bottom: 100, left: 96, right: 420 });
		expect(paddingFor(map, map)).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
	});
});
