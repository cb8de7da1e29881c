import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { isCalendarDate } from '../../../src/lib/data/calendarDate';
import type { KurskClaimRecord } from '../../../src/lib/geo/figures';
import { PipelineError } from '../errors';
import { readFeatureCollection, readJson } from '../readSources';
import { controlAreas, type Area } from './controlAreas';
import { rounded } from './rounded';
import { checkSource, citation, type SourceRef } from './sources';

/** What one side stated about the ground in Kursk oblast, quoted as said, with its sources' ids (the pipeline turns them into citations). */
export type KurskClaim = KurskClaimRecord;

interface KurskSource {
	licence: string;
	method: string;
	accuracy: string;
	sources: Record<string, SourceRef>;
	snapshots: Array<{ date: string; label: string; source: string; note?: string; otherSources?: string[]; claims: KurskClaim[] }>;
}

export interface KurskLayer {
	features: Array<Feature<Polygon | MultiPolygon>>;
	snapshots: Array<{ date: string; label: string; source: string; note?: string; otherSources?: string[]; claims: KurskClaim[] }>;
	meta: Pick<KurskSource, 'licence' | 'method' | 'accuracy'> & { sources: SourceRef[] };
}

/**
 * Reads the Ukrainian-held and contested ground in Kursk oblast at each date (`kursk/kursk.json`
 * and one `kursk/YYYY-MM-DD.geojson` per date), fits it to the map's Kursk oblast and returns one
 * feature per date and category, with the claims both sides made about those dates.
 */
export function buildKursk(dir: string, kurskOblast: Area): KurskLayer {
	const file = join(dir, 'kursk.json');
	const data = readJson(file) as Partial<KurskSource> | null;
	if (!data || !Array.isArray(data.snapshots) || data.snapshots.length === 0) throw new PipelineError(file, null, 'needs "snapshots"');
	for (const key of ['licence', 'method', 'accuracy'] as const) if (typeof data[key] !== 'string') throw new PipelineError(file, null, `needs "${key}" as text`);
	const sources = data.sources ?? {};
	for (const [id, ref] of Object.entries(sources)) checkSource(file, id, ref);
	const cite = (id: string, where: string) => {
		const ref = sources[id];
		if (!ref) throw new PipelineError(file, where, `cites unknown source ${JSON.stringify(id)}`);
		return citation(ref);
	};

	const features: Array<Feature<Polygon | MultiPolygon>> = [];
	const snapshots = data.snapshots.map((snapshot) => {
		if (!isCalendarDate(snapshot.date)) throw new PipelineError(file, String(snapshot.date), 'has a date that is not a real YYYY-MM-DD date');
		cite(snapshot.source, snapshot.date);
		const claims = (snapshot.claims ?? []).map((claim) => {
			if (!(claim.km2 > 0) || !isCalendarDate(claim.date) || typeof claim.quote !== 'string' || !['held', 'held-at-most', 'retaken'].includes(claim.kind) || typeof claim.qualifier !== 'string') {
				throw new PipelineError(file, snapshot.date, 'has a claim without km2, a real date, kind (held, held-at-most or retaken), qualifier and quote');
			}
			return { ...claim, source: cite(claim.source, snapshot.date), ...(claim.otherSources ? { otherSources: claim.otherSources.map((id) => cite(id, snapshot.date)) } : {}) };
		});
		const areasFile = join(dir, `${snapshot.date}.geojson`);
		const parts = readFeatureCollection(areasFile) as Array<Feature<Polygon | MultiPolygon> & { id: string }>;
		const of = (category: string) => parts.filter((f) => f.properties?.category === category);
		const held = of('held');
		if (held.length === 0) throw new PipelineError(areasFile, null, 'has no feature with category "held"');
		let fitted;
		try {
			fitted = controlAreas(kurskOblast, held, of('contested'));
		} catch (error) {
			throw new PipelineError(areasFile, null, (error as Error).message.replace('the territory', 'Kursk oblast'));
		}
		for (const [category, area] of [['held', fitted.occupied], ['contested', fitted.contested]] as const) {
			if (!area) continue;
			const id = `kursk-${snapshot.date}-${category}`;
			const geometry = rounded(area, areasFile, id);
			features.push({ type: 'Feature', id, properties: { id, date: snapshot.date, label: snapshot.label, category, asOf: snapshot.date }, geometry });
		}
		return {
			date: snapshot.date,
			label: snapshot.label,
			source: cite(snapshot.source, snapshot.date),
			...(snapshot.note ? { note: snapshot.note } : {}),
			...(snapshot.otherSources ? { otherSources: snapshot.otherSources.map((id) => cite(id, snapshot.date)) } : {}),
			claims
		};
	});
	return { features, snapshots, meta: { licence: data.licence!, method: data.method!, accuracy: data.accuracy!, sources: Object.values(sources) } };
}
