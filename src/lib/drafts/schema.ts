// The structural schema of a Draft (valibot), for what is read back from storage and for imported files.
// Strict: unknown keys, unknown value kinds, forbidden keys, controls and over-long strings are refused, and
// nothing is stripped or repaired. Semantic checks (a negative term, an unresolved citation) are validate.ts's.

import * as v from 'valibot';
import { m as say } from '$lib/paraglide/messages';
import { ParseOptionsSchema, StatusListSchema, LEVELS } from '$lib/rules/pack/meta';
import { DatedValueSchema, RuleValueSchema } from '$lib/rules/pack/profile';
import {
	CLAUSE_ID,
	DIMENSION_ID,
	LIMITS,
	LocalizedSchema,
	dimensionId,
	formatPath,
	hasControlChars,
	hasProseControlChars,
	isObject,
	issueProblems,
	line,
	long,
	m,
	regionId,
	structuralProblems,
	type Problem
} from '$lib/rules/pack/kit';
import { said, type Said } from '$lib/rules/words';
import { DRAFT_FORMAT, type Draft } from './types';

// The building blocks are the region packs' (one schema for a region's values, a draft's and the open data's).
export {
	CLAUSE_ID,
	DIMENSION_ID,
	DatedValueSchema,
	LocalizedSchema,
	ParseOptionsSchema,
	RuleValueSchema,
	formatPath,
	hasControlChars,
	structuralProblems
};

export const DRAFT_LIMITS = LIMITS;

const MESSAGES: Record<string, Said> = {
	format: said(say.draftcheck_not_draft, { format: DRAFT_FORMAT }),
	'draft.source.long': said(say.draftcheck_source_long, { max: LIMITS.source })
};

const fewKeys = (o: unknown) => Object.keys(o as object).length <= LIMITS.dimensions;

export const DraftSchema = v.strictObject({
	format: v.literal(DRAFT_FORMAT, 'format'),
	title: line,
	name: line,
	level: v.picklist(LEVELS, m('level')),
	status: StatusListSchema,
	base: v.nullable(regionId),
	procedure: v.nullable(regionId),
	// the same control/bidi check as every other prose string: a bidi override could disguise a clause
	source: v.pipe(
		v.string(),
		v.maxLength(LIMITS.source, 'draft.source.long'),
		v.check((s) => !hasProseControlChars(s), m('control'))
	),
	parse: ParseOptionsSchema,
	values: v.pipe(
		v.custom<unknown>(isObject, m('object')),
		v.check(fewKeys, m('dimensions.many')),
		v.record(
			dimensionId,
			v.pipe(v.array(DatedValueSchema), v.maxLength(LIMITS.valuesPerDimension, m('values.many')))
		)
	),
	clauseTexts: v.pipe(
		v.custom<unknown>(isObject, m('object')),
		v.check(fewKeys, m('dimensions.many')),
		v.record(dimensionId, long)
	),
	notes: long,
	operatorTerm: LocalizedSchema
});

// The schema produces exactly the type the rest of the app reads.
const _draft: v.GenericSchema<unknown, Draft> = DraftSchema;
void _draft;

// ——— problems ———

/** Where, as a path into the draft ("values.term.maxMonths[0].value.kind"; '' for the whole), and what. */
export type DraftProblem = Problem;

export type DraftPayloadResult = { ok: true; draft: Draft } | { ok: false; problems: DraftProblem[] };

/** Validate a draft read from storage or a file; the draft returned is a fresh copy, never the input. */
export function parseDraftPayload(x: unknown): DraftPayloadResult {
	if (!isObject(x)) return { ok: false, problems: [{ field: '', message: said(say.read_object) }] };
	const faults = structuralProblems(x);
	if (faults.length) return { ok: false, problems: faults };
	const r = v.safeParse(DraftSchema, x, { abortEarly: false });
	if (r.success) return { ok: true, draft: r.output };
	return { ok: false, problems: issueProblems(r.issues, MESSAGES) };
}
