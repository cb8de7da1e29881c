import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { PipelineError } from '../errors';
import type { FrontLine } from './frontLine';

export type Area = Feature<Polygon | MultiPolygon>;

export function unionOf(areas: Array<Area | null>): Area | null {
	const present = areas.filter((a): a is Area => a !== null);
	if (present.length === 0) return null;
	if (present.length === 1) return present[0]!;
	return union({ type: 'FeatureCollection', features: present }) as Area | null;
}

export function intersectionOf(a: Area, b: Area): Area | null {
	return intersect({ type: 'FeatureCollection', features: [a, b] }) as Area | null;
}

/**
 * The ground a front line encloses within a territory: each segment's line, closed by its closure
 * around the enclosed side, intersected with the territory (Ukraine, or Kursk oblast). Checks what
 * makes the result trustworthy: rings without self-intersections, ends outside the territory, and
 * every control point on the side its record says.
 */
export function enclosedArea(file: string, front: FrontLine, territory: Area, territoryName: string): Area {
	const parts: Array<Area | null> = [];
	for (const segment of front.segments) {
		const ring: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [segment.ring] } };
		const crossings = kinks(ring).features;
		if (crossings.length > 0) {
			throw new PipelineError(file, segment.id, `its line and closure cross themselves near ${JSON.stringify(crossings[0]!.geometry.coordinates)}`);
		}
		for (const [end, at] of [['start', segment.line[0]!], ['end', segment.line[segment.line.length - 1]!]] as const) {
			if (booleanPointInPolygon(at, territory)) throw new PipelineError(file, segment.id, `its ${end} ${JSON.stringify(at)} lies inside ${territoryName}; it must lie beyond it`);
		}
		parts.push(intersectionOf(territory, ring));
	}
	const enclosed = unionOf(parts);
	if (!enclosed) throw new PipelineError(file, null, `encloses no ground in ${territoryName}`);
	for (const point of front.controlPoints) {
		const p = point.properties as { name: string; side: string; contested: boolean; stretch: string };
		if (p.contested) continue;
		const inside = booleanPointInPolygon(point, enclosed);
		const shouldBeInside = p.side === front.enclosedSide;
		if (inside !== shouldBeInside) {
			throw new PipelineError(file, `${p.stretch} (${p.name})`, `is recorded as held by ${p.side} but falls on the other side of the line; move the line or check the record`);
		}
	}
	return enclosed;
}
