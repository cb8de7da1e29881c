import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import countriesI18n from 'i18n-iso-countries';
import { areaKm2 } from '../../src/lib/geo/areaKm2';
import { PipelineError } from './errors';

/**
 * European states by ISO 3166-1 alpha-2: the Council of Europe's members and observers in Europe,
 * plus Belarus and Kosovo (XK, which Natural Earth draws without a numeric code), less Russia and
 * Ukraine themselves: the article's "larger than many European countries" compares the war with them.
 */
export const europeanCountries = [
	'AD', 'AL', 'AT', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE',
	'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'SE', 'SI', 'SK', 'SM', 'VA', 'XK'
];

/** Areas of European countries measured with Turf on Natural Earth 1:10m, largest first. */
export function buildEuropeAreas(file: string, world: Topology): Array<{ id: string; nameEn: string; areaKm2: number }> {
	const countries = world?.objects?.countries;
	if (!countries) throw new PipelineError(file, null, 'has no "countries" object');
	const features = (feature(world, countries as never) as unknown as { features: Array<Feature<Polygon | MultiPolygon, { name: string }>> }).features;
	return europeanCountries
		.map((id) => {
			const numeric = countriesI18n.alpha2ToNumeric(id);
			const found = features.find((f) => (numeric !== undefined && f.id === numeric) || (id === 'XK' && f.properties?.name === 'Kosovo'));
			if (!found) throw new PipelineError(file, id, 'is not in Natural Earth’s countries');
			return { id, nameEn: found.properties.name, areaKm2: Math.round(areaKm2(found) * 10) / 10 };
		})
		.sort((a, b) => b.areaKm2 - a.areaKm2 || a.id.localeCompare(b.id));
}
