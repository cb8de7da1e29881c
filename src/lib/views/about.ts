import type { ManifestLayer } from '$lib/data/manifest';

export type LayerGroupId = 'basemap' | 'facts' | 'reference';

export interface LayerGroup {
	id: LayerGroupId;
	title: string;
	/** One sentence on what the group is. */
	description: string;
	layers: ManifestLayer[];
}

/** Layer kinds that are neither drawn nor dated: figures the app compares with. */
export const referenceKinds: readonly string[] = ['reference-areas'];

const groupInfo: Record<LayerGroupId, Omit<LayerGroup, 'id' | 'layers'>> = {
	basemap: { title: 'Basemap', description: 'Borders, names and places that do not change with the date.' },
	facts: { title: 'Facts of the date', description: 'What held on a date: the contact line, occupied ground, claims and the measurements made on them.' },
	reference: { title: 'Reference', description: 'Figures the article’s claims are compared with; not drawn on the map.' }
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
		.map((id) => ({ id, ...groupInfo[id], layers: layers.filter((l) => layerGroupOf(l) === id) }))
		.filter((g) => g.layers.length > 0);
}

/** A citation in a source line reads "Publisher, Title (YYYY-MM-DD)"; the publisher follows a delimiter. */
const citation = /(?:^|[|;(]\s*|:\s+|\.\s+)([A-Z][\w.\- /]*?), (?=[^|;]*\(\d{4}-\d{2}-\d{2}\))/g;

/**
 * The publishers the layers' sources cite, in order of first citation, each once. A citation is
 * "Publisher, Title (YYYY-MM-DD)" as the pipeline writes it; other source text (packages, files)
 * carries no date in parentheses and is not picked up.
 */
export function citedPublishers(layers: readonly Pick<ManifestLayer, 'source'>[]): string[] {
	const found: string[] = [];
	for (const { source } of layers) {
		for (const match of source.matchAll(citation)) {
			const publisher = (match[1] ?? '').trim();
			if (publisher && !found.includes(publisher)) found.push(publisher);
		}
	}
	return found;
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
		use: 'Assessments of control on 13 March 2025, cited for the contact line, occupied territory and active border',
		licence: 'Cited assessments; facts, not copied map data',
		url: 'https://deepstatemap.live/'
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
export const creditedPublishers: readonly string[] = ['DeepState'];
