import type { ManifestLayer } from '$lib/data/manifest';
import type { CorrectedFigure, Correction } from '$lib/data/corrections';

export type { Correction };

export type LayerGroupId = 'basemap' | 'facts' | 'reference';

export interface LayerGroup {
	id: LayerGroupId;
	title: string;
	/** One sentence on what the group is. */
	description: string;
	layers: ManifestLayer[];
}

/** Layer kinds that are neither drawn nor dated: figures the app compares with. */
export const referenceKinds: readonly string[] = ['reference-areas', 'reference-lengths'];

/** Layer kinds the view shows in a section of their own rather than among the layers. */
export const ownSectionKinds: readonly string[] = ['corrections'];

const groupInfo: Record<LayerGroupId, Omit<LayerGroup, 'id' | 'layers'>> = {
	basemap: { title: 'Basemap', description: 'Borders, names and places that do not change with the date.' },
	facts: { title: 'The situation on a date', description: 'Dated layers: occupied and contested ground and the contact line as DeepStateMap assessed them, Ukrainian-held ground in Kursk oblast, the annexation claims, what each side said, and the measurements made on them.' },
	reference: { title: 'Reference', description: 'Figures the article’s claims and the measurements are compared with; not drawn on the map.' }
};

/** Which group a layer belongs to: reference kinds, then dated layers (facts), then the rest (basemap). */
export function layerGroupOf(layer: Pick<ManifestLayer, 'kind' | 'asOf'>): LayerGroupId {
	if (referenceKinds.includes(layer.kind)) return 'reference';
	return layer.asOf === null ? 'basemap' : 'facts';
}

/** The layers in their groups (basemap, facts, reference), in manifest order within each; empty groups left out. */
export function groupLayers(layers: readonly ManifestLayer[]): LayerGroup[] {
	const order: LayerGroupId[] = ['basemap', 'facts', 'reference'];
	return order
		.map((id) => ({ id, ...groupInfo[id], layers: layers.filter((l) => !ownSectionKinds.includes(l.kind) && layerGroupOf(l) === id) }))
		.filter((g) => g.layers.length > 0);
}

/**
 * The publishers of the sources the layers cite, in order of first citation, each once: read from
 * each layer's structured `sources`, so a publisher is listed exactly when a layer cites it.
 */
export function citedPublishers(layers: readonly Pick<ManifestLayer, 'sources'>[]): string[] {
	const found: string[] = [];
	for (const { sources } of layers) {
		for (const { publisher } of sources ?? []) if (!found.includes(publisher)) found.push(publisher);
	}
	return found;
}

/** The corrections log, read defensively: entries without the fields the view shows are left out. */
export function readCorrections(value: unknown): Correction[] | undefined {
	const list = (value as { corrections?: unknown } | null)?.corrections;
	if (!Array.isArray(list)) return undefined;
	const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
	const num = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
	return list.filter(
		(c): c is Correction =>
			!!c && text(c.id) && text(c.date) && text(c.where) && text(c.what) && text(c.why) && Array.isArray(c.layers) &&
			Array.isArray(c.figures) && c.figures.every((f: CorrectedFigure) => text(f?.label) && num(f.before) && num(f.after))
	);
}

export interface Credit {
	name: string;
	/** What the app uses it for. */
	use: string;
	licence: string;
	url: string;
	/** The licence's text, where it has a canonical address. */
	licenceUrl?: string;
}

/** Data, fonts and libraries the app ships or draws from, with their licences. */
export const credits: readonly Credit[] = [
	{
		name: 'Natural Earth',
		use: 'Countries, regions, borders and coastline; areas of European countries',
		licence: 'Public domain',
		url: 'https://www.naturalearthdata.com/'
	},
	{
		name: 'GeoNames',
		use: 'Coordinates of cities, places and the settlements the contact line is drawn from',
		licence: 'CC BY 4.0',
		url: 'https://www.geonames.org/',
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/'
	},
	{
		name: 'DeepStateMap (DeepState)',
		use: 'Occupied, contested and Ukrainian-held areas on every dated layer: its maps as published, read from a public archive of their history (each layer names the map and the archive commit)',
		licence: 'Rights held by DEEPSTATEUATECH LLC under its licence agreement, read for this project only in part (see each layer’s licence)',
		url: 'https://deepstatemap.live/',
		licenceUrl: 'https://deepstatemap.live/license-en.html'
	},
	{
		name: 'Noto Sans',
		use: 'The typeface of the page and the map labels',
		licence: 'SIL Open Font License 1.1',
		url: 'https://notofonts.github.io/',
		licenceUrl: 'https://openfontlicense.org/'
	},
	{
		name: 'MapLibre GL JS',
		use: 'Draws the map',
		licence: 'BSD-3-Clause',
		url: 'https://maplibre.org/',
		licenceUrl: 'https://opensource.org/license/bsd-3-clause'
	},
	{
		name: 'Turf',
		use: 'Measures every length and area the app reports',
		licence: 'MIT',
		url: 'https://turfjs.org/',
		licenceUrl: 'https://opensource.org/license/mit'
	}
];

/** Publishers with a credit of their own, left out of the list of other cited publishers. */
export const creditedPublishers: readonly string[] = ['DeepState (DeepStateMap.live)'];
