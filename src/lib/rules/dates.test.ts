// Civil-date arithmetic must give the same answer in every time zone: these cases are the ones local-zone
// date maths gets wrong (a day added across a daylight-saving change, a month added to the 31st west of UTC).
// The unit suite runs under Asia/Shanghai, UTC, America/New_York and Europe/Berlin (npm run test:unit:tz).

import { describe, expect, test } from 'vitest';
import { daysBetween, parseIsoDate, plusDays, plusMonths, plusYears, todayInChina, weekday } from './dates';

describe('civil dates, whatever the machine’s zone (now: ' + (process.env.TZ ?? 'unset') + ')', () => {
	test.each([
		// across the 2025 daylight-saving changes of New York (Mar 9, Nov 2) and Berlin (Mar 30, Oct 26)
		['2025-03-08', 1, '2025-03-09'],
		['2025-03-09', 1, '2025-03-10'],
		['2025-03-30', 1, '2025-03-31'],
		['2025-10-26', 1, '2025-10-27'],
		['2025-11-02', 1, '2025-11-03'],
		['2025-03-01', 30, '2025-03-31'],
		['2025-10-01', 30, '2025-10-31'],
		['2025-12-31', 1, '2026-01-01'],
		['2026-01-01', -1, '2025-12-31']
	])('%s plus %i days is %s', (d, n, want) => {
		expect(plusDays(d, n)).toBe(want);
	});

	test('every day of 2024–2026 steps to the next one and back', () => {
		let d = '2024-01-01';
		let count = 0;
		while (d < '2027-01-01') {
			const next = plusDays(d, 1);
			expect(next > d).toBe(true);
			expect(plusDays(next, -1)).toBe(d);
			expect(daysBetween(d, next)).toBe(1);
			d = next;
			count++;
		}
		expect(count).toBe(366 + 365 + 365);
	});

	test.each([
		['2025-01-31', 1, '2025-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2025-03-31', 1, '2025-04-30'],
		['2025-08-31', 6, '2026-02-28'],
		['2025-10-31', 1, '2025-11-30'],
		['2025-05-31', -3, '2025-02-28'],
		['2028-02-29', 12, '2029-02-28'],
		['2025-03-30', 1, '2025-04-30'],
		['2024-12-01', 24, '2026-12-01']
	])('%s plus %i months is %s (month-end clamps)', (d, n, want) => {
		expect(plusMonths(d, n)).toBe(want);
	});

	test('years clamp a leap day', () => {
		expect(plusYears('2024-02-29', 1)).toBe('2025-02-28');
		expect(plusYears('2024-02-29', 4)).toBe('2028-02-29');
	});

	test('days between spans daylight-saving changes exactly', () => {
		expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
		expect(daysBetween('2025-10-01', '2025-11-30')).toBe(60);
		expect(daysBetween('2026-11-30', '2026-12-05')).toBe(5);
		expect(daysBetween('2026-12-05', '2026-11-30')).toBe(-5);
	});

	test('weekdays are those of the date itself', () => {
		expect(weekday('2026-12-05')).toBe(6); // a Saturday
		expect(weekday('2025-03-09')).toBe(0); // a Sunday, the day New York moves its clocks
		expect(weekday('2025-03-31')).toBe(1);
	});

	test('impossible or malformed dates are refused', () => {
		expect(parseIsoDate('2026-02-30')).toBeNull();
		expect(parseIsoDate('2025-02-29')).toBeNull();
		expect(parseIsoDate('2024-02-29')).not.toBeNull();
		expect(parseIsoDate('2026-1-05')).toBeNull();
		expect(() => plusDays('2026-13-01', 1)).toThrow(RangeError);
	});

	test('today in China is UTC+8', () => {
		expect(todayInChina(new Date('2026-12-04T15:59:59Z'))).toBe('2026-12-04');
		expect(todayInChina(new Date('2026-12-04T16:00:00Z'))).toBe('2026-12-05');
	});
});
