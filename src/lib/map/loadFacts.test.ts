import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ManifestLayer } from '$lib/data/manifest';
import { loadFacts, pickSnapshot, snapshotDates } from './loadFacts';

const layer = (kind: string, asOf: string | null, file: string): ManifestLayer => ({ id: file, title: kind, kind, asOf, file, source: '', licence: '', method: '', accuracy: '' });
const dated = (date: string) => ['contact-line', 'occupied', 'contested', 'border', 'figures'].map((kind) => layer(kind, date, `facts/${date}/${kind}.json`));
const fc = (features: unknown[] = []) => ({ type: 'FeatureCollection', features });
// The shipped figures, with the date and the Kursk peak of each test snapshot.
const shippedFigures = JSON.parse(readFileSync('static/data/facts/2025-03-13/figures.json', 'utf8'));
const figuresOf = (asOf: string, peak: string) => ({
	...shippedFigures,
	asOf,
	kursk: { ...shippedFigures.kursk, peak: { date: peak, heldKm2: 9, contestedKm2: 1, heldOrContestedKm2: 10 } }
});
const square = { type: 'Polygon', coordinates: [[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]] };

function serve(files: Record<string, unknown>): typeof fetch {
	return (async (input: URL) => {
		const name = input.pathname.replace(/^\/data\//, '');
		if (!(name in files)) return new Response('missing', { status: 404, statusText: 'Not Found' });
		return new Response(JSON.stringify(files[name]));
	}) as typeof fetch;
}

/** A Kursk date's held box and contested box, side by side, sharing one edge. */
const kurskDate = (date: string, x: number) => [
	{ type: 'Feature', properties: { date, label: date, category: 'held' }, geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] } },
	{ type: 'Feature', properties: { date, label: date, category: 'contested' }, geometry: { type: 'Polygon', coordinates: [[[x + 1, 0], [x + 2, 0], [x + 2, 1], [x + 1, 1], [x + 1, 0]]] } }
];

const base = new URL('http://atlas.test/data/');
// The manifest lists the snapshots out of order, and one after the article's date.
const manifest = { layers: [...dated('2025-03-13'), ...dated('2024-11-23'), ...dated('2025-04-26'), layer('ukrainian-held-in-russia', '2025-03-13', 'facts/kursk.json'), layer('annexation-claim', '2022-09-30', 'facts/claims.json')] };
const kursk = fc([...kurskDate('2024-08-27', 0), ...kurskDate('2024-11-23', 10), ...kurskDate('2025-03-13', 20), ...kurskDate('2025-04-26', 30)]);
const snapshotFiles = (date: string, peak: string, contested: unknown = fc([{ type: 'Feature', properties: { category: 'contested' }, geometry: square }])) => ({
	[`facts/${date}/contact-line.json`]: fc(),
	[`facts/${date}/occupied.json`]: fc(),
	[`facts/${date}/contested.json`]: contested,
	[`facts/${date}/border.json`]: fc(),
	[`facts/${date}/figures.json`]: figuresOf(date, peak)
});
const files: Record<string, unknown> = {
	'manifest.json': manifest,
	...snapshotFiles('2025-03-13', '2024-08-27'),
	...snapshotFiles('2024-11-23', '2024-08-27'),
	'facts/kursk.json': kursk,
	'facts/claims.json': { claims: [{ id: 'UA-14', name: 'Donetsk', claimedOn: '2022-09-30', source: 's' }] }
};

describe('snapshots', () => {
	it('lists every snapshot date the manifest has, oldest first', () => {
		expect(snapshotDates(manifest.layers)).toEqual(['2024-11-23', '2025-03-13', '2025-04-26']);
	});
	it('picks the latest snapshot on or before the date, never a later one', () => {
		expect(pickSnapshot(manifest.layers, '2025-03-13')).toBe('2025-03-13');
		expect(pickSnapshot(manifest.layers, '2025-03-12')).toBe('2024-11-23');
		expect(pickSnapshot(manifest.layers, '2020-01-01')).toBeNull();
	});
});

describe('loadFacts', () => {
	it("loads the article date's snapshot by default, with its contested ground and the Kursk dates up to it", async () => {
		const facts = await loadFacts(base, '2025-03-13', serve(files));
		expect(facts.asOf).toBe('2025-03-13');
		expect(facts.snapshots).toEqual(['2024-11-23', '2025-03-13', '2025-04-26']);
		expect(facts.contested.features).toHaveLength(1);
		expect(facts.kurskSnapshots.map((s) => s.date)).toEqual(['2024-08-27', '2024-11-23', '2025-03-13']);
		expect(new Set(facts.kursk.features.map((f) => f.properties?.category))).toEqual(new Set(['held', 'contested']));
		expect(facts.kurskPeakDate).toBe('2024-08-27');
		expect(facts.annexationClaims.map((c) => c.id)).toEqual(['UA-14']);
	});

	it('loads the snapshot the caller chooses, and says the date that is shown', async () => {
		const facts = await loadFacts(base, '2025-03-13', serve(files), '2024-11-23');
		expect(facts.asOf).toBe('2024-11-23');
		expect(facts.figures?.asOf).toBe('2024-11-23');
		expect(facts.kurskSnapshots.map((s) => s.date)).toEqual(['2024-08-27', '2024-11-23']);
		await expect(loadFacts(base, '2025-03-13', serve(files), '2024-12-01')).rejects.toThrow('it lists no snapshot dated 2024-12-01');
	});

	it('outlines each Kursk date’s held and contested ground as one area, without the edge they share', async () => {
		const facts = await loadFacts(base, '2025-03-13', serve(files));
		expect(facts.kurskExtents.features.map((f) => f.properties?.date)).toEqual(['2024-08-27', '2024-11-23', '2025-03-13']);
		const [outline] = facts.kurskExtents.features[0]!.geometry.coordinates;
		// The 2 × 1 rectangle around both boxes: six edges, closed, none on the shared x = 1.
		expect(facts.kurskExtents.features[0]!.geometry.coordinates).toHaveLength(1);
		expect(outline).toHaveLength(7);
		expect(outline![0]).toEqual(outline!.at(-1));
		const edges = outline!.slice(1).map((p, i) => [outline![i]!, p]);
		expect(edges.filter(([a, b]) => a![0] === 1 && b![0] === 1)).toEqual([]);
	});

	it('draws without a file that is missing or malformed, naming it and what is missing', async () => {
		const { ['facts/2025-03-13/border.json']: _border, ...withoutBorder } = files;
		void _border;
		const noBorder = await loadFacts(base, '2025-03-13', serve(withoutBorder));
		expect(noBorder.unavailable).toEqual([
			{ file: 'facts/2025-03-13/border.json', what: 'the active border front', reason: 'the server answered 404 Not Found', layers: ['borderFront'] }
		]);
		expect(noBorder.border.features).toEqual([]);
		expect(noBorder.occupied).toEqual(fc());
		expect(noBorder.figures?.asOf).toBe('2025-03-13');

		// Coordinates that are not numbers: the layer is empty, not drawn half.
		const badGeometry = fc([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: 'x' } }]);
		const broken = await loadFacts(base, '2025-03-13', serve({ ...files, 'facts/2025-03-13/contested.json': badGeometry }));
		expect(broken.unavailable.map((u) => [u.file, u.layers])).toEqual([['facts/2025-03-13/contested.json', ['contested']]]);
		expect(broken.unavailable[0]!.reason).toMatch(/^at features\.0\.geometry\.coordinates: a polygon must be/);
		expect(broken.contested.features).toEqual([]);

		// Figures that lack a field: no figures at all rather than some.
		const { contestedKm2: _c, ...ukraine } = shippedFigures.ukraine;
		void _c;
		const noFigures = await loadFacts(base, '2025-03-13', serve({ ...files, 'facts/2025-03-13/figures.json': { ...figuresOf('2025-03-13', '2024-08-27'), ukraine } }));
		expect(noFigures.figures).toBeNull();
		expect(noFigures.kurskPeakDate).toBeNull();
		expect(noFigures.unavailable).toEqual([expect.objectContaining({ file: 'facts/2025-03-13/figures.json', layers: [], reason: expect.stringContaining('ukraine.contestedKm2') })]);

		// A Kursk feature without its category, a claim on an impossible date.
		const noCategory = await loadFacts(base, '2025-03-13', serve({ ...files, 'facts/kursk.json': fc([{ type: 'Feature', properties: { date: '2024-08-27' }, geometry: square }]) }));
		expect(noCategory.unavailable).toEqual([expect.objectContaining({ file: 'facts/kursk.json', layers: ['kursk'], reason: expect.stringContaining('features.0.properties.category') })]);
		expect(noCategory.kurskSnapshots).toEqual([]);
		const badDate = await loadFacts(base, '2025-03-13', serve({ ...files, 'facts/claims.json': { claims: [{ id: 'UA-14', name: 'Donetsk', claimedOn: '2022-02-30', source: 's' }] } }));
		expect(badDate.unavailable).toEqual([expect.objectContaining({ file: 'facts/claims.json', layers: ['annexationClaims'], reason: expect.stringContaining('real calendar date') })]);
		expect(badDate.annexationClaims).toEqual([]);

		// Without a usable manifest, or a snapshot for the date, there are no facts to draw.
		await expect(loadFacts(base, '2020-01-01', serve(files))).rejects.toThrow('manifest.json');
		await expect(loadFacts(base, '2025-03-13', serve({ ...files, 'manifest.json': { layers: [{ ...manifest.layers[0], asOf: '2025-13-45' }] } }))).rejects.toThrow(
			/manifest\.json: at layers\.0\.asOf: a date must be a real calendar date/
		);
	});
});
