import difference from '@turf/difference';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from './areaKm2';

type Area = Feature<Polygon | MultiPolygon>;

/** Who held what on one date, from one side's point of view: its held ground and the contested ground. */
export interface ControlAtDate {
	held: Area[];
	contested: Area[];
}

/** Ground that changed between two dates, from the point of view of the side whose held ground is compared. */
export interface ControlChangeAreas {
	/** Held on the later date and not on the earlier one (ground contested on the earlier date included: it was not held). */
	gained: Area | null;
	/** Held on the earlier date and on the later one neither held nor contested: now the other side's. */
	lost: Area | null;
	/** Held on the earlier date and contested on the later one: no longer held, but not the other side's either. */
	lostToContested: Area | null;
}

/**
 * Pieces smaller than this are the zero-width leftovers of two outlines that follow each other
 * (the same coast, or a stretch of front drawn with the same vertices, rounded separately), not ground.
 */
export const minChangeKm2 = 0.05;

const unionOf = (areas: Area[]): Area | null => (areas.length === 0 ? null : areas.length === 1 ? areas[0]! : (union({ type: 'FeatureCollection', features: areas }) as Area | null));
const minus = (a: Area | null, b: Area | null): Area | null => (!a ? null : !b ? a : (difference({ type: 'FeatureCollection', features: [a, b] }) as Area | null));
const common = (a: Area | null, b: Area | null): Area | null => (!a || !b ? null : (intersect({ type: 'FeatureCollection', features: [a, b] }) as Area | null));

function withoutCrumbs(area: Area | null): Area | null {
	if (!area) return null;
	const polygons = (area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates).filter(
		(coordinates) => areaKm2({ type: 'Polygon', coordinates }) >= minChangeKm2
	);
	if (polygons.length === 0) return null;
	return { type: 'Feature', properties: {}, geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons } };
}

/**
 * The ground that changed hands between an earlier date `a` and a later date `b`, by Turf's polygon
 * clipping on the two dates' shipped geometry (holes and multipolygons included). Contested ground
 * is neither side's: ground that goes from held to contested is kept apart (`lostToContested`)
 * rather than counted as lost to the other side, and ground that goes from contested to held counts
 * as gained. For the front the side is Russia (held = occupied): gained by Russia, regained by
 * Ukraine; in Kursk oblast it is Ukraine (held = Ukrainian-held). Pieces under `minChangeKm2` are
 * left out (see there).
 */
export function controlChange(a: ControlAtDate, b: ControlAtDate): ControlChangeAreas {
	const heldA = unionOf(a.held);
	const heldB = unionOf(b.held);
	const contestedB = unionOf(b.contested);
	const noLongerHeld = minus(heldA, heldB);
	return {
		gained: withoutCrumbs(minus(heldB, heldA)),
		lost: withoutCrumbs(minus(noLongerHeld, contestedB)),
		lostToContested: withoutCrumbs(common(noLongerHeld, contestedB))
	};
}
