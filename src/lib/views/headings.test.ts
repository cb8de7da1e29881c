import { describe, expect, it } from 'vitest';
import { headingTag } from './headings';

describe('headingTag', () => {
	it('nests below the given level and stops at h6', () => {
		expect(headingTag(2)).toBe('h2');
		expect(headingTag(2, 1)).toBe('h3');
		expect(headingTag(5, 3)).toBe('h6');
		expect(headingTag(1, -3)).toBe('h1');
	});
});
