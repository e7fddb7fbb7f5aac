// How periods of months are counted, shared by the simulator and the timelines so they never disagree.
// A term "of N months from D" includes D and ends the day before the same day N months later (the convention
// Jiangsu's own text follows: 2024-12-01 … 2026-11-30); periods after an act start the next day (民法典第二百零一条).

import type { IsoDate } from '$lib/regions/types';
import { plusDays, plusMonths } from './dates';

function dayOfMonth(d: IsoDate): number {
	return Number(d.slice(8, 10));
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
