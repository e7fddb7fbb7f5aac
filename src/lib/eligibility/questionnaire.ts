// The questionnaire over every region's rules (eager): the defaults tests and Node scripts use. Pages build it
// from the regions they loaded, with ./questionnaire-core (the same functions, the rules given).

import { eligibilityRules } from './regions';
import * as core from './questionnaire-core';
import type { ApplicantFacts } from './facts';
import type { RegionId } from '$lib/regions/types';
import type { RegionEligibility } from './types';

export * from './questionnaire-core';

export function buildQuestionnaire(rules: readonly RegionEligibility[] = eligibilityRules): core.Topic[] {
	return core.buildQuestionnaire(rules);
}

export const questionnaire: core.Topic[] = buildQuestionnaire();

/**
 * The questionnaire for the regions an applicant is applying in: only the questions their criteria and
 * materials read (fewer regions, fewer questions); all regions when none is chosen.
 */
export function questionnaireFor(
	regions: readonly RegionId[],
	rules: readonly RegionEligibility[] = eligibilityRules
): core.Topic[] {
	const chosen = rules.filter((r) => regions.includes(r.region));
	return chosen.length && chosen.length < rules.length ? buildQuestionnaire(chosen) : questionnaire;
}

/** The questions to ask about each related entity (see questionnaire-core). */
export function relatedEntityQuestions(
	topics: readonly core.Topic[] = questionnaire,
	rules: readonly RegionEligibility[] = eligibilityRules
): core.Question[] {
	return core.relatedEntityQuestions(topics, rules);
}

/** How far each topic is answered. */
export function progress(facts: ApplicantFacts, topics: readonly core.Topic[] = questionnaire) {
	return core.progress(facts, topics);
}
