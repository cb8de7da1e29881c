import bbox from '@turf/bbox';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AnnexationClaim, Bbox, Gazetteer, GazetteerEntry, Places } from '$lib/types/mapData';

const regionNames = new Intl.DisplayNames('en', { type: 'region' });

/** "Russia" for RU, "the United States" would need articles; Intl's names are used as they are. */
export function countryName(id: string, drawn?: Map<string, string>): string {
	const fromData = drawn?.get(id);
	if (fromData) return fromData;
	try {
		return regionNames.of(id) ?? id;
	} catch {
		return id;
	}
}

const subdivisionWords: Record<string, string> = {
	oblast: 'Oblast',
	krai: 'Krai',
	'autonomous republic': 'Autonomous republic',
	'city with special status': 'City with special status'
};

function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function inside(point: [number, number], bounds: Bbox): boolean {
	return point[0] >= bounds[0] && point[0] <= bounds[2] && point[1] >= bounds[1] && point[1] <= bounds[3];
}

function intersects(a: Bbox, b: Bbox): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export interface GazetteerInput {
	admin1: FeatureCollection<Polygon | MultiPolygon>;
	countries: FeatureCollection<Polygon | MultiPolygon>;
	places: Places;
	annexationClaims: AnnexationClaim[];
	/** Country ids to list although the map does not draw them (those the article names). */
	otherCountries?: Iterable<string>;
	/** The map's maxBounds. */
	bounds: Bbox;
}

/** Builds the list of selectable regions, places and countries from the loaded map data. */
export function buildGazetteer({ admin1, countries, places, annexationClaims, otherCountries = [], bounds }: GazetteerInput): Gazetteer {
	const entries = new Map<string, GazetteerEntry>();
	const drawnCountries = new Map(countries.features.map((f) => [String(f.properties?.id), String(f.properties?.nameEn ?? f.properties?.id)]));
	const claims = new Map(annexationClaims.map((c) => [c.id, c.claimedOn]));

	const regions: GazetteerEntry[] = admin1.features.map((f) => {
		const p = f.properties ?? {};
		const id = String(p.id);
		const country = String(p.country ?? id.slice(0, 2));
		const word = subdivisionWords[String(p.kind)] ?? 'Region';
		return {
			key: `region:${id}`,
			kind: 'region',
			id,
			name: String(p.nameEn ?? id),
			what: `${word} of ${countryName(country, drawnCountries)}`,
			country,
			annexationClaimedOn: claims.get(id) ?? null,
			bbox: bbox(f) as Bbox,
			point: null,
			onMap: true
		};
	});
	const byCountryThenName = (a: GazetteerEntry, b: GazetteerEntry) => (a.country === b.country ? a.name.localeCompare(b.name, 'en') : a.country === 'UA' ? -1 : b.country === 'UA' ? 1 : a.country.localeCompare(b.country));
	regions.sort(byCountryThenName);

	const placeEntries: GazetteerEntry[] = places.features.map((f) => {
		const p = f.properties;
		const point = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as [number, number];
		const where = countryName(p.country, drawnCountries);
		const kind = p.kind === 'capital' ? `Capital of ${where}` : `${capitalised(p.kind)} in ${where}`;
		return {
			key: `place:${p.id}`,
			kind: 'place',
			id: p.id,
			name: p.nameEn,
			what: kind,
			country: p.country,
			annexationClaimedOn: null,
			bbox: null,
			point,
			onMap: inside(point, bounds)
		};
	});
	placeEntries.sort((a, b) => Number(b.onMap) - Number(a.onMap) || a.name.localeCompare(b.name, 'en'));

	const countryIds = new Set([...drawnCountries.keys(), ...otherCountries]);
	const countryEntries: GazetteerEntry[] = [...countryIds].map((id) => {
		const feature = countries.features.find((f) => f.properties?.id === id);
		const box = feature ? (bbox(feature) as Bbox) : null;
		return {
			key: `country:${id}`,
			kind: 'country',
			id,
			name: countryName(id, drawnCountries),
			what: 'Country',
			country: id,
			annexationClaimedOn: null,
			bbox: box,
			point: null,
			onMap: box !== null && intersects(box, bounds)
		};
	});
	countryEntries.sort((a, b) => a.name.localeCompare(b.name, 'en'));

	for (const entry of [...regions, ...placeEntries, ...countryEntries]) entries.set(entry.key, entry);
	return {
		entries,
		regions,
		places: placeEntries,
		countries: countryEntries,
		known: {
			regions: new Set(regions.map((e) => e.id)),
			countries: new Set(countryEntries.map((e) => e.id)),
			places: new Set(placeEntries.map((e) => e.id)),
			// Filled when settlements.json is loaded (src/lib/search/settlements.ts).
			settlements: new Set()
		}
	};
}

/** Clips a bbox to the map's bounds, so the camera never aims past where the map can go. */
export function clipBbox(box: Bbox, bounds: Bbox): Bbox {
	return [Math.max(box[0], bounds[0]), Math.max(box[1], bounds[1]), Math.min(box[2], bounds[2]), Math.min(box[3], bounds[3])];
}
