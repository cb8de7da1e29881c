import { join } from 'node:path';
import length from '@turf/length';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { PipelineError } from '../errors';
import { readFeatureCollection, readJson } from '../readSources';
import { innerEdges } from './contactLine';
import { controlAreas, unionOf, type Area } from './controlAreas';
import { checkSource, type SourceRef } from './sources';

interface BeforeInvasionSource {
	source: SourceRef;
	/** A published length of the 2014–2022 line of contact to compare the measured one with. */
	reference: { km: number; text: string; source: SourceRef };
	licence: string;
	method: string;
	accuracy: string;
	/** [west, south, east, north] of Donbas, where the line of contact is measured (Crimea's isthmus is left out). */
	donbasBbox: [number, number, number, number];
}

export interface BeforeInvasion {
	area: Area;
	/** The measured 2014–2022 line of contact in Donbas, in km, on this geometry. */
	lineKm: number;
	meta: BeforeInvasionSource;
}

/**
 * The ground Russia held in Ukraine before 24 February 2022: the areas of Donetsk and Luhansk
 * oblasts beyond the line of contact and Crimea, from `before-2022/areas.geojson`, plus Crimea and
 * Sevastopol as whole admin-1 units (the peninsula was occupied in 2014 whatever a source's coast
 * says), fitted to the map's outline of Ukraine.
 */
export function buildBeforeInvasion(dir: string, ukraine: Area, crimea: Area[]): BeforeInvasion {
	const file = join(dir, 'before-2022.json');
	const meta = readJson(file) as Partial<BeforeInvasionSource> | null;
	if (!meta || typeof meta.method !== 'string' || typeof meta.accuracy !== 'string' || typeof meta.licence !== 'string' || !meta.reference || !Array.isArray(meta.donbasBbox)) {
		throw new PipelineError(file, null, 'needs "source", "reference", "licence", "method", "accuracy" and "donbasBbox"');
	}
	checkSource(file, 'source', meta.source);
	checkSource(file, 'reference', meta.reference.source);
	const areasFile = join(dir, 'areas.geojson');
	const parts = readFeatureCollection(areasFile) as Array<Feature<Polygon | MultiPolygon>>;
	const fitted = controlAreas(ukraine, [unionOf([...parts, ...crimea])!], []);
	const [w, s, e, n] = meta.donbasBbox;
	const inDonbas = (line: number[][]) => line.every(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n);
	const lines = innerEdges(fitted.occupied.geometry, ukraine.geometry).filter(inDonbas);
	const lineKm = lines.reduce((sum, coordinates) => sum + length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }, { units: 'kilometers' }), 0);
	return { area: fitted.occupied, lineKm, meta: meta as BeforeInvasionSource };
}
