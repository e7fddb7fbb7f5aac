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
 * A citation as law data written in TypeScript spells it, before the brand: any string for a region's own clause id,
 * `nationalSpec:${string}` for a national ref (the document stays checked by the compiler).
 */
export type Spelled<C extends string> = C extends ClauseId & `${infer D}:${string}`
	? `${D}:${string}`
	: string;

/**
 * Clause ids written in TypeScript law data (a profile, a journey block, the national marks), branded here: the data
 * boundary for TS data, as the pack schemas are for YAML. That each one names a clause of its text is the profile's
 * and journey's tests' to prove (every citation resolves against the parsed corpus).
 */
export const cites = <C extends string = ClauseId>(...ids: Spelled<C>[]): C[] => ids.map(cite<C>);
/** One clause id written in TypeScript law data, branded like `cites`. */
export const cite = <C extends string = ClauseId>(id: Spelled<C>): C => id as string as C;

/**
 * Constructors for values that apply from `from` (null: from the regulation's own entry into force).
 * `v` is one cited value; `ns` says the text is silent (its summary may say what the text does say nearby,
 * then citing that clause). `C`: how citations are written (a region's own clause ids by default).
 */
export function profileKit<C extends string = ClauseId>(from: IsoDate | null) {
	const v = (
		value: RuleValue,
		summary: Localized,
		citations: Spelled<C>[],
		extra: { qualifier?: Qualifier; note?: Localized } = {}
	): DatedValue<C>[] => [{ from, value, summary, citations: cites<C>(...citations), ...extra }];
	const ns = (summary: Localized = NOT_SPECIFIED_SUMMARY, citations: Spelled<C>[] = [], note?: Localized) =>
		v({ kind: 'notSpecified' }, summary, citations, note ? { note } : {});
	return { v, ns };
}
