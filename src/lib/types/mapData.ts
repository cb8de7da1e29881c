// The shapes of the map's data, shared by the loaders that make them (src/lib/map/load*.ts,
// src/lib/data/loadAtlasData.ts), the style that draws them (src/lib/map/style.ts, factsStyle.ts),
// the camera that frames them and the panel that lists them. Types only: a loader, the style and a
// panel import these, not each other.
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { BasemapLayers } from '$lib/geo/basemapLayers';
import type { Figures } from '$lib/geo/figures';
import type { RefKind } from '$lib/refs/mapRef';
import type { UnavailableData } from '$lib/data/fetchJson';
import type { FactsLayer } from './mapView';
import type { SettlementFeatures } from '$lib/map/settlementsStyle';

export type { UnavailableData };

/** A facts file that could not be used, with the map layers it leaves empty (none for figures.json). */
export interface UnavailableLayerData extends UnavailableData {
	layers: FactsLayer[];
}

/** West, south, east, north. */
export type Bbox = [number, number, number, number];

/** The basemap: countries, admin-1 units and their borders, with the labels and the Dnipro. */
export interface BasemapData extends BasemapLayers {
	labels: FeatureCollection;
	rivers: FeatureCollection;
}

export interface PlaceProperties {
	id: string;
	/** "capital", "city", "seat of power", "front-line town" … */
	kind: string;
	/** ISO 3166-1 alpha-2 */
	country: string;
	nameEn: string;
	nameUk?: string;
	nameRu?: string;
}

/** The places the article names (static/data/places.geojson). */
export type Places = FeatureCollection<Point, PlaceProperties>;

export interface AnnexationClaim {
	id: string;
	name: string;
	claimedOn: string;
	/** The UN General Assembly resolution that does not recognise the claim, as a citation. */
	source: string;
	note?: string;
}

export interface KurskSnapshot {
	date: string;
	label: string;
}

/** The facts of one dated snapshot, everything the map and the panel draw from. */
/** Ground that changed hands between two compared dates: features of a snapshot's changes.geojson (`kind`, `from`, `to`, `category`). */
export type ChangeAreas = FeatureCollection<Polygon | MultiPolygon>;

export interface FactsData {
	/** The date of the snapshot shown: every "as of" on screen is this date. */
	asOf: string;
	/** Every snapshot date the manifest lists (its contact-line layers), oldest first. */
	snapshots: string[];
	contactLine: FeatureCollection<LineString | MultiLineString>;
	occupied: FeatureCollection<Polygon | MultiPolygon>;
	/** Ground the source marks of unknown status: counted neither as occupied nor as Ukrainian-held. */
	contested: FeatureCollection<Polygon | MultiPolygon>;
	border: FeatureCollection<LineString | MultiLineString>;
	/** One feature per Kursk date and category (`held`, `contested`). */
	kursk: FeatureCollection<Polygon | MultiPolygon>;
	/** The outer edge of held and contested ground together, one feature per Kursk date (property `date`). */
	kurskExtents: FeatureCollection<MultiLineString>;
	/** Dates of the Kursk layer up to `asOf`, oldest first: a later date would show the future. */
	kurskSnapshots: KurskSnapshot[];
	/** The Kursk date with the most ground held or contested, drawn as an outline for comparison. */
	kurskPeakDate: string | null;
	annexationClaims: AnnexationClaim[];
	/** Null when figures.json could not be used: no figure is shown rather than one without its file. */
	figures: Figures | null;
	/** The snapshot's changes.geojson, when the page asked for it (presentation mode, for its compare chapters). */
	changes?: ChangeAreas;
	/** The files of this snapshot that could not be used; their layers are empty. */
	unavailable: UnavailableLayerData[];
}

/** Everything the panel and the camera need to know about one selectable thing. */
export interface GazetteerEntry {
	/** `region:UA-14`, `place:moscow`, `country:UA`, `settlement:703656` */
	key: string;
	kind: RefKind;
	id: string;
	name: string;
	/** What it is, in a phrase: "Oblast of Ukraine", "Front-line town in Ukraine", "Country". */
	what: string;
	/** ISO 3166-1 alpha-2 of the country it lies in (its own id for a country). */
	country: string;
	/** The date Russia claims to have annexed it, for the regions with such a claim. */
	annexationClaimedOn: string | null;
	/** Where the camera goes: bounds for regions and countries, a point for places. */
	bbox: Bbox | null;
	point: [number, number] | null;
	/** False for what lies beyond the map's area (Washington, Jeddah) or is not drawn at all. */
	onMap: boolean;
}

export interface Gazetteer {
	entries: Map<string, GazetteerEntry>;
	/** In a reading order: Ukraine's regions, then Russia's, each alphabetical. */
	regions: GazetteerEntry[];
	/** Places on the map, then those beyond it, alphabetical within each. */
	places: GazetteerEntry[];
	countries: GazetteerEntry[];
	known: { regions: Set<string>; countries: Set<string>; places: Set<string>; settlements: Set<string> };
}

/** What the map draws and the panels list that stays the same while the page is open. */
export interface AtlasData {
	/** The folder of static/data as the page sees it (the build's base path included). */
	dataUrl: URL;
	basemap: BasemapData;
	places: Places;
	/** What can be selected: regions, places and countries, with where the camera goes for each. */
	gazetteer: Gazetteer;
	/** Files of the basemap and the places that could not be used; what they hold is missing. */
	unavailable: UnavailableData[];
	/** The towns and villages drawn, filled when settlements.json is loaded (src/lib/search/placeFinder.svelte.ts). */
	settlements?: { features: SettlementFeatures | null };
}

/** A problem to show in place of the map, in words a reader can act on. */
export interface MapProblem {
	title: string;
	detail: string;
}

/** `contrast` is presentation mode's: white text on black, for projectors and a room (at least 7:1). */
export type ThemeName = 'light' | 'dark' | 'contrast';
