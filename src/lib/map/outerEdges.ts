import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The outline of several polygons that tile an area together (held and contested ground of one
 * date): every ring edge that no other ring shares, chained into lines. Edges the polygons share
 * exactly (the same two vertices, in either direction) lie inside the area and are left out, so
 * the outline is that of the whole, without computing a union. Edges that only nearly coincide
 * stay in: the result is for drawing, not for measuring.
 */
export function outerEdges(geometries: ReadonlyArray<Polygon | MultiPolygon | null | undefined>): MultiLineString {
	const key = (p: Position) => `${p[0]},${p[1]}`;
	const edgeKey = (a: Position, b: Position) => {
		const [ka, kb] = [key(a), key(b)];
		return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
	};

	const edges: Array<[Position, Position]> = [];
	const count = new Map<string, number>();
	for (const geometry of geometries) {
		if (!geometry) continue;
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		for (const ring of polygons.flat()) {
			for (let i = 1; i < ring.length; i++) {
				const [a, b] = [ring[i - 1]!, ring[i]!];
				if (key(a) === key(b)) continue;
				edges.push([a, b]);
				const k = edgeKey(a, b);
				count.set(k, (count.get(k) ?? 0) + 1);
			}
		}
	}

	// The edges left run head to tail around each part: follow them into as few lines as possible.
	const outer = edges.filter(([a, b]) => count.get(edgeKey(a, b)) === 1);
	const from = new Map<string, number[]>();
	outer.forEach(([a], i) => from.set(key(a), [...(from.get(key(a)) ?? []), i]));
	const used = new Set<number>();
	const lines: Position[][] = [];
	for (let start = 0; start < outer.length; start++) {
		if (used.has(start)) continue;
		used.add(start);
		const line = [outer[start]![0], outer[start]![1]];
		for (;;) {
			const next = (from.get(key(line.at(-1)!)) ?? []).find((i) => !used.has(i));
			if (next === undefined) break;
			used.add(next);
			line.push(outer[next]![1]);
		}
		lines.push(line);
	}
	return { type: 'MultiLineString', coordinates: lines };
}
