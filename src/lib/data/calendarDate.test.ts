import { describe, expect, it } from 'vitest';
import { isCalendarDate, todayUtc } from './calendarDate';

describe('isCalendarDate', () => {
	it.each(['2025-03-13', '2024-02-29', '2000-02-29', '1991-08-24'])('accepts %s', (date) => {
		expect(isCalendarDate(date)).toBe(true);
	});
	it.each(['2022-02-30', '2022-13-45', '2023-02-29', '1900-02-29', '2025-3-13', '13.03.2025', '', ' 2025-03-13', 20250313, null])('rejects %s', (date) => {
		expect(isCalendarDate(date)).toBe(false);
	});
	it('gives today in UTC', () => {
		expect(todayUtc(new Date('2025-03-13T23:30:00-05:00'))).toBe('2025-03-14');
	});
});
