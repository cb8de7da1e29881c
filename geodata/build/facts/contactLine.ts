import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { boundaryRuns } from '../../../src/lib/geo/boundaryRuns';
import { EdgeIndex } from '../../../src/lib/geo/edgeIndex';
import type { Confidence, StretchZone } from './snapshot';

export interface ContactLineProperties {
	id: string;
	name: string;
	follows: 'land' | 'river';
	confidence: Confidence;
	note?: string;
}

const same = (a: Position, b: Position) => Math.abs(a[0]! - b[0]!) < 1e-9 && Math.abs(a[1]! - b[1]!) < 1e-9;

/**
 * The edges of an area that lie inside a territory rather than along its outline: for the occupied
 * part of Ukraine, the line where it meets the rest of Ukraine. Runs that go out and straight back
 * (a zero-width spike that clipping leaves where the source and the map's coast touch) and runs
 * repeated in reverse (two parts of the area touching) are not edges and are left out.
 */
export function innerEdges(area: Polygon | MultiPolygon, territory: Polygon | MultiPolygon): Position[][] {
	const outline = new EdgeIndex(territory.type === 'Polygon' ? territory.coordinates : territory.coordinates.flat());
	const lines = boundaryRuns(area, outline)
		.filter((run) => !run.onOutline)
		.map((run) => run.coordinates)
		.filter((coords) => !isSpike(coords));
	const key = (coords: Position[]) => coords.map((p) => `${p[0]},${p[1]}`).join(';');
	const keys = new Set(lines.map(key));
	return lines.filter((coords) => !keys.has(key([...coords].reverse())));
}

/** A run that goes out and comes back the same way: each vertex mirrored about its middle. */
function isSpike(coords: Position[]): boolean {
	if (coords.length < 3 || !same(coords[0]!, coords.at(-1)!)) return coords.length < 2;
	const n = coords.length - 1;
	for (let i = 0; i <= n / 2; i++) if (!same(coords[i]!, coords[n - i]!)) return false;
	return true;
}

/**
 * Names the pieces of a contact line after the stretch whose box holds each segment's middle (the
 * first that does, in the order given), joining consecutive segments of one stretch. One feature
 * per stretch, in the order of `zones`, then the default stretch for the rest.
 */
export function nameStretches(lines: Position[][], zones: StretchZone[], fallback: { name: string; confidence: Confidence }): Array<Feature<MultiLineString, ContactLineProperties>> {
	const other: StretchZone = { id: 'other', name: fallback.name, confidence: fallback.confidence, follows: 'land', bbox: [-180, -90, 180, 90] };
	const all = [...zones, other];
	const zoneOf = (a: Position, b: Position) => {
		const x = (a[0]! + b[0]!) / 2;
		const y = (a[1]! + b[1]!) / 2;
		return all.find((z) => x >= z.bbox[0] && x <= z.bbox[2] && y >= z.bbox[1] && y <= z.bbox[3])!;
	};
	const pieces = new Map<string, Position[][]>();
	for (const line of lines) {
		let current: { zone: StretchZone; coords: Position[] } | null = null;
		for (let i = 1; i < line.length; i++) {
			const zone = zoneOf(line[i - 1]!, line[i]!);
			if (current && current.zone === zone) current.coords.push(line[i]!);
			else {
				if (current) pieces.set(current.zone.id, [...(pieces.get(current.zone.id) ?? []), current.coords]);
				current = { zone, coords: [line[i - 1]!, line[i]!] };
			}
		}
		if (current) pieces.set(current.zone.id, [...(pieces.get(current.zone.id) ?? []), current.coords]);
	}
	return all.flatMap((zone) => {
		const coordinates = pieces.get(zone.id);
		if (!coordinates) return [];
		const properties: ContactLineProperties = { id: zone.id, name: zone.name, follows: zone.follows, confidence: zone.confidence, ...(zone.note ? { note: zone.note } : {}) };
		return [{ type: 'Feature' as const, id: zone.id, properties, geometry: { type: 'MultiLineString' as const, coordinates } }];
	});
}
