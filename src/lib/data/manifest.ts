// The contract between the geodata pipeline, which writes static/data/manifest.json, and the app, which reads it.
/** What a layer of the app is, where it comes from and how far to trust it. */
export interface ManifestLayer {
	id: string;
	title: string;
	kind: string;
	/** YYYY-MM-DD, for layers that describe a moment; null for a basemap layer. */
	asOf: string | null;
	file: string;
	/** For a layer inside a TopoJSON file: the name of its object there. */
	object?: string;
	source: string;
	licence: string;
	method: string;
	accuracy: string;
}

export interface Manifest {
	generatedBy: string;
	layers: ManifestLayer[];
}
