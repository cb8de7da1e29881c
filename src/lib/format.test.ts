import { describe, expect, it } from 'vitest';
import { formatDate, formatRounded, formatShare, formatShortDate } from './format';

describe('formatting', () => {
	it('writes dates in English, independent of the time zone', () => {
		expect(formatDate('2025-03-13')).toBe('13 March 2025');
		expect(formatShortDate('2024-08-06')).toBe('6 Aug 2024');
	});

	it('says a date is unknown rather than throw on one that is not a calendar date', () => {
		for (const bad of ['2022-02-30', '2022-13-45', 'x', '']) {
			expect(formatDate(bad)).toBe('an unknown date');
			expect(formatShortDate(bad)).toBe('an unknown date');
		}
	});

	it('rounds figures to their step and separates thousands', () => {
		expect(formatRounded(113_136.4, 100)).toBe('113,100');
		expect(formatRounded(1_234.6, 10)).toBe('1,230');
		expect(formatShare(0.18744)).toBe('18.7%');
	});
});
