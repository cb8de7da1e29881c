// The contract between the geodata pipeline, which writes static/data/manifest.json, and the app, which reads it.

/** A source a reader can open, as the manifest lists it. */
export interface ManifestSource {
	publisher: string;
	title: string;
	/** YYYY-MM-DD: the date the source describes or was published; null for an undated page. */
	date: string | null;
	url?: string;
	/** Where the data was read when it came from someone else's copy, with the commit that pins it. */
	archive?: { repository: string; commit: string; file: string; licence: string };
}

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
	/** The sources behind the layer, each one a reader can open; absent for layers built from packages only. */
	sources?: ManifestSource[];
	/** The terms of reuse as the sources state them, and what is not known about them. */
	licence: string;
	method: string;
	accuracy: string;
	/** How the layer's source draws places where conventions differ (a drained reservoir, a grey zone). */
	conventions?: Array<{ id: string; topic: string; text: string }>;
}

export interface Manifest {
	generatedBy: string;
	layers: ManifestLayer[];
}
