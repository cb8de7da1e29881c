import lineSliceAlong from '@turf/line-slice-along';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import length from '@turf/length';
import { EdgeIndex } from '../../../src/lib/geo/edgeIndex';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { PipelineError } from '../errors';
import type { GazetteerEntry } from '../gazetteer';
import { placePosition, type PlaceSource } from './places';
import type { SourceRef } from './sources';

interface BorderSource {
	asOf: string;
	sources: Record<string, SourceRef>;
	activeFront: Array<{ id: string; name: string; from: PlaceSource; to: PlaceSource; source: string; note?: string }>;
}

/**
 * Splits the Russia–Ukraine land border into the stretches that were an active front on the date
 * (authored as two places near the border, projected onto it) and the rest.
 */
export function splitBorder(file: string, data: unknown, border: MultiLineString, gazetteer: GazetteerEntry[]): Array<Feature<LineString>> {
	const source = data as Partial<BorderSource> | null;
	if (!source || !Array.isArray(source.activeFront)) throw new PipelineError(file, null, 'needs an "activeFront" list');
	const lines = border.coordinates.map((coordinates): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }));
	const intervals = lines.map(() => [] as Array<{ from: number; to: number; id: string; name: string; source: string }>);
	for (const stretch of source.activeFront) {
		if (!stretch.id) throw new PipelineError(file, null, 'has an active-front stretch without an id');
		const ref = source.sources?.[stretch.source];
		if (!ref) throw new PipelineError(file, stretch.id, `cites unknown source ${JSON.stringify(stretch.source)}`);
		const ends = [stretch.from, stretch.to].map((place) => placePosition(place, gazetteer, file, stretch.id));
		const projections = lines.map((line) => ends.map((at) => nearestPointOnLine(line, at, { units: 'kilometers' })));
		const best = projections
			.map((p, index) => ({ index, distance: p[0]!.properties.dist + p[1]!.properties.dist }))
			.sort((a, b) => a.distance - b.distance)[0]!;
		const [a, b] = projections[best.index]!.map((p) => p.properties.location);
		if (projections[best.index]!.some((p) => p.properties.dist > 25)) throw new PipelineError(file, stretch.id, 'has an end more than 25 km from the border');
		intervals[best.index]!.push({ from: Math.min(a!, b!), to: Math.max(a!, b!), id: stretch.id, name: stretch.name, source: `${ref.publisher}, ${ref.title} (${ref.date})` });
	}
	const out: Array<Feature<LineString>> = [];
	lines.forEach((line, index) => {
		const total = length(line, { units: 'kilometers' });
		const sorted = intervals[index]!.sort((x, y) => x.from - y.from);
		let cursor = 0;
		const push = (from: number, to: number, props: Record<string, unknown>) => {
			if (to - from < 0.01) return;
			const piece = lineSliceAlong(line, from, to, { units: 'kilometers' });
			out.push({ type: 'Feature', id: String(props.id), properties: { ...props, asOf: source.asOf }, geometry: piece.geometry });
		};
		for (const interval of sorted) {
			if (interval.from < cursor) throw new PipelineError(file, interval.id, 'overlaps another active-front stretch');
			push(cursor, interval.from, { id: `quiet-${index}-${out.length}`, category: 'not-front', name: 'Not an active front' });
			push(interval.from, interval.to, { id: interval.id, category: 'active-front', name: interval.name, source: interval.source });
			cursor = interval.to;
		}
		push(cursor, total, { id: `quiet-${index}-${out.length}`, category: 'not-front', name: 'Not an active front' });
	});
	return out;
}

/**
 * Splits the not-front stretches of the border further: where occupied Ukraine lies on the
 * Ukrainian side (Luhansk and Donetsk against Rostov), the border is behind Russian lines. The
 * occupied area is fitted to the same outline of Ukraine, so along those stretches its edge runs
 * exactly on the border: each border segment that the occupied area's edge follows is behind
 * Russian lines, every other one is not.
 */
export function markBorderBehindRussianLines(border: Array<Feature<LineString>>, occupied: Array<Feature<Polygon | MultiPolygon>>): Array<Feature<LineString>> {
	const edge = new EdgeIndex(occupied.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat())));
	const out: Array<Feature<LineString>> = [];
	for (const stretch of border) {
		if (stretch.properties?.category !== 'not-front') {
			out.push(stretch);
			continue;
		}
		const coords = stretch.geometry.coordinates;
		let run: { behind: boolean; coordinates: Position[] } | null = null;
		const flush = () => {
			if (!run || run.coordinates.length < 2) return;
			const id = `${String(stretch.properties?.id)}-${out.length}`;
			out.push({
				type: 'Feature',
				id,
				properties: run.behind
					? { ...stretch.properties, id, category: 'behind-russian-lines', name: 'Behind Russian lines (occupied Ukraine on both sides)' }
					: { ...stretch.properties, id },
				geometry: { type: 'LineString', coordinates: run.coordinates }
			});
		};
		for (let i = 1; i < coords.length; i++) {
			const behind = edge.hasSegment(coords[i - 1]!, coords[i]!, onEdgeKm);
			if (run && run.behind === behind) run.coordinates.push(coords[i]!);
			else {
				flush();
				run = { behind, coordinates: [coords[i - 1]!, coords[i]!] };
			}
		}
		flush();
	}
	return out;
}

/** How close to the occupied area's edge a border segment must run to count as along it. */
const onEdgeKm = 0.02;

export type { Position };
