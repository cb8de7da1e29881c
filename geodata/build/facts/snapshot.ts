import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { isCalendarDate } from '../../../src/lib/data/calendarDate';
import { polygonProblems } from '../../../src/lib/geo/polygonProblems';
import { PipelineError } from '../errors';
import { readFeatureCollection, readJson } from '../readSources';
import { checkSource, type SourceRef } from './sources';

export type Confidence = 'high' | 'medium' | 'low';
const confidences: readonly Confidence[] = ['high', 'medium', 'low'];

/** A named stretch of the derived contact line: the parts of the line inside its box. */
export interface StretchZone {
	id: string;
	name: string;
	/** [west, south, east, north]; the first zone containing a segment's middle names it. */
	bbox: [number, number, number, number];
	follows: 'land' | 'river';
	confidence: Confidence;
	note?: string;
}

/** What `snapshot.json` says about a dated assessment of who held what in Ukraine. */
export interface SnapshotMeta {
	asOf: string;
	source: SourceRef;
	/** The source's terms of reuse, as they are (quoted where possible), and what is not known. */
	licence: string;
	/** How the source's areas were made and read into this project: the layer's method. */
	method: string;
	accuracy: string;
	/** How the source draws places where conventions differ (a drained reservoir, a river, a grey zone). */
	conventions: Array<{ id: string; topic: string; text: string }>;
	stretches: StretchZone[];
	/** The name and confidence of any part of the line outside every stretch box. */
	defaultStretch: { name: string; confidence: Confidence };
	imported: { on: string; input: string; simplifyM: number; decimals: number };
	/** Why the source was published after the date it describes (a later drawing of an earlier line), and what that leaves unknown. */
	retrospective?: string;
}

export interface SnapshotSource {
	dir: string;
	meta: SnapshotMeta;
	occupied: Array<Feature<Polygon | MultiPolygon>>;
	contested: Array<Feature<Polygon | MultiPolygon>>;
	/** A contact line given with the snapshot; when absent the pipeline derives it from the occupied area. */
	contactLine: Array<Feature<LineString | MultiLineString>> | null;
	/** `border.json`, when the snapshot names stretches of the border that were a front. */
	border: unknown | null;
}

export const snapshotFiles = { meta: 'snapshot.json', occupied: 'occupied.geojson', contested: 'contested.geojson', contactLine: 'contact-line.geojson', border: 'border.json' } as const;

function areas(file: string): Array<Feature<Polygon | MultiPolygon>> {
	return readFeatureCollection(file).map((f) => {
		if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new PipelineError(file, f.id, `must be a Polygon or MultiPolygon, not a ${f.geometry.type}`);
		const problems = polygonProblems(f.geometry);
		if (problems.length > 0) throw new PipelineError(file, f.id, problems.join('; '));
		return f as Feature<Polygon | MultiPolygon>;
	});
}

/** Reads and checks one snapshot folder `snapshots/YYYY-MM-DD/`. */
export function readSnapshot(dir: string, date: string): SnapshotSource {
	const file = join(dir, snapshotFiles.meta);
	const meta = readJson(file) as Partial<SnapshotMeta> | null;
	if (!meta || typeof meta !== 'object') throw new PipelineError(file, null, 'is not a JSON object');
	if (!isCalendarDate(meta.asOf)) throw new PipelineError(file, null, `needs "asOf" as a real YYYY-MM-DD date, not ${JSON.stringify(meta.asOf)}`);
	if (meta.asOf !== date) throw new PipelineError(file, null, `has asOf ${meta.asOf} in the folder of ${date}`);
	checkSource(file, 'source', meta.source);
	for (const key of ['licence', 'method', 'accuracy'] as const) {
		if (typeof meta[key] !== 'string' || meta[key].trim() === '') throw new PipelineError(file, null, `needs "${key}" as text`);
	}
	if (!Array.isArray(meta.conventions)) throw new PipelineError(file, null, 'needs "conventions" (a list, possibly empty)');
	const stretches = meta.stretches ?? [];
	for (const s of stretches) {
		const box = s?.bbox;
		const validBox = Array.isArray(box) && box.length === 4 && box.every((n) => typeof n === 'number' && Number.isFinite(n)) && box[0] < box[2] && box[1] < box[3];
		if (!s?.id || !s.name || !validBox || !['land', 'river'].includes(s.follows) || !confidences.includes(s.confidence)) {
			throw new PipelineError(file, s?.id ?? null, 'has a stretch without id, name, bbox [w, s, e, n], follows (land or river) and confidence (high, medium, low)');
		}
	}
	const fallback = meta.defaultStretch;
	if (!fallback || !fallback.name || !confidences.includes(fallback.confidence)) throw new PipelineError(file, null, 'needs "defaultStretch" with a name and a confidence');
	const imported = meta.imported;
	if (!imported || !isCalendarDate(imported.on) || typeof imported.input !== 'string' || !(imported.simplifyM >= 0) || !Number.isInteger(imported.decimals)) {
		throw new PipelineError(file, null, 'needs "imported" with "on" (a date), "input", "simplifyM" and "decimals"');
	}

	const optional = <T>(name: string, read: (f: string) => T): T | null => (existsSync(join(dir, name)) ? read(join(dir, name)) : null);
	const occupied = areas(join(dir, snapshotFiles.occupied));
	if (occupied.length === 0) throw new PipelineError(join(dir, snapshotFiles.occupied), null, 'has no occupied area');
	const contactLine = optional(snapshotFiles.contactLine, (f) =>
		readFeatureCollection(f).map((line) => {
			if (line.geometry.type !== 'LineString' && line.geometry.type !== 'MultiLineString') throw new PipelineError(f, line.id, 'must be a LineString or MultiLineString');
			return line as Feature<LineString | MultiLineString>;
		})
	);
	return {
		dir,
		meta: { ...(meta as SnapshotMeta), stretches },
		occupied,
		contested: optional(snapshotFiles.contested, areas) ?? [],
		contactLine,
		border: optional(snapshotFiles.border, readJson)
	};
}
