import { isCalendarDate } from '../../src/lib/data/calendarDate';
import type { CorrectedFigure, Correction } from '../../src/lib/data/corrections';
import { PipelineError } from './errors';

/** The value at `path` in `figures` (`regions[UA-23].occupiedKm2`), or undefined when there is none. */
export function figureAt(figures: unknown, path: string): unknown {
	let value: unknown = figures;
	for (const part of path.split('.')) {
		const match = /^(\w+)(?:\[([^\]]+)\])?$/.exec(part);
		if (!match || value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[match[1]!];
		if (match[2] !== undefined) {
			if (!Array.isArray(value)) return undefined;
			value = value.find((item) => item && (item.id === match[2] || item.date === match[2]));
		}
	}
	return value;
}

/**
 * The corrections log as the app ships it: each figure's `after` read from the figures the pipeline
 * has just computed, so the log says what the map now shows. A path that names no number is an error.
 */
export function buildCorrections(file: string, data: unknown, figuresBySnapshot: Map<string, unknown>): { corrections: Correction[] } {
	const list = (data as { corrections?: unknown } | null)?.corrections;
	if (!Array.isArray(list)) throw new PipelineError(file, null, 'needs a "corrections" list');
	const corrections = (list as Array<Omit<Correction, 'figures'> & { figures: Array<Omit<CorrectedFigure, 'after'>> }>).map((entry) => {
		if (!entry?.id || !isCalendarDate(entry.date) || !entry.what || !entry.why || !entry.where || !Array.isArray(entry.layers) || !Array.isArray(entry.figures)) {
			throw new PipelineError(file, entry?.id ?? null, 'needs id, a real date, layers, where, what, why and figures');
		}
		const figures = entry.figures.map((figure) => {
			const computed = figuresBySnapshot.get(figure.snapshot);
			if (!computed) throw new PipelineError(file, entry.id, `names snapshot ${figure.snapshot}, which the pipeline did not build`);
			const after = figureAt(computed, figure.path);
			if (typeof after !== 'number') throw new PipelineError(file, entry.id, `names ${figure.path}, which is not a number in the figures of ${figure.snapshot}`);
			if (figure.before !== null && typeof figure.before !== 'number') throw new PipelineError(file, entry.id, `gives a "before" for ${figure.path} that is neither a number nor null`);
			return { ...figure, after };
		});
		return { ...entry, figures };
	});
	return { corrections };
}
