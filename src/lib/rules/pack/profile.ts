// A rule profile in a pack (profile.yaml): for every dimension of the catalogue, its dated values, each with
// its summary and the clauses it rests on. The same values the open data publishes (rules.schema.json
// "ruleValue") and a draft holds.

import * as v from 'valibot';
import type { RegionProfile } from '../../regions/types';
import {
	citations,
	codes,
	dimensionId,
	finite,
	isoDate,
	keyed,
	LIMITS,
	roleId,
	line,
	LocalizedProse,
	m,
	nonEmpty,
	obj
} from './kit.ts';

export const QUALIFIERS = ['inPrinciple', 'generally', 'provisional', 'discretionary'] as const;
export const BOUNDS = ['atMost', 'atLeast', 'exactly'] as const;

export const RuleValueSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.literal('notSpecified') }),
		v.strictObject({ kind: v.literal('unlimited') }),
		v.strictObject({ kind: v.literal('number'), value: finite, bound: v.picklist(BOUNDS, m('bound')) }),
		v.strictObject({ kind: v.literal('enum'), value: line }),
		v.strictObject({ kind: v.literal('boolean'), value: v.boolean() }),
		v.strictObject({ kind: v.literal('list'), value: codes }),
		v.strictObject({ kind: v.literal('text'), value: LocalizedProse }),
		v.strictObject({ kind: v.literal('date'), value: v.nullable(isoDate) })
	],
	m('kind')
);

export const DatedValueSchema = obj(
	v.strictObject({
		/** First day the value applies; null = from the regulation's own entry into force. */
		from: v.nullable(isoDate),
		value: RuleValueSchema,
		qualifier: v.optional(v.picklist(QUALIFIERS, m('qualifier'))),
		summary: LocalizedProse,
		/** Required (non-empty) for every value but notSpecified: the pack check says so. */
		citations,
		note: v.optional(LocalizedProse),
		/** The role(s) the value binds (ids the pack's eligibility.yaml declares); the pack check says which need it. */
		roles: v.optional(nonEmpty(roleId))
	})
);

export const DatedValuesSchema = v.pipe(
	v.array(DatedValueSchema),
	v.maxLength(LIMITS.valuesPerDimension, m('values.many'))
);

/** profile.yaml: `values`, one list of dated values per dimension id. */
export const ProfileSchema = obj(v.strictObject({ values: keyed(dimensionId, DatedValuesSchema) }));
export type PackProfile = v.InferOutput<typeof ProfileSchema>;

// The schema produces what the registry hands out as a RegionProfile (the region is the folder's name).
const _profile: v.GenericSchema<unknown, Omit<RegionProfile, 'region'>> = ProfileSchema;
void _profile;
