// The keys the map's canvas answers for the analyst tools, beside MapLibre's own (arrows pan,
// + and − zoom): Enter, Escape, Backspace, m and Shift+M, and Shift+arrows for a longer step,
// which MapLibre leaves alone once rotation is off (createMap.ts). Presentation mode's keys
// (src/lib/present/keys.ts) belong to another page and never reach this canvas.
import type { MeasureKind } from '$lib/measure/measure';

export type MapToolAction =
	| { kind: 'enter'; pan?: undefined }
	| { kind: 'escape'; pan?: undefined }
	| { kind: 'undo'; pan?: undefined }
	| { kind: 'measure'; measure: MeasureKind; pan?: undefined }
	| { kind: 'pan'; pan: [number, number] };

const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** What a key on the map does, or null to leave it to MapLibre and the page. */
export function mapToolKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, drawing: boolean): MapToolAction | null {
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	if (event.key === 'Enter') return { kind: 'enter' };
	if (event.key === 'Escape') return { kind: 'escape' };
	if (event.key === 'Backspace' && drawing) return { kind: 'undo' };
	if (event.key === 'm') return { kind: 'measure', measure: 'line' };
	if (event.key === 'M') return { kind: 'measure', measure: 'area' };
	if (event.shiftKey && event.key in arrows) return { kind: 'pan', pan: arrows[event.key]! };
	return null;
}

/** A Shift+arrow step: a third of the map's shorter side (MapLibre's own arrow step is 100 px). */
export function panStep(canvas: { clientWidth: number; clientHeight: number }): number {
	return Math.round(Math.min(canvas.clientWidth, canvas.clientHeight) / 3);
}
