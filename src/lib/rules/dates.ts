// Calendar-date helpers over ISO strings (YYYY-MM-DD). Legal dates are civil dates: the same answer in every
// time zone. date-fns works in the machine's local zone unless told otherwise, so every computation here runs
// in UTC through `@date-fns/utc` (UTCDateMini values, and `in: utc` for date-fns): a date is its UTC midnight,
// and neither the machine's zone nor a daylight-saving change can move it. Every other module builds legal dates
// with these helpers only; the unit suite runs under four zones to prove it (`npm run test:unit:tz`).
// The mini date, not `UTCDate`: the full one builds three `Intl.DateTimeFormat`s when its module loads, for its
// `toString`, which nothing here calls; on every page's start that was the browser's first Intl formatter, which
// loads the locale data (about 65 ms on a phone: Lighthouse's 4x CPU).

import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays, addMonths, addYears, differenceInCalendarDays } from 'date-fns';
import type { IsoDate } from '$lib/regions/types';

/** date-fns' context (its `in` option): compute in UTC, as `@date-fns/utc`'s own `utc` does with the full date. */
const utc = (value: Date | number | string) => new UTCDateMini(+new Date(value));

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse an ISO date to its UTC midnight; null when it is malformed or impossible (2026-02-30). */
export function parseIsoDate(s: string): Date | null {
	const m = ISO.exec(s);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
	const date = new UTCDateMini(2000, mo, d);
	date.setFullYear(y); // years 0–99 too (the Date constructor maps them to 1900–1999)
	if (Number.isNaN(date.getTime()) || date.getMonth() !== mo || date.getDate() !== d) return null;
	return date;
}

/** The civil date of a UTC instant (a parsed date, or a simulated clock's time). */
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
	return differenceInCalendarDays(must(b), must(a), { in: utc });
}

export function plusDays(d: IsoDate, n: number): IsoDate {
	return toIsoDate(addDays(must(d), n, { in: utc }));
}

/** Add calendar months; a month-end overflow clamps to the last day (Jan 31 + 1 month = Feb 28/29). */
export function plusMonths(d: IsoDate, n: number): IsoDate {
	return toIsoDate(addMonths(must(d), n, { in: utc }));
}

export function plusYears(d: IsoDate, n: number): IsoDate {
	return toIsoDate(addYears(must(d), n, { in: utc }));
}

/** Day of the week, 0 = Sunday … 6 = Saturday, of the civil date itself (not of the machine's day). */
export function weekday(d: IsoDate): number {
	return must(d).getDay();
}

/** Today's civil date in China (UTC+8, no daylight saving since 1991), whatever the machine's zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
	return toIsoDate(new Date(now.getTime() + 8 * 3600_000));
}
