import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from './areaKm2';
import { intersectionAreaKm2 } from './intersectionAreaKm2';
import { lengthKm } from './lengthKm';

type Area = Feature<Polygon | MultiPolygon>;
type Lines = Feature<LineString | MultiLineString>;

/** The shipped layers the figures are measured on (as read from static/data). */
export interface FactsLayers {
	asOf: string;
	admin1: FeatureCollection<Polygon | MultiPolygon>;
	ukraine: Area;
	contactLine: FeatureCollection<LineString | MultiLineString>;
	occupied: FeatureCollection<Polygon | MultiPolygon>;
	border: FeatureCollection<LineString | MultiLineString>;
	kursk: FeatureCollection<Polygon | MultiPolygon>;
	kurskClaims: Array<{ date: string; label: string; claims: Array<Record<string, unknown>> }>;
	annexationClaims: Array<{ id: string; claimedOn: string }>;
}

/** Regions whose occupied share the app reports: the annexed ones and three with occupied ground. */
export const reportedRegions = ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'UA-40', 'UA-63', 'UA-12', 'UA-48'] as const;

/** The article's own figure for the front line: "the nearly 2,000-kilometer front line". */
export const articleFrontLineKm = 2000;

const km = (value: number) => Math.round(value * 10) / 10;
const share = (value: number) => Math.round(value * 10000) / 10000;

/**
 * Every figure the app shows about the facts layers, measured with Turf on the shipped geometry.
 * The pipeline writes its result as figures.json; a unit test recomputes it from the shipped files
 * and the app may too, so a figure cannot drift from the geometry it describes.
 */
export function computeFigures(layers: FactsLayers) {
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

	const occupiedBy = (category: string) => layers.occupied.features.filter((f) => f.properties?.category === category) as Area[];
	const before = occupiedBy('before-2022');
	const since = occupiedBy('since-2022');
	const beforeKm2 = before.reduce((s, f) => s + areaKm2(f), 0);
	const sinceKm2 = since.reduce((s, f) => s + areaKm2(f), 0);
	const occupiedKm2 = beforeKm2 + sinceKm2;
	const ukraineKm2 = areaKm2(layers.ukraine);
	const occupiedAreas = [...before, ...since];

	const regions = reportedRegions.flatMap((id) => {
		const unit = layers.admin1.features.find((f) => f.properties?.id === id) as Area | undefined;
		if (!unit) return [];
		const measured = areaKm2(unit);
		const occupied = occupiedAreas.reduce((s, area) => s + intersectionAreaKm2(unit, area), 0);
		const claim = layers.annexationClaims.find((c) => c.id === id);
		return [{
			id,
			name: String(unit.properties?.nameEn),
			measuredAreaKm2: km(measured),
			officialAreaKm2: (unit.properties?.officialAreaKm2 as number | undefined) ?? null,
			occupiedKm2: km(occupied),
			occupiedShare: share(occupied / measured),
			annexationClaimedOn: claim?.claimedOn ?? null
		}];
	}).filter((r) => r.annexationClaimedOn !== null || r.occupiedKm2 > 0);

	const kurskSnapshots = [...layers.kursk.features]
		.sort((a, b) => String(a.properties?.date).localeCompare(String(b.properties?.date)))
		.map((f) => ({
			date: String(f.properties?.date),
			label: String(f.properties?.label),
			heldKm2: km(areaKm2(f as Area)),
			claims: layers.kurskClaims.find((k) => k.date === f.properties?.date)?.claims ?? []
		}));
	const peak = kurskSnapshots.reduce<(typeof kurskSnapshots)[number] | null>((best, s) => (!best || s.heldKm2 > best.heldKm2 ? s : best), null);
	const latest = kurskSnapshots.at(-1) ?? null;
	const lost = peak && latest ? peak.heldKm2 - latest.heldKm2 : null;

	return {
		asOf: layers.asOf,
		contactLine: { totalKm: km(contactTotal), landKm: km(contactTotal - riverKm), dniproKm: km(riverKm), stretches },
		border: {
			totalKm: km(borderKm),
			activeFrontKm: km(activeKm),
			behindRussianLinesKm: km(behindKm),
			notFrontKm: km(borderKm - activeKm - behindKm),
			activeStretches: active.map((f) => ({ id: String(f.properties?.id), name: String(f.properties?.name), km: km(lengthKm(f)) }))
		},
		frontLineClaim: {
			articleKm: articleFrontLineKm,
			parts: [
				{ id: 'contact-line-land', label: 'Contact line on land', km: km(contactTotal - riverKm) },
				{ id: 'contact-line-dnipro', label: 'Contact line along the Dnipro', km: km(riverKm) },
				{ id: 'border-active', label: 'State border that is an active front', km: km(activeKm) }
			],
			sumKm: km(contactTotal + activeKm),
			/** The contact line plus all of the border Ukraine still holds against Russia, front or not. */
			withHeldBorderKm: km(contactTotal + borderKm - behindKm)
		},
		ukraine: {
			measuredAreaKm2: km(ukraineKm2),
			officialAreaKm2: (layers.ukraine.properties?.officialAreaKm2 as number | undefined) ?? null,
			occupiedKm2: km(occupiedKm2),
			occupiedShare: share(occupiedKm2 / ukraineKm2),
			occupiedBefore2022Km2: km(beforeKm2),
			occupiedSince2022Km2: km(sinceKm2)
		},
		regions,
		kursk: {
			snapshots: kurskSnapshots,
			peak: peak ? { date: peak.date, heldKm2: peak.heldKm2 } : null,
			latest: latest ? { date: latest.date, heldKm2: latest.heldKm2 } : null,
			lostSincePeakKm2: lost === null ? null : km(lost),
			lostShareOfPeak: lost === null || !peak ? null : share(lost / peak.heldKm2),
			retakenClaim: kurskSnapshots.flatMap((s) => s.claims).find((c) => c.kind === 'retaken') ?? null
		}
	};
}

export type Figures = ReturnType<typeof computeFigures>;
