import lineSlice from '@turf/line-slice';
import midpoint from '@turf/midpoint';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, LineString, Point, Position } from 'geojson';
import { PipelineError } from '../errors';
import type { GazetteerEntry } from '../gazetteer';
import { placePosition, type PlaceSource } from './places';

export type Side = 'russia' | 'ukraine';
export type Confidence = 'high' | 'medium' | 'low';
const confidences: Confidence[] = ['high', 'medium', 'low'];

export interface SourceRef {
	title: string;
	publisher: string;
	date: string;
	url?: string;
}

/** Two settlements on either side of the line, held by Russia and by Ukraine on the date. */
interface PairSource {
	russia: PlaceSource;
	ukraine: PlaceSource;
	source: string;
	confidence?: Confidence;
	note?: string;
}
/** A bend of the line placed by coordinates, where no pair of settlements pins it. */
interface ViaSource {
	via: Position;
	note: string;
}

interface StretchSource {
	id: string;
	name: string;
	confidence: Confidence;
	/** `river`: the line follows the named river between the first and last pair. */
	follows?: 'land' | 'river';
	river?: string;
	note?: string;
	pairs: Array<PairSource | ViaSource>;
}

interface SegmentSource {
	id: string;
	name: string;
	start: { at: Position; note: string };
	end: { at: Position; note: string };
	/** Points from the end back to the start around the enclosed side, through Russia or the sea. */
	closure: Position[];
	stretches: StretchSource[];
}

export interface FrontLineSource {
	asOf: string;
	/** Which side's ground the segments enclose together with their closure. */
	enclosedSide: Side;
	sources: Record<string, SourceRef>;
	segments: SegmentSource[];
}

export interface BuiltStretch {
	id: string;
	segment: string;
	name: string;
	confidence: Confidence;
	follows: 'land' | 'river';
	coordinates: Position[];
}

export interface BuiltSegment {
	id: string;
	name: string;
	line: Position[];
	ring: Position[];
}

export interface FrontLine {
	asOf: string;
	enclosedSide: Side;
	sources: Record<string, SourceRef>;
	segments: BuiltSegment[];
	stretches: BuiltStretch[];
	controlPoints: Array<Feature<Point>>;
}

const isDate = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
const isPosition = (p: unknown): p is Position =>
	Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * Builds a front line from its authored source: each stretch passes through the midpoints of its
 * pairs of settlements (one held by each side), or follows a river between its first and last
 * pair. Returns the lines, the rings that enclose one side (line plus closure), and the control
 * points with their sources, for checking and for the map.
 */
export function buildFrontLine(file: string, data: unknown, gazetteer: GazetteerEntry[], rivers: Map<string, LineString>): FrontLine {
	const source = data as Partial<FrontLineSource> | null;
	if (!source || typeof source !== 'object') throw new PipelineError(file, null, 'is not a front-line source object');
	if (!isDate(source.asOf)) throw new PipelineError(file, null, 'needs "asOf" as YYYY-MM-DD');
	if (source.enclosedSide !== 'russia' && source.enclosedSide !== 'ukraine') throw new PipelineError(file, null, 'needs "enclosedSide": "russia" or "ukraine"');
	const sources = source.sources ?? {};
	if (Object.keys(sources).length === 0) throw new PipelineError(file, source.asOf, 'cites no source: every line says where it comes from');
	for (const [key, ref] of Object.entries(sources)) {
		if (!ref?.title || !ref.publisher || !isDate(ref.date)) throw new PipelineError(file, `source ${key}`, 'needs title, publisher and date (YYYY-MM-DD)');
	}
	if (!Array.isArray(source.segments) || source.segments.length === 0) throw new PipelineError(file, null, 'has no "segments"');

	const seen = new Set<string>();
	const unique = (id: unknown, what: string) => {
		if (typeof id !== 'string' || !id) throw new PipelineError(file, what, 'has no id');
		if (seen.has(id)) throw new PipelineError(file, id, 'has a duplicate id');
		seen.add(id);
		return id;
	};

	const segments: BuiltSegment[] = [];
	const stretches: BuiltStretch[] = [];
	const controlPoints: Array<Feature<Point>> = [];
	for (const [s, segment] of source.segments.entries()) {
		const segmentId = unique(segment?.id, `segment #${s}`);
		if (!isPosition(segment.start?.at) || !isPosition(segment.end?.at)) throw new PipelineError(file, segmentId, 'needs "start" and "end" with "at" [lon, lat]');
		if (!Array.isArray(segment.closure) || !segment.closure.every(isPosition)) throw new PipelineError(file, segmentId, 'needs a "closure" list of [lon, lat]');
		if (!Array.isArray(segment.stretches) || segment.stretches.length === 0) throw new PipelineError(file, segmentId, 'has no stretches');
		const line: Position[] = [segment.start.at];
		for (const stretch of segment.stretches) {
			const stretchId = unique(stretch?.id, `stretch in ${segmentId}`);
			if (!confidences.includes(stretch.confidence)) throw new PipelineError(file, stretchId, 'needs "confidence": high, medium or low');
			if (!Array.isArray(stretch.pairs) || stretch.pairs.length === 0) throw new PipelineError(file, stretchId, 'has no pairs');
			const vertices: Position[] = [];
			for (const [p, entry] of stretch.pairs.entries()) {
				const where = `${stretchId} pair ${p}`;
				if ('via' in entry) {
					if (!isPosition(entry.via) || !entry.note) throw new PipelineError(file, where, '"via" needs [lon, lat] and a "note"');
					vertices.push(entry.via);
					continue;
				}
				if (!entry.source || !sources[entry.source]) throw new PipelineError(file, where, `cites unknown source ${JSON.stringify(entry.source)}`);
				const confidence = entry.confidence ?? stretch.confidence;
				if (!confidences.includes(confidence)) throw new PipelineError(file, where, 'has an unknown confidence');
				const russia = placePosition(entry.russia, gazetteer, file, `${where} russia`);
				const ukraine = placePosition(entry.ukraine, gazetteer, file, `${where} ukraine`);
				vertices.push(midpoint(russia, ukraine).geometry.coordinates);
				for (const [side, place, at] of [['russia', entry.russia, russia], ['ukraine', entry.ukraine, ukraine]] as const) {
					const ref = sources[entry.source]!;
					controlPoints.push({
						type: 'Feature',
						id: `${stretchId}:${side}:${place.name}`,
						properties: {
							id: `${stretchId}:${side}:${place.name}`,
							name: place.name,
							side,
							contested: place.contested === true,
							confidence,
							stretch: stretchId,
							source: `${ref.publisher}, ${ref.title} (${ref.date})`,
							...(entry.note ? { note: entry.note } : {})
						},
						geometry: { type: 'Point', coordinates: at }
					});
				}
			}
			let coordinates = vertices;
			const follows = stretch.follows ?? 'land';
			if (follows === 'river') {
				const river = stretch.river ? rivers.get(stretch.river) : undefined;
				if (!river) throw new PipelineError(file, stretchId, `follows an unknown river ${JSON.stringify(stretch.river)}`);
				const first = nearestPointOnLine(river, vertices[0]!);
				const last = nearestPointOnLine(river, vertices[vertices.length - 1]!);
				coordinates = lineSlice(first, last, river).geometry.coordinates;
			}
			const previous = line[line.length - 1]!;
			line.push(...coordinates);
			stretches.push({ id: stretchId, segment: segmentId, name: stretch.name, confidence: stretch.confidence, follows, coordinates: [previous, ...coordinates] });
		}
		line.push(segment.end.at);
		const lastStretch = stretches[stretches.length - 1]!;
		lastStretch.coordinates.push(segment.end.at);
		segments.push({ id: segmentId, name: segment.name, line, ring: [...line, ...segment.closure, line[0]!] });
	}
	return { asOf: source.asOf, enclosedSide: source.enclosedSide, sources, segments, stretches, controlPoints };
}
