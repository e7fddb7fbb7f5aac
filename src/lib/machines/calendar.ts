// Working days in China: weekends, official holidays and make-up working days (调休), from the maintained
// `chinese-days` package. Beyond the last year it covers, only weekends are counted and the caller is told
// which years were not covered — never silently.

import chineseDays from 'chinese-days';
import type { IsoDate } from '$lib/regions/types';
import { parseIsoDate, plusDays } from '$lib/rules/dates';

/** A local-midnight Date: the package reads dates with local getters, so this is right in every zone. */
function localDate(d: IsoDate): Date {
	const u = parseIsoDate(d);
	if (!u) throw new RangeError(`not a valid date: ${d}`);
	return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
}

const coverage = new Map<number, boolean>();

/** Whether the package has the official calendar for a year (National Day is a holiday every year). */
export function holidayCalendarCovers(year: number): boolean {
	let c = coverage.get(year);
	if (c === undefined) {
		const detail = chineseDays.getDayDetail(localDate(`${year}-10-01`));
		c = !detail.work && /国庆/.test(detail.name);
		coverage.set(year, c);
	}
	return c;
}

/** The last year the holiday calendar covers (scans forward from 2004, the package's first year). */
export function lastCoveredYear(): number {
	let y = 2004;
	while (holidayCalendarCovers(y + 1)) y++;
	return y;
}

function isWeekend(d: IsoDate): boolean {
	const day = parseIsoDate(d)!.getUTCDay();
	return day === 0 || day === 6;
}

/** Whether a day is a working day; years the calendar does not cover fall back to weekends only. */
export function isWorkingDay(d: IsoDate): boolean {
	const year = Number(d.slice(0, 4));
	if (!holidayCalendarCovers(year)) return !isWeekend(d);
	return chineseDays.isWorkday(localDate(d));
}

export interface WorkingDaysResult {
	/** The n-th working day after `from` (not counting `from` itself). */
	date: IsoDate;
	/** Years crossed that the holiday calendar does not cover (weekends only were counted there). */
	uncoveredYears: number[];
}

/** The n-th working day after a date: "within N working days" of `from` ends at the end of that day. */
export function addWorkingDays(from: IsoDate, n: number): WorkingDaysResult {
	let d = from;
	let counted = 0;
	const uncovered = new Set<number>();
	while (counted < n) {
		d = plusDays(d, 1);
		const year = Number(d.slice(0, 4));
		if (!holidayCalendarCovers(year)) uncovered.add(year);
		if (isWorkingDay(d)) counted++;
	}
	return { date: d, uncoveredYears: [...uncovered].sort() };
}
