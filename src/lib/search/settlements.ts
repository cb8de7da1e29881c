// The towns and villages of static/data/settlements.json: read, checked, and made into entries the
// rest of the app already knows how to select, frame and name (GazetteerEntry), loaded only when
// someone needs them (the search field is focused, the map comes close, a link selects one).
import { parseDataFile, readDataFile } from '$lib/data/fetchJson';
import { settlementsSchema } from '$lib/data/schemas/settlements';
import type { Gazetteer, GazetteerEntry } from '$lib/types/mapData';

export const settlementsFile = 'settlements.json';

export interface Settlement {
	/** The GeoNames id, as text: the id of `settlement:<id>`. */
	id: string;
	name: string;
	point: [number, number];
	/** ISO 3166-2 of the admin-1 unit it lies in. */
	oblast: string;
	population: number;
	/** Whole km to the contact line of the article's date: orders the map's labels, never shown. */
	frontKm: number;
	alternates: string[];
}

/** The rows of a checked file as settlements; a file that fails its schema is a DataLoadError naming it. */
export function readSettlements(value: unknown): Settlement[] {
	const file = parseDataFile(settlementsSchema, value, settlementsFile);
	return file.settlements.map(([id, name, lon, lat, oblast, population, frontKm, alternates]) => ({ id: String(id), name, point: [lon, lat], oblast, population, frontKm, alternates }));
}

/** Fetches and checks settlements.json under `dataUrl`. */
export async function loadSettlements(dataUrl: URL, fetchFn: typeof fetch = fetch): Promise<Settlement[]> {
	return readSettlements(await readDataFile(fetchFn, new URL(settlementsFile, dataUrl), settlementsFile, settlementsSchema));
}

/** The settlements by id. */
export function settlementsById(settlements: readonly Settlement[]): ReadonlyMap<string, Settlement> {
	return new Map(settlements.map((s) => [s.id, s]));
}

/** A settlement as the gazetteer lists things: "Village in Kharkiv Oblast". */
export function settlementEntry(settlement: Settlement, regionName: (id: string) => string | undefined): GazetteerEntry {
	const country = settlement.oblast.slice(0, 2);
	return {
		key: `settlement:${settlement.id}`,
		kind: 'settlement',
		id: settlement.id,
		name: settlement.name,
		what: `${settlement.population >= 10_000 ? 'Town' : 'Settlement'} in ${regionName(settlement.oblast) ?? settlement.oblast}`,
		country,
		annexationClaimedOn: null,
		bbox: null,
		point: settlement.point,
		onMap: true
	};
}

/**
 * Adds the settlements to the gazetteer the page already holds. In place, on purpose: the map's
 * framing and every panel hold that same gazetteer, and a new one would restyle the map and repeat
 * its last flight; nothing is selected from these entries before they are in.
 */
export function addSettlements(gazetteer: Gazetteer, settlements: readonly Settlement[]): void {
	const regionName = (id: string) => gazetteer.entries.get(`region:${id}`)?.name;
	for (const settlement of settlements) {
		const entry = settlementEntry(settlement, regionName);
		gazetteer.entries.set(entry.key, entry);
		gazetteer.known.settlements.add(settlement.id);
	}
}
