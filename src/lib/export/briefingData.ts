/**
 * The pure parts of the print briefing: the extent its map image shows (from the link's camera,
 * its selection, or the first view), and its sources grouped under the terms that apply to them.
 */
import type { ManifestLayer, ManifestSource } from '$lib/data/manifest';
import type { Bbox, GazetteerEntry } from '$lib/types/mapData';
import type { Camera } from '$lib/types/mapView';

/** The CSS-pixel size of the map a shared camera is read for: a laptop's map beside the panel. */
export const linkedViewSize = { width: 896, height: 560 } as const;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** The extent a camera shows in a map of `width` × `height` CSS pixels (Web Mercator, 512 px tiles). */
export function cameraBounds({ center: [lon, lat], zoom }: Camera, width: number, height: number): Bbox {
	const worldPx = 512 * 2 ** zoom;
	const halfLon = (width / 2 / worldPx) * 360;
	const halfY = (height / 2 / worldPx) * 2 * Math.PI;
	const y = mercatorY(lat);
	return [lon - halfLon, latitudeOf(y - halfY), lon + halfLon, latitudeOf(y + halfY)];
}

/** What the briefing's map shows: the link's camera, else the selection (a place with ground around it), else the first view. */
export function briefingBounds(camera: Camera | null, selection: Pick<GazetteerEntry, 'bbox' | 'point' | 'onMap'> | null, initialView: Bbox): Bbox {
	if (camera) return cameraBounds(camera, linkedViewSize.width, linkedViewSize.height);
	if (selection?.onMap && selection.bbox) return selection.bbox;
	if (selection?.onMap && selection.point) {
		const [lon, lat] = selection.point;
		return [lon - 1.2, lat - 0.7, lon + 1.2, lat + 0.7];
	}
	return initialView;
}

export interface SourceGroup {
	/** The terms of reuse the layers state for these sources. */
	terms: string;
	/** The layers under these terms, by title. */
	layers: string[];
	sources: ManifestSource[];
}

/**
 * Every source the layers cite, once each (by publisher, title and date), grouped under the terms
 * of the layers that cite them, in the manifest's order; layers without sources of their own (the
 * basemap's packages) are grouped by their terms too.
 */
export function sourcesByTerms(layers: readonly Pick<ManifestLayer, 'title' | 'licence' | 'sources'>[]): SourceGroup[] {
	const groups = new Map<string, SourceGroup>();
	const seen = new Set<string>();
	for (const layer of layers) {
		const group = groups.get(layer.licence) ?? { terms: layer.licence, layers: [], sources: [] };
		groups.set(layer.licence, group);
		if (!group.layers.includes(layer.title)) group.layers.push(layer.title);
		for (const source of layer.sources ?? []) {
			const key = JSON.stringify([source.publisher, source.title, source.date]);
			if (seen.has(key)) continue;
			seen.add(key);
			group.sources.push(source);
		}
	}
	return [...groups.values()];
}
