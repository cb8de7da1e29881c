import { describe, expect, it } from 'vitest';
import { loadFacts, pickSnapshot, type ManifestLayer } from './loadFacts';

const layer = (kind: string, asOf: string | null, file: string): ManifestLayer => ({ id: file, title: kind, kind, asOf, file, source: '', licence: '', method: '', accuracy: '' });
const dated = (date: string) => ['contact-line', 'occupied', 'border', 'figures'].map((kind) => layer(kind, date, `facts/${date}/${kind}.json`));
const fc = (features: unknown[] = []) => ({ type: 'FeatureCollection', features });
const figures = { asOf: '2025-03-13', ukraine: { occupiedKm2: 1, occupiedShare: 0.1 }, contactLine: { totalKm: 1 }, kursk: { snapshots: [], peak: { date: '2024-08-27', heldKm2: 9 } } };

function serve(files: Record<string, unknown>): typeof fetch {
	return (async (input: URL) => {
		const name = input.pathname.replace(/^\/data\//, '');
		if (!(name in files)) return new Response('missing', { status: 404, statusText: 'Not Found' });
		return new Response(JSON.stringify(files[name]));
	}) as typeof fetch;
}

const base = new URL('http://atlas.test/data/');
const manifest = { layers: [...dated('2024-11-23'), ...dated('2025-03-13'), ...dated('2025-04-26'), layer('ukrainian-held-in-russia', '2025-03-13', 'facts/kursk.json'), layer('annexation-claim', '2022-09-30', 'facts/claims.json')] };
const kursk = fc(['2024-08-27', '2025-03-13', '2025-04-26'].map((date) => ({ type: 'Feature', properties: { date, label: date }, geometry: null })));
const files = {
	'manifest.json': manifest,
	'facts/2025-03-13/contact-line.json': fc(),
	'facts/2025-03-13/occupied.json': fc(),
	'facts/2025-03-13/border.json': fc(),
	'facts/2025-03-13/figures.json': figures,
	'facts/kursk.json': kursk,
	'facts/claims.json': { claims: [{ id: 'UA-14', name: 'Donetsk', claimedOn: '2022-09-30', source: 's' }] }
};

describe('loadFacts', () => {
	it('picks the latest snapshot on or before the date, never a later one', () => {
		expect(pickSnapshot(manifest.layers, '2025-03-13')).toBe('2025-03-13');
		expect(pickSnapshot(manifest.layers, '2025-03-12')).toBe('2024-11-23');
		expect(pickSnapshot(manifest.layers, '2020-01-01')).toBeNull();
	});

	it("loads that snapshot's files, with Kursk dates up to it", async () => {
		const facts = await loadFacts(base, '2025-03-13', serve(files));
		expect(facts.asOf).toBe('2025-03-13');
		expect(facts.kurskSnapshots.map((s) => s.date)).toEqual(['2024-08-27', '2025-03-13']);
		expect(facts.kurskPeakDate).toBe('2024-08-27');
		expect(facts.annexationClaims.map((c) => c.id)).toEqual(['UA-14']);
	});

	it('names the file that is missing or malformed', async () => {
		const { ['facts/2025-03-13/border.json']: _border, ...withoutBorder } = files;
		void _border;
		await expect(loadFacts(base, '2025-03-13', serve(withoutBorder))).rejects.toThrow('Could not load facts/2025-03-13/border.json: the server answered 404 Not Found');
		await expect(loadFacts(base, '2025-03-13', serve({ ...files, 'facts/2025-03-13/figures.json': {} }))).rejects.toThrow('facts/2025-03-13/figures.json');
		await expect(loadFacts(base, '2020-01-01', serve(files))).rejects.toThrow('manifest.json');
	});
});
