// The valibot schema of ApplicantFacts, for applicant profiles imported from a file or read back from
// storage. Strict: an unknown key is an error, not silently dropped, so a typo cannot lose an answer.

import * as v from 'valibot';
import { parseIsoDate } from '$lib/rules/dates';
import {
	BOOLEAN_FACTS,
	INCIDENT_KINDS,
	LEGAL_FORMS,
	RELATIONS,
	ROLES,
	type ApplicantFacts,
	type BooleanFact,
	type EntityFacts
} from './facts';

const UNKNOWN = v.literal('unknown');

/** An answer: the value, or 'unknown'; the key may be absent (unanswered). */
const answer = <S extends v.GenericSchema>(schema: S) => v.optional(v.union([schema, UNKNOWN]));

const IsoDateSchema = v.pipe(
	v.string(),
	v.check((s) => parseIsoDate(s) !== null, 'a real date written YYYY-MM-DD')
);

const BooleanAnswer = answer(v.boolean());

const booleanEntries = Object.fromEntries(BOOLEAN_FACTS.map((k) => [k, BooleanAnswer])) as Record<
	BooleanFact,
	typeof BooleanAnswer
>;

export const SecurityIncidentSchema = v.strictObject({
	date: answer(IsoDateSchema),
	major: answer(v.boolean()),
	kind: answer(v.picklist(INCIDENT_KINDS)),
	description: v.optional(v.string())
});

const entityEntries = {
	...booleanEntries,
	legalForm: answer(v.picklist(LEGAL_FORMS)),
	securityIncidents: answer(v.array(SecurityIncidentSchema))
};

export const EntityFactsSchema = v.strictObject(entityEntries);

export const RelatedEntitySchema = v.strictObject({
	relation: v.picklist(RELATIONS),
	name: v.optional(v.string()),
	facts: EntityFactsSchema
});

export const ApplicantFactsSchema = v.strictObject({
	...entityEntries,
	rolesSought: answer(v.array(v.picklist(ROLES))),
	relatedEntities: answer(v.array(RelatedEntitySchema)),
	materials: v.optional(v.record(v.string(), v.union([v.boolean(), UNKNOWN])))
});

// The schemas produce exactly the types the engine reads.
const _entity: v.GenericSchema<unknown, EntityFacts> = EntityFactsSchema;
const _applicant: v.GenericSchema<unknown, ApplicantFacts> = ApplicantFactsSchema;
void _entity;
void _applicant;

export type ParseResult = { ok: true; facts: ApplicantFacts } | { ok: false; issues: string[] };

/** Validate imported or stored facts; issues name the path ("securityIncidents.0.date: …"). */
export function parseApplicantFacts(input: unknown): ParseResult {
	const r = v.safeParse(ApplicantFactsSchema, input);
	if (r.success) return { ok: true, facts: r.output };
	// A union (value | 'unknown') nests its branches' issues, with paths relative to the union: report the
	// deepest ones with their full path, and not "expected 'unknown'" where the value's branch says more.
	type Issue = v.BaseIssue<unknown>;
	const join = (a: string, b: string | null): string => (a && b ? `${a}.${b}` : a || b || '');
	const leaves = (i: Issue, at: string): [string, Issue][] => {
		const here = join(at, v.getDotPath(i));
		return i.issues?.length ? i.issues.flatMap((x) => leaves(x, here)) : [[here, i]];
	};
	const lines = r.issues.flatMap((i) => {
		const all = leaves(i, '');
		const specific = all.filter(([, x]) => x.expected !== '"unknown"');
		return (specific.length ? specific : all).map(([path, x]) =>
			path ? `${path}: ${x.message}` : x.message
		);
	});
	return { ok: false, issues: [...new Set(lines)] };
}
