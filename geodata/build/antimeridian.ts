import bboxClip from '@turf/bbox-clip';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Natural Earth's 1:110m rings are spherical: Russia's Chukotka and Wrangel Island and Fiji's
 * islands run across the antimeridian (179° to -179°), which MapLibre, filling on the Mercator
 * plane, draws as a band right round the world. Such a ring is made continuous (181° for -179°) and
 * clipped (Turf's bboxClip) into the part within [-180, 180] and the part beyond, shifted back by
 * 360°; holes of a cut polygon are dropped (no cut country has any). Antarctica's ring, which winds
 * round the pole and closes along its bottom edge, is kept as it is; so is every ring that does not
 * cross. Done once in the pipeline, so the app draws the world as it loads it.
 */
export function splitAtAntimeridian<G extends Polygon | MultiPolygon>(world: FeatureCollection<G>): FeatureCollection<Polygon | MultiPolygon> {
	const clip = (ring: Position[], bbox: [number, number, number, number], shift: number): Position[][] => {
		const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
		const clipped = bboxClip(part, bbox).geometry as Polygon | MultiPolygon;
		const rings: Position[][] = clipped.type === 'Polygon' ? clipped.coordinates : clipped.coordinates.flat();
		return rings.filter((r) => r.length >= 4).map((r) => r.map((p) => [p[0]! + shift, p[1]!]));
	};
	const splitRing = (ring: Position[]): Position[][] => {
		const unwrapped: Position[] = [ring[0]!];
		for (let i = 1; i < ring.length; i++) {
			let d = ring[i]![0]! - ring[i - 1]![0]!;
			if (d > 180) d -= 360;
			else if (d < -180) d += 360;
			unwrapped.push([unwrapped[i - 1]![0]! + d, ring[i]![1]!]);
		}
		const lons = unwrapped.map((p) => p[0]!);
		const [west, east] = [Math.min(...lons), Math.max(...lons)];
		const winds = Math.abs(lons[lons.length - 1]! - lons[0]!) > 1;
		if (winds || (west >= -180 && east <= 180)) return [ring];
		const beyond: [number, number, number, number] = east > 180 ? [180, -90, 540, 90] : [-540, -90, -180, 90];
		return [...clip(unwrapped, [-180, -90, 180, 90], 0), ...clip(unwrapped, beyond, east > 180 ? -360 : 360)];
	};
	const splitPolygon = (polygon: Position[][]): Position[][][] => {
		const parts = splitRing(polygon[0]!);
		return parts.length === 1 && parts[0] === polygon[0] ? [polygon] : parts.map((part) => [part]);
	};
	return {
		...world,
		features: world.features.map((f) => {
			const g = f.geometry;
			const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap(splitPolygon);
			const geometry: Polygon | MultiPolygon = g.type === 'Polygon' && polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
			return { ...f, geometry };
		})
	};
}
