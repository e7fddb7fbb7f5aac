import { describe, expect, test } from 'vitest';
import type { DatedValue } from '$lib/regions/types';
import { valueInForce } from './in-force';
import { clause } from '$lib/regions/fixture-ids';

const v = (from: string | null, value: number): DatedValue => ({
	from,
	value: { kind: 'number', value, bound: 'atMost' },
	summary: { zh: `${value}`, en: `${value}` },
	citations: [clause('art-1')]
});

const n = (d: DatedValue | undefined) => (d?.value.kind === 'number' ? d.value.value : undefined);

describe('the value in force on a date', () => {
	const fromEntry = [v(null, 36), v('2027-01-01', 24)];
	const datedOnly = [v('2026-01-01', 36), v('2027-01-01', 24)];

	test.each([
		['2025-06-01', 36],
		['2026-12-31', 36],
		['2027-01-01', 24],
		['2030-01-01', 24]
	])('with a value from entry into force, on %s: %i', (on, want) => {
		expect(n(valueInForce(fromEntry, on))).toBe(want);
	});

	test.each([
		['2025-12-31', undefined],
		['2026-01-01', 36],
		['2026-12-31', 36],
		['2027-01-01', 24]
	])('dated values only, on %s: %s (none before the first from)', (on, want) => {
		expect(n(valueInForce(datedOnly, on))).toBe(want);
	});

	test('order in the list does not matter, except between two values with the same from', () => {
		expect(n(valueInForce([...fromEntry].reverse(), '2027-06-01'))).toBe(24);
		expect(n(valueInForce([...datedOnly].reverse(), '2026-06-01'))).toBe(36);
		expect(n(valueInForce([v('2026-01-01', 1), v('2026-01-01', 2)], '2026-06-01'))).toBe(2);
	});

	test('without a date: the latest from', () => {
		expect(n(valueInForce(fromEntry, null))).toBe(24);
		expect(n(valueInForce([v('2027-01-01', 24), v(null, 36)], null))).toBe(24);
	});

	test('no values: none', () => {
		expect(valueInForce([], '2026-01-01')).toBeUndefined();
	});
});
