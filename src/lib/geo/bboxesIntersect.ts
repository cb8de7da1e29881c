import type { BBox } from 'geojson';

/** Whether two [west, south, east, north] boxes overlap or touch. Neither may cross the antimeridian. */
export function bboxesIntersect(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}
