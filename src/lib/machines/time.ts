// Calendar conventions of the simulator, on top of the shared ISO-date helpers. The simulated clock counts
// milliseconds since 1970 at UTC midnights, so a clock time and a civil date convert one to one.

import type { IsoDate } from '$lib/regions/types';
import { parseIsoDate, plusDays, plusMonths, toIsoDate } from '$lib/rules/dates';

export const DAY_MS = 86_400_000;

export function msOf(d: IsoDate): number {
	const p = parseIsoDate(d);
	if (!p) throw new RangeError(`not a valid date: ${d}`);
	return p.getTime();
}

export function dateOfMs(ms: number): IsoDate {
	return toIsoDate(new Date(Math.floor(ms / DAY_MS) * DAY_MS));
}

export function dayAfter(d: IsoDate): IsoDate {
	return plusDays(d, 1);
}

export function later(a: IsoDate, b: IsoDate): IsoDate {
	return a >= b ? a : b;
}

/**
 * The last day of a minimum period of N months after an act on `anchor` (log retention "不少于6个月", exit
 * notice "提前3个月"), as the Civil Code counts periods (民法典第二百零一、二百零二条): the day of the act is not
 * counted, and the period ends on the corresponding day of the last month, or on that month's last day when
 * it has none (Jan 31 + 1 month → Feb 28, or Feb 29 in a leap year); what it allows may happen from the day
 * after. Agreement terms are not counted this way: they use `termEnd` from `$lib/rules/periods`.
 */
export function periodEnd(anchor: IsoDate, months: number): IsoDate {
	return plusMonths(anchor, months);
}

/** Last day of the calendar quarter containing `d`. */
export function quarterEnd(d: IsoDate): IsoDate {
	const y = Number(d.slice(0, 4));
	const m = Number(d.slice(5, 7));
	const endMonth = Math.ceil(m / 3) * 3;
	return plusDays(
		`${endMonth === 12 ? y + 1 : y}-${String(endMonth === 12 ? 1 : endMonth + 1).padStart(2, '0')}-01`,
		-1
	);
}

/** January 1 of the year after `d`. */
export function nextNewYear(d: IsoDate): IsoDate {
	return `${Number(d.slice(0, 4)) + 1}-01-01`;
}

/** March 31 of `d`'s year: the end of the first quarter. */
export function firstQuarterEnd(d: IsoDate): IsoDate {
	return `${d.slice(0, 4)}-03-31`;
}

/** Resolve "YYYY-MM-DD", "+Nd" or "+Nm" against a base date; null when malformed. */
export function resolveWhen(when: string, base: IsoDate): IsoDate | null {
	if (parseIsoDate(when)) return when;
	const m = /^\+(\d+)([dm])$/.exec(when);
	if (!m) return null;
	const n = Number(m[1]);
	return m[2] === 'd' ? plusDays(base, n) : plusMonths(base, n);
}
