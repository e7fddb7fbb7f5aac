// Working days in China: weekends, official holidays and make-up working days (调休), from the maintained
// `chinese-days` package. Beyond the last year it covers, only weekends are counted and the caller is told
// which years were not covered — never silently.
//
// Zone-free: the package's functions build their holiday table when loaded by reading UTC midnights with the
// machine's local getters, so west of UTC (America/New_York) every holiday moves to the day before. Its
// published table (dist/chinese-days.json, keyed by ISO date) is read directly instead, and the day of the week
// comes from the shared civil-date helpers.

import table from 'chinese-days/dist/chinese-days.json';
import type { IsoDate } from '$lib/regions/types';
import { parseIsoDate, plusDays, weekday } from '$lib/rules/dates';

const calendar: { holidays: Record<string, string>; workdays: Record<string, string> } = table;

/** The package's entry for a civil date: a make-up working day, an official holiday, or neither. */
function dayDetail(d: IsoDate): { work: boolean; name: string } | null {
	if (!parseIsoDate(d)) throw new RangeError(`not a valid date: ${d}`);
	const work = calendar.workdays[d];
	if (work !== undefined) return { work: true, name: work };
	const off = calendar.holidays[d];
	return off !== undefined ? { work: false, name: off } : null;
}

const coverage = new Map<number, boolean>();

/** Whether the package has the official calendar for a year (National Day is a holiday every year). */
export function holidayCalendarCovers(year: number): boolean {
	let c = coverage.get(year);
	if (c === undefined) {
		const detail = dayDetail(`${String(year).padStart(4, '0')}-10-01`);
		c = !!detail && !detail.work && /国庆/.test(detail.name);
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
	const day = weekday(d);
	return day === 0 || day === 6;
}

/** Whether a day is a working day; years the calendar does not cover fall back to weekends only. */
export function isWorkingDay(d: IsoDate): boolean {
	const year = Number(d.slice(0, 4));
	if (!holidayCalendarCovers(year)) return !isWeekend(d);
	return dayDetail(d)?.work ?? !isWeekend(d);
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
