import difference from '@turf/difference';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { enclavesOf } from '../../../src/lib/geo/enclavesOf';
import { areaKm2 } from '../../../src/lib/geo/areaKm2';
import { EdgeIndex } from '../../../src/lib/geo/edgeIndex';
import { sliverStrips } from '../../../src/lib/geo/sliverStrips';
import { snapToVertices } from '../../../src/lib/geo/snapToVertices';

export type Area = Feature<Polygon | MultiPolygon>;

/** How the source's outline is fitted to the map's: the limits of the gaps closed. */
export const fitting = {
	/** Pieces of the territory the source's areas cut off from the rest and that are smaller than this are gaps, not held ground. */
	maxEnclaveKm2: 200,
	/** Strips along the coast or the border narrower than this are gaps between the two outlines. */
	maxStripWidthKm: 1.5,
	/** Vertices this close to a vertex of the territory's outline are moved onto it, so shared coasts coincide. */
	snapKm: 0.02,
	/** Fragments smaller than this, left over where two outlines nearly meet, are dropped. */
	minFragmentKm2: 0.05
} as const;

export interface ControlAreas {
	occupied: Area;
	contested: Area | null;
	/** What fitting the source to the map's outline added, so the data can say it. */
	fitted: { enclaves: number; enclaveKm2: number; strips: number; stripKm2: number };
}

export function unionOf(areas: Array<Area | null>): Area | null {
	const present = areas.filter((a): a is Area => a !== null);
	if (present.length === 0) return null;
	if (present.length === 1) return present[0]!;
	return union({ type: 'FeatureCollection', features: present }) as Area | null;
}

export function intersectionOf(a: Area, b: Area): Area | null {
	return intersect({ type: 'FeatureCollection', features: [a, b] }) as Area | null;
}

export function differenceOf(a: Area, b: Area | null): Area | null {
	if (!b) return a;
	return difference({ type: 'FeatureCollection', features: [a, b] }) as Area | null;
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** The polygons of an area smaller than `minKm2` left out: the zero-width leftovers of cutting along a shared edge. */
export function withoutCrumbs(area: Area | null, minKm2: number): Area | null {
	if (!area) return null;
	const polygons = (area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates).filter(
		(coordinates) => areaKm2({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }) >= minKm2
	);
	if (polygons.length === 0) return null;
	return { type: 'Feature', properties: area.properties, geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons } };
}

/**
 * The occupied and contested ground of an assessment, within the territory the map draws. The
 * source's outline of the coast and the border differs from the map's (Natural Earth's) by up to a
 * kilometre or two, which clipping alone would turn into slivers of "held" ground along the coast
 * of occupied Ukraine: pieces cut off from the rest of the territory go to the side they touch
 * (occupied first), and thin strips between the source's edge and the outline are closed. Contested
 * ground is what the source marks contested and does not mark occupied. Polygon clipping is the
 * cost here, so the pieces and strips are found first and each side is unioned once.
 */
export function controlAreas(territory: Area, occupiedInput: Area[], contestedInput: Area[]): ControlAreas {
	const outlineVertices = rings(territory.geometry).flat();
	const snapped = (parts: Area[]) => parts.map((f) => ({ ...f, geometry: snapToVertices(f.geometry, outlineVertices, fitting.snapKm) })).filter((f) => f.geometry.coordinates.length > 0);
	const occupiedSource = unionOf(snapped(occupiedInput));
	const occupied0 = occupiedSource ? intersectionOf(territory, occupiedSource) : null;
	if (!occupied0) throw new Error('The occupied area does not overlap the territory');
	const contestedSource = unionOf(snapped(contestedInput));
	const contestedInTerritory = contestedSource ? intersectionOf(territory, contestedSource) : null;
	const contested0 = contestedInTerritory ? differenceOf(contestedInTerritory, occupied0) : null;
	const all0 = contested0 ? unionOf([occupied0, contested0])! : occupied0;

	// Pieces cut off from the rest go to the occupied side if they touch it, else to the contested side.
	const enclaves = enclavesOf(all0, territory, { maxKm2: fitting.maxEnclaveKm2 });
	const occupiedEdge = new EdgeIndex(rings(occupied0.geometry));
	const touchesOccupied = (e: Feature<Polygon>) => e.geometry.coordinates[0]!.some((p) => occupiedEdge.distanceKm(p, 0.002) <= 0.002);
	const occupiedStrips = sliverStrips(occupied0, territory, { maxWidthKm: fitting.maxStripWidthKm });
	const occupied = unionOf([occupied0, ...enclaves.filter(touchesOccupied), ...occupiedStrips])!;
	let contested: Area | null = null;
	let strips = occupiedStrips;
	if (contested0) {
		const allStrips = sliverStrips(all0, territory, { maxWidthKm: fitting.maxStripWidthKm });
		strips = [...occupiedStrips, ...allStrips];
		contested = withoutCrumbs(differenceOf(unionOf([all0, ...enclaves, ...allStrips])!, occupied), fitting.minFragmentKm2);
	}
	return {
		occupied: { ...occupied, properties: occupied0.properties },
		contested,
		fitted: {
			enclaves: enclaves.length,
			enclaveKm2: enclaves.reduce((sum, e) => sum + areaKm2(e), 0),
			strips: strips.length,
			stripKm2: strips.reduce((sum, e) => sum + areaKm2(e), 0)
		}
	};
}
