import bbox from '@turf/bbox';
import polylabel from 'polylabel';
import { topology } from 'topojson-server';
import { mergeArcs, meshArcs, quantize } from 'topojson-client';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import type { BBox, Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { bboxesIntersect } from '../../src/lib/geo/bboxesIntersect';
import { basemapLayers, type BasemapLayers, type BasemapTopology } from '../../src/lib/geo/basemapLayers';
import { pipelineConfig } from './config';
import { PipelineError } from './errors';

export interface Extent {
	bounds: BBox;
	context: BBox;
	initialView: BBox;
	minZoom: number;
	maxZoom: number;
	focusCountry: string;
	neighbouringRussianRegions: string[];
}

export interface Names {
	en: string;
	uk: string;
	ru: string;
}

export interface UnitProperties {
	key: string;
	iso: string;
	country: string;
	inner: boolean;
	drawn: boolean;
}

export interface Admin1Source {
	file: string;
	features: Array<Feature<Geometry> & { id: string }>;
}

export interface BasemapInputs {
	extent: Extent;
	admin1: Admin1Source;
	/** Names and kinds of the admin-1 units the map draws, by ISO 3166-2 code. */
	admin1Names: (iso: string, source: Record<string, unknown>) => Names & { kind: string };
	countryNames: (iso: string) => Names;
	officialAreas: Map<string, number>;
}

export interface Basemap {
	topology: BasemapTopology;
	layers: BasemapLayers;
	labels: Feature[];
}

/**
 * The country a Natural Earth admin-1 unit belongs to, by its ISO 3166-2 prefix. Natural Earth
 * files Crimea (UA-43) and Sevastopol (UA-40) under Russia; their ISO codes put them in Ukraine,
 * which is where international law and this map put them.
 */
export function countryOfUnit(iso: string, fallback: string): string {
	const prefix = /^([A-Z]{2})-/.exec(iso)?.[1];
	return prefix ?? fallback;
}

function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
	if (geometry.type === 'Polygon') return geometry.coordinates;
	let best = geometry.coordinates[0]!;
	let bestArea = -1;
	for (const polygon of geometry.coordinates) {
		const [w, s, e, n] = bbox({ type: 'Polygon', coordinates: polygon });
		const size = (e - w) * (n - s);
		if (size > bestArea) [best, bestArea] = [polygon, size];
	}
	return best;
}

/** A label point inside the polygon: the pole of inaccessibility of its largest part. */
function labelPoint(geometry: Polygon | MultiPolygon): Position {
	const p = polylabel(largestPolygon(geometry) as [number, number][][], 0.01);
	const factor = 10 ** pipelineConfig.coordinateDecimals;
	return [Math.round(p[0]! * factor) / factor, Math.round(p[1]! * factor) / factor];
}

/**
 * Builds countries, admin-1 units, boundary lines and their label points from Natural Earth's
 * admin-1 polygons, all from one simplified topology so that neighbours share their borders exactly.
 * Countries are the union of their admin-1 units, which keeps country and oblast borders identical.
 */
export function buildBasemap(inputs: BasemapInputs): Basemap {
	const { extent, admin1: admin1Source } = inputs;
	const drawnRussian = new Set(extent.neighbouringRussianRegions);
	const units: Array<Feature<Geometry, UnitProperties>> = [];
	for (const source of admin1Source.features) {
		const box = bbox(source) as BBox;
		// A unit that crosses the antimeridian (Alaska, Chukotka) has a world-wide box: never ours.
		if (box[2] - box[0] > 180 || !bboxesIntersect(box, extent.context)) continue;
		const props = (source.properties ?? {}) as Record<string, unknown>;
		const iso = String(props.iso_3166_2 ?? '');
		const country = countryOfUnit(iso, String(props.iso_a2 ?? ''));
		const inner = bboxesIntersect(box, extent.bounds);
		const drawn = inner && (country === extent.focusCountry || drawnRussian.has(iso));
		units.push({
			type: 'Feature',
			geometry: source.geometry,
			properties: { key: source.id, iso, country, inner, drawn }
		});
	}
	units.sort((a, b) => (a.properties.key < b.properties.key ? -1 : 1));

	const drawnIsos = units.filter((u) => u.properties.drawn).map((u) => u.properties.iso);
	const duplicate = drawnIsos.find((iso, i) => drawnIsos.indexOf(iso) !== i);
	if (duplicate) throw new PipelineError(admin1Source.file, duplicate, 'has a duplicate ISO 3166-2 id');
	for (const wanted of drawnRussian) {
		if (!drawnIsos.includes(wanted)) throw new PipelineError(admin1Source.file, wanted, 'is listed in extent.json but missing from the admin-1 source');
	}

	const collection: FeatureCollection<Geometry, UnitProperties> = { type: 'FeatureCollection', features: units };
	let topo = topology({ units: collection }, pipelineConfig.quantization) as Topology<{ units: GeometryCollection<UnitProperties> }>;
	topo = presimplify(topo) as typeof topo;
	topo = simplify(topo, pipelineConfig.simplifyMinWeight) as typeof topo;
	topo = filter(topo, filterWeight(topo, pipelineConfig.simplifyMinWeight)) as typeof topo;
	const geometries = topo.objects.units.geometries as Array<GeometryObject<UnitProperties>>;
	const props = (g: GeometryObject<UnitProperties>) => g.properties as UnitProperties;

	const countries: GeometryObject[] = [];
	const countryCodes = [...new Set(geometries.filter((g) => props(g).inner).map((g) => props(g).country))].sort();
	for (const code of countryCodes) {
		const parts = geometries.filter((g) => props(g).inner && props(g).country === code);
		const merged = mergeArcs(topo, parts as never) as unknown as GeometryObject;
		if (!('arcs' in merged) || merged.arcs.length === 0) continue;
		const names = inputs.countryNames(code);
		const officialAreaKm2 = inputs.officialAreas.get(code);
		countries.push({
			...merged,
			id: code,
			properties: { id: code, nameEn: names.en, nameUk: names.uk, nameRu: names.ru, ...(officialAreaKm2 ? { officialAreaKm2 } : {}) }
		});
	}

	const admin1: GeometryObject[] = [];
	for (const g of geometries.filter((x) => props(x).drawn)) {
		const { iso, key, country } = props(g);
		const source = admin1Source.features.find((f) => f.id === key)!;
		const names = inputs.admin1Names(iso, (source.properties ?? {}) as Record<string, unknown>);
		const officialAreaKm2 = inputs.officialAreas.get(iso);
		const { properties: _unused, ...geometry } = g;
		admin1.push({
			...geometry,
			id: iso,
			properties: {
				id: iso,
				country,
				kind: names.kind,
				nameEn: names.en,
				nameUk: names.uk,
				nameRu: names.ru,
				...(officialAreaKm2 ? { officialAreaKm2 } : {})
			}
		} as GeometryObject);
	}
	admin1.sort((a, b) => String(a.id).localeCompare(String(b.id)));

	type P = GeometryObject<UnitProperties>;
	const boundaryKinds: Array<[string, (a: P, b: P) => boolean]> = [
		['country', (a, b) => a !== b && props(a).country !== props(b).country && (props(a).inner || props(b).inner)],
		['admin1', (a, b) => a !== b && props(a).country === props(b).country && (props(a).drawn || props(b).drawn)],
		['coast', (a, b) => a === b && props(a).inner]
	];
	const boundaries = boundaryKinds.map(([kind, keep]) => ({
		...(meshArcs(topo, topo.objects.units as never, keep as never) as unknown as GeometryObject),
		id: kind,
		properties: { id: kind, kind }
	}));

	// Filtering with a filter that keeps every ring prunes the arcs only the context units used.
	const output = filter(
		{
		type: 'Topology',
		arcs: topo.arcs,
		objects: {
			countries: { type: 'GeometryCollection', geometries: countries },
			admin1: { type: 'GeometryCollection', geometries: admin1 },
			boundaries: { type: 'GeometryCollection', geometries: boundaries }
		}
		} as unknown as Topology<Record<string, GeometryCollection<object>>>,
		() => true
	) as BasemapTopology;
	delete (output as { bbox?: unknown }).bbox;
	const quantized = quantize(output, pipelineConfig.outputQuantization) as BasemapTopology;
	const layers = basemapLayers(quantized);

	const labels: Feature[] = [];
	for (const f of layers.countries.features) {
		const p = f.properties as { id: string; nameEn: string; nameUk: string; nameRu: string };
		labels.push(pointLabel(`country:${p.id}`, 'country', names(p), labelPoint(f.geometry), p.id === extent.focusCountry ? 1 : 2, p.id));
	}
	for (const f of layers.admin1.features) {
		const p = f.properties as { id: string; country: string; nameEn: string; nameUk: string; nameRu: string };
		labels.push(pointLabel(`admin1:${p.id}`, 'admin1', names(p), labelPoint(f.geometry), p.country === extent.focusCountry ? 2 : 3, p.country));
	}
	return { topology: quantized, layers, labels };
}

const names = (p: { nameEn: string; nameUk: string; nameRu: string }): Names => ({ en: p.nameEn, uk: p.nameUk, ru: p.nameRu });

/** A label point; `country` (ISO 3166-1 alpha-2) decides which local name the map shows under the English one. */
export function pointLabel(id: string, kind: string, names: Names, at: Position, rank: number, country: string | null): Feature {
	return {
		type: 'Feature',
		id,
		properties: { id, kind, rank, country, nameEn: names.en, nameUk: names.uk, nameRu: names.ru },
		geometry: { type: 'Point', coordinates: at }
	};
}
