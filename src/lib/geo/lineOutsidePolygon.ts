import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import lineSplit from '@turf/line-split';
import midpoint from '@turf/midpoint';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The parts of a line that lie outside a polygon (holes count as outside): the line is cut where it
 * crosses the polygon's boundary and each piece is kept or dropped by where its middle lies. Used
 * to trim a front line that was drawn a little into Russia so that it certainly meets the border.
 */
export function lineOutsidePolygon(line: LineString, polygon: Polygon | MultiPolygon): MultiLineString {
	const feature: Feature<LineString> = { type: 'Feature', properties: {}, geometry: line };
	const area: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: polygon };
	const pieces = lineSplit(feature, area).features;
	const candidates = pieces.length ? pieces.map((p) => p.geometry.coordinates) : [line.coordinates];
	const outside = candidates.filter((coords) => {
		const middle = pieceMiddle(coords);
		return !booleanPointInPolygon(middle, area, { ignoreBoundary: true });
	});
	return { type: 'MultiLineString', coordinates: outside };
}

/** A point in the middle of a piece: the middle of its middle segment, which lies on the piece. */
function pieceMiddle(coords: Position[]): Position {
	const i = Math.max(0, Math.floor((coords.length - 1) / 2));
	const a = coords[i]!;
	const b = coords[Math.min(i + 1, coords.length - 1)]!;
	return midpoint(a, b).geometry.coordinates;
}
