import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ManifestLayer } from '../../../src/lib/data/manifest';
import type { DatedChange } from '../../../src/lib/geo/snapshotChanges';
import { minChangeKm2 } from '../../../src/lib/geo/controlChange';
import { rounded } from './rounded';

/** Which way ground went, whatever the side compared: the map draws each the same on the front and in Kursk. */
export type ChangeCategory = 'to-russia' | 'to-ukraine' | 'to-contested';

/**
 * The changes' geometry, one feature per pair and category, rounded like every shipped layer:
 * on the front `gained` is ground gained by Russia and `lost` ground regained by Ukraine; in Kursk
 * oblast, where the held ground is Ukraine's, the other way round.
 */
export function changeFeatures(changes: DatedChange[], where: string): Array<Feature<Polygon | MultiPolygon>> {
	return changes.flatMap(({ kind, from, to, areas }) => {
		const categories: Array<[ChangeCategory, typeof areas.gained]> =
			kind === 'front'
				? [['to-russia', areas.gained], ['to-ukraine', areas.lost], ['to-contested', areas.lostToContested]]
				: [['to-ukraine', areas.gained], ['to-russia', areas.lost], ['to-contested', areas.lostToContested]];
		return categories.flatMap(([category, area]) => {
			if (!area) return [];
			const id = `${kind}-${from}-${to}-${category}`;
			return [{ type: 'Feature' as const, id, properties: { id, kind, from, to, category }, geometry: rounded(area, where, id) }];
		});
	});
}

/** The manifest's entry for a snapshot's `changes.geojson`. */
export function changeLayer(date: string): ManifestLayer {
	return {
		id: `changes-${date}`,
		title: `Ground that changed hands up to ${date}`,
		kind: 'change',
		asOf: date,
		file: `facts/${date}/changes.geojson`,
		source: 'Computed from the occupied and contested layers of this and each earlier snapshot, and from the Kursk layer.',
		licence: 'As the layers it is computed from (DeepStateMap’s; see those layers).',
		method: `With Turf’s polygon clipping on the shipped geometry (src/lib/geo/controlChange.ts): from each earlier snapshot to this one, ground occupied on the later date and not on the earlier is gained by Russia (ground contested on the earlier date included); ground occupied on the earlier date and on the later date neither occupied nor contested is regained by Ukraine; ground occupied on the earlier date and contested on the later one is counted apart, as neither. In Kursk oblast the same between each pair of its dates up to this one, with Ukrainian-held ground in place of occupied: ground lost and gained by Ukraine, and ground that went from held to contested. Pieces under ${minChangeKm2} km², where two dates’ outlines nearly coincide, are left out. The km² per pair, in total and by oblast, are in this snapshot’s figures.json (changes).`,
		accuracy: 'As the two dates’ layers: where either source moved a line that did not move on the ground, the difference shows as change.'
	};
}
