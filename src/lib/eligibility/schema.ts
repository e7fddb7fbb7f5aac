// The valibot schema of ApplicantFacts, for applicant profiles imported from a file or read back from
// storage. Strict: a key that is no fact the packs declare is an error, not silently dropped, so a typo cannot
// lose an answer; each fact's answer is typed by its declaration (yes/no, one of its options, incidents).

import * as v from 'valibot';
import { parseIsoDate } from '$lib/rules/dates';
import { INCIDENT_KINDS, RELATIONS, type ApplicantFacts, type EntityFacts } from './facts';
import { factCatalogue, roleLabels } from './catalogue';
import type { FactDeclaration } from './types';

const UNKNOWN = v.literal('unknown');

/** An answer: the value, or 'unknown'; the key may be absent (unanswered). */
const answer = <S extends v.GenericSchema>(schema: S) => v.optional(v.union([schema, UNKNOWN]));

const IsoDateSchema = v.pipe(
	v.string(),
	v.check((s) => parseIsoDate(s) !== null, 'a real date written YYYY-MM-DD')
);

export const SecurityIncidentSchema = v.strictObject({
	date: answer(IsoDateSchema),
	major: answer(v.boolean()),
	kind: answer(v.picklist(INCIDENT_KINDS)),
	description: v.optional(v.string())
});

function answerSchema(decl: FactDeclaration) {
	switch (decl.kind) {
		case 'boolean':
			return answer(v.boolean());
		case 'choice':
			return answer(v.picklist((decl.options ?? []).map((o) => o.value)));
		case 'incidents':
			return answer(v.array(SecurityIncidentSchema));
	}
}

/** The facts of one entity, over a catalogue of declared facts (by default every pack's). */
export function entityFactsSchema(catalogue: Readonly<Record<string, FactDeclaration>> = factCatalogue) {
	return v.strictObject(
		Object.fromEntries(Object.entries(catalogue).map(([fact, decl]) => [fact, answerSchema(decl)]))
	);
}

export const EntityFactsSchema = entityFactsSchema();

export const RelatedEntitySchema = v.strictObject({
	relation: v.picklist(RELATIONS),
	name: v.optional(v.string()),
	facts: EntityFactsSchema
});

export const ApplicantFactsSchema = v.strictObject({
	...EntityFactsSchema.entries,
	/** Roles the packs declare. */
	rolesSought: answer(v.array(v.picklist(Object.keys(roleLabels)))),
	relatedEntities: answer(v.array(RelatedEntitySchema)),
	materials: v.optional(v.record(v.string(), v.union([v.boolean(), UNKNOWN])))
});

// The schemas produce the types the engine reads.
const _entity: v.GenericSchema<unknown, EntityFacts> = EntityFactsSchema;
const _applicant: v.GenericSchema<unknown, ApplicantFacts> = ApplicantFactsSchema as v.GenericSchema<
	unknown,
	ApplicantFacts
>;
void _entity;
void _applicant;

export type ParseResult = { ok: true; facts: ApplicantFacts } | { ok: false; issues: string[] };

/** Validate imported or stored facts; issues name the path ("securityIncidents.0.date: …"). */
export function parseApplicantFacts(input: unknown): ParseResult {
	const r = v.safeParse(ApplicantFactsSchema, input);
	if (r.success) return { ok: true, facts: r.output as ApplicantFacts };
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
