// settlements.json (geodata/build/settlements.ts): rows of a fixed field order, checked as such.
import * as v from 'valibot';

const finite = v.pipe(v.number(), v.finite());
const lon = v.pipe(finite, v.minValue(-180), v.maxValue(180));
const lat = v.pipe(finite, v.minValue(-90), v.maxValue(90));

/** The field order the app reads rows in; a file with another order is refused, not misread. */
export const settlementFields = ['id', 'name', 'lon', 'lat', 'oblast', 'population', 'frontKm', 'alternates'] as const;

export const settlementsSchema = v.looseObject({
	fields: v.pipe(
		v.array(v.string()),
		v.check((fields) => fields.join() === settlementFields.join(), `the fields must be ${settlementFields.join(', ')}`)
	),
	settlements: v.array(
		v.strictTuple([
			v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
			v.pipe(v.string(), v.minLength(1)),
			lon,
			lat,
			v.pipe(v.string(), v.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)),
			v.pipe(finite, v.minValue(0)),
			v.pipe(finite, v.minValue(0)),
			v.array(v.string())
		])
	)
});
