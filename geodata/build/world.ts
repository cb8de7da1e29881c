import countriesI18n from 'i18n-iso-countries';
import type { GeometryObject, Topology } from 'topojson-specification';
import { PipelineError } from './errors';

/**
 * The whole world at Natural Earth 1:110m, for views that zoom out beyond the basemap (the
 * diplomacy between Kyiv, Moscow, Jeddah and Washington). world-atlas ids are ISO 3166-1 numeric;
 * they become alpha-2 like the basemap's, and a country without a numeric code (Kosovo, Northern
 * Cyprus, Somaliland) gets `NE-` and its Natural Earth name. Only the countries object is kept.
 * At this scale Natural Earth draws Crimea in Russia; the app draws the basemap, with Ukraine's
 * recognised borders, over it wherever the two overlap.
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
	return { type: 'Topology', transform: world.transform, arcs: world.arcs, objects: { countries: { type: 'GeometryCollection', geometries } } } as Topology;
}
