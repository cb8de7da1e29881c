// What About the data offers to download for each layer: the very file the app loads, with its
// format said plainly (a TopoJSON file holds several layers, each an object of its own).
import type { ManifestLayer } from '$lib/data/manifest';

export interface LayerDownload {
	/** The file's path under data/, as the manifest gives it. */
	file: string;
	/** The name it is saved under: the path's folders joined in, so snapshots' files stay apart. */
	saveAs: string;
	/** "GeoJSON", "TopoJSON, object “admin1”", "JSON". */
	format: string;
}

const formats: Record<string, string> = { geojson: 'GeoJSON', topojson: 'TopoJSON', json: 'JSON', csv: 'CSV' };

export function layerDownload(layer: Pick<ManifestLayer, 'file' | 'object'>): LayerDownload {
	const extension = layer.file.split('.').pop()?.toLowerCase() ?? '';
	const format = formats[extension] ?? extension.toUpperCase();
	return {
		file: layer.file,
		saveAs: `frontline-atlas_${layer.file.replaceAll('/', '_')}`,
		format: layer.object ? `${format}, object “${layer.object}”, with the other layers of that file` : format
	};
}

/** The figures layers (one figures.json per snapshot), oldest first: the JSON downloads of the figures. */
export function figuresLayers<L extends Pick<ManifestLayer, 'kind' | 'asOf'>>(layers: readonly L[]): L[] {
	return layers.filter((l) => l.kind === 'figures' && l.asOf).sort((a, b) => a.asOf!.localeCompare(b.asOf!));
}
