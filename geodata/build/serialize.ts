import type { Feature } from 'geojson';

/**
 * A FeatureCollection as text with one feature a line: deterministic (the same input gives the
 * same bytes) and readable in a diff.
 */
export function featureCollectionText(features: Feature[]): string {
	if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
	return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/** A topology as text with one object or arc a line, deterministic like the feature collections. */
export function topologyText(topology: { type: string; transform?: unknown; objects: Record<string, { type: string; geometries: unknown[] }>; arcs: unknown[] }): string {
	const objects = Object.entries(topology.objects)
		.map(([name, o]) => `${JSON.stringify(name)}:{"type":${JSON.stringify(o.type)},"geometries":[\n${o.geometries.map((g) => JSON.stringify(g)).join(',\n')}\n]}`)
		.join(',\n');
	const arcs = topology.arcs.map((a) => JSON.stringify(a)).join(',\n');
	return `{"type":"Topology","transform":${JSON.stringify(topology.transform)},"objects":{\n${objects}\n},"arcs":[\n${arcs}\n]}\n`;
}
