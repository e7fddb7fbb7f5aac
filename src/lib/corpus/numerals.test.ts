import { describe, expect, test } from 'vitest';
import { parseNumeral, toChineseNumeral } from './numerals';

describe('Chinese numerals', () => {
	test.each([
		['一', 1],
		['十', 10],
		['十一', 11],
		['十四', 14],
		['二十', 20],
		['二十九', 29],
		['三十一', 31],
		['一百零五', 105],
		['6', 6],
		['31', 31]
	])('parse %s → %i', (s, n) => {
		expect(parseNumeral(s)).toBe(n);
	});

	test.each(['', 'abc', '第', '一a'])('rejects %j', (s) => {
		expect(parseNumeral(s)).toBeNull();
	});

	test('round-trips 0…999', () => {
		for (let n = 0; n < 1000; n++) expect(parseNumeral(toChineseNumeral(n))).toBe(n);
	});

	test.each([
		[1, '一'],
		[10, '十'],
		[16, '十六'],
		[20, '二十'],
		[31, '三十一'],
		[110, '一百一十']
	])('format %i → %s', (n, s) => {
		expect(toChineseNumeral(n)).toBe(s);
	});

	test('refuses what it cannot write', () => {
		expect(() => toChineseNumeral(-1)).toThrow(RangeError);
		expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
	});
});
