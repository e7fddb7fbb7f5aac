// Every sentence a text's validity can read, whatever the date: what a page keeps the place of before today's
// date is known (components/Validity). Its own module, so the pages that only compute a validity do not carry it.
// Pure: no DOM, no Svelte, no storage.

import type { ValidityRule } from '$lib/regions/types';
import { daysBetween } from './dates';
import { validityOn, validityWindow, type ValidityStatus } from './validity';

/**
 * A count of days with no bound in the text (days since a text lapsed, days until one takes effect), as the
 * widest a page keeps room for: four digits, 27 years.
 */
export const UNBOUNDED_DAYS = 9999;

/**
 * Every status a rule can have, whatever the date, each with the widest count of days it can show: what a page
 * keeps the place of before today's date is known (components/Validity), never what it shows. Days remaining are
 * at most the whole window (its first day); the unbounded counts are UNBOUNDED_DAYS. An undetermined rule has
 * one status on every date.
 */
export function possibleValidities(rule: ValidityRule): ValidityStatus[] {
	const w = validityWindow(rule);
	if (!w) return [validityOn(rule, '1970-01-01')];
	const { from, until } = w;
	const out: ValidityStatus[] = [
		{ state: 'notYetInForce', from, until, daysUntil: UNBOUNDED_DAYS },
		{ state: 'inForce', from, until, daysRemaining: until ? daysBetween(from, until) : null }
	];
	if (until) {
		out.push({ state: 'inForce', from, until, daysRemaining: 0 });
		out.push({ state: 'expired', from, until, daysSince: UNBOUNDED_DAYS });
	}
	return out;
}
