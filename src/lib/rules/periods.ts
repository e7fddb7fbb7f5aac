// How periods are counted: one function per convention, shared by the simulator (src/lib/machines), the
// timelines (src/lib/timeline), the validity computation and every page that shows a legal date, so no two
// tools can disagree. The README's "Counting periods" section states each convention with the clause it
// rests on; the conventions are:
//
// 1. A term "of N months from D" includes D and ends the day before the same day N months later; where that
//    month has no such day, on its last day (民法典第二百零二条). Jiangsu's own text reads its validity so:
//    自2024年12月1日起施行，有效期至2026年11月30日 (art-29).
// 2. A period that follows an act (a notice given, a termination decided) or an expiry does not count the
//    day of the act (民法典第二百零一条): it starts the next day and then runs as a term (1). An expiry is
//    an act on the term's last day: the term ends at that day's 24:00 (民法典第二百零三条第二款), so what
//    follows it starts the day after.
// 3. "N months before expiry" counts back from expiry, the start of the day after the term's last day.
// 4. Calendar quarters and years are the civil calendar's (季度, 年度).

import type { IsoDate } from '$lib/regions/types';
import { plusDays, plusMonths } from './dates';

function dayOfMonth(d: IsoDate): number {
	return Number(d.slice(8, 10));
}

/**
 * The last day of a term of N months whose first day is `start`: the day before the same day N months
 * later (2025-06-01 + 36 → 2028-05-31). Where that month has no such day (Jan 31 + 1 month), the term ends on
 * that month's last day — the month-end rule of 民法典第二百零二条 (Jan 31 + 1 month ends Feb 28, or Feb 29 in
 * a leap year; 2028-02-29 + 12 ends 2029-02-28).
 */
export function termEnd(start: IsoDate, months: number): IsoDate {
	const same = plusMonths(start, months);
	return dayOfMonth(same) !== dayOfMonth(start) ? same : plusDays(same, -1);
}

/** A span of days, both ends included, and the first day after it. */
export interface PeriodSpan {
	/** First day of the period: the day after the act. */
	start: IsoDate;
	/** Last day of the period (at its 24:00 the period is over). */
	end: IsoDate;
	/** The first day after the period: when what it waits for may happen (logs deleted, an exit effective). */
	next: IsoDate;
}

/**
 * A period of N months that follows an act on `act` (a notice given, a termination decided) or an expiry on
 * `act` (the term's last day): the day of the act is not counted (民法典第二百零一条), so the period starts the
 * next day and runs as a term of N months (`termEnd`). Log retention "终止后…不少于6个月" and an exit notice
 * "提前3个月" both end on `end`, and what they wait for happens from `next`.
 *
 * Where the act falls on the last day of a month shorter than the period's last month (2027-02-28 + 6 months),
 * reading 民法典第二百零二条's 对应日 as the act's own day would end the period on the 28th (2027-08-28), a few
 * days earlier than a period counted from its first day (2027-08-31). The longer reading is kept: these are
 * minimum periods ("不少于", "提前"), and the longer one satisfies both readings.
 */
export function periodAfter(act: IsoDate, months: number): PeriodSpan {
	const start = plusDays(act, 1);
	const end = termEnd(start, months);
	return { start, end, next: plusDays(end, 1) };
}

/**
 * The first day of the last N months before expiry. Expiry is the start of the day after the term's last
 * day; N months before it is that day minus N months. Tai'an's window "届满前6个月内" opens on this day.
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
 * The ends of successive N-month stretches of a term counted from its first day (agreement years for an
 * annual cadence, halves for half-yearly), on or before `until`. Each is computed from the start, never
 * chained, so month ends do not drift: the k-th stretch ends on termEnd(start, N·k).
 */
export function stretchEnds(start: IsoDate, everyMonths: number, until: IsoDate): IsoDate[] {
	const out: IsoDate[] = [];
	for (let k = 1; ; k++) {
		const d = termEnd(start, everyMonths * k);
		if (d > until) return out;
		out.push(d);
	}
}

/** Last day of the calendar quarter containing `d`. */
export function quarterEnd(d: IsoDate): IsoDate {
	const y = Number(d.slice(0, 4));
	const q = Math.ceil(Number(d.slice(5, 7)) / 3);
	return q === 4
		? `${d.slice(0, 4)}-12-31`
		: plusDays(`${String(y).padStart(4, '0')}-${String(q * 3 + 1).padStart(2, '0')}-01`, -1);
}

/**
 * Ends of the calendar quarters from the one containing `from` through the one containing `through`: a part
 * quarter at either end counts (a quarter's report covers the days of the quarter that were operated).
 */
export function quarterEndsCovering(from: IsoDate, through: IsoDate): IsoDate[] {
	const out: IsoDate[] = [];
	const last = quarterEnd(through);
	for (let d = quarterEnd(from); d <= last; d = quarterEnd(plusDays(d, 1))) out.push(d);
	return out;
}

/** The first-quarter window of the year after `year` (1 January – 31 March), when "每年第一季度报送上一年度" falls. */
export function firstQuarterOfNextYear(year: number): { start: IsoDate; end: IsoDate } {
	const y = String(year + 1).padStart(4, '0');
	return { start: `${y}-01-01`, end: `${y}-03-31` };
}
