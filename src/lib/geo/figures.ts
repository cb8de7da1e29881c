import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from './areaKm2';
import { intersectionAreaKm2 } from './intersectionAreaKm2';
import { lengthKm } from './lengthKm';
import { changeFigures } from './changeFigures';
import { snapshotChanges, type DatedChange } from './snapshotChanges';

type Area = Feature<Polygon | MultiPolygon>;
type Lines = Feature<LineString | MultiLineString>;

/** A claim about ground in Kursk oblast, as the facts record it (see geodata/sources/facts/kursk/kursk.json). */
export interface KurskClaimRecord {
	by: string;
	speaker?: string;
	date: string;
	kind: 'held' | 'held-at-most' | 'retaken';
	km2: number;
	qualifier: string;
	share?: number;
	shareQualifier?: string;
	shareOf?: string;
	quote: string;
	source: string;
	/** Other reports of the same statement, cited. */
	otherSources?: string[];
	note?: string;
}

/** A length published by an authority, to set beside a measured one. */
export interface OfficialLength {
	km: number;
	/** What is measured, in a few words ("land border", "land and sea border"). */
	what: string;
	source: string;
	note?: string;
}

/** The shipped layers the figures are measured on (as read from static/data). */
export interface FactsLayers {
	asOf: string;
	admin1: FeatureCollection<Polygon | MultiPolygon>;
	ukraine: Area;
	contactLine: FeatureCollection<LineString | MultiLineString>;
	occupied: FeatureCollection<Polygon | MultiPolygon>;
	contested: FeatureCollection<Polygon | MultiPolygon>;
	border: FeatureCollection<LineString | MultiLineString>;
	/** Official lengths of the Russia–Ukraine border (land; land and sea). */
	officialBorder: OfficialLength[];
	/** One feature per Kursk date and category (`held`, `contested`). */
	kursk: FeatureCollection<Polygon | MultiPolygon>;
	kurskClaims: Array<{ date: string; label: string; claims: KurskClaimRecord[] }>;
	annexationClaims: Array<{ id: string; claimedOn: string }>;
	/** Earlier snapshots' occupied and contested ground: the change from each to this snapshot is measured. */
	earlier?: Array<{ asOf: string; occupied: FeatureCollection<Polygon | MultiPolygon>; contested: FeatureCollection<Polygon | MultiPolygon> }>;
}

/** Regions whose occupied share the app reports: the annexed ones and three with occupied ground. */
export const reportedRegions = ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'UA-40', 'UA-63', 'UA-12', 'UA-48'] as const;

/** The article's own figure for the front line: "the nearly 2,000-kilometer front line". */
export const articleFrontLineKm = 2000;

/** Tolerances at which the contact line is generalised, to show how a coarser map shortens it. */
export const generalisationToleranceKm = [1, 5, 10] as const;

const km = (value: number) => Math.round(value * 10) / 10;
const share = (value: number) => Math.round(value * 10000) / 10000;
const sumArea = (areas: Area[]) => areas.reduce((s, f) => s + areaKm2(f), 0);

/** The contact line's length after Douglas–Peucker simplification at `toleranceKm` (in degrees of latitude). */
function generalisedKm(lines: FeatureCollection<LineString | MultiLineString>, toleranceKm: number): number {
	const simplified = simplify(structuredClone(lines), { tolerance: toleranceKm / 111.195, highQuality: true });
	return lengthKm(simplified);
}

/**
 * Every figure the app shows about the facts layers, measured with Turf on the shipped geometry.
 * The pipeline writes its result as figures.json; a unit test recomputes it from the shipped files
 * and the app may too, so a figure cannot drift from the geometry it describes.
 */
export function computeFigures(layers: FactsLayers, changes: DatedChange[] = snapshotChanges(layers)) {
	const stretches = (layers.contactLine.features as Lines[]).map((f) => ({
		id: String(f.properties?.id),
		name: String(f.properties?.name),
		follows: String(f.properties?.follows),
		confidence: String(f.properties?.confidence),
		km: km(lengthKm(f))
	}));
	const contactTotal = lengthKm(layers.contactLine);
	const riverKm = lengthKm({ type: 'FeatureCollection', features: layers.contactLine.features.filter((f) => f.properties?.follows === 'river') });

	const borderParts = layers.border.features as Lines[];
	const active = borderParts.filter((f) => f.properties?.category === 'active-front');
	const activeKm = lengthKm({ type: 'FeatureCollection', features: active });
	const borderKm = lengthKm(layers.border);
	const behindKm = lengthKm({ type: 'FeatureCollection', features: borderParts.filter((f) => f.properties?.category === 'behind-russian-lines') });
	const heldBorderKm = borderKm - behindKm;
	const officialLand = layers.officialBorder.find((o) => o.what === 'land border') ?? null;

	const occupiedBy = (category: string) => layers.occupied.features.filter((f) => f.properties?.category === category) as Area[];
	const before = occupiedBy('before-2022');
	const since = occupiedBy('since-2022');
	const contested = layers.contested.features as Area[];
	const beforeKm2 = sumArea(before);
	const sinceKm2 = sumArea(since);
	const contestedKm2 = sumArea(contested);
	const occupiedKm2 = beforeKm2 + sinceKm2;
	const ukraineKm2 = areaKm2(layers.ukraine);
	const occupiedAreas = [...before, ...since];

	const regions = reportedRegions.flatMap((id) => {
		const unit = layers.admin1.features.find((f) => f.properties?.id === id) as Area | undefined;
		if (!unit) return [];
		const measured = areaKm2(unit);
		const occupied = occupiedAreas.reduce((s, area) => s + intersectionAreaKm2(unit, area), 0);
		const contestedHere = contested.reduce((s, area) => s + intersectionAreaKm2(unit, area), 0);
		const claim = layers.annexationClaims.find((c) => c.id === id);
		return [{
			id,
			name: String(unit.properties?.nameEn),
			measuredAreaKm2: km(measured),
			officialAreaKm2: (unit.properties?.officialAreaKm2 as number | undefined) ?? null,
			occupiedKm2: km(occupied),
			occupiedShare: share(occupied / measured),
			contestedKm2: km(contestedHere),
			annexationClaimedOn: claim?.claimedOn ?? null
		}];
	}).filter((r) => r.annexationClaimedOn !== null || r.occupiedKm2 > 0);

	const kurskArea = (date: string, category: string) => sumArea(layers.kursk.features.filter((f) => f.properties?.date === date && f.properties?.category === category) as Area[]);
	const kurskDates = [...new Set(layers.kursk.features.map((f) => String(f.properties?.date)))].sort();
	const kurskSnapshots = kurskDates.map((date) => {
		const record = layers.kurskClaims.find((k) => k.date === date);
		const heldKm2 = km(kurskArea(date, 'held'));
		const contestedHereKm2 = km(kurskArea(date, 'contested'));
		return { date, label: record?.label ?? date, heldKm2, contestedKm2: contestedHereKm2, heldOrContestedKm2: km(heldKm2 + contestedHereKm2), claims: record?.claims ?? [] };
	});
	const peak = kurskSnapshots.reduce<(typeof kurskSnapshots)[number] | null>((best, s) => (!best || s.heldOrContestedKm2 > best.heldOrContestedKm2 ? s : best), null);
	const latest = kurskSnapshots.at(-1) ?? null;
	const pick = (s: (typeof kurskSnapshots)[number] | null) => (s ? { date: s.date, heldKm2: s.heldKm2, contestedKm2: s.contestedKm2, heldOrContestedKm2: s.heldOrContestedKm2 } : null);
	const lostHeld = peak && latest ? peak.heldKm2 - latest.heldKm2 : null;
	const lostAll = peak && latest ? peak.heldOrContestedKm2 - latest.heldOrContestedKm2 : null;

	// Front changes are split by Ukraine's admin-1 units; Kursk's all lie in Kursk oblast.
	const ukraineUnits = layers.admin1.features.filter((f) => f.properties?.country === 'UA') as Area[];
	const frontChanges = changes.filter((c) => c.kind === 'front').map(({ from, to, areas }) => {
		const m = changeFigures(areas, ukraineUnits);
		const named = (r: { gainedKm2: number; lostKm2: number; lostToContestedKm2: number }) => ({ gainedByRussiaKm2: r.gainedKm2, regainedByUkraineKm2: r.lostKm2, occupiedToContestedKm2: r.lostToContestedKm2 });
		return { from, to, ...named(m), byRegion: m.byRegion.map((r) => ({ id: r.id, name: r.name, ...named(r) })) };
	});
	const kurskChanges = changes.filter((c) => c.kind === 'kursk').map(({ from, to, areas }) => {
		const m = changeFigures(areas);
		return { from, to, gainedByUkraineKm2: m.gainedKm2, lostByUkraineKm2: m.lostKm2, heldToContestedKm2: m.lostToContestedKm2 };
	});

	return {
		asOf: layers.asOf,
		contactLine: {
			totalKm: km(contactTotal),
			landKm: km(contactTotal - riverKm),
			dniproKm: km(riverKm),
			stretches,
			/** The same line generalised as a coarser map would draw it: it gets shorter. */
			generalised: generalisationToleranceKm.map((toleranceKm) => ({ toleranceKm, km: km(generalisedKm(layers.contactLine, toleranceKm)) }))
		},
		border: {
			totalKm: km(borderKm),
			activeFrontKm: km(activeKm),
			behindRussianLinesKm: km(behindKm),
			notFrontKm: km(borderKm - activeKm - behindKm),
			activeStretches: active.map((f) => ({ id: String(f.properties?.id), name: String(f.properties?.name), km: km(lengthKm(f)) })),
			official: layers.officialBorder,
			/** The measured land border as a share of the official land border. */
			measuredShareOfOfficial: officialLand ? share(borderKm / officialLand.km) : null
		},
		frontLineClaim: {
			articleKm: articleFrontLineKm,
			parts: [
				{ id: 'contact-line-land', label: 'Contact line on land', km: km(contactTotal - riverKm) },
				{ id: 'contact-line-dnipro', label: 'Contact line along the Dnipro', km: km(riverKm) },
				{ id: 'border-active', label: 'State border that was an active ground front', km: km(activeKm) }
			],
			sumKm: km(contactTotal + activeKm),
			/** The contact line plus all of the border Ukraine still holds against Russia, front or not, as measured. */
			withHeldBorderKm: km(contactTotal + heldBorderKm),
			/** The same, with the held border scaled from the measured to the official land-border length. */
			withHeldBorderAtOfficialKm: officialLand ? km(contactTotal + (heldBorderKm / borderKm) * officialLand.km) : null
		},
		ukraine: {
			measuredAreaKm2: km(ukraineKm2),
			officialAreaKm2: (layers.ukraine.properties?.officialAreaKm2 as number | undefined) ?? null,
			occupiedKm2: km(occupiedKm2),
			occupiedShare: share(occupiedKm2 / ukraineKm2),
			occupiedBefore2022Km2: km(beforeKm2),
			occupiedSince2022Km2: km(sinceKm2),
			contestedKm2: km(contestedKm2),
			contestedShare: share(contestedKm2 / ukraineKm2)
		},
		regions,
		kursk: {
			snapshots: kurskSnapshots,
			peak: pick(peak),
			latest: pick(latest),
			/** Ground no longer assessed Ukrainian-held between the largest extent and the latest date. */
			lostSincePeak: lostHeld === null || lostAll === null || !peak ? null : { heldKm2: km(lostHeld), heldOrContestedKm2: km(lostAll), heldShare: share(lostHeld / peak.heldKm2), heldOrContestedShare: share(lostAll / peak.heldOrContestedKm2) },
			retakenClaim: kurskSnapshots.flatMap((s) => s.claims).find((c) => c.kind === 'retaken') ?? null
		},
		/**
		 * Ground that changed hands, earlier date first (`controlChange`): on the front from each earlier
		 * snapshot to this one, by Ukraine's admin-1 units; in Kursk oblast between its dates up to this one.
		 * Ground that went from held to contested is counted apart, not as changed hands.
		 */
		changes: { front: frontChanges, kursk: kurskChanges }
	};
}

export type Figures = ReturnType<typeof computeFigures>;
