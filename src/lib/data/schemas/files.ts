// A schema per kind of data file the app loads from static/data. Each says what the app relies on;
// fields it does not read are kept as they come (loose objects), so the pipeline can add to a file
// without breaking older builds. Every date is a real calendar date, every number finite.
import * as v from 'valibot';
import { isCalendarDate } from '../calendarDate';
import { areaGeometry, featureCollectionSchema, lineGeometry, pointGeometry } from './geojson';

export const calendarDate = v.pipe(v.string(), v.check((s: string) => isCalendarDate(s), 'a date must be a real calendar date written YYYY-MM-DD'));
const finite = v.pipe(v.number(), v.finite());
const text = v.string();

// manifest.json
const manifestSource = v.looseObject({
	publisher: text,
	title: text,
	date: v.nullable(calendarDate),
	url: v.optional(text),
	archive: v.optional(v.looseObject({ repository: text, commit: text, file: text, licence: text }))
});
export const manifestLayerSchema = v.looseObject({
	id: text,
	title: text,
	kind: text,
	asOf: v.nullable(calendarDate),
	file: text,
	object: v.optional(text),
	source: text,
	sources: v.optional(v.array(manifestSource)),
	licence: text,
	method: text,
	accuracy: text,
	conventions: v.optional(v.array(v.looseObject({ id: text, topic: text, text })))
});
export const manifestSchema = v.looseObject({ layers: v.array(manifestLayerSchema) });

// The facts of a snapshot and of every date.
export const contactLineSchema = featureCollectionSchema(lineGeometry);
export const borderSchema = featureCollectionSchema(lineGeometry);
export const occupiedSchema = featureCollectionSchema(areaGeometry);
export const contestedSchema = featureCollectionSchema(areaGeometry);
export const kurskSchema = featureCollectionSchema(
	areaGeometry,
	v.looseObject({ date: calendarDate, category: v.picklist(['held', 'contested']), label: v.optional(text) })
);
export const annexationClaimsSchema = v.looseObject({
	claims: v.array(v.looseObject({ id: text, name: text, claimedOn: calendarDate, source: text, note: v.optional(text) }))
});

const kurskClaim = v.looseObject({
	by: text,
	speaker: v.optional(text),
	date: calendarDate,
	kind: v.picklist(['held', 'held-at-most', 'retaken']),
	km2: finite,
	qualifier: text,
	share: v.optional(finite),
	shareQualifier: v.optional(text),
	shareOf: v.optional(text),
	quote: text,
	source: text,
	otherSources: v.optional(v.array(text)),
	note: v.optional(text)
});
const kurskDay = v.looseObject({ date: calendarDate, heldKm2: finite, contestedKm2: finite, heldOrContestedKm2: finite });
const officialLength = v.looseObject({ km: finite, what: text, source: text, note: v.optional(text) });
const namedKm = v.looseObject({ id: text, name: text, km: finite });

export const figuresSchema = v.looseObject({
	asOf: calendarDate,
	contactLine: v.looseObject({
		totalKm: finite,
		landKm: finite,
		dniproKm: finite,
		stretches: v.array(v.looseObject({ id: text, name: text, follows: text, confidence: text, km: finite })),
		generalised: v.array(v.looseObject({ toleranceKm: finite, km: finite }))
	}),
	border: v.looseObject({
		totalKm: finite,
		activeFrontKm: finite,
		behindRussianLinesKm: finite,
		notFrontKm: finite,
		activeStretches: v.array(namedKm),
		official: v.array(officialLength),
		measuredShareOfOfficial: v.nullable(finite)
	}),
	frontLineClaim: v.looseObject({
		articleKm: finite,
		parts: v.array(v.looseObject({ id: text, label: text, km: finite })),
		sumKm: finite,
		withHeldBorderKm: finite,
		withHeldBorderAtOfficialKm: v.nullable(finite)
	}),
	ukraine: v.looseObject({
		measuredAreaKm2: finite,
		officialAreaKm2: v.nullable(finite),
		occupiedKm2: finite,
		occupiedShare: finite,
		occupiedBefore2022Km2: finite,
		occupiedSince2022Km2: finite,
		contestedKm2: finite,
		contestedShare: finite
	}),
	regions: v.array(
		v.looseObject({
			id: text,
			name: text,
			measuredAreaKm2: finite,
			officialAreaKm2: v.nullable(finite),
			occupiedKm2: finite,
			occupiedShare: finite,
			contestedKm2: finite,
			annexationClaimedOn: v.nullable(calendarDate)
		})
	),
	kursk: v.looseObject({
		snapshots: v.array(v.looseObject({ ...kurskDay.entries, label: text, claims: v.array(kurskClaim) })),
		peak: v.nullable(kurskDay),
		latest: v.nullable(kurskDay),
		lostSincePeak: v.nullable(v.looseObject({ heldKm2: finite, heldOrContestedKm2: finite, heldShare: finite, heldOrContestedShare: finite })),
		retakenClaim: v.nullable(kurskClaim)
	}),
	changes: v.looseObject({
		front: v.array(
			v.looseObject({
				from: calendarDate,
				to: calendarDate,
				gainedByRussiaKm2: finite,
				regainedByUkraineKm2: finite,
				occupiedToContestedKm2: finite,
				byRegion: v.array(v.looseObject({ id: text, name: text, gainedByRussiaKm2: finite, regainedByUkraineKm2: finite, occupiedToContestedKm2: finite }))
			})
		),
		kursk: v.array(v.looseObject({ from: calendarDate, to: calendarDate, gainedByUkraineKm2: finite, lostByUkraineKm2: finite, heldToContestedKm2: finite }))
	})
});

// A snapshot's changes.geojson: the ground that changed hands, one feature per pair and category.
export const changesSchema = featureCollectionSchema(
	areaGeometry,
	v.looseObject({ kind: v.picklist(['front', 'kursk']), from: calendarDate, to: calendarDate, category: v.picklist(['to-russia', 'to-ukraine', 'to-contested']) })
);

// The basemap's other files and the places.
const labelProperties = v.looseObject({ id: text, kind: text, nameEn: text, nameUk: v.optional(text), nameRu: v.optional(text) });
export const labelsSchema = featureCollectionSchema(pointGeometry, labelProperties);
export const riversSchema = featureCollectionSchema(lineGeometry);
export const placesSchema = featureCollectionSchema(
	pointGeometry,
	v.looseObject({ id: text, kind: text, country: text, nameEn: text, nameUk: v.optional(text), nameRu: v.optional(text) })
);

// The views' files.
export const europeAreasSchema = v.looseObject({ countries: v.array(v.looseObject({ id: text, nameEn: text, areaKm2: finite })) });
