import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { controlChange, type ControlChangeAreas } from './controlChange';

type Area = Feature<Polygon | MultiPolygon>;
type Areas = FeatureCollection<Polygon | MultiPolygon>;

/** One compared pair of dates: the front (held = occupied by Russia) or Kursk oblast (held = Ukrainian-held). */
export interface DatedChange {
	kind: 'front' | 'kursk';
	from: string;
	to: string;
	areas: ControlChangeAreas;
}

/** What the changes are computed from: a snapshot, the snapshots before it, and the Kursk layer up to its date. */
export interface ChangeInputs {
	asOf: string;
	occupied: Areas;
	contested: Areas;
	/** Earlier snapshots of the front, each compared with this one. */
	earlier?: Array<{ asOf: string; occupied: Areas; contested: Areas }>;
	/** One feature per Kursk date and category (`held`, `contested`), dated on or before `asOf`. */
	kursk: Areas;
}

/**
 * Every pair of dates whose change a snapshot's figures give, earlier date first: each earlier
 * snapshot of the front against this one, and every pair of the Kursk layer's dates up to this one.
 * So each pair of front snapshots appears once, in the later snapshot's figures.
 */
export function snapshotChanges(inputs: ChangeInputs): DatedChange[] {
	const front = (inputs.earlier ?? [])
		.filter((e) => e.asOf < inputs.asOf)
		.sort((x, y) => x.asOf.localeCompare(y.asOf))
		.map((e): DatedChange => ({
			kind: 'front',
			from: e.asOf,
			to: inputs.asOf,
			areas: controlChange({ held: e.occupied.features as Area[], contested: e.contested.features as Area[] }, { held: inputs.occupied.features as Area[], contested: inputs.contested.features as Area[] })
		}));
	const kurskAt = (date: string, category: string) => inputs.kursk.features.filter((f) => f.properties?.date === date && f.properties?.category === category) as Area[];
	const dates = [...new Set(inputs.kursk.features.map((f) => String(f.properties?.date)))].sort();
	const kursk = dates.flatMap((from, i) =>
		dates.slice(i + 1).map((to): DatedChange => ({
			kind: 'kursk',
			from,
			to,
			areas: controlChange({ held: kurskAt(from, 'held'), contested: kurskAt(from, 'contested') }, { held: kurskAt(to, 'held'), contested: kurskAt(to, 'contested') })
		}))
	);
	return [...front, ...kursk];
}
