// Whether a regulation is in force on a given day, computed from its validity rule as written. Where the
// text leaves a date blank, the answer is "undetermined" with the reason — never a guess.

import type { ClauseId, IsoDate, ValidityRule } from '$lib/regions/types';
import { daysBetween } from './dates';
import { termEnd } from './periods';

export type ValidityStatus =
	| { state: 'inForce'; from: IsoDate; until: IsoDate | null; daysRemaining: number | null }
	| { state: 'expired'; from: IsoDate; until: IsoDate; daysSince: number }
	| { state: 'notYetInForce'; from: IsoDate; until: IsoDate | null; daysUntil: number }
	| {
			state: 'undetermined';
			reason: 'effectiveDateUnset' | 'issueDateUnknown' | 'noDates';
			years: number | null;
			asWritten: string | null;
	  };

/**
 * The last day of an N-year period starting on `from`: a term of 12·N months (`termEnd`), the convention
 * Jiangsu's own text follows (2024-12-01 … 2026-11-30): the eve of the anniversary, or the month's last day
 * where the anniversary does not exist (2024-02-29 + 1 year → 2025-02-28; 2027-03-01 + 1 year → 2028-02-29).
 */
function lastDayOfYears(from: IsoDate, years: number): IsoDate {
	return termEnd(from, 12 * years);
}

/** The first and last day in force, where the rule and its dates allow computing them. */
export function validityWindow(rule: ValidityRule): { from: IsoDate; until: IsoDate | null } | null {
	switch (rule.kind) {
		case 'fixed':
			return { from: rule.from, until: rule.until };
		case 'yearsFromIssue':
			return rule.issued ? { from: rule.issued, until: lastDayOfYears(rule.issued, rule.years) } : null;
		case 'yearsFromEffective':
			return rule.effective
				? { from: rule.effective, until: lastDayOfYears(rule.effective, rule.years) }
				: null;
		case 'openEnded':
			return rule.effective ? { from: rule.effective, until: null } : null;
	}
}

export function validityOn(rule: ValidityRule, today: IsoDate): ValidityStatus {
	const w = validityWindow(rule);
	if (!w) {
		return {
			state: 'undetermined',
			reason:
				rule.kind === 'yearsFromIssue'
					? 'issueDateUnknown'
					: rule.kind === 'openEnded' && rule.asWritten === null
						? 'noDates'
						: 'effectiveDateUnset',
			years: rule.kind === 'yearsFromIssue' || rule.kind === 'yearsFromEffective' ? rule.years : null,
			asWritten: rule.kind === 'yearsFromEffective' || rule.kind === 'openEnded' ? rule.asWritten : null
		};
	}
	if (daysBetween(today, w.from) > 0)
		return { state: 'notYetInForce', from: w.from, until: w.until, daysUntil: daysBetween(today, w.from) };
	if (w.until && daysBetween(w.until, today) > 0)
		return { state: 'expired', from: w.from, until: w.until, daysSince: daysBetween(w.until, today) };
	return {
		state: 'inForce',
		from: w.from,
		until: w.until,
		daysRemaining: w.until ? daysBetween(today, w.until) : null
	};
}

export function validityCitations(rule: ValidityRule): ClauseId[] {
	return rule.citations;
}
