import { formatDate } from '$lib/format';

// Calendar arithmetic on ISO dates (YYYY-MM-DD), all in UTC so a reader's time zone cannot move a day.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMonth = /^(\d{4})-(\d{2})$/;
const dayMs = 86_400_000;

function parse(date: string): { y: number; m: number; d: number } {
	const match = isoDate.exec(date);
	if (!match) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(y, m - 1, d));
	if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) throw new Error(`No such day: ${date}`);
	return { y, m, d };
}

function toIso(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function utc(date: string): number {
	const { y, m, d } = parse(date);
	return Date.UTC(y, m - 1, d);
}

/** "2025-03-13" plus 30 days → "2025-04-12"; `days` may be negative. */
export function addDays(date: string, days: number): string {
	return toIso(utc(date) + days * dayMs);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((utc(to) - utc(from)) / dayMs);
}

/**
 * `date` plus whole calendar months, kept on the same day of the month where it exists and moved back
 * to the month's last day where it does not: 31 January plus one month is 28 (or 29) February.
 */
export function addMonths(date: string, months: number): string {
	const { y, m, d } = parse(date);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	return toIso(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}

export interface Duration {
	years: number;
	months: number;
	days: number;
	/** The same span in days. */
	totalDays: number;
}

/**
 * The calendar span from `from` to `to` (not before it): the most whole months that fit (see
 * addMonths), then the days left over. 24 February 2022 to 13 March 2025 is 3 years and 17 days.
 */
export function durationBetween(from: string, to: string): Duration {
	const totalDays = daysBetween(from, to);
	if (totalDays < 0) throw new Error(`${to} is before ${from}`);
	const { y: fy, m: fm } = parse(from);
	const { y: ty, m: tm } = parse(to);
	let months = (ty - fy) * 12 + (tm - fm);
	while (months > 0 && addMonths(from, months) > to) months -= 1;
	const days = daysBetween(addMonths(from, months), to);
	return { years: Math.floor(months / 12), months: months % 12, days, totalDays };
}

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** { years: 3, months: 0, days: 17 } → "3 years and 17 days"; zero parts are left out. */
export function formatDuration({ years, months, days }: Pick<Duration, 'years' | 'months' | 'days'>): string {
	const parts = [years && plural(years, 'year'), months && plural(months, 'month'), days && plural(days, 'day')].filter((p): p is string => Boolean(p));
	return parts.length ? listFormat.format(parts) : '0 days';
}

export interface DayWindow {
	/** The first day covered. */
	firstDay: string;
	/** The last day covered: `days` days counting the first. */
	lastDay: string;
	/** The day on whose first moment the window has run out: the first day plus `days`. */
	endsAt: string;
}

/**
 * A span of `days` whole days starting at the first moment of `start`, the convention of a truce
 * "of 30 days" that takes effect on a date: 13 March 2025 gives 13 March to 11 April, both included,
 * running out as 12 April begins (13 March + 30 days).
 */
export function dayWindow(start: string, days: number): DayWindow {
	if (!Number.isInteger(days) || days < 1) throw new Error(`A window needs a whole number of days, at least one: ${days}`);
	return { firstDay: start, lastDay: addDays(start, days - 1), endsAt: addDays(start, days) };
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2014-03-18" → "18 March 2014"; "2024-08" → "August 2024". */
export function formatDay(date: string): string {
	const month = isoMonth.exec(date);
	if (month) return monthFormat.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
	parse(date);
	return formatDate(date);
}
