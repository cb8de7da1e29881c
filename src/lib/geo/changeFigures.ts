import bbox from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from './areaKm2';
import { bboxesIntersect } from './bboxesIntersect';
import type { ControlChangeAreas } from './controlChange';
import { intersectionAreaKm2 } from './intersectionAreaKm2';

type Area = Feature<Polygon | MultiPolygon>;

const km = (value: number) => Math.round(value * 10) / 10;

/** The km² of each kind of change, rounded to 0.1 km² as every figure is. */
export interface ChangeKm2 {
	gainedKm2: number;
	lostKm2: number;
	lostToContestedKm2: number;
}

/**
 * Measures a change (`controlChange`) in km², in total and in each region it touches (admin-1 units
 * with `id` and `nameEn`, in their given order; regions without change are left out). Areas are
 * Turf's, on the spherical Earth, of the shipped geometry.
 */
export function changeFigures(change: ControlChangeAreas, regions: Area[] = []): ChangeKm2 & { byRegion: Array<ChangeKm2 & { id: string; name: string }> } {
	const parts = { gainedKm2: change.gained, lostKm2: change.lost, lostToContestedKm2: change.lostToContested };
	const total = (area: Area | null) => (area ? km(areaKm2(area)) : 0);
	const boxes = Object.fromEntries(Object.entries(parts).map(([key, area]) => [key, area ? bbox(area) : null]));
	const byRegion = regions.flatMap((region) => {
		const box = bbox(region);
		const inRegion = (key: keyof ChangeKm2) => {
			const area = parts[key];
			const areaBox = boxes[key];
			return area && areaBox && bboxesIntersect(box, areaBox) ? km(intersectionAreaKm2(area, region)) : 0;
		};
		const row = { id: String(region.properties?.id), name: String(region.properties?.nameEn), gainedKm2: inRegion('gainedKm2'), lostKm2: inRegion('lostKm2'), lostToContestedKm2: inRegion('lostToContestedKm2') };
		return row.gainedKm2 + row.lostKm2 + row.lostToContestedKm2 > 0 ? [row] : [];
	});
	return { gainedKm2: total(change.gained), lostKm2: total(change.lost), lostToContestedKm2: total(change.lostToContested), byRegion };
}
