// Calendar-date helpers over ISO strings (YYYY-MM-DD). Dates are civil dates in China: no time zone maths,
// so everything is done on UTC midnights.

import { addDays, addMonths, addYears, differenceInCalendarDays, isValid } from 'date-fns';
import type { IsoDate } from '$lib/regions/types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse an ISO date; null when it is malformed or impossible (2026-02-30). */
export function parseIsoDate(s: string): Date | null {
	const m = ISO.exec(s);
	if (!m) return null;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	if (!isValid(d) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
	return d;
}

export function toIsoDate(d: Date): IsoDate {
	return d.toISOString().slice(0, 10);
}

function must(s: IsoDate): Date {
	const d = parseIsoDate(s);
	if (!d) throw new RangeError(`not a valid date: ${s}`);
	return d;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return differenceInCalendarDays(must(b), must(a));
}

export function plusDays(d: IsoDate, n: number): IsoDate {
	return toIsoDate(addDays(must(d), n));
}

/** Add calendar months; a month-end overflow clamps to the last day (Jan 31 + 1 month = Feb 28/29). */
export function plusMonths(d: IsoDate, n: number): IsoDate {
	return toIsoDate(addMonths(must(d), n));
}

export function plusYears(d: IsoDate, n: number): IsoDate {
	return toIsoDate(addYears(must(d), n));
}

/** Today's civil date in China (UTC+8), whatever the machine's zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
	return toIsoDate(new Date(now.getTime() + 8 * 3600_000));
}
