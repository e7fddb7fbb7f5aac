// The calendar conventions of the timeline. The texts say "三年", "届满三个月前", "提前3个月", "不少于6个月"
// without saying how to count; every count is one of the shared conventions of `$lib/rules/periods` (the
// simulator uses the same functions, and so does the timeline, from there). Here: the timeline's own small helpers.

import type { IsoDate } from '$lib/regions/types';
import { parseIsoDate } from '$lib/rules/dates';

/** Throws on a malformed or impossible date, so a bad input never yields a plausible-looking timeline. */
export function assertIsoDate(d: IsoDate): IsoDate {
	if (!parseIsoDate(d)) throw new RangeError(`not a valid date: ${d}`);
	return d;
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
