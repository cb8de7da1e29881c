import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayWindow, daysBetween, durationBetween, formatDay, formatDuration } from './dates';

describe('durationBetween', () => {
	it('gives the war’s length at the article’s date: 3 years and 17 days', () => {
		expect(durationBetween('2022-02-24', '2025-03-13')).toEqual({ years: 3, months: 0, days: 17, totalDays: 1113 });
	});
	it('counts whole months before days, and a month that is too short ends on its last day', () => {
		expect(durationBetween('2025-01-31', '2025-03-01')).toEqual({ years: 0, months: 1, days: 1, totalDays: 29 });
		expect(durationBetween('2024-02-29', '2025-02-28')).toEqual({ years: 1, months: 0, days: 0, totalDays: 365 });
		expect(durationBetween('2014-09-05', '2025-03-13')).toMatchObject({ years: 10, months: 6, days: 8 });
	});
	it('is zero on the same day and refuses a span that runs backwards', () => {
		expect(durationBetween('2025-03-13', '2025-03-13')).toEqual({ years: 0, months: 0, days: 0, totalDays: 0 });
		expect(() => durationBetween('2025-03-13', '2025-03-12')).toThrow(/before/);
	});
});

describe('day arithmetic', () => {
	it('adds days across months and leap years', () => {
		expect(addDays('2025-03-13', 30)).toBe('2025-04-12');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
		expect(daysBetween('2025-03-13', '2025-04-12')).toBe(30);
	});
	it('adds months, clamping to the end of a shorter month', () => {
		expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
	});
	it('rejects dates that are not days', () => {
		expect(() => addDays('2025-02-30', 1)).toThrow(/No such day/);
		expect(() => addDays('13 March 2025', 1)).toThrow(/YYYY-MM-DD/);
	});
});

describe('dayWindow', () => {
	it('puts a 30-day truce from 13 March 2025 at 13 March to 11 April inclusive, over as 12 April begins', () => {
		expect(dayWindow('2025-03-13', 30)).toEqual({ firstDay: '2025-03-13', lastDay: '2025-04-11', endsAt: '2025-04-12' });
		expect(daysBetween('2025-03-13', '2025-04-11') + 1).toBe(30);
	});
	it('needs at least one whole day', () => {
		expect(dayWindow('2025-03-13', 1)).toEqual({ firstDay: '2025-03-13', lastDay: '2025-03-13', endsAt: '2025-03-14' });
		expect(() => dayWindow('2025-03-13', 0)).toThrow();
		expect(() => dayWindow('2025-03-13', 1.5)).toThrow();
	});
});

describe('formatting', () => {
	it('writes durations without zero parts', () => {
		expect(formatDuration({ years: 3, months: 0, days: 17 })).toBe('3 years and 17 days');
		expect(formatDuration({ years: 1, months: 1, days: 1 })).toBe('1 year, 1 month, and 1 day');
		expect(formatDuration({ years: 0, months: 0, days: 0 })).toBe('0 days');
	});
	it('writes days and months', () => {
		expect(formatDay('2014-03-18')).toBe('18 March 2014');
		expect(formatDay('2024-08')).toBe('August 2024');
	});
});
