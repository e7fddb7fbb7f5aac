// The eligibility checker's public API: where an applicant qualifies, where it does not, and exactly why.
// Pure: give it the facts (and a date for the look-back periods) and it returns cited verdicts.

import { todayInChina } from '$lib/rules/dates';
import type { RegionId } from '$lib/regions/types';
import { evaluateRegion } from './engine';
import type { ApplicantFacts } from './facts';
import { eligibilityRules, getEligibilityRules } from './regions';
import { reachAll, type RegionReach } from './reach';
import type { EvaluateOptions, RegionResult } from './types';

export type * from './types';
export type * from './facts';
export { INCIDENT_KINDS, RELATIONS, answerState } from './facts';
export { ASPECTS } from './aspects';
export { VERDICT_PRECEDENCE, VERDICT_RANK, evaluateRegion, evaluateRole, factsOf } from './engine';
export { eligibilityRules, factCatalogue, getEligibilityRules, roleLabels } from './regions';
export { CONTRADICTIONS, findContradictions } from './contradictions';
export type { Contradiction, FoundContradiction } from './contradictions';
export { canBe, reachAll, reachOfRegion, reachOfRole } from './reach';
export type { Blocker, RegionReach, RoleReach } from './reach';
export {
	questionnaire,
	buildQuestionnaire,
	relatedEntityQuestions,
	progress,
	answerOf
} from './questionnaire';
export type { Question, QuestionKind, QuestionOption, QuestionUse, Topic, TopicId } from './questionnaire';
export { ApplicantFactsSchema, parseApplicantFacts } from './schema';

/** One region's verdict for the applicant. Throws for a region without eligibility rules. */
export function evaluateEligibility(
	regionId: RegionId,
	facts: ApplicantFacts,
	options: EvaluateOptions = {}
): RegionResult {
	const def = getEligibilityRules(regionId);
	if (!def) throw new Error(`no eligibility rules for region "${regionId}"`);
	return evaluateRegion(def, facts, options.asOf ?? todayInChina());
}

/** Every region's verdict, in region order, evaluated as of one date. */
export function evaluateAll(facts: ApplicantFacts, options: EvaluateOptions = {}): RegionResult[] {
	const asOf = options.asOf ?? todayInChina();
	return eligibilityRules.map((def) => evaluateRegion(def, facts, asOf));
}

/** Which verdicts each region's text can ever produce, and why (computed from the criteria, once). */
export const eligibilityReach: readonly RegionReach[] = reachAll(eligibilityRules);
