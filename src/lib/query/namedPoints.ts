// The named points the point card measures from: the basemap's city labels and the article's
// places (selectable ones carry their key). The page appends the settlements once loaded (AtlasPage).
import type { FeatureCollection, Point } from 'geojson';
import type { Places } from '$lib/types/mapData';
import type { NamedPoint } from './nearestPlaces';

export function namedPoints(labels: FeatureCollection, places: Places, selectable: ReadonlySet<string>): NamedPoint[] {
	const out: NamedPoint[] = [];
	for (const f of places.features) out.push({ name: f.properties.nameEn, point: f.geometry.coordinates as [number, number], key: `place:${f.properties.id}` });
	for (const f of labels.features) {
		if (f.properties?.kind !== 'city' || f.geometry.type !== 'Point') continue;
		const id = String(f.properties.id);
		out.push({ name: String(f.properties.nameEn), point: (f.geometry as Point).coordinates as [number, number], key: selectable.has(id) ? `place:${id}` : null });
	}
	return out;
}
