import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AnnexationClaim } from '$lib/types/mapData';
import { formatDecimal, formatDms } from './coordinates';
import { compassDirection, nearestPlaces, type NamedPoint } from './nearestPlaces';
import { queryPoint, type PointQueryInput } from './pointQuery';

const read = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));
const fixture = read('./test/in/front-box.geojson') as FeatureCollection<Geometry>;
const expected = read('./test/out/front-box.json') as {
	asOf: string;
	kurskDate: string;
	claims: AnnexationClaim[];
	mentions: Record<string, string[]>;
	points: Array<{ point: [number, number]; why: string; region: string | null; holding: string; contactLineKm: number | null; toleranceKm: number; nearest: string[]; claim: string | null; paragraphs: string[] }>;
};

function role<G extends Geometry>(name: string): FeatureCollection<G> {
	return { type: 'FeatureCollection', features: fixture.features.filter((f) => f.properties?.role === name) as Feature<G>[] };
}

const places: NamedPoint[] = role<Point>('place').features.map((f) => ({ name: f.properties!.name, point: f.geometry.coordinates as [number, number], key: f.properties!.key ?? null }));
const input: PointQueryInput = {
	admin1: role<Polygon | MultiPolygon>('admin1'),
	occupied: role<Polygon | MultiPolygon>('occupied'),
	contested: role<Polygon | MultiPolygon>('contested'),
	contactLine: role<LineString>('contactLine'),
	kursk: role<Polygon | MultiPolygon>('kursk'),
	kurskDate: expected.kurskDate,
	asOf: expected.asOf,
	annexationClaims: expected.claims,
	places,
	mentions: new Map(Object.entries(expected.mentions))
};

describe('queryPoint on test/in/front-box.geojson', () => {
	it.each(expected.points.map((p) => [p.why, p] as const))('%s', (_why, p) => {
		const report = queryPoint(p.point, input);
		expect(report.region?.id ?? null).toBe(p.region);
		expect(report.holding).toBe(p.holding);
		if (p.contactLineKm !== null) expect(report.contactLineKm).toBeCloseTo(p.contactLineKm, -Math.log10(p.toleranceKm * 2));
		expect(report.nearest.map((n) => n.name)).toEqual(p.nearest);
		expect(report.claim?.id ?? null).toBe(p.claim);
		expect(report.paragraphs).toEqual(p.paragraphs);
	});

	it('says who held the point in the app’s words, dated and attributed', () => {
		expect(queryPoint([38.7, 48.2], input).holdingText).toBe('Occupied by Russia since before 24 February 2022, as DeepStateMap assessed it on 13 March 2025');
		expect(queryPoint([37.95, 48], input).holdingText).toMatch(/^Contested \(grey zone\), as DeepStateMap assessed it on 13 March 2025: counted neither/);
		expect(queryPoint([35.7, 50.7], input).holdingText).toBe('Ukrainian-held, in Russia’s Kursk oblast, as DeepStateMap assessed it on 27 August 2024');
	});

	it('has no distance to a contact line that is not there', () => {
		expect(queryPoint([37.5, 48], { ...input, contactLine: { type: 'FeatureCollection', features: [] } }).contactLineKm).toBeNull();
	});
});

describe('nearestPlaces', () => {
	it('counts a name listed twice once, by its nearer entry, and keeps the selectable key', () => {
		const near = nearestPlaces([37.5, 48], places, 5);
		expect(near.filter((n) => n.name === 'Westtown')).toHaveLength(1);
		expect(near[0]).toMatchObject({ name: 'Westtown', key: 'place:westtown', direction: 'S' });
		// 0.5° of latitude: 0.5 × 111.195 km.
		expect(near[0]!.km).toBeCloseTo(55.6, 1);
	});

	it('gives the direction of the point seen from the place', () => {
		expect(compassDirection([0, 0], [0, 1])).toBe('N');
		expect(compassDirection([0, 0], [1, 1])).toBe('NE');
		expect(compassDirection([0, 0], [-1, 0])).toBe('W');
		expect(compassDirection([0, 0], [0, -1])).toBe('S');
	});

	it('takes any list of named points, empty included', () => {
		expect(nearestPlaces([0, 0], [])).toEqual([]);
	});
});

describe('coordinates', () => {
	it('writes decimal degrees with hemispheres', () => {
		expect(formatDecimal([37.8, 48.02])).toBe('48.0200° N, 37.8000° E');
		expect(formatDecimal([-0.5, -12.25])).toBe('12.2500° S, 0.5000° W');
	});

	it('writes degrees, minutes and seconds, carrying 60 seconds into the minute', () => {
		expect(formatDms([37.8, 48.02])).toBe('48°01′12″ N, 37°48′00″ E');
		expect(formatDms([30.99999, 50.5])).toBe('50°30′00″ N, 31°00′00″ E');
	});
});

describe('the point card’s words', async () => {
	const { claimText, pointAnnouncement } = await import('./pointText');
	it('attributes the annexation claim and says the UN does not recognise it', () => {
		expect(claimText(expected.claims[0]!)).toBe('Russia claims to have annexed Zaporizhzhia Oblast (30 September 2022); the UN General Assembly does not recognise the claim.');
	});

	it('announces the point, its region, who held it, the contact line and the nearest place', () => {
		expect(pointAnnouncement(queryPoint([37.5, 48], input), expected.asOf)).toBe(
			'Point 48.0000° N, 37.5000° E, in Donetsk Oblast. Ukrainian-held, as DeepStateMap assessed it on 13 March 2025. 29.8 km from the contact line of 13 March 2025. Nearest named place: Westtown, 55.6 km.'
		);
	});
});
