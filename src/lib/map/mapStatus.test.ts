import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { atlasConfig } from '$lib/config';
import { MapStatus } from './mapStatus.svelte';

/** A map that only has events, and says whether it has something left to draw. */
function fakeMap() {
	const listeners = new Map<string, Set<() => void>>();
	const fake = {
		dirty: false,
		moving: false,
		on: (type: string, listener: () => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(listener),
		off: (type: string, listener: () => void) => void listeners.get(type)?.delete(listener),
		fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
		loaded: () => !fake.dirty,
		isMoving: () => fake.moving,
		get listening() {
			return [...listeners.values()].reduce((n, set) => n + set.size, 0);
		}
	};
	return fake;
}

function watched() {
	const status = new MapStatus();
	const map = fakeMap();
	const unwatch = status.watch(map as unknown as MapLibreMap);
	return { status, map, unwatch, asMap: map as unknown as MapLibreMap };
}

describe('MapStatus', () => {
	it('is ready and idle when the map first settles, and marks it once', () => {
		performance.clearMarks(atlasConfig.mapIdleMark);
		const { status, map } = watched();
		expect([status.ready, status.idle]).toEqual([false, false]);
		map.fire('render');
		expect(status.idle).toBe(false);
		map.fire('idle');
		expect([status.ready, status.idle]).toEqual([true, true]);
		map.fire('render');
		map.fire('idle');
		expect(performance.getEntriesByName(atlasConfig.mapIdleMark)).toHaveLength(1);
	});

	it('follows the style: ready from style.load until a new style starts loading', () => {
		const { status, map } = watched();
		map.fire('style.load');
		expect(status.styleReady).toBe(true);
		map.fire('styledataloading');
		expect(status.styleReady).toBe(false);
		map.fire('style.load');
		expect(status.styleReady).toBe(true);
	});

	it('is not idle while the map draws, moves or loads data', () => {
		const { status, map } = watched();
		for (const working of ['render', 'movestart', 'dataloading']) {
			map.fire('idle');
			expect(status.idle).toBe(true);
			map.fire(working);
			expect(status.idle, working).toBe(false);
		}
	});

	it('is not idle while the app has map work waiting, nor after work that left the map something to draw', () => {
		const { status, map, asMap } = watched();
		map.fire('idle');
		status.queued(true);
		expect(status.idle).toBe(false);
		// A job that changed nothing: idle again when the queue is empty.
		status.changed(asMap);
		status.queued(false);
		expect(status.idle).toBe(true);
		// A job that changed the style: not idle until the map's next idle.
		status.queued(true);
		map.dirty = true;
		status.changed(asMap);
		status.queued(false);
		expect(status.idle).toBe(false);
		map.dirty = false;
		map.fire('idle');
		expect(status.idle).toBe(true);
		// A flight that has started.
		map.moving = true;
		status.changed(asMap);
		expect(status.idle).toBe(false);
	});

	it('is not idle while a file the map needs is loading', async () => {
		const { status, map } = watched();
		map.fire('idle');
		let arrive = () => {};
		const loading = status.busyWith(new Promise<void>((resolve) => (arrive = resolve)));
		expect(status.idle).toBe(false);
		arrive();
		await loading;
		expect(status.idle).toBe(true);
		const failing = status.busyWith(Promise.reject(new Error('world.topojson')));
		expect(status.idle).toBe(false);
		await expect(failing).rejects.toThrow('world.topojson');
		expect(status.idle).toBe(true);
	});

	it('stops listening, and is neither ready for styles nor idle, once the map goes', () => {
		const { status, map, unwatch } = watched();
		map.fire('style.load');
		map.fire('idle');
		unwatch();
		expect(map.listening).toBe(0);
		expect([status.styleReady, status.idle]).toEqual([false, false]);
	});
});
