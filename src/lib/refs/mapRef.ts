// The one vocabulary for things on the map: `region:UA-14`, `country:UA`, `place:moscow`,
// `settlement:703656` (a GeoNames id, from settlements.json). Every
// part of the app that reads or writes such a reference (the map, the link, the deck, the article,
// the panel) parses and formats it here.

/** What a reference names: an admin-1 region (ISO 3166-2), a country (ISO 3166-1 alpha-2), a place (slug), a settlement (GeoNames id). */
export type RefKind = 'region' | 'country' | 'place' | 'settlement';

export const refKinds: readonly RefKind[] = ['region', 'country', 'place', 'settlement'];

/** A reference to a thing on the map, e.g. `{ kind: 'region', id: 'RU-KRS' }`. */
export interface Ref {
	kind: RefKind;
	id: string;
}

/** The written form of a reference: `region:RU-KRS`. */
export type MapRef = `${RefKind}:${string}`;

/** Ids are short and plain: letters and digits in hyphen-joined words (UA-14, RU-KRS, chasiv-yar, UA), at most 64 characters. */
export const refIdPattern = /^(?=.{1,64}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** Whether `value` is one of the kinds (an own list, so `constructor` or `__proto__` never match). */
export function isRefKind(value: string): value is RefKind {
	return (refKinds as readonly string[]).includes(value);
}

export type ParsedRef = { ok: true; ref: Ref; key: MapRef } | { ok: false; reason: 'no-kind' | 'unknown-kind' | 'bad-id' };

/** Parses `kind:id`; never throws, and tells why a value is not a reference. */
export function parseMapRef(value: string): ParsedRef {
	const colon = value.indexOf(':');
	if (colon <= 0) return { ok: false, reason: 'no-kind' };
	const kind = value.slice(0, colon);
	const id = value.slice(colon + 1);
	if (!isRefKind(kind)) return { ok: false, reason: 'unknown-kind' };
	if (!refIdPattern.test(id)) return { ok: false, reason: 'bad-id' };
	return { ok: true, ref: { kind, id }, key: `${kind}:${id}` };
}

/** The written form of a reference. */
export function formatMapRef(ref: Ref): MapRef {
	return `${ref.kind}:${ref.id}`;
}

/** The kind and id of a written reference the app made itself (from the gazetteer, the data); null if it is not one. */
export function splitMapRef(key: string): Ref | null {
	const parsed = parseMapRef(key);
	return parsed.ok ? parsed.ref : null;
}
