import Flatbush from 'flatbush';
import type { Position } from 'geojson';

/** Kilometres per degree of latitude on Turf's spherical Earth (radius 6,371.0088 km). */
const kmPerDegree = (6371.0088 * Math.PI) / 180;

/**
 * The segments of a set of lines (a territory's outline, an area's boundary) in a spatial index,
 * for the questions the facts pipeline asks millions of times: how far is a point from the
 * outline, and does a segment lie on it. Distances are planar at the point's latitude
 * (equirectangular), which is within a fraction of a percent of the great-circle distance over the
 * few kilometres these thresholds span; measurements shown to people still come from Turf.
 */
export class EdgeIndex {
	private readonly segments: Array<[Position, Position]> = [];
	/** Every segment by its two ends, both ways round: most segments asked about are copies of one. */
	private readonly exact = new Set<string>();
	private readonly index: Flatbush | null;

	constructor(lines: Position[][]) {
		for (const line of lines) {
			for (let i = 1; i < line.length; i++) {
				const [a, b] = [line[i - 1]!, line[i]!];
				this.segments.push([a, b]);
				this.exact.add(`${a[0]},${a[1]},${b[0]},${b[1]}`).add(`${b[0]},${b[1]},${a[0]},${a[1]}`);
			}
		}
		if (this.segments.length === 0) {
			this.index = null;
			return;
		}
		this.index = new Flatbush(this.segments.length);
		for (const [a, b] of this.segments) {
			this.index.add(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
		}
		this.index.finish();
	}

	/** Segments whose bounding box lies within `radiusKm` of `point`. */
	private near(point: Position, radiusKm: number): Array<[Position, Position]> {
		if (!this.index) return [];
		const dLat = radiusKm / kmPerDegree;
		const dLon = dLat / Math.max(0.01, Math.cos((point[1]! * Math.PI) / 180));
		return this.index.search(point[0]! - dLon, point[1]! - dLat, point[0]! + dLon, point[1]! + dLat).map((i) => this.segments[i]!);
	}

	/** Distance in km from `point` to the nearest segment, or `Infinity` when none lies within `limitKm`. */
	distanceKm(point: Position, limitKm: number): number {
		let best = Infinity;
		for (const [a, b] of this.near(point, limitKm)) best = Math.min(best, segmentDistanceKm(point, a, b));
		return best <= limitKm ? best : Infinity;
	}

	/** Whether the segment a–b lies along the indexed lines, within `toleranceKm` at both ends and its middle. */
	hasSegment(a: Position, b: Position, toleranceKm: number): boolean {
		if (this.exact.has(`${a[0]},${a[1]},${b[0]},${b[1]}`)) return true;
		const middle: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
		return [a, middle, b].every((p) => this.distanceKm(p, toleranceKm) <= toleranceKm);
	}
}

/** Planar distance in km from p to the segment a–b, scaled at p's latitude. */
export function segmentDistanceKm(p: Position, a: Position, b: Position): number {
	const kx = kmPerDegree * Math.cos((p[1]! * Math.PI) / 180);
	const ax = (a[0]! - p[0]!) * kx;
	const ay = (a[1]! - p[1]!) * kmPerDegree;
	const bx = (b[0]! - p[0]!) * kx;
	const by = (b[1]! - p[1]!) * kmPerDegree;
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSquared = dx * dx + dy * dy;
	const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
	return Math.hypot(ax + t * dx, ay + t * dy);
}
