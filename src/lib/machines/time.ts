// The simulator's clock and its civil dates. The simulated clock counts milliseconds since 1970 at UTC
// midnights, so a clock time and a civil date convert one to one, in every time zone. Every legal period is
// counted by the shared conventions of `$lib/rules/periods` (terms, periods after an act or an expiry, months
// before expiry, calendar quarters), the same functions the timelines use.

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

/** Resolve "YYYY-MM-DD", "+Nd" or "+Nm" against a base date; null when malformed. */
export function resolveWhen(when: string, base: IsoDate): IsoDate | null {
	if (parseIsoDate(when)) return when;
	const m = /^\+(\d+)([dm])$/.exec(when);
	if (!m) return null;
	const n = Number(m[1]);
	return m[2] === 'd' ? plusDays(base, n) : plusMonths(base, n);
}
