import type { Map as MapLibreMap } from 'maplibre-gl';

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** The English names of the labels MapLibre has actually placed in a layer, in reading order. */
function placedNames(map: MapLibreMap, layer: string, property = 'nameEn'): string[] {
	if (!map.getLayer(layer)) return [];
	const names = map
		.queryRenderedFeatures({ layers: [layer] })
		.map((f) => f.properties?.[property])
		.filter((name): name is string => typeof name === 'string');
	return [...new Set(names)];
}

/**
 * A sentence describing what the map shows right now, from the labels it has placed, for readers
 * who cannot see it (it is the map's accessible description).
 */
export function describeView(map: MapLibreMap): string {
	const parts: string[] = [];
	const countries = placedNames(map, 'country-labels');
	const regions = placedNames(map, 'admin1-labels');
	const cities = placedNames(map, 'city-labels');
	if (countries.length) parts.push(`Countries labelled: ${listFormat.format(countries)}.`);
	if (regions.length) parts.push(`Regions labelled: ${listFormat.format(regions)}.`);
	if (cities.length) parts.push(`Cities labelled: ${listFormat.format(cities)}.`);
	// GeoNames' names of the towns and villages near the front (settlementsStyle.ts), from zoom 8.
	const villages = placedNames(map, 'settlements-labels', 'name');
	if (villages.length) parts.push(`Towns and villages labelled: ${listFormat.format(villages)}.`);
	return parts.length ? parts.join(' ') : 'No place names are labelled at this zoom.';
}
