/**
 * The credits an exported image carries, on the image and in its Source and Copyright text chunks:
 * the map's own attribution (the basemap's sources and the renderer) and the sources of each facts
 * layer it draws. Names and licences come from the About-the-data view's list (src/lib/views/about.ts).
 */
import type { KeyEntry } from '$lib/map/mapKey';
import { credits as appCredits } from '$lib/views/about';

const credit = (name: string) => appCredits.find((c) => c.name === name)!;

/** The swatches that stand for DeepStateMap's layers, and for the annexation claims. */
const deepStateSwatches: ReadonlySet<string> = new Set(['occupied-since', 'occupied-before', 'contested', 'contact', 'contact-low', 'kursk', 'kursk-peak', 'change-to-russia', 'change-to-ukraine']);

export interface ImageCredits {
	/** One line for the image's foot. */
	line: string;
	/** Who holds rights in what is drawn, for the Copyright chunk. */
	copyright: string;
}

export function imageCredits(entries: readonly Pick<KeyEntry, 'swatch'>[]): ImageCredits {
	const naturalEarth = credit('Natural Earth');
	const geoNames = credit('GeoNames');
	const mapLibre = credit('MapLibre GL JS');
	const parts = [`Basemap: ${naturalEarth.name} (${naturalEarth.licence.toLowerCase()}), ${geoNames.name} (${geoNames.licence}).`];
	const deepState = entries.some((e) => deepStateSwatches.has(e.swatch));
	if (deepState) parts.push(`Occupied and contested ground, contact line and Kursk: ${credit('DeepStateMap (DeepState)').name}, rights held by DEEPSTATEUATECH LLC (deepstatemap.live/license-en.html).`);
	if (entries.some((e) => e.swatch === 'claim')) parts.push('Annexation claims: Russia’s, not recognised by the UN General Assembly (resolutions cited in About the data).');
	if (entries.some((e) => e.swatch === 'border-front')) parts.push('Border front: the reports cited in About the data.');
	parts.push(`Drawn with ${mapLibre.name}; figures measured with Turf. Frontline Atlas.`);
	const copyright = [deepState ? 'DeepStateMap layers: DEEPSTATEUATECH LLC' : null, `${geoNames.name}: ${geoNames.licence}`, `${naturalEarth.name}: ${naturalEarth.licence.toLowerCase()}`].filter(Boolean).join('; ');
	return { line: parts.join(' '), copyright };
}
