// Small constructors for writing a region's rule profile as compact, typed data.

import type { ClauseId, DatedValue, IsoDate, Localized, Qualifier, RuleValue } from './types';

import { l } from './localized';

export { l };

export const NOT_SPECIFIED_SUMMARY: Localized = l('未规定', 'Not specified');

export const text = (zh: string, en: string): RuleValue => ({ kind: 'text', value: l(zh, en) });
export const bool = (value: boolean): RuleValue => ({ kind: 'boolean', value });
export const yes: RuleValue = bool(true);
export const num = (value: number, bound: 'atMost' | 'atLeast' | 'exactly'): RuleValue => ({
	kind: 'number',
	value,
	bound
});
export const en = (value: string): RuleValue => ({ kind: 'enum', value });
export const list = (...value: string[]): RuleValue => ({ kind: 'list', value });

/**
 * Constructors for values that apply from `from` (null: from the regulation's own entry into force).
 * `v` is one cited value; `ns` says the text is silent (its summary may say what the text does say nearby,
 * then citing that clause). `C`: how citations are written (a region's own clause ids by default).
 */
export function profileKit<C extends string = ClauseId>(from: IsoDate | null) {
	const v = (
		value: RuleValue,
		summary: Localized,
		citations: C[],
		extra: { qualifier?: Qualifier; note?: Localized } = {}
	): DatedValue<C>[] => [{ from, value, summary, citations, ...extra }];
	const ns = (summary: Localized = NOT_SPECIFIED_SUMMARY, citations: C[] = [], note?: Localized) =>
		v({ kind: 'notSpecified' }, summary, citations, note ? { note } : {});
	return { v, ns };
}
