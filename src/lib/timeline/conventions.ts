// The calendar conventions of the timeline, in one place. The texts say "三年", "届满三个月前", "提前3个月",
// "不少于6个月" without saying how to count; each function below names the reading it implements.
// Dates are civil dates (ISO strings); the maths is date-fns addMonths through the shared helpers.

import type { IsoDate } from '$lib/regions/types';
import { parseIsoDate, plusDays, plusMonths } from '$lib/rules/dates';

function dayOfMonth(d: IsoDate): number {
	return Number(d.slice(8, 10));
}

/** Throws on a malformed or impossible date, so a bad input never yields a plausible-looking timeline. */
export function assertIsoDate(d: IsoDate): IsoDate {
	if (!parseIsoDate(d)) throw new RangeError(`not a valid date: ${d}`);
	return d;
}

/**
 * The last day of a term of N months whose first day is `start`: the day before the same day N months
 * later (2025-06-01 + 36 → 2028-05-31). Where that month has no such day (addMonths clamps: Jan 31 + 1
 * month = Feb 28/29), the term ends on that month's last day — the month-end rule of 民法典第二百零二条
 * (Jan 31 + 1 month ends Feb 28, or Feb 29 in a leap year; 2028-02-29 + 12 ends 2029-02-28).
 */
export function termEnd(start: IsoDate, months: number): IsoDate {
	const same = plusMonths(start, months);
	return dayOfMonth(same) !== dayOfMonth(start) ? same : plusDays(same, -1);
}

/**
 * The first day of the last N months before expiry. Expiry is the start of the day after the term's last
 * day; N months before it is addMonths(that day, -N). Tai'an's window "届满前6个月内" opens on this day.
 */
export function monthsBeforeExpiry(termLastDay: IsoDate, months: number): IsoDate {
	return plusMonths(plusDays(termLastDay, 1), -months);
}

/**
 * The last day to act "at least N months before expiry" (Quzhou's "届满三个月前"): the day before the last
 * N months begin, so that N whole months of the term remain after the day of the act.
 */
export function lastDayBeforeFinalMonths(termLastDay: IsoDate, months: number): IsoDate {
	return plusDays(monthsBeforeExpiry(termLastDay, months), -1);
}

/**
 * A period of N months after a day (notice given on it, termination on it): the day itself is not counted
 * (民法典第二百零一条), so the period runs from the next day, and its last day follows termEnd.
 */
export function monthsAfter(day: IsoDate, months: number): { start: IsoDate; end: IsoDate } {
	const start = plusDays(day, 1);
	return { start, end: termEnd(start, months) };
}

/** Last day of the calendar quarter containing `d`. */
export function quarterEnd(d: IsoDate): IsoDate {
	const y = Number(d.slice(0, 4));
	const q = Math.ceil(Number(d.slice(5, 7)) / 3);
	return q === 4 ? `${y}-12-31` : plusDays(`${y}-${String(q * 3 + 1).padStart(2, '0')}-01`, -1);
}

/**
 * Report due dates for a cadence counted from the agreement's start, on or before `until`:
 * the end of each N-month stretch of the term (agreement years for annual, halves for half-yearly),
 * each computed from the start (never chained) so month ends do not drift.
 */
export function stretchEnds(start: IsoDate, everyMonths: number, until: IsoDate): IsoDate[] {
	const out: IsoDate[] = [];
	for (let k = 1; ; k++) {
		const d = termEnd(start, everyMonths * k);
		if (d > until) return out;
		out.push(d);
	}
}

/** Ends of calendar quarters from the one containing `start` through `until` (a partial first quarter counts). */
export function quarterEnds(start: IsoDate, until: IsoDate): IsoDate[] {
	const out: IsoDate[] = [];
	for (let d = quarterEnd(start); d <= until; d = quarterEnd(plusDays(d, 1))) out.push(d);
	return out;
}

/** Where a day stands against a deadline: before it, on its last day, or past it. */
export type DeadlineStatus = 'before' | 'lastDay' | 'passed';

export function deadlineStatus(deadline: IsoDate, on: IsoDate): DeadlineStatus {
	return on < deadline ? 'before' : on === deadline ? 'lastDay' : 'passed';
}

/** Whether a day falls within a span, both ends included. */
export function within(span: { start: IsoDate; end: IsoDate }, on: IsoDate): boolean {
	return span.start <= on && on <= span.end;
}
