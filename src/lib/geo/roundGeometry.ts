import type { Geometry, Position } from 'geojson';

function roundPosition(position: Position, factor: number): Position {
	return [Math.round(position[0]! * factor) / factor, Math.round(position[1]! * factor) / factor];
}

/** Rounds a line or ring and drops the repeated positions that rounding can create. */
function roundLine(line: Position[], factor: number): Position[] {
	const out: Position[] = [];
	for (const position of line) {
		const rounded = roundPosition(position, factor);
		const last = out[out.length - 1];
		if (!last || last[0] !== rounded[0] || last[1] !== rounded[1]) out.push(rounded);
	}
	return out;
}

/**
 * Rounds every coordinate of a geometry to `decimals` places and removes consecutive duplicate
 * positions, keeping rings closed. Rings that collapse below four positions are dropped, and so are
 * polygons whose outer ring collapses. Two features that share a border before rounding still share
 * it after, since equal inputs round to equal outputs.
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G | null {
	const factor = 10 ** decimals;
	const polygon = (rings: Position[][]): Position[][] | null => {
		const out: Position[][] = [];
		for (const [index, ring] of rings.entries()) {
			const rounded = roundLine(ring, factor);
			if (rounded.length >= 4) out.push(rounded);
			else if (index === 0) return null;
		}
		return out;
	};
	switch (geometry.type) {
		case 'Point':
			return { ...geometry, coordinates: roundPosition(geometry.coordinates, factor) };
		case 'MultiPoint':
			return { ...geometry, coordinates: geometry.coordinates.map((p) => roundPosition(p, factor)) };
		case 'LineString': {
			const line = roundLine(geometry.coordinates, factor);
			return line.length >= 2 ? { ...geometry, coordinates: line } : null;
		}
		case 'MultiLineString': {
			const lines = geometry.coordinates.map((l) => roundLine(l, factor)).filter((l) => l.length >= 2);
			return lines.length ? { ...geometry, coordinates: lines } : null;
		}
		case 'Polygon': {
			const rings = polygon(geometry.coordinates);
			return rings ? { ...geometry, coordinates: rings } : null;
		}
		case 'MultiPolygon': {
			const polygons = geometry.coordinates.map(polygon).filter((p): p is Position[][] => p !== null);
			return polygons.length ? { ...geometry, coordinates: polygons } : null;
		}
		case 'GeometryCollection': {
			const geometries = geometry.geometries
				.map((g) => roundGeometry(g, decimals))
				.filter((g): g is Geometry => g !== null);
			return geometries.length ? { ...geometry, geometries } : null;
		}
	}
}
