// The bridge from the eligibility checker's answers to a journey's facts: evaluate the applicant's answers
// (this device's, or the opened profile) for the region or the draft, and read off the facts the chosen
// role's admission asks for. A fact the answers do not settle stays unknown.

import type { JourneyFactAspects } from '$lib/eligibility/to-journey';
import type { FactRequirement } from '$lib/machines/types';
import type { IsoDate, RegionId, RoleId } from '$lib/regions/types';
import type { ReadyDraft } from './draft-slot.svelte';

export interface FactsQuery {
	region: RegionId;
	/** The role asked about, checked against the journey's (declaredRole); undefined: the first. */
	role: RoleId | undefined;
	/** The facts asked for, each once. */
	requirements: readonly FactRequirement[];
	/** The journey's fact declarations (journey.yaml `facts`): which eligibility aspects each fact sums up. */
	declared: JourneyFactAspects;
	/** The date the answers are judged on (the run's start); unset, the engine's default day. */
	asOf?: IsoDate;
	/** The date in view: a draft's rules are judged on it when the start is unset. */
	today: IsoDate;
	/** The open draft when it is the region simulated. */
	draft: ReadyDraft | null;
}

export async function journeyFactsFromAnswers(q: FactsQuery): Promise<Record<string, boolean | undefined>> {
	const [{ applicant }, elig, toJourney] = await Promise.all([
		import('./applicant.svelte'),
		import('$lib/eligibility'),
		import('$lib/eligibility/to-journey')
	]);
	if (!Object.keys(applicant.facts).length) await applicant.restore();
	const d = q.draft;
	const result = d
		? await import('$lib/eligibility/with-draft').then((w) =>
				w.evaluateDraft(
					w.draftRules(d.loaded.draft, d.region, d.loaded.base),
					applicant.facts,
					q.asOf ?? q.today
				)
			)
		: elig.evaluateEligibility(q.region, applicant.facts, { asOf: q.asOf });
	const derived = toJourney.journeyFactsFrom(result, q.declared, q.role);
	return Object.fromEntries(q.requirements.map((r) => [r.fact, derived[r.fact]]));
}

/** The facts the role's admission asks for, each once, in stage order, with the clauses. */
export function admissionRequirements(
	roles: readonly { id: RoleId; admission?: readonly { requires?: readonly FactRequirement[] }[] }[],
	role: RoleId | undefined
): FactRequirement[] {
	const seen = new Map<string, FactRequirement>();
	for (const st of roles.find((x) => x.id === role)?.admission ?? [])
		for (const q of st.requires ?? []) if (!seen.has(q.fact)) seen.set(q.fact, q);
	return [...seen.values()];
}
