// Drawing a measurement, one step at a time, with the pointer or the keyboard cursor: each step
// takes the measurement as it is and returns the next one (or says why it cannot), so the map
// component only wires events to these.
import { maxVertices, minVertices, type LonLat, type MeasureKind, type Measurement } from './measure';

export type Step = { measurement: Measurement; finished: boolean; message: string | null };

const same = (a: LonLat | undefined, b: LonLat) => a !== undefined && Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
const what = (kind: MeasureKind) => (kind === 'line' ? 'distance' : 'area');

/** A new, empty measurement. */
export const startMeasure = (kind: MeasureKind): Measurement => ({ kind, vertices: [] });

/**
 * Adds a vertex. A vertex on the last one (Enter twice without moving, or a double-click) finishes
 * the measurement instead, once it has the points it needs.
 */
export function addVertex(m: Measurement, at: LonLat): Step {
	if (same(m.vertices.at(-1), at)) {
		if (m.vertices.length >= minVertices[m.kind]) return { measurement: m, finished: true, message: null };
		return { measurement: m, finished: false, message: `Move the cursor before adding the next point: a ${what(m.kind)} needs ${minVertices[m.kind]} different points.` };
	}
	if (m.vertices.length >= maxVertices) return { measurement: m, finished: false, message: `A measurement has at most ${maxVertices} points: finish it or undo one.` };
	return { measurement: { kind: m.kind, vertices: [...m.vertices, [at[0], at[1]]] }, finished: false, message: null };
}

/** Takes the last vertex back (Backspace). */
export function undoVertex(m: Measurement): Measurement {
	return { kind: m.kind, vertices: m.vertices.slice(0, -1) };
}

/** Moves vertex `index` (a drag). */
export function moveVertex(m: Measurement, index: number, to: LonLat): Measurement {
	if (index < 0 || index >= m.vertices.length) return m;
	return { kind: m.kind, vertices: m.vertices.map((v, i) => (i === index ? ([to[0], to[1]] as LonLat) : v)) };
}

/** Ends drawing: the measurement if it has the points it needs, else nothing (with why). */
export function finishMeasure(m: Measurement): { measurement: Measurement | null; message: string | null } {
	if (m.vertices.length >= minVertices[m.kind]) return { measurement: m, message: null };
	return { measurement: null, message: m.vertices.length ? `A ${what(m.kind)} needs at least ${minVertices[m.kind]} points; nothing was kept.` : null };
}
