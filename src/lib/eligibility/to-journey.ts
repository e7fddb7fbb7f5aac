// The simulator's admission guards read a few yes/no facts; this derives them from an applicant's answers
// through the eligibility engine, so a saved applicant profile drives the simulation. Which facts there are,
// and which aspects each sums up, is the journey's own declaration (journey.yaml `facts`), not a list here.
// A fact is true only when every criterion behind it is met, false when any is unmet, and left unknown
// otherwise — unknown never passes a guard.

import type { RoleId } from './facts';
import type { RegionResult } from './types';

/** A journey's fact declarations: fact → the eligibility aspects it sums up. */
export type JourneyFactAspects = Readonly<Record<string, { readonly aspects: readonly string[] }>>;

export function journeyFactsFrom(
	result: RegionResult,
	declared: JourneyFactAspects,
	roleId?: RoleId
): Record<string, boolean> {
	const role = result.roles.find((r) => r.role === roleId) ?? result.roles[0];
	const out: Record<string, boolean> = {};
	if (!role) return out;
	for (const [fact, { aspects }] of Object.entries(declared)) {
		const criteria = role.criteria.filter((c) => aspects.includes(c.aspect) && c.status !== 'notRequired');
		if (!criteria.length) continue;
		if (criteria.some((c) => c.status === 'unmet')) out[fact] = false;
		else if (criteria.every((c) => c.status === 'met')) out[fact] = true;
	}
	return out;
}
