import type {
	AddLayerObject,
	FilterSpecification,
	GeoJSONSource,
	LayerSpecification,
	Map as MapLibreMap,
	ProjectionSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { GeoJSON } from 'geojson';

/** One call on the map that brings it from the old style a step towards the new one. */
export type StyleCommand =
	| { command: 'removeLayer'; layerId: string }
	| { command: 'removeSource'; sourceId: string }
	| { command: 'addSource'; sourceId: string; source: SourceSpecification }
	| { command: 'setData'; sourceId: string; data: GeoJSON | string }
	| { command: 'addLayer'; layer: LayerSpecification; beforeId: string | undefined }
	| { command: 'setLayoutProperty' | 'setPaintProperty'; layerId: string; name: string; value: unknown }
	| { command: 'setFilter'; layerId: string; filter: FilterSpecification | null }
	| { command: 'setLayerZoomRange'; layerId: string; minzoom: number; maxzoom: number }
	| { command: 'setProjection'; projection: ProjectionSpecification };

/**
 * The map calls that turn style `before` into `after`, in the order MapLibre's own diff uses
 * (layers and sources out, sources and layers in, then properties); or null when the change is
 * beyond them (the fonts, a layer that changed type or source, layers that swapped places): that
 * needs `map.setStyle(after, { diff: true })`.
 *
 * Why not always setStyle: its diff deep-compares and deep-clones every source's GeoJSON, although
 * it is the same object from one style to the next. On a chapter change of the presentation that
 * alone held the main thread for 50 to 100 ms. Here a source is unchanged when its `data` is the
 * very same object, so only the layers, which are small, are compared.
 */
export function styleUpdate(before: StyleSpecification, after: StyleSpecification): StyleCommand[] | null {
	const { sources: sourcesBefore, layers: layersBefore, projection: projectionBefore, ...restBefore } = before;
	const { sources: sourcesAfter, layers: layersAfter, projection: projectionAfter, ...restAfter } = after;
	if (!sameJson(restBefore, restAfter)) return null;

	const sourceCommands = sourceChanges(sourcesBefore, sourcesAfter);
	if (!sourceCommands) return null;
	const goneSources = new Set(sourceCommands.flatMap((c) => (c.command === 'removeSource' ? [c.sourceId] : [])));

	const afterById = new Map(layersAfter.map((layer) => [layer.id, layer]));
	const beforeById = new Map(layersBefore.map((layer) => [layer.id, layer]));
	// Layers on a removed source go with it, and come back with the new one if they are in `after`.
	const kept = layersBefore.filter((layer) => afterById.has(layer.id) && !goneSources.has(sourceOf(layer) ?? ''));
	const keptIds = new Set(kept.map((layer) => layer.id));
	const stillThere = layersAfter.filter((layer) => keptIds.has(layer.id));
	if (kept.some((layer, i) => layer.id !== stillThere[i]!.id)) return null;

	const commands: StyleCommand[] = layersBefore.filter((layer) => !keptIds.has(layer.id)).map((layer) => ({ command: 'removeLayer', layerId: layer.id }));
	commands.push(...sourceCommands);
	// Added from the top down, so that the layer each goes under is already there.
	for (let i = layersAfter.length - 1; i >= 0; i--) {
		const layer = layersAfter[i]!;
		if (!keptIds.has(layer.id)) commands.push({ command: 'addLayer', layer, beforeId: layersAfter[i + 1]?.id });
	}

	for (const next of stillThere) {
		const old = beforeById.get(next.id)!;
		if (old.type !== next.type || sourceOf(old) !== sourceOf(next) || sourceLayerOf(old) !== sourceLayerOf(next)) return null;
		commands.push(...propertyCommands('setLayoutProperty', next.id, old.layout, next.layout));
		commands.push(...propertyCommands('setPaintProperty', next.id, old.paint, next.paint));
		const [filterBefore, filterAfter] = [filterOf(old), filterOf(next)];
		if (!sameJson(filterBefore, filterAfter)) commands.push({ command: 'setFilter', layerId: next.id, filter: filterAfter });
		if (old.minzoom !== next.minzoom || old.maxzoom !== next.maxzoom)
			commands.push({ command: 'setLayerZoomRange', layerId: next.id, minzoom: next.minzoom ?? 0, maxzoom: next.maxzoom ?? 24 });
	}
	if (!sameJson(projectionBefore ?? mercator, projectionAfter ?? mercator)) commands.push({ command: 'setProjection', projection: projectionAfter ?? mercator });
	return commands;
}

/** Runs the commands of {@link styleUpdate} on a map whose style has loaded. */
export function applyStyleCommands(map: MapLibreMap, commands: readonly StyleCommand[]): void {
	for (const c of commands) {
		switch (c.command) {
			case 'removeLayer':
				map.removeLayer(c.layerId);
				break;
			case 'removeSource':
				map.removeSource(c.sourceId);
				break;
			case 'addSource':
				map.addSource(c.sourceId, c.source);
				break;
			case 'setData':
				map.getSource<GeoJSONSource>(c.sourceId)?.setData(c.data);
				break;
			case 'addLayer':
				map.addLayer(c.layer as AddLayerObject, c.beforeId);
				break;
			case 'setLayoutProperty':
				map.setLayoutProperty(c.layerId, c.name as never, c.value as never);
				break;
			case 'setPaintProperty':
				map.setPaintProperty(c.layerId, c.name as never, c.value as never);
				break;
			case 'setFilter':
				map.setFilter(c.layerId, c.filter);
				break;
			case 'setLayerZoomRange':
				map.setLayerZoomRange(c.layerId, c.minzoom, c.maxzoom);
				break;
			case 'setProjection':
				map.setProjection(c.projection);
				break;
		}
	}
}

const mercator: ProjectionSpecification = { type: 'mercator' };

/**
 * Sources removed, added, or given new data (a GeoJSON source whose other properties are the same);
 * null for a source whose other properties changed. A source is unchanged when its `data` is the
 * same object: GeoJSON is never compared deeply.
 */
function sourceChanges(before: Record<string, SourceSpecification>, after: Record<string, SourceSpecification>): StyleCommand[] | null {
	const commands: StyleCommand[] = [];
	for (const id of Object.keys(before)) if (!(id in after)) commands.push({ command: 'removeSource', sourceId: id });
	for (const [id, source] of Object.entries(after)) {
		const old = before[id];
		if (!old) {
			commands.push({ command: 'addSource', sourceId: id, source });
			continue;
		}
		const { data: dataBefore, ...restBefore } = old as SourceSpecification & { data?: unknown };
		const { data: dataAfter, ...restAfter } = source as SourceSpecification & { data?: unknown };
		if (!sameJson(restBefore, restAfter)) return null;
		if (dataBefore !== dataAfter) commands.push({ command: 'setData', sourceId: id, data: dataAfter as GeoJSON | string });
	}
	return commands;
}

type Properties = Record<string, unknown> | undefined;

function propertyCommands(command: 'setLayoutProperty' | 'setPaintProperty', layerId: string, before: Properties, after: Properties): StyleCommand[] {
	const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
	return [...names].filter((name) => !sameJson(before?.[name], after?.[name])).map((name) => ({ command, layerId, name, value: after?.[name] }));
}

const sourceOf = (layer: LayerSpecification) => ('source' in layer ? layer.source : undefined);
const sourceLayerOf = (layer: LayerSpecification) => ('source-layer' in layer ? layer['source-layer'] : undefined);
const filterOf = (layer: LayerSpecification): FilterSpecification | null => ('filter' in layer && layer.filter !== undefined ? layer.filter : null);

/** Deep equality of JSON values (style properties are JSON). */
function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(b)) return false;
	const [ka, kb] = [Object.keys(a), Object.keys(b)];
	return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
