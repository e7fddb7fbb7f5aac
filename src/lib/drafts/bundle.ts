// A draft seen as a region: the same shapes (meta, profile, corpus, journey) the five regions give the
// comparison, the timelines and the simulator, so none of them needs draft-specific logic.

import { errorText } from '$lib/rules/words';
import { parseCorpus } from '$lib/corpus/parse';
import { deepEqual } from '$lib/rules/equal';
import type { Journey } from '$lib/machines/types';
import type {
	ClauseId,
	Corpus,
	DatedValue,
	DimensionId,
	RegionId,
	RegionDetails,
	RegionProfile,
	RegionRules,
	RuleValue,
	ValidityRule
} from '$lib/regions/types';
import type { Draft } from './types';

export { draftItemId, draftRegionId, isDraftRegion } from '$lib/rules/draft-ids';

export function draftProfile(draft: Draft, region: RegionId): RegionProfile {
	return { region, values: draft.values };
}

export type ParsedDraft = { ok: true; corpus: Corpus } | { ok: false; error: string; corpus: Corpus };

/** The draft's text split into clauses; an empty text is an empty corpus, a text that will not split an error. */
export function parseDraft(draft: Draft, region: RegionId): ParsedDraft {
	const empty: Corpus = { region, clauses: [], roots: [] };
	if (!draft.source.trim()) return { ok: true, corpus: empty };
	try {
		return { ok: true, corpus: parseCorpus(region, draft.source, draft.parse) };
	} catch (e) {
		return { ok: false, error: errorText(e), corpus: empty };
	}
}

const first = (values: DatedValue[] | undefined): DatedValue | undefined => values?.[0];
const sameValue = (a: RuleValue | undefined, b: RuleValue | undefined) => deepEqual(a, b);
const VALIDITY_DIMENSIONS: DimensionId[] = [
	'regulation.validFrom',
	'regulation.validUntil',
	'regulation.validityYears'
];

/**
 * The draft's validity as a rule. Unchanged from its base: the base's own rule (which keeps what the base
 * text wrote, blanks and all). Otherwise read from the draft's regulation.* values.
 */
export function draftValidity(draft: Draft, base?: RegionRules): ValidityRule {
	if (
		base &&
		VALIDITY_DIMENSIONS.every((d) =>
			sameValue(first(draft.values[d])?.value, first(base.profile.values[d])?.value)
		)
	)
		return base.meta.validity;
	const from = first(draft.values['regulation.validFrom']);
	const until = first(draft.values['regulation.validUntil']);
	const years = first(draft.values['regulation.validityYears']);
	const dateOf = (v: DatedValue | undefined) => (v?.value.kind === 'date' ? v.value.value : null);
	const citations: ClauseId[] = [...new Set([from, until, years].flatMap((v) => v?.citations ?? []))];
	const f = dateOf(from);
	const u = dateOf(until);
	if (f && u) return { kind: 'fixed', from: f, until: u, citations };
	if (years?.value.kind === 'number')
		return {
			kind: 'yearsFromEffective',
			years: years.value.value,
			effective: f,
			asWritten: f ?? '',
			citations
		};
	return { kind: 'openEnded', effective: f, asWritten: f, citations };
}

/** The draft's metadata in a region's shape. */
export function draftMeta(draft: Draft, region: RegionId, base?: RegionRules): RegionDetails {
	const name = draft.name.trim() || draft.title.trim() || region;
	return {
		id: region,
		title: { zh: draft.title, en: draft.title },
		name: { zh: name, en: name },
		issuer: null,
		level: draft.level,
		province: base?.meta.province ?? { zh: '', en: '' },
		status: draft.status,
		issued: null,
		validity: draftValidity(draft, base),
		operatorTerm: draft.operatorTerm,
		parse: draft.parse,
		// a region's notes are {zh, en} pairs (RegionDetails, regions/types.ts): this one goes with the draft's data
		notes: [
			{
				zh: '用户起草的规则草案，不是现行规定。',
				en: 'A rule draft written by a user; not a regulation in force.'
			}
		]
	};
}

/**
 * The journey the draft is simulated on: its procedure region's stages and reviewers, under the draft's id.
 * Values the journey reads from the profile come from the draft; what the journey states itself keeps the
 * procedure region's clause ids (they resolve in the draft's text while it keeps that region's numbering).
 */
export function draftJourney(procedure: Journey, region: RegionId): Journey {
	return { ...structuredClone(procedure), region };
}
