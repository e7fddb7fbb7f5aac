// A pack's eligibility rules (eligibility.yaml): the roles its text defines, the facts its criteria read (each
// with the question that asks it), the criteria themselves as declarative conditions, the application
// materials, and what it says where it imposes nothing. The engine ($lib/eligibility) reads these through an
// adapter; nothing in engine code lists a region's roles or facts.

import * as v from 'valibot';
import {
	citations,
	clauseId,
	finite,
	keyed,
	line,
	list,
	localId,
	roleId,
	LocalizedProse,
	LocalizedSchema,
	m,
	nonEmpty,
	obj,
	prose
} from './kit.ts';
import { INCIDENT_KINDS, RELATIONS } from './fact-kinds.ts';

export { INCIDENT_KINDS, RELATIONS };
/** The questionnaire's sections a fact's question is asked in. */
export const FACT_TOPICS = ['entity', 'ownership', 'finance', 'credit', 'security', 'capability'] as const;
/**
 * What kind of answer a fact takes: yes / no (boolean), one option (choice), or a list of dated incidents
 * (incidents: each with a date, whether major, and its kind).
 */
export const FACT_KINDS = ['boolean', 'choice', 'incidents'] as const;

export type FactKind = (typeof FACT_KINDS)[number];

const option = obj(v.strictObject({ value: line, label: LocalizedProse }));

/** A fact a criterion or material reads, declared with the question that asks it. */
export const FactDeclarationSchema = obj(
	v.strictObject({
		topic: v.picklist(FACT_TOPICS),
		kind: v.picklist(FACT_KINDS),
		label: LocalizedProse,
		help: LocalizedProse,
		/** The answers offered: a choice fact's options; an incidents fact's kinds. */
		options: v.optional(nonEmpty(option))
	})
);
export type FactDeclaration = v.InferOutput<typeof FactDeclarationSchema>;

/**
 * A condition over the applicant's facts, written as data (one key each). Three-valued when evaluated: a
 * missing or "don't know" answer leaves it unknown, never met.
 */
export type PackCondition =
	| { isTrue: string; alsoUnmetIf?: string[] }
	| { isFalse: string; alsoUnmetIf?: string[] }
	| { allTrue: string[] }
	| { noneTrue: string[] }
	| { allOf: PackCondition[] }
	| { anyOf: PackCondition[] }
	| { oneOf: { fact: string; values: string[] } }
	| {
			noIncidentWithinYears: {
				years: number;
				fact?: string;
				majorOnly?: boolean;
				kinds?: (typeof INCIDENT_KINDS)[number][];
			};
	  }
	| { noIncidentEver: { fact?: string; majorOnly?: boolean; kinds?: (typeof INCIDENT_KINDS)[number][] } }
	| { materialReady: string }
	| 'authorityDecides';

const incidentOptions = {
	/** The incidents fact (default securityIncidents). */
	fact: v.optional(localId),
	/** Only major incidents count. */
	majorOnly: v.optional(v.boolean()),
	/** Only incidents of these kinds count. */
	kinds: v.optional(nonEmpty(v.picklist(INCIDENT_KINDS)))
};

export const ConditionSchema: v.GenericSchema<unknown, PackCondition> = v.lazy(() =>
	v.union(
		[
			/** Nothing the applicant can answer decides it: the text leaves it to the authority. Always unknown. */
			v.literal('authorityDecides'),
			/**
			 * A yes/no fact is true (isTrue) or false (isFalse). `alsoUnmetIf`: other yes/no facts bearing on the
			 * same words of the text; a yes to any of them leaves the condition unmet whatever the direct answer.
			 */
			v.strictObject({ isTrue: localId, alsoUnmetIf: v.optional(nonEmpty(localId)) }),
			v.strictObject({ isFalse: localId, alsoUnmetIf: v.optional(nonEmpty(localId)) }),
			/** Every one of these yes/no facts is true. */
			v.strictObject({ allTrue: nonEmpty(localId) }),
			/** None of these yes/no facts is true. */
			v.strictObject({ noneTrue: nonEmpty(localId) }),
			v.strictObject({ allOf: nonEmpty(ConditionSchema) }),
			v.strictObject({ anyOf: nonEmpty(ConditionSchema) }),
			/** A choice fact's answer is one of these options. */
			v.strictObject({ oneOf: obj(v.strictObject({ fact: localId, values: nonEmpty(line) })) }),
			/** No counting incident in the `years` before the evaluation date ("近3年未发生…"). */
			v.strictObject({
				noIncidentWithinYears: obj(
					v.strictObject({ years: v.pipe(finite, v.integer(), v.minValue(1)), ...incidentOptions })
				)
			}),
			/** No counting incident ever, up to the evaluation date ("未发生过…"). */
			v.strictObject({ noIncidentEver: obj(v.strictObject(incidentOptions)) }),
			/** The application material with this id is ready. */
			v.strictObject({ materialReady: localId })
		],
		m('condition')
	)
);

/** One role the text defines: the glossary's word for it (the same across packs) and the text's own. */
export const RoleSchema = obj(
	v.strictObject({
		role: roleId,
		/** The glossary's word, shown where regions mix (the questionnaire's options): 运营单位 / operator. */
		label: LocalizedSchema,
		/** The text's own word: 数据运营单位 / data operator. */
		term: LocalizedSchema,
		citations: nonEmpty(clauseId)
	})
);

export const CriterionSchema = obj(
	v.strictObject({
		/** Unique within the pack. */
		id: localId,
		/** An aspect of the shared catalogue ($lib/eligibility/aspects), so results line up across regions. */
		aspect: localId,
		roles: nonEmpty(roleId),
		label: LocalizedProse,
		/** The words of the text, verbatim (a substring of the first cited clause). */
		quote: prose,
		citations: nonEmpty(clauseId),
		/** The text leaves the judgement to the authority: can fail, never passes on the answers alone. */
		discretion: v.boolean(),
		when: ConditionSchema,
		/** A related entity's facts may meet it in the applicant's stead (needs `relatedEntities`). */
		relatedEntityMay: v.optional(v.boolean()),
		note: v.optional(LocalizedProse)
	})
);

export const MaterialSchema = obj(
	v.strictObject({
		/** The code of the material in the catalogue's application.materials options. */
		id: localId,
		roles: nonEmpty(roleId),
		label: LocalizedProse,
		quote: prose,
		citations: nonEmpty(clauseId),
		/** When it counts as ready; usually { materialReady: <id> }. */
		ready: ConditionSchema,
		note: v.optional(LocalizedProse)
	})
);

export const RelatedEntityRuleSchema = obj(
	v.strictObject({
		relations: nonEmpty(v.picklist(RELATIONS)),
		quote: prose,
		citations: nonEmpty(clauseId),
		note: v.optional(LocalizedProse),
		/** The question that asks for related entities, in this text's terms. */
		question: obj(v.strictObject({ label: LocalizedProse, help: LocalizedProse }))
	})
);

export const NotImposedSchema = obj(v.strictObject({ citations, note: v.optional(LocalizedProse) }));

export const EligibilitySchema = obj(
	v.strictObject({
		roles: list(RoleSchema),
		/** Every fact the criteria and materials read (materials' own readiness aside), keyed by fact id. */
		facts: keyed(localId, FactDeclarationSchema),
		criteria: list(CriterionSchema),
		materials: list(MaterialSchema),
		relatedEntities: v.optional(RelatedEntityRuleSchema),
		/** Per aspect the text does not impose: what to cite (the profile's notSpecified citations). */
		notImposed: v.optional(keyed(localId, NotImposedSchema)),
		notes: v.optional(list(LocalizedProse))
	})
);
export type PackEligibility = v.InferOutput<typeof EligibilitySchema>;
