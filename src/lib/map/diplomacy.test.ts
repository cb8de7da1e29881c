import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Position } from 'geojson';
import distance from '@turf/distance';
import { article, blockText, isMention } from '$lib/article';
import { atlasConfig } from '$lib/config';
import {
	boundingCap,
	connectedPlaceIds,
	connectionLines,
	connectionsOf,
	diplomacyCamera,
	diplomacyConnections,
	DIPLOMACY_MAX_ZOOM,
	DIPLOMACY_MIN_ZOOM,
	isDiplomacyPlace,
	UKRAINE_BOUNDS,
	type DiplomacyConnection
} from './diplomacy';

const places = JSON.parse(readFileSync('static/data/places.geojson', 'utf8')) as FeatureCollection<Point>;
const placeIds = places.features.map((f) => String(f.id));
const at = (id: string) => places.features.find((f) => f.id === id)!.geometry.coordinates;

/**
 * What in the block's own words states each link: a connection added without its evidence here
 * fails the test. Each entry is a list of phrases the block must all contain.
 */
const evidence: Record<string, string[]> = {
	'jeddah-kyiv': ['Ukrainian officials met in Jeddah', 'ceasefire proposal'],
	'jeddah-washington': ['top American and Ukrainian officials met in Jeddah', 'US'],
	'washington-moscow': ['Witkoff’s talks in Moscow', 'detailed terms from the US'],
	'moscow-minsk': ['Belarusian President Alexander Lukashenko in Moscow', 'March 13, 2025'],
	'white-house-kyiv': ['Oval Office meeting with Trump', 'February 28, 2025', 'Kyiv'],
	'paris-kyiv': ['French President Emmanuel Macron', 'coalition of the willing', 'peacekeepers'],
	'london-kyiv': ['UK Prime Minister Keir Starmer', 'coalition of the willing', 'peacekeepers']
};

const block = (id: string) => article.blocks.find((b) => b.id === id);

describe('diplomacyConnections', () => {
	it('have unique ids, known places and two different sites each', () => {
		expect(new Set(diplomacyConnections.map((c) => c.id)).size).toBe(diplomacyConnections.length);
		for (const c of diplomacyConnections) {
			expect(placeIds, c.id).toContain(c.from);
			expect(placeIds, c.id).toContain(c.to);
			expect(at(c.from), c.id).not.toEqual(at(c.to));
			expect(c.label.length, c.id).toBeGreaterThan(0);
		}
	});

	it('link to blocks of the article that state them', () => {
		expect(Object.keys(evidence).sort()).toEqual(diplomacyConnections.map((c) => c.id).sort());
		for (const c of diplomacyConnections) {
			const b = block(c.blockId);
			expect(b, `${c.id}: block ${c.blockId}`).toBeDefined();
			const text = blockText(b!);
			for (const phrase of evidence[c.id]!) expect(text, `${c.id} in ${c.blockId}`).toContain(phrase);
		}
	});

	it('name the places the article annotates in the block, where it annotates them', () => {
		// The block's place mentions; Paris, London, Washington and Minsk are not named in the text
		// (the article names people and countries: Macron, Starmer, the US, Belarusian), the others are.
		const annotated = (blockId: string) => new Set(block(blockId)!.segments.filter(isMention).filter((s) => s.ref.kind === 'place').map((s) => s.ref.id));
		const namedInText = new Set(['kyiv', 'jeddah', 'moscow', 'white-house', 'kremlin']);
		for (const c of diplomacyConnections) {
			for (const id of [c.from, c.to]) {
				// Kyiv stands for Ukraine in the Jeddah and coalition links, whose blocks name Ukraine or Zelensky only.
				if (!namedInText.has(id) || (id === 'kyiv' && ['p-jeddah-proposal', 'p-security-guarantees'].includes(c.blockId))) continue;
				expect(annotated(c.blockId), `${c.id}: ${id} in ${c.blockId}`).toContain(id);
			}
		}
	});

	it('has one arc per pair of sites', () => {
		const pair = (c: DiplomacyConnection) => [at(c.from).join(), at(c.to).join()].sort().join('|');
		expect(new Set(diplomacyConnections.map(pair)).size).toBe(diplomacyConnections.length);
	});
});

describe('isDiplomacyPlace', () => {
	it('is true for the places outside the regional map, and for Moscow and the Kremlin', () => {
		const [west, south, east, north] = atlasConfig.bounds;
		const outside = places.features.filter(({ geometry: { coordinates: [lon, lat] } }) => lon! < west || lon! > east || lat! < south || lat! > north);
		expect(outside.map((f) => f.id).sort()).toEqual(['jeddah', 'london', 'paris', 'washington', 'white-house']);
		const hubs = ['moscow', 'kremlin'];
		for (const id of placeIds) expect(isDiplomacyPlace(id), id).toBe(outside.some((f) => f.id === id) || hubs.includes(id));
	});

	it('takes in Minsk only when the diplomacy view is asked for', () => {
		expect(isDiplomacyPlace('minsk')).toBe(false);
		expect(isDiplomacyPlace('minsk', { diplomacyView: true })).toBe(true);
		for (const id of ['moscow', 'kremlin']) expect(isDiplomacyPlace(id, { diplomacyView: true })).toBe(true);
		for (const id of ['kyiv', 'kursk', 'sudzha', 'pokrovsk']) expect(isDiplomacyPlace(id, { diplomacyView: true }), id).toBe(false);
	});
});

describe('connectionsOf and connectedPlaceIds', () => {
	it('treat the Kremlin as Moscow and the White House as Washington', () => {
		expect(connectionsOf('kremlin').map((c) => c.id).sort()).toEqual(['moscow-minsk', 'washington-moscow']);
		expect(connectionsOf('white-house').map((c) => c.id).sort()).toEqual(['jeddah-washington', 'washington-moscow', 'white-house-kyiv']);
		expect(connectedPlaceIds('jeddah')).toEqual(['jeddah', 'kyiv', 'washington']);
		expect(connectedPlaceIds('kursk')).toEqual(['kursk']);
	});
});

describe('connectionLines', () => {
	const lines = connectionLines(places);

	it('draws one arc per connection with its properties', () => {
		expect(lines.features).toHaveLength(diplomacyConnections.length);
		for (const [i, c] of diplomacyConnections.entries()) {
			const f = lines.features[i]!;
			expect(f.properties).toEqual({ id: c.id, label: c.label, from: c.from, to: c.to, blockId: c.blockId });
			expect(f.geometry.type).toBe('LineString');
			const coords = f.geometry.coordinates as Position[];
			expect(coords.length).toBeGreaterThan(10);
			expect(distance(coords[0]!, at(c.from))).toBeLessThan(1);
			expect(distance(coords.at(-1)!, at(c.to))).toBeLessThan(1);
		}
	});

	it('follows the great circle: the arc is as long as the distance, and bends poleward', () => {
		const arc = lines.features.find((f) => f.id === 'jeddah-washington')!.geometry.coordinates as Position[];
		const length = arc.slice(1).reduce((sum, p, i) => sum + distance(arc[i]!, p), 0);
		expect(length).toBeCloseTo(distance(at('washington'), at('jeddah')), -1);
		// The great circle from Washington (38.9°N) to Jeddah (21.5°N) passes north of both.
		expect(Math.max(...arc.map((p) => p[1]!))).toBeGreaterThan(45);
	});

	it('keeps every coordinate valid, also for an arc across the antimeridian', () => {
		const tokyo = { type: 'Feature', id: 'tokyo', properties: { id: 'tokyo' }, geometry: { type: 'Point', coordinates: [139.69, 35.69] } } as const;
		const withTokyo = { ...places, features: [...places.features, tokyo] } as FeatureCollection<Point>;
		const pacific = connectionLines(withTokyo, [{ id: 'tokyo-washington', from: 'tokyo', to: 'washington', label: 'x', blockId: 'x' }]).features[0]!;
		for (const f of [...lines.features, pacific]) {
			const positions = (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates).flat();
			for (const [lon, lat] of positions) {
				expect(Number.isFinite(lon) && lon! >= -180 && lon! <= 180, `${f.id} ${lon}`).toBe(true);
				expect(Number.isFinite(lat) && lat! >= -90 && lat! <= 90, `${f.id} ${lat}`).toBe(true);
			}
		}
		// Split at the antimeridian rather than drawn the long way round.
		expect(pacific.geometry.type).toBe('MultiLineString');
		const parts = pacific.geometry.coordinates as Position[][];
		for (const part of parts) for (const [a, b] of part.slice(1).map((p, i) => [part[i]!, p])) expect(Math.abs(a![0]! - b![0]!)).toBeLessThan(30);
	});

	it('fails clearly on an unknown place', () => {
		expect(() => connectionLines(places, [{ id: 'x', from: 'kyiv', to: 'atlantis', label: '', blockId: '' }])).toThrow(/atlantis/);
	});
});

describe('boundingCap', () => {
	it('holds every point, and is about the smallest for two', () => {
		const points = ['jeddah', 'kyiv', 'washington', 'moscow', 'london'].map(at);
		const { center, radius } = boundingCap(points);
		const c = [Math.atan2(center[1], center[0]) * (180 / Math.PI), Math.asin(center[2]) * (180 / Math.PI)];
		const earth = 6371.0088;
		for (const p of points) expect(distance(c, p)).toBeLessThanOrEqual(radius * earth + 0.01);
		const two = boundingCap([at('kyiv'), at('washington')]);
		expect(two.radius * earth).toBeCloseTo(distance(at('kyiv'), at('washington')) / 2, 0);
	});
});

describe('diplomacyCamera', () => {
	const viewport = { width: 1280, height: 800 };

	it('frames Jeddah, Kyiv, Washington and Moscow: centred between them, zoom 0.5 to 3', () => {
		const ids = ['jeddah', 'kyiv', 'washington', 'moscow'];
		const { center, zoom } = diplomacyCamera(places, ids, viewport);
		const [lon, lat] = center;
		expect(lon).toBeGreaterThan(-77.04);
		expect(lon).toBeLessThan(39.19);
		expect(lat).toBeGreaterThan(21.49);
		expect(lat).toBeLessThan(55.75);
		expect(zoom).toBeGreaterThanOrEqual(0.5);
		expect(zoom).toBeLessThanOrEqual(3);
		// Under the documented rule every place and Ukraine's corners fall within `fill` (0.8) of half the shorter side.
		const radiusPx = (512 * 2 ** zoom) / (2 * Math.PI * Math.cos((lat * Math.PI) / 180));
		const [w, s, e, n] = UKRAINE_BOUNDS;
		for (const p of [...ids.map(at), [w, s], [e, n], [w, n], [e, s]]) {
			const theta = distance(center, p) / 6371.0088;
			expect(theta).toBeLessThan(Math.PI / 2);
			expect(radiusPx * Math.sin(theta)).toBeLessThanOrEqual(0.8 * 400 + 0.5);
		}
	});

	it('zooms in for nearby places and out for a smaller map, within its limits', () => {
		const near = diplomacyCamera(places, ['moscow', 'minsk'], viewport);
		const far = diplomacyCamera(places, ['jeddah', 'washington'], viewport);
		expect(near.zoom).toBeGreaterThan(far.zoom);
		expect(near.zoom).toBeLessThanOrEqual(DIPLOMACY_MAX_ZOOM);
		expect(diplomacyCamera(places, ['jeddah', 'washington'], { width: 400, height: 300 }).zoom).toBeLessThan(far.zoom);
		expect(diplomacyCamera(places, ['jeddah', 'washington'], { width: 10, height: 10 }).zoom).toBe(DIPLOMACY_MIN_ZOOM);
		// The Kremlin alone still shows Ukraine: the centre lies between Moscow and Ukraine.
		const kremlin = diplomacyCamera(places, ['kremlin'], viewport);
		expect(kremlin.center[1]).toBeGreaterThan(44.4);
		expect(kremlin.center[1]).toBeLessThan(55.76);
	});

	it('keeps Ukraine within its bounds constant (Natural Earth 1:110m)', async () => {
		const { loadWorld } = await import('./worldStyle');
		const text = readFileSync('static/data/world.topojson', 'utf8');
		const world = await loadWorld(new URL('http://atlas.test/data/'), (async () => new Response(text)) as unknown as typeof fetch);
		const ukraine = world.features.find((f) => f.id === 'UA')!;
		const positions = (ukraine.geometry.type === 'Polygon' ? [ukraine.geometry.coordinates] : ukraine.geometry.coordinates).flat(2);
		const lons = positions.map((p) => p[0]!);
		const lats = positions.map((p) => p[1]!);
		const [w, s, e, n] = UKRAINE_BOUNDS;
		expect(Math.min(...lons)).toBeGreaterThanOrEqual(w - 0.5);
		expect(Math.max(...lons)).toBeLessThanOrEqual(e + 0.5);
		expect(Math.min(...lats)).toBeGreaterThanOrEqual(s - 0.5);
		expect(Math.max(...lats)).toBeLessThanOrEqual(n + 0.5);
	});

	it('fails clearly on an unknown place', () => {
		expect(() => diplomacyCamera(places, ['atlantis'])).toThrow(/atlantis/);
	});
});
