/** The view of a map on the page now, as an image export takes it: its style, extent, selection, key and date. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { asOfText, drawnDates, mapKey, type MapKeyInput } from '$lib/map/mapKey';
import type { Gazetteer, ThemeName } from '$lib/types/mapData';
import type { ExportView } from './exportImage';

export interface PageView {
	theme: ThemeName;
	styleScale: number;
	selected: string | null;
	gazetteer: Gazetteer | null;
	/** What the page's own key is made from (mapKey): the image's key and date are made from the same. */
	keyInput: MapKeyInput;
	/** The date of the snapshot shown (the article's while none is loaded). */
	date: string;
}

/** The image's subject: the selection's name, or Ukraine, which the map is about. */
export function subjectOf(selected: string | null, gazetteer: Gazetteer | null): string {
	return (selected && gazetteer?.entries.get(selected)?.name) || 'Ukraine';
}

export function viewOfMap(map: MapLibreMap, page: PageView): ExportView {
	const bounds = map.getBounds();
	const { facts, visibility, kurskDate, unavailable } = page.keyInput;
	return {
		style: map.getStyle(),
		styleScale: page.styleScale,
		theme: page.theme,
		selected: page.selected,
		bounds: [
			[bounds.getWest(), bounds.getSouth()],
			[bounds.getEast(), bounds.getNorth()]
		],
		subject: subjectOf(page.selected, page.gazetteer),
		key: mapKey(page.keyInput),
		asOf: asOfText(drawnDates(facts, visibility, kurskDate, unavailable)),
		date: page.date
	};
}
