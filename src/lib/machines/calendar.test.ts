// Working days from the official calendar (chinese-days), and what happens past the years it covers.
import { describe, expect, test } from 'vitest';
import { addWorkingDays, holidayCalendarCovers, isWorkingDay, lastCoveredYear } from './calendar';

describe('official holiday calendar', () => {
	test.each([
		['2025-10-01', false], // National Day
		['2025-09-28', true], // Sunday make-up working day
		['2025-10-11', true], // Saturday make-up working day
		['2026-02-16', false], // Spring Festival
		['2025-06-02', false], // Dragon Boat Festival (Monday)
		['2025-06-03', true]
	])('%s is a working day: %s', (d, expected) => {
		expect(isWorkingDay(d)).toBe(expected);
	});

	test('the package covers 2004 through at least 2026, and says where it stops', () => {
		expect(holidayCalendarCovers(2004)).toBe(true);
		expect(holidayCalendarCovers(2026)).toBe(true);
		expect(lastCoveredYear()).toBeGreaterThanOrEqual(2026);
		expect(holidayCalendarCovers(lastCoveredYear() + 1)).toBe(false);
	});

	test.each([
		['2025-09-26', 7, '2025-10-13', []],
		['2026-02-13', 1, '2026-02-14', []], // Saturday 14 Feb 2026 is a make-up working day
		['2025-01-24', 7, '2025-02-10', []], // Spring Festival 2025: 28 Jan – 4 Feb off; 26 Jan and 8 Feb worked
		['2026-12-29', 7, '2027-01-07', [2027]],
		// across daylight-saving changes elsewhere (New York 9 Mar, Berlin 26 Oct 2025): same answer in every zone
		['2025-03-07', 2, '2025-03-11', []],
		['2025-10-24', 1, '2025-10-27', []],
		['2025-10-31', 1, '2025-11-03', []]
	])('%s + %i working days = %s (uncovered: %j)', (from, n, date, uncovered) => {
		expect(addWorkingDays(from, n)).toEqual({ date, uncoveredYears: uncovered });
	});
});
