import { describe, expect, it } from 'vitest';
import { formatMapRef, isRefKind, parseMapRef, splitMapRef } from './mapRef';

describe('parseMapRef', () => {
	it.each([
		['region:UA-14', { kind: 'region', id: 'UA-14' }],
		['country:UA', { kind: 'country', id: 'UA' }],
		['place:chasiv-yar', { kind: 'place', id: 'chasiv-yar' }]
	])('reads %s', (value, ref) => {
		expect(parseMapRef(value)).toEqual({ ok: true, ref, key: value });
	});

	it.each([
		['UA-14', 'no-kind'],
		[':UA', 'no-kind'],
		['', 'no-kind'],
		['city:kyiv', 'unknown-kind'],
		['constructor:UA', 'unknown-kind'],
		['__proto__:UA', 'unknown-kind'],
		['toString:x', 'unknown-kind'],
		['hasOwnProperty:x', 'unknown-kind'],
		['region:', 'bad-id'],
		['region:UA 14', 'bad-id'],
		['region:UA-', 'bad-id'],
		['region:UA--14', 'bad-id'],
		['region:<script>', 'bad-id'],
		[`place:${'x'.repeat(65)}`, 'bad-id']
	])('refuses %j: %s', (value, reason) => {
		expect(parseMapRef(value)).toEqual({ ok: false, reason });
	});
});

describe('formatMapRef and splitMapRef', () => {
	it('round-trips', () => {
		expect(formatMapRef({ kind: 'place', id: 'moscow' })).toBe('place:moscow');
		expect(splitMapRef('region:RU-KRS')).toEqual({ kind: 'region', id: 'RU-KRS' });
		expect(splitMapRef('nonsense')).toBeNull();
	});
	it('knows only the three kinds, whatever an object prototype has', () => {
		expect(isRefKind('region')).toBe(true);
		expect(isRefKind('constructor')).toBe(false);
		expect(isRefKind('valueOf')).toBe(false);
	});
});
