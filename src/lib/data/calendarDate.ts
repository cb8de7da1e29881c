const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written YYYY-MM-DD: 2024-02-29 is, 2022-02-30 and
 * 2022-13-45 are not (a pattern alone would let them through).
 */
export function isCalendarDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = isoDate.exec(value);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(y, m - 1, d));
	return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}
