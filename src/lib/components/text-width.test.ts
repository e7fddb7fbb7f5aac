import { describe, expect, test } from 'vitest';
import { halfEms, widest } from './text-width';

describe('text width in half-ems', () => {
	test('a Chinese character or full-width mark is two, anything else one', () => {
		expect(halfEms('现行有效，')).toBe(10);
		expect(halfEms('2026-11-30')).toBe(10);
		expect(halfEms('（至 2026-11-30）')).toBe(2 + 2 + 1 + 10 + 2);
		expect(halfEms('In force')).toBe(8);
	});
	test('the widest of several sentences, not the longest in characters', () => {
		expect(widest(['已失效：有效期至', 'Expired: valid until'])).toBe('Expired: valid until');
		expect(widest(['已失效：有效期至', 'Expired: valid'])).toBe('已失效：有效期至');
		expect(widest([])).toBe('');
	});
});
