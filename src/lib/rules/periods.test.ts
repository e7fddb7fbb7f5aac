// The counting conventions every tool shares (README, "Counting periods"): terms, periods after an act or an
// expiry, months before expiry, calendar quarters. Both sides of each month end and leap day.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deadlineStatus, within } from '$lib/timeline/conventions';
import { plusDays, plusMonths } from './dates';
import {
	firstQuarterOfNextYear,
	lastDayBeforeFinalMonths,
	monthsBeforeExpiry,
	periodAfter,
	quarterEnd,
	quarterEndsCovering,
	stretchEnds,
	termEnd
} from './periods';

const isoDate = fc
	.date({
		min: new Date('2000-01-01T00:00:00Z'),
		max: new Date('2099-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));

describe('termEnd: the day before the same day N months later; month end where there is no such day', () => {
	test.each([
		// [start, months, last day]
		['2025-06-01', 36, '2028-05-31'],
		['2024-12-01', 24, '2026-11-30'], // Jiangsu's own validity period reads the same way
		['2026-01-15', 1, '2026-02-14'],
		// month ends: Jan 31 + 1 month = Feb 28 (Feb 29 in a leap year) ends the term
		['2026-01-31', 1, '2026-02-28'],
		['2028-01-31', 1, '2028-02-29'],
		['2026-01-30', 1, '2026-02-28'],
		['2026-01-29', 1, '2026-02-28'],
		['2026-01-28', 1, '2026-02-27'],
		['2025-01-31', 36, '2028-01-30'],
		['2026-03-31', 1, '2026-04-30'],
		['2026-05-31', 1, '2026-06-30'],
		// the 1st of a month after a shorter one: May 1 + 3 months ends July 31 (not July 30)
		['2025-05-01', 3, '2025-07-31'],
		['2025-03-01', 1, '2025-03-31'],
		// leap years
		['2028-02-29', 12, '2029-02-28'],
		['2028-02-29', 36, '2031-02-28'],
		['2028-02-29', 48, '2032-02-28'],
		['2027-03-01', 12, '2028-02-29'],
		['2028-03-01', 12, '2029-02-28'],
		['2028-02-28', 12, '2029-02-27'],
		['2027-02-28', 12, '2028-02-27']
	])('%s + %i months ends %s', (start, months, end) => {
		expect(termEnd(start, months)).toBe(end);
	});

	test('the end lies on addMonths(start, N) or the day before', () => {
		fc.assert(
			fc.property(isoDate, fc.integer({ min: 1, max: 120 }), (start, n) => {
				const same = plusMonths(start, n);
				const end = termEnd(start, n);
				expect([plusDays(same, -1), same]).toContain(end);
			})
		);
	});

	test('consecutive whole-year terms tile without gap or overlap for starts on days 1–28', () => {
		fc.assert(
			fc.property(isoDate, fc.integer({ min: 1, max: 10 }), (start, years) => {
				fc.pre(Number(start.slice(8)) <= 28);
				const first = termEnd(start, 12 * years);
				const next = plusDays(first, 1);
				expect(termEnd(next, 12)).toBe(termEnd(start, 12 * (years + 1)));
			})
		);
	});
});

describe('N months before expiry', () => {
	test.each([
		// [last day, months, window opens, last day to act "at least N months before"]
		['2028-05-31', 3, '2028-03-01', '2028-02-29'],
		['2028-05-31', 6, '2027-12-01', '2027-11-30'],
		['2028-01-30', 3, '2027-10-31', '2027-10-30'],
		['2028-02-29', 3, '2027-12-01', '2027-11-30'],
		['2029-02-28', 6, '2028-09-01', '2028-08-31'],
		['2026-11-30', 3, '2026-09-01', '2026-08-31']
	])('term ending %s, %i months: opens %s, deadline %s', (end, n, opens, deadline) => {
		expect(monthsBeforeExpiry(end, n)).toBe(opens);
		expect(lastDayBeforeFinalMonths(end, n)).toBe(deadline);
	});
});

describe('N months after an act or an expiry (notice, termination, term end): the day itself is not counted', () => {
	test.each([
		// [act, months, first day, last day, first day after]
		['2026-01-15', 3, '2026-01-16', '2026-04-15', '2026-04-16'],
		['2026-11-30', 3, '2026-12-01', '2027-02-28', '2027-03-01'],
		['2026-01-30', 1, '2026-01-31', '2026-02-28', '2026-03-01'],
		['2028-05-31', 6, '2028-06-01', '2028-11-30', '2028-12-01'],
		['2027-11-30', 3, '2027-12-01', '2028-02-29', '2028-03-01'],
		['2025-08-31', 6, '2025-09-01', '2026-02-28', '2026-03-01'],
		// an act on the last day of a short month: counted from the next day, the longer of the two readings
		['2027-02-28', 6, '2027-03-01', '2027-08-31', '2027-09-01'],
		['2026-04-30', 1, '2026-05-01', '2026-05-31', '2026-06-01'],
		// an expiry: the act is the term's last day (Jiangsu's validity 2024-12-01 … 2026-11-30)
		['2026-11-30', 6, '2026-12-01', '2027-05-31', '2027-06-01']
	])('%s + %i months: %s to %s, then %s', (day, n, start, end, next) => {
		expect(periodAfter(day, n)).toEqual({ start, end, next });
	});

	test('a period after an act is a term starting the next day, and ends on or after its corresponding day', () => {
		fc.assert(
			fc.property(isoDate, fc.integer({ min: 1, max: 24 }), (act, n) => {
				const p = periodAfter(act, n);
				expect(p.start).toBe(plusDays(act, 1));
				expect(p.end).toBe(termEnd(p.start, n));
				expect(p.next).toBe(plusDays(p.end, 1));
				expect(p.end >= plusMonths(act, n)).toBe(true);
			})
		);
	});
});

describe('quarters and stretches', () => {
	test.each([
		['2026-01-01', '2026-03-31'],
		['2026-03-31', '2026-03-31'],
		['2026-04-01', '2026-06-30'],
		['2026-08-15', '2026-09-30'],
		['2026-12-31', '2026-12-31'],
		['2028-02-29', '2028-03-31']
	])('quarterEnd(%s) = %s', (d, q) => expect(quarterEnd(d)).toBe(q));

	test.each([
		['2025-06-01', '2025-12-31', ['2025-06-30', '2025-09-30', '2025-12-31']],
		['2025-06-01', '2025-12-30', ['2025-06-30', '2025-09-30', '2025-12-31']],
		['2025-07-01', '2025-09-29', ['2025-09-30']],
		['2025-07-01', '2025-10-01', ['2025-09-30', '2025-12-31']],
		['2025-12-31', '2026-01-01', ['2025-12-31', '2026-03-31']]
	])(
		'quarters covering %s to %s end on %j (a part quarter at either end counts)',
		(start, until, expected) => {
			expect(quarterEndsCovering(start, until)).toEqual(expected);
		}
	);

	test('the first quarter of the next year', () => {
		expect(firstQuarterOfNextYear(2027)).toEqual({ start: '2028-01-01', end: '2028-03-31' });
	});

	test.each([
		['2025-06-01', 12, '2028-05-31', ['2026-05-31', '2027-05-31', '2028-05-31']],
		['2025-06-01', 12, '2028-05-30', ['2026-05-31', '2027-05-31']],
		['2025-01-31', 6, '2026-07-30', ['2025-07-30', '2026-01-30', '2026-07-30']],
		['2028-02-29', 12, '2031-02-28', ['2029-02-28', '2030-02-28', '2031-02-28']]
	])('every %i months from %s until %s', (start, every, until, expected) => {
		expect(stretchEnds(start, every, until)).toEqual(expected);
	});
});

describe('both sides of a cut-off', () => {
	test.each([
		['2028-02-28', 'before'],
		['2028-02-29', 'lastDay'],
		['2028-03-01', 'passed']
	])('deadline 2028-02-29 on %s: %s', (on, status) => {
		expect(deadlineStatus('2028-02-29', on)).toBe(status);
	});

	test.each([
		['2027-11-30', false],
		['2027-12-01', true],
		['2028-05-31', true],
		['2028-06-01', false]
	])('window 2027-12-01…2028-05-31 on %s: %s', (on, inside) => {
		expect(within({ start: '2027-12-01', end: '2028-05-31' }, on)).toBe(inside);
	});
});
