// The contract between the geodata pipeline, which writes static/data/facts/corrections.json, and the app, which shows it.

/** A figure a correction changed: its value before (as the app showed it) and after (from the figures now computed). */
export interface CorrectedFigure {
	snapshot: string;
	/** Where in figures.json: dot path, `[id]` picks the element of a list whose id or date is id. */
	path: string;
	label: string;
	before: number | null;
	after: number | null;
}

/** One entry of the corrections log, newest first in the file. */
export interface Correction {
	id: string;
	date: string;
	layers: string[];
	where: string;
	what: string;
	why: string;
	figures: CorrectedFigure[];
}
