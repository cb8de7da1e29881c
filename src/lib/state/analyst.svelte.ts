// The analyst tools' state: the queried point and the measurement, and what the keyboard cursor
// and the pointer do to them. The map component (src/lib/map/measure/MapTools.svelte) turns keys
// and clicks into these calls; the steps themselves are src/lib/measure/drawing.ts.
import { addVertex, finishMeasure, moveVertex, startMeasure, undoVertex } from '$lib/measure/drawing';
import { measureSummary } from '$lib/measure/labels';
import type { LonLat, MeasureKind, Measurement } from '$lib/measure/measure';

export interface AnalystHooks {
	/** Says something through the page's one polite live region. */
	announce?: (text: string) => void;
	/** A point was queried (Enter on the cursor, a click on no place): the page says what is there. */
	onquery?: (at: LonLat) => void;
}

const what = (kind: MeasureKind) => (kind === 'line' ? 'distance' : 'area');

export class AnalystTools {
	/** The point of the point card; null when it is closed. */
	point = $state.raw<LonLat | null>(null);
	/** The measurement drawn, finished or being drawn; null for none. */
	measure = $state.raw<Measurement | null>(null);
	/** Whether Enter and clicks add points to the measurement. */
	drawing = $state(false);
	/** Why the last step did nothing, for the measure panel; null when it did. */
	message = $state<string | null>(null);
	/** False on the wall (presentation mode): the measurement is drawn, not edited. */
	readonly interactive: boolean;
	#hooks: AnalystHooks;

	constructor(hooks: AnalystHooks = {}, interactive = true) {
		this.#hooks = hooks;
		this.interactive = interactive;
	}

	#say(text: string): void {
		this.#hooks.announce?.(text);
	}

	/** Starts drawing a new measurement of `kind` (the panel's buttons, `m` and Shift+M). */
	start(kind: MeasureKind): void {
		this.measure = startMeasure(kind);
		this.drawing = true;
		this.message = null;
		this.#say(`Measuring ${what(kind) === 'distance' ? 'a distance' : 'an area'}. Move the cursor with the arrow keys or the map with the pointer; Enter or a click adds a point, Enter again or a double-click finishes, Backspace takes the last point back, Escape stops.`);
	}

	/** Enter on the cursor, or a click: a point of the measurement while drawing, else a point query. */
	enter(at: LonLat): void {
		if (!this.drawing || !this.measure) {
			this.#hooks.onquery?.(at);
			return;
		}
		const step = addVertex(this.measure, at);
		this.message = step.message;
		if (step.message) return this.#say(step.message);
		this.measure = step.measurement;
		if (step.finished) return this.finish();
		const summary = measureSummary(this.measure);
		this.#say(`Point ${this.measure.vertices.length} added${summary ? `; ${summary} so far` : ''}.`);
	}

	/** Backspace: takes the last point back. */
	undo(): void {
		if (!this.measure?.vertices.length) return;
		this.measure = undoVertex(this.measure);
		this.drawing = true;
		this.message = null;
		this.#say(`Point taken back; ${this.measure.vertices.length} left.`);
	}

	/** A vertex dragged with the pointer. */
	drag(index: number, to: LonLat): void {
		if (this.measure) this.measure = moveVertex(this.measure, index, to);
	}

	/** Enter twice, a double-click, the Finish button or Escape: stops drawing, keeping what has enough points. */
	finish(): void {
		if (!this.measure) return;
		const { measurement, message } = finishMeasure(this.measure);
		this.drawing = false;
		this.measure = measurement;
		this.message = message;
		const summary = measurement && measureSummary(measurement);
		this.#say(summary ? `${what(measurement.kind) === 'distance' ? 'Distance' : 'Area'} measured: ${summary}.` : (message ?? 'Measuring stopped.'));
	}

	/** Escape: stops drawing; else closes the point card. Whether it did anything. */
	escape(): boolean {
		if (this.drawing) {
			this.finish();
			return true;
		}
		if (this.point) {
			this.closePoint();
			return true;
		}
		return false;
	}

	clear(): void {
		this.measure = null;
		this.drawing = false;
		this.message = null;
		this.#say('Measurement cleared.');
	}

	closePoint(): void {
		this.point = null;
	}
}
