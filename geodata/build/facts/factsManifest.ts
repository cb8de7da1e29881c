import type { ManifestLayer } from '../../../src/lib/data/manifest';
import { fitting, type ControlAreas } from './controlAreas';
import type { BeforeInvasion } from './beforeInvasion';
import type { KurskLayer } from './kursk';
import type { SnapshotMeta } from './snapshot';
import { citation, type SourceRef } from './sources';

const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** How the pipeline fits any assessment to the map (the part of each method that is the same for every snapshot). */
export function fittingMethod(fitted: ControlAreas['fitted']): string {
	return `The pipeline clips the areas to Ukraine as the basemap draws it (Natural Earth) and fits the source's coast and border to the basemap's: pieces of Ukraine the areas cut off from the rest (under ${fitting.maxEnclaveKm2} km² each) join the side they touch, and strips under ${fitting.maxStripWidthKm} km wide between the source's edge and the coast or border are closed (here ${fitted.enclaves} pieces, ${fmt(fitted.enclaveKm2)} km², and ${fitted.strips} strips, ${fmt(fitted.stripKm2)} km²).`;
}

const derivedLine = 'The contact line is derived, not drawn: it is the edge of the occupied area wherever that edge runs inside Ukraine rather than along its coast or state border, named by stretch after the boxes in snapshot.json.';

/** The manifest entries of one dated snapshot. */
export function snapshotLayers(date: string, meta: SnapshotMeta, fitted: ControlAreas['fitted'], before: BeforeInvasion, borderSources: SourceRef[], lineGiven: boolean): ManifestLayer[] {
	const out = `facts/${date}`;
	const cited = citation(meta.source);
	const common = { asOf: date, sources: [meta.source], licence: meta.licence, conventions: meta.conventions };
	return [
		{
			...common,
			id: `contact-line-${date}`,
			title: `Contact line, ${date}`,
			kind: 'contact-line',
			file: `${out}/contact-line.geojson`,
			source: `${cited}.`,
			method: `${meta.method} ${lineGiven ? 'The contact line is the one given with the snapshot (contact-line.geojson).' : derivedLine}`,
			accuracy: meta.accuracy
		},
		{
			...common,
			id: `occupied-${date}`,
			title: `Occupied territory of Ukraine, ${date}`,
			kind: 'occupied',
			file: `${out}/occupied.geojson`,
			source: `${cited}; occupied before 24 February 2022: ${citation(before.meta.source)}; Ukraine's borders: Natural Earth.`,
			sources: [meta.source, before.meta.source, before.meta.reference.source],
			method: `${meta.method} ${fittingMethod(fitted)} The occupied area is split into occupied before 24 February 2022 (Crimea, Sevastopol and the parts of Donetsk and Luhansk oblasts beyond the 2014–2022 line of contact, see below) and occupied since. ${before.meta.method}`,
			accuracy: `${meta.accuracy} ${before.meta.accuracy} Measured on this geometry, that line runs ${fmt(before.lineKm)} km inside Ukraine; ${before.meta.reference.text} Areas are measured on Natural Earth's outline of Ukraine.`
		},
		{
			...common,
			id: `contested-${date}`,
			title: `Contested ground, ${date}`,
			kind: 'contested',
			file: `${out}/contested.geojson`,
			source: `${cited}.`,
			method: `${meta.method} Contested ground is what the source marks as contested and not as occupied; it is not counted as occupied. ${fittingMethod(fitted)}`,
			accuracy: meta.accuracy
		},
		{
			id: `border-${date}`,
			title: `Russia–Ukraine border, ${date}`,
			kind: 'border',
			asOf: date,
			file: `${out}/border.geojson`,
			source: `Border: Natural Earth (basemap.topojson). Active-front stretches: ${borderSources.length ? borderSources.map(citation).join('; ') : 'none named for this date'}.`,
			sources: borderSources,
			licence: 'Natural Earth: public domain. Facts from the cited sources.',
			method: 'The land border between Ukraine and Russia from the basemap topology. Where occupied Ukraine lies on the Ukrainian side it is `behind-russian-lines` (the border segments the occupied area’s edge runs along). Stretches named in border.json, where ground fighting ran along the border on the date, are `active-front`. The rest is `not-front`: cross-border shelling, drone strikes and raids are not counted as a front.',
			accuracy: 'Natural Earth 1:10m, simplified: the border measures about a quarter less than its official length, because a generalised line cuts the bends of rivers and field edges the real border follows. The ends of the active stretches are approximate (±5 km).'
		},
		{
			id: `figures-${date}`,
			title: `Measurements, ${date}`,
			kind: 'figures',
			asOf: date,
			file: `${out}/figures.json`,
			source: 'Computed by src/lib/geo/figures.ts from the layers above.',
			licence: 'As the layers.',
			method: 'Turf measurements on the shipped geometry: lengths along great circles, areas on a spherical Earth.',
			accuracy: 'Exactly what the shipped geometry gives; see each layer for how close that geometry is to the ground. Lengths depend on how finely a line is drawn: the contact line is also measured generalised at 1, 5 and 10 km, and official lengths are given beside measured ones.'
		}
	];
}

/** The manifest entries of the Kursk layer and its claims. */
export function kurskLayers(kursk: KurskLayer): ManifestLayer[] {
	const latest = kursk.snapshots.map((s) => s.date).sort().at(-1)!;
	return [
		{
			id: 'kursk',
			title: 'Ukrainian-held and contested ground in Kursk oblast',
			kind: 'ukrainian-held-in-russia',
			asOf: latest,
			file: 'facts/kursk.geojson',
			source: kursk.snapshots.map((s) => `${s.date}: ${s.source}`).join(' | '),
			sources: kursk.meta.sources.filter((s) => kursk.snapshots.some((snap) => snap.source === citation(s))),
			licence: kursk.meta.licence,
			method: kursk.meta.method,
			accuracy: kursk.meta.accuracy
		},
		{
			id: 'kursk-claims',
			title: 'Areas claimed in Kursk oblast',
			kind: 'claims',
			asOf: latest,
			file: 'facts/kursk-claims.json',
			source: [...new Set(kursk.snapshots.flatMap((s) => [...(s.otherSources ?? []), ...s.claims.flatMap((c) => [c.source, ...(c.otherSources ?? [])])]))].join('; '),
			sources: kursk.meta.sources.filter((s) => kursk.snapshots.some((snap) => snap.otherSources?.includes(citation(s)) || snap.claims.some((c) => c.source === citation(s) || c.otherSources?.includes(citation(s))))),
			licence: 'Statements quoted for reporting; each source’s own terms apply to its text.',
			method: 'For each date of the Kursk layer, what Ukraine or Russia said about the ground there, quoted as said (with “more than” or “about” where the speaker used them), with the source that reported it.',
			accuracy: 'Claims as made, not measurements; several were reported only by news outlets relaying the speaker.'
		}
	];
}
