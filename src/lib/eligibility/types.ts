// Types of the eligibility layer: criteria as data (declarative predicates over ApplicantFacts), a region's
// criteria and materials, and the results the engine returns. Pure: no DOM, no Svelte, no storage.

import type { ClauseId, DimensionId, IsoDate, Localized, RegionId } from '$lib/regions/types';
import type { AspectId } from './aspects';
import type { FactDeclaration } from '$lib/rules/pack/eligibility';
import type { BooleanFact, IncidentKind, Relation, RoleId } from './facts';

export type { FactDeclaration } from '$lib/rules/pack/eligibility';

export type { AspectId } from './aspects';

/**
 * A test over the facts, evaluated in three values (met / unmet / unknown). A pack writes its conditions as
 * data (eligibility.yaml `when: { allTrue: [...] }`), read into these by regions.ts; the engine needs no change.
 */
export type Predicate =
	/**
	 * A yes/no fact must be true (isTrue) or false (isFalse). `alsoUnmetIf`: other answers that bear on the
	 * same words of the text — a yes to any of them leaves the condition unmet whatever the direct answer
	 * (listed as a judgment defaulter = a major bad credit record); other answers to them decide nothing,
	 * so they never make the condition pass on their own.
	 */
	| { test: 'isTrue' | 'isFalse'; fact: BooleanFact; alsoUnmetIf?: readonly BooleanFact[] }
	/** A choice fact (legalForm) must be one of these options. */
	| { test: 'oneOf'; fact: string; values: readonly string[] }
	/**
	 * No security incident in the `years` before the evaluation date ("近3年未发生…"): an incident dated on
	 * or after asOf − years (and not after asOf) disqualifies. Optionally only major ones, or only some kinds.
	 */
	| {
			test: 'noIncidentWithinYears';
			/** The incidents fact (securityIncidents). */
			fact: string;
			years: number;
			majorOnly?: boolean;
			kinds?: readonly IncidentKind[];
	  }
	/** No incident ever, up to the evaluation date ("未发生过…"). */
	| {
			test: 'noIncidentEver';
			fact: string;
			majorOnly?: boolean;
			kinds?: readonly IncidentKind[];
	  }
	| { test: 'allOf'; of: readonly Predicate[] }
	| { test: 'anyOf'; of: readonly Predicate[] }
	/** An application material is ready (facts.materials[material] === true). */
	| { test: 'materialReady'; material: string }
	/**
	 * Nothing the applicant can answer decides it: the text leaves the condition to the authority
	 * ("其余各项具体条件…研究确定", "试点确定"). Always unknown; the criterion must be discretionary.
	 */
	| { test: 'authorityDecides' };

/** One role a region's text defines, in the text's own word. */
export interface RoleDefinition {
	role: RoleId;
	/** The region's word: 授权运营单位, 运营机构, 数据运营单位, 一级开发主体… */
	term: Localized;
	citations: ClauseId[];
}

/** One condition an applicant must meet, as the text states it. */
export interface Criterion {
	/** Unique within the region: "incidents", "legalRepCredit". */
	id: string;
	aspect: AspectId;
	roles: readonly RoleId[];
	label: Localized;
	/** The words of the text, verbatim (a substring of the first cited clause). */
	quote: string;
	/** Clause ids that exist in the region's text; never empty. */
	citations: ClauseId[];
	/**
	 * The text leaves the judgement to the authority ("经营状况良好", "具备…能力"): the criterion can
	 * fail on the applicant's own answers, but never passes automatically.
	 */
	discretion: boolean;
	when: Predicate;
	/**
	 * A related entity's facts may meet this criterion in the applicant's stead (Yingkou 二（二）5). Needs
	 * the region's `relatedEntities` rule.
	 */
	relatedEntityMay?: boolean;
	/** An interpretation or limit of the model, said plainly. */
	note?: Localized;
}

/** A document the application must include. */
export interface Material {
	/** The id of application.materials' options in the dimension catalogue ("auditReport"). */
	id: string;
	roles: readonly RoleId[];
	label: Localized;
	quote: string;
	citations: ClauseId[];
	/** When the material counts as ready; usually { test: 'materialReady', material: id }. */
	ready: Predicate;
	note?: Localized;
}

/** A region's rule that a related entity meeting a condition counts as the applicant meeting it. */
export interface RelatedEntityRule {
	relations: readonly Relation[];
	quote: string;
	citations: ClauseId[];
	note?: Localized;
	/** The question asking for related entities, in this text's terms. */
	question: { label: Localized; help: Localized };
}

/**
 * What to cite where a text imposes nothing on an aspect: the citations of the rule profile's notSpecified
 * value for the aspect's dimension (a test keeps them equal), with what the text says nearby.
 */
export interface NotImposed {
	citations: ClauseId[];
	note?: Localized;
}

/** A region's eligibility rules: src/lib/regions/<id>/eligibility.yaml, read by regions.ts. */
export interface RegionEligibility {
	region: RegionId;
	roles: RoleDefinition[];
	criteria: Criterion[];
	materials: Material[];
	/** Every fact the criteria and materials read (materials' own readiness aside), with its question. */
	facts: Record<string, FactDeclaration>;
	/** The glossary's word for each of its roles, the same in every pack (the questionnaire's options). */
	roleLabels: Record<RoleId, Localized>;
	relatedEntities?: RelatedEntityRule;
	/** Per aspect the text does not impose, what to cite; aspects absent here are shown uncited. */
	notImposed?: Partial<Record<AspectId, NotImposed>>;
	notes?: Localized[];
}

// ——— results ———

/**
 * A headline, in precedence order (the first that applies wins, per role; see VERDICT_PRECEDENCE):
 * notApplicable (the region has none of the roles sought) > notEligible (a criterion certainly unmet) >
 * incomplete (a required material answered "not ready") > needsReview (an answer missing or unknown, or a
 * criterion the text leaves to the authority) > eligible.
 */
export type Verdict = 'eligible' | 'needsReview' | 'incomplete' | 'notEligible' | 'notApplicable';

export type CriterionStatus = 'met' | 'unmet' | 'unknown' | 'notRequired';

export interface CriterionResult {
	/** The criterion's id, or "notRequired:<aspect>" for an aspect the text does not impose. */
	id: string;
	aspect: AspectId;
	/** The rule-profile dimension for the aspect, where there is one: the UI can show the profile's value. */
	dimension?: DimensionId;
	label: Localized;
	quote?: string;
	citations: ClauseId[];
	status: CriterionStatus;
	discretion: boolean;
	/** The criterion keeps the verdict from a pass: unknown, or met only subject to the authority's judgement. */
	needsReview: boolean;
	/**
	 * The facts whose answer is missing or 'unknown' and would decide it ("professionalTeam",
	 * "relatedEntities", "relatedEntities.0.capitalCoversEarlyOperation"). Empty where the authority decides.
	 */
	missingFacts: string[];
	/** Met through a related entity (Yingkou 二（二）5); its citations are added. */
	via?: { relation: Relation; index: number; name?: string };
	note?: Localized;
}

export type MaterialStatus = 'ready' | 'missing' | 'unknown';

export interface MaterialResult {
	id: string;
	label: Localized;
	quote: string;
	citations: ClauseId[];
	status: MaterialStatus;
	missingFacts: string[];
	note?: Localized;
}

export interface RoleResult {
	role: RoleId;
	term: Localized;
	roleCitations: ClauseId[];
	verdict: Verdict;
	/** Every aspect of the catalogue, in its order: the role's criteria, and notRequired for the rest. */
	criteria: CriterionResult[];
	materials: MaterialResult[];
	/** Criterion ids by why they matter for the verdict. */
	unmet: string[];
	unknown: string[];
	/** Met on the answers, but left to the authority's judgement. */
	discretionary: string[];
	/** Materials not confirmed ready (missing or unknown). */
	materialsOutstanding: string[];
	/** Materials answered "not ready": these make the headline "incomplete", by name. */
	materialsMissing: string[];
}

export interface RegionResult {
	region: RegionId;
	asOf: IsoDate;
	verdict: Verdict;
	/** The roles the applicant said it seeks; null when unanswered or unknown (then every role is evaluated). */
	rolesSought: RoleId[] | null;
	/** The roles the region's text defines. */
	regionRoles: RoleDefinition[];
	/**
	 * False when none of the roles sought exists in this region: the verdict is then notApplicable (不适用,
	 * not "not eligible": the text does not speak to the applicant at all), roles is empty, and regionRoles
	 * (with citations, in the region's own words) says what the region has instead.
	 */
	roleExists: boolean;
	/** One result per role evaluated; the region's verdict is the most favourable of them. */
	roles: RoleResult[];
}

export interface EvaluateOptions {
	/** The date the look-back periods count back from; default today in China (UTC+8). */
	asOf?: IsoDate;
}
