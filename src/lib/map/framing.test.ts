import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { framer, overlayPadding } from './framing';
import type { MapPadding } from './freeArea';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom, width: right - left, height: bottom - top });

/** A page whose only overlay is a caption band across the foot of a 1000×600 map. */
function page(obstacles = [rect(0, 500, 1000, 600)]) {
	vi.stubGlobal('window', { innerWidth: 1000, innerHeight: 600 });
	vi.stubGlobal('document', { querySelectorAll: () => obstacles.map((box) => ({ getBoundingClientRect: () => box })) });
	return { clientWidth: 1000, clientHeight: 600, dataset: {} as DOMStringMap, getBoundingClientRect: () => rect(0, 0, 1000, 600) } as unknown as HTMLElement;
}

/** A map that projects longitude and latitude to pixels one to one, plus `shift` pixels down. */
function fakeMap(shift: { y: number }) {
	const handlers: Array<() => void> = [];
	return {
		map: {
			getCanvas: () => ({ clientWidth: 1000, clientHeight: 600 }),
			resize: vi.fn(),
			once: (_event: string, handler: () => void) => handlers.push(handler),
			project: ([x, y]: [number, number]) => ({ x, y: y + shift.y })
		},
		idle: () => handlers.shift()?.()
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('overlayPadding', () => {
	it('is what the overlays and the safe area take from each side', () => {
		const container = page();
		expect(overlayPadding(container, 0)).toEqual({ top: 0, bottom: 100, left: 0, right: 0 });
		expect(overlayPadding(container, 0.05)).toEqual({ top: 30, bottom: 100, left: 50, right: 50 });
	});
});

describe('framer', () => {
	it('moves for what lies over the map, and says where the subject landed once drawn', () => {
		const container = page();
		const shift = { y: 0 };
		const { map, idle } = fakeMap(shift);
		const moves: MapPadding[] = [];
		framer(map as unknown as MapLibreMap, container, 0)([[100, 100], [300, 400]], (padding) => moves.push(padding));
		expect(moves).toEqual([{ top: 0, bottom: 100, left: 0, right: 0 }]);
		expect(container.dataset.framedSubject).toBeUndefined();
		idle();
		expect(moves).toHaveLength(1);
		expect(container.dataset.framedSubject).toBe('100.0,100.0,300.0,400.0');
	});

	it('moves once more when the subject did not land in the free area, and then says where it is', () => {
		const container = page();
		// Drawn 150 px lower than asked (the flat map's scale after the globe): under the caption.
		const shift = { y: 150 };
		const { map, idle } = fakeMap(shift);
		const moves: MapPadding[] = [];
		framer(map as unknown as MapLibreMap, container, 0)([[100, 100], [300, 400]], (padding) => {
			moves.push(padding);
			if (moves.length === 2) shift.y = 0;
		});
		idle();
		expect(moves).toHaveLength(2);
		expect(container.dataset.framedSubject).toBeUndefined();
		idle();
		expect(container.dataset.framedSubject).toBe('100.0,100.0,300.0,400.0');
	});

	it('drops the second move and the record of a frame a newer one superseded', () => {
		const container = page();
		const shift = { y: 150 };
		const { map, idle } = fakeMap(shift);
		const frame = framer(map as unknown as MapLibreMap, container, 0);
		const older: MapPadding[] = [];
		frame([[100, 100], [300, 400]], (padding) => older.push(padding));
		frame([[50, 50], [60, 60]], () => (shift.y = 0));
		idle();
		idle();
		expect(older).toHaveLength(1);
		expect(container.dataset.framedSubject).toBe('50.0,50.0,60.0,60.0');
	});

	it('resizes a map whose container changed size before its resize observer said so', () => {
		const container = page();
		const { map } = fakeMap({ y: 0 });
		map.getCanvas = () => ({ clientWidth: 1000, clientHeight: 700 });
		framer(map as unknown as MapLibreMap, container, 0)([[1, 1]], () => {});
		expect(map.resize).toHaveBeenCalled();
	});
});
