// The calendar conventions of the timeline, in one place. The texts say "三年", "届满三个月前", "提前3个月",
// "不少于6个月" without saying how to count; each function below names the reading it implements.
// Dates are civil dates (ISO strings); the maths is date-fns addMonths through the shared helpers.

import type { IsoDate } from '$lib/regions/types';
import { parseIsoDate, plusDays } from '$lib/rules/dates';
import { termEnd } from '$lib/rules/periods';

// Term and notice arithmetic is shared with the simulator (src/lib/rules/periods.ts).
export { lastDayBeforeFinalMonths, monthsAfter, monthsBeforeExpiry, termEnd } from '$lib/rules/periods';

/** Throws on a malformed or impossible date, so a bad input never yields a plausible-looking timeline. */
export function assertIsoDate(d: IsoDate): IsoDate {
	if (!parseIsoDate(d)) throw new RangeError(`not a valid date: ${d}`);
	return d;
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
