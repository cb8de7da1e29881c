import { isCalendarDate } from '$lib/data/calendarDate';

/** How the app writes dates and figures: English, with thousands separated ("113,100 km²"). */
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const wholeNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A date as `format` writes it; a string that is no calendar date says so rather than throw (Intl would). */
function writeDate(format: Intl.DateTimeFormat, isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	return isCalendarDate(isoDate) && !Number.isNaN(date.getTime()) ? format.format(date) : 'an unknown date';
}

/** "2025-03-13" → "13 March 2025". */
export function formatDate(isoDate: string): string {
	return writeDate(dateFormat, isoDate);
}

/** "2024-08-06" → "6 Aug 2024", for tight spaces such as a select. */
export function formatShortDate(isoDate: string): string {
	return writeDate(shortDateFormat, isoDate);
}

/**
 * A measured figure rounded to `step` (100 for km², 10 for km): the geometry is good to a few
 * percent, so more digits would claim a precision the map does not have.
 */
export function formatRounded(value: number, step: number): string {
	return wholeNumber.format(Math.round(value / step) * step);
}

/** 0.1874 → "18.7%". */
export function formatShare(share: number): string {
	return percent.format(share);
}
