// Starting a draft: a copy of one region's text and rule profile (what a drafter usually does), or blank.

import { DIMENSIONS } from '$lib/regions/dimensions';
import { NOT_SPECIFIED_SUMMARY } from '$lib/regions/profile-kit';
import type { DatedValue, DimensionId, RegionMeta, RegionProfile } from '$lib/regions/types';
import { DRAFT_FORMAT, type Draft } from './types';

const silent = (): DatedValue[] => [
	{ from: null, value: { kind: 'notSpecified' }, summary: { ...NOT_SPECIFIED_SUMMARY }, citations: [] }
];

/** A value list for every dimension of the catalogue, "not specified" throughout. */
export function blankValues(): Record<DimensionId, DatedValue[]> {
	return Object.fromEntries(DIMENSIONS.map((d) => [d.id, silent()]));
}

/** A blank draft: no text, every dimension "not specified", simulated on `procedure`'s journey if given. */
export function blankDraft(title: string, name: string, procedure: string | null = null): Draft {
	return {
		format: DRAFT_FORMAT,
		title,
		name,
		level: 'city',
		status: ['draft'],
		base: null,
		procedure,
		source: '',
		parse: { scheme: 'articles' },
		values: blankValues(),
		clauseTexts: {},
		notes: '',
		operatorTerm: { zh: '授权运营单位', en: 'authorized operator' }
	};
}

/**
 * A draft that starts as an exact copy of a region: its text (so every citation resolves in the draft's own
 * clauses), its parser options, its values and its procedure. `hasJourney`: whether the region can be simulated.
 */
export function cloneRegion(
	meta: RegionMeta,
	profile: RegionProfile,
	source: string,
	opts: { title?: string; name?: string; hasJourney?: boolean } = {}
): Draft {
	const values = structuredClone(profile.values);
	for (const d of DIMENSIONS) values[d.id] ??= silent();
	return {
		format: DRAFT_FORMAT,
		title: opts.title ?? meta.title.zh,
		name: opts.name ?? meta.name.zh,
		level: meta.level,
		status: [...meta.status],
		base: meta.id,
		procedure: opts.hasJourney === false ? null : meta.id,
		source,
		parse: { ...meta.parse },
		values,
		clauseTexts: {},
		notes: '',
		operatorTerm: { ...meta.operatorTerm }
	};
}
