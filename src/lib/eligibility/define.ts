// Small builders for predicates written in code (the drafts' derived criteria, tests). A pack writes the same
// conditions as data in eligibility.yaml ({ allTrue: [...] }); regions.ts reads those into these shapes.

import type { BooleanFact, IncidentKind } from './facts';
import type { Predicate } from './types';

export { l } from '$lib/regions/localized';

/** `alsoUnmetIf`: answers bearing on the same words, a yes to any of which leaves it unmet (see Predicate). */
export const isTrue = (fact: BooleanFact, alsoUnmetIf?: readonly BooleanFact[]): Predicate =>
	alsoUnmetIf?.length ? { test: 'isTrue', fact, alsoUnmetIf } : { test: 'isTrue', fact };
export const isFalse = (fact: BooleanFact, alsoUnmetIf?: readonly BooleanFact[]): Predicate =>
	alsoUnmetIf?.length ? { test: 'isFalse', fact, alsoUnmetIf } : { test: 'isFalse', fact };
export const allTrue = (...facts: BooleanFact[]): Predicate => ({
	test: 'allOf',
	of: facts.map((f) => isTrue(f))
});
export const noneTrue = (...facts: BooleanFact[]): Predicate => ({
	test: 'allOf',
	of: facts.map((f) => isFalse(f))
});
export const allOf = (...of: Predicate[]): Predicate => ({ test: 'allOf', of });
export const anyOf = (...of: Predicate[]): Predicate => ({ test: 'anyOf', of });
/** A choice fact's answer is one of `values`. */
export const oneOf = (fact: string, values: readonly string[]): Predicate => ({
	test: 'oneOf',
	fact,
	values
});
export const legalFormIn = (values: readonly string[]): Predicate => oneOf('legalForm', values);
export const noIncidentWithinYears = (
	years: number,
	opts: { majorOnly?: boolean; kinds?: readonly IncidentKind[] } = {}
): Predicate => ({ test: 'noIncidentWithinYears', fact: 'securityIncidents', years, ...opts });
export const noIncidentEver = (
	opts: { majorOnly?: boolean; kinds?: readonly IncidentKind[] } = {}
): Predicate => ({ test: 'noIncidentEver', fact: 'securityIncidents', ...opts });
export const materialReady = (material: string): Predicate => ({ test: 'materialReady', material });
export const authorityDecides: Predicate = { test: 'authorityDecides' };
