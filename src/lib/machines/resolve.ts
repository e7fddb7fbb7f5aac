// Reading a journey's values: either stated in the journey, or read from the region's rule profile (the
// value in force on the simulation's start date, with its qualifier and citations).

import type { ClauseId, IsoDate, Localized, Qualifier, RegionProfile } from '$lib/regions/types';
import { qualifierWord } from '$lib/rules/format';
import { profileValueOn } from '$lib/rules/in-force';
import type { Source } from './types';

export interface Resolved<T> {
	value: T;
	citations: ClauseId[];
	qualifier?: Qualifier;
	note?: Localized;
	/** The profile dimension it came from, if any. */
	dimension?: string;
}

/** A profile or journey value; null when the profile says "not specified" or has no such dimension. */
export function resolveSource<T>(
	source: Source<T> | null | undefined,
	profile: RegionProfile,
	on: IsoDate
): Resolved<T> | null {
	if (!source) return null;
	if ('value' in source) return { ...source };
	const dv = profileValueOn(profile, source.dimension, on);
	if (!dv) return null;
	const rv = dv.value;
	let value: unknown;
	switch (rv.kind) {
		case 'number':
		case 'enum':
		case 'boolean':
		case 'list':
		case 'date':
			value = rv.value;
			break;
		case 'text':
			value = rv.value;
			break;
		default:
			return null;
	}
	return {
		value: value as T,
		citations: dv.citations,
		qualifier: dv.qualifier,
		note: dv.note,
		dimension: source.dimension
	};
}

export function qualifierWords(q: Qualifier | undefined): Localized | null {
	return q ? qualifierWord(q) : null;
}
