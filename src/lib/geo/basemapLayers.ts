import { feature } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type BasemapTopology = Topology<{
	countries: GeometryCollection;
	admin1: GeometryCollection;
	boundaries: GeometryCollection;
}>;

export interface BasemapLayers {
	countries: FeatureCollection<Polygon | MultiPolygon>;
	admin1: FeatureCollection<Polygon | MultiPolygon>;
	boundaries: FeatureCollection<MultiLineString>;
}

/**
 * Turns the shipped basemap topology (`static/data/basemap.topojson`) into the GeoJSON layers the
 * map draws and Turf measures. The topology stores each border once, which is what keeps it small
 * and neighbours gap-free; the GeoJSON is what MapLibre and Turf take.
 */
export function basemapLayers(topology: BasemapTopology): BasemapLayers {
	for (const name of ['countries', 'admin1', 'boundaries'] as const) {
		if (topology?.type !== 'Topology' || topology.objects?.[name]?.type !== 'GeometryCollection') {
			throw new Error(`The basemap topology has no "${name}" layer.`);
		}
	}
	return {
		countries: feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>,
		admin1: feature(topology, topology.objects.admin1) as FeatureCollection<Polygon | MultiPolygon>,
		boundaries: feature(topology, topology.objects.boundaries) as FeatureCollection<MultiLineString>
	};
}
