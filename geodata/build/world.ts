import countriesI18n from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { splitAtAntimeridian } from './antimeridian';
import { PipelineError } from './errors';

/** Quantization of the shipped world: 10^5 steps across the globe, about 400 m at the equator, finer than 1:110m. */
const worldQuantization = 100_000;

/**
 * The whole world at Natural Earth 1:110m, for views that zoom out beyond the basemap (the
 * diplomacy between Kyiv, Moscow, Jeddah and Washington). world-atlas ids are ISO 3166-1 numeric;
 * they become alpha-2 like the basemap's, and a country without a numeric code (Kosovo, Northern
 * Cyprus, Somaliland) gets `NE-` and its Natural Earth name. Only the countries object is kept.
 * At this scale Natural Earth draws Crimea in Russia; the app draws the basemap, with Ukraine's
 * recognised borders, over it wherever the two overlap. Rings across the antimeridian are cut there
 * (splitAtAntimeridian), and the countries are made a topology again.
 */
export function buildWorld(file: string, world: Topology): Topology {
	const countries = world?.objects?.countries as { type: string; geometries: GeometryObject[] } | undefined;
	if (!countries || countries.type !== 'GeometryCollection') throw new PipelineError(file, null, 'has no "countries" GeometryCollection');
	const seen = new Set<string>();
	const geometries = countries.geometries.map((g, index) => {
		const name = (g.properties as { name?: string } | undefined)?.name;
		if (!name) throw new PipelineError(file, `#${index}`, 'has no name');
		const alpha2 = g.id === undefined ? undefined : countriesI18n.numericToAlpha2(String(g.id));
		let id = alpha2 ?? `NE-${name.replace(/[^A-Za-z]+/g, '-')}`;
		if (seen.has(id)) id = `${id}-${index}`;
		seen.add(id);
		return { ...g, id, properties: { id, nameEn: name } };
	});
	const named = { type: 'Topology', transform: world.transform, arcs: world.arcs, objects: { countries: { type: 'GeometryCollection', geometries } } } as Topology;
	const countriesFc = feature(named, named.objects.countries as never) as unknown as FeatureCollection<Polygon | MultiPolygon>;
	const split = splitAtAntimeridian(countriesFc);
	return topology({ countries: split }, worldQuantization) as unknown as Topology;
}
