// Whether a rule value is typed to its dimension: the contract every region's profile passes (profile.test.ts)
// and a draft's values are validated against. Pure.

import type { Dimension, RuleValue } from '$lib/regions/types';

/** Why a value does not fit its dimension: the wrong kind, or a code not among the dimension's options. */
export type TypeMismatch = 'kind' | 'option';

/**
 * null when the value fits. "notSpecified" fits every dimension; "unlimited" only a number (a bound the
 * text does not set, or a look-back over all time).
 */
export function typeMismatch(dim: Dimension, value: RuleValue): TypeMismatch | null {
	if (value.kind === 'notSpecified') return null;
	if (value.kind === 'unlimited') return dim.type === 'number' ? null : 'kind';
	if (value.kind !== dim.type) return 'kind';
	const known = (code: string) => !!dim.options?.some((o) => o.value === code);
	if (value.kind === 'enum') return known(value.value) ? null : 'option';
	if (value.kind === 'list' && dim.options) return value.value.every(known) ? null : 'option';
	return null;
}

export function isTypedTo(dim: Dimension, value: RuleValue): boolean {
	return typeMismatch(dim, value) === null;
}
