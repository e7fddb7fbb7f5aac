// What an applicant says about itself: the facts the eligibility engine reads. Every fact is optional:
// absent = not answered yet, 'unknown' = answered "I don't know". Both leave a criterion unknown, never met.
// Pure data and types; the valibot schema for imported profiles is in schema.ts.

import type { IsoDate, RoleId } from '$lib/regions/types';
import { INCIDENT_KINDS, RELATIONS } from '$lib/rules/pack/fact-kinds';

export { INCIDENT_KINDS, RELATIONS };

/** An answer, or an explicit "I don't know". A missing property means the question was not answered. */
export type Answer<T> = T | 'unknown';

/**
 * A role a text defines, by the glossary's English word (operator, primaryDeveloper …). Declared by the packs
 * (eligibility.yaml `roles`, with the glossary label); a role sought that a region does not have is reported as
 * such, not mapped onto another.
 */
export type { RoleId } from '$lib/regions/types';

/**
 * A choice fact's answer: one of the options its pack declares (legalForm: forProfitLegalPerson …, the Civil
 * Code's forms, 民法典 第三章、第四章).
 */
export type LegalForm = string;

/** Whether an incident was a network-security incident, a data-security incident, or both. */
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** One network or data security incident the unit suffered (发生网络安全或数据安全事件). */
export interface SecurityIncident {
	/** When it happened; 'unknown' counts as possibly inside any look-back window. */
	date?: Answer<IsoDate>;
	/** Whether it was major (重大); Jiangsu excludes major data-security incidents only. */
	major?: Answer<boolean>;
	kind?: Answer<IncidentKind>;
	/** Free text for the applicant's own reference; never read by the engine. */
	description?: string;
}

/**
 * A yes/no fact, phrased so that its question asks it directly ("is the unit a judgment defaulter?"); which
 * answer helps depends on the criterion, not on the fact. Declared by the packs that read it (eligibility.yaml
 * `facts`), with the question's wording.
 */
export type BooleanFact = string;

/**
 * Facts about one entity: the applicant itself, or a subsidiary or managed entity standing in for it. Keyed by
 * the fact ids the packs declare: a yes/no fact holds Answer<boolean>, a choice fact Answer<string> (legalForm),
 * an incidents fact Answer<SecurityIncident[]> (securityIncidents: every incident; [] = none ever).
 */
export interface EntityFacts {
	[fact: string]: unknown;
}

/** How a related entity stands to the applicant (Yingkou 二（二）5: 子公司或其代管机构). */
export type Relation = (typeof RELATIONS)[number];

/** A subsidiary or managed entity whose facts may count for the applicant where a region allows it. */
export interface RelatedEntity {
	relation: Relation;
	name?: string;
	facts: EntityFacts;
}

/** Everything the questionnaire collects: the applicant's own facts, the role sought, related entities, materials. */
export interface ApplicantFacts extends EntityFacts {
	/** The roles the applicant seeks; unanswered, 'unknown' or [] → every role of each region is evaluated. */
	rolesSought?: Answer<RoleId[]>;
	/** Subsidiaries or managed entities; [] = none. */
	relatedEntities?: Answer<RelatedEntity[]>;
	/** Whether each application material is ready, by material id ("securityCommitment"). */
	materials?: Record<string, Answer<boolean>>;
}

/** A fact a criterion reads: a declared fact id, or "materials.<id>". */
export type FactKey = string;

/** The state of one answer, for progress displays. */
export type AnswerState = 'unanswered' | 'unknown' | 'answered';

export function answerState(value: unknown): AnswerState {
	if (value === undefined) return 'unanswered';
	if (value === 'unknown') return 'unknown';
	return 'answered';
}

/** The answer a question (by its fact) holds in a set of facts. */
export function answerOf(facts: ApplicantFacts, q: { fact: string }): unknown {
	if (q.fact.startsWith('materials.')) return facts.materials?.[q.fact.slice('materials.'.length)];
	return facts[q.fact];
}
