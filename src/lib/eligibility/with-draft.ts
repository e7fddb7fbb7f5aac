// A saved draft's verdict beside the five: its rules derived from the draft (a clone keeps its base's
// hand-written criteria wherever its value is unchanged) and evaluated by the same engine. Loaded only
// when a draft is open.

import { draftEligibility } from '$lib/drafts/eligibility';
import type { Draft } from '$lib/drafts/types';
import type { IsoDate, RegionId, RegionProfile } from '$lib/regions/types';
import { evaluateRegion } from './engine';
import type { ApplicantFacts } from './facts';
import { eligibilityRegionIds } from './catalogue';
import { loadedEligibilityRules, loadEligibilityRules } from './load';
import type { RegionEligibility, RegionResult } from './types';

/** The draft's eligibility rules as region `region`; `base`: the region it was cloned from, loaded. */
export function draftRules(
	draft: Draft,
	region: RegionId,
	base: { profile: RegionProfile } | null
): RegionEligibility {
	const from = base?.profile.region;
	const eligibility = from ? loadedEligibilityRules(from) : undefined;
	// never a silent fallback: a base region with criteria must have them loaded (loadBaseRules)
	if (from && !eligibility && eligibilityRegionIds.includes(from))
		throw new Error(`the eligibility criteria of "${from}" are not loaded yet (loadBaseRules first)`);
	return draftEligibility(
		draft,
		region,
		base && eligibility ? { eligibility, profile: base.profile } : undefined
	);
}

export function evaluateDraft(rules: RegionEligibility, facts: ApplicantFacts, asOf: IsoDate): RegionResult {
	return evaluateRegion(rules, facts, asOf);
}

/** Load the criteria of the region a draft was cloned from (if it has any), before draftRules. */
export async function loadBaseRules(base: { profile: RegionProfile } | null): Promise<void> {
	const from = base?.profile.region;
	if (from && eligibilityRegionIds.includes(from)) await loadEligibilityRules(from);
}
