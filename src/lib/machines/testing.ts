// Helpers shared by tests, scenario checks and benchmarks: start a journey whose applicant meets every
// condition the role's stages check, and walk it through admission to a signed agreement; list every
// statechart (region × role, in the registry's order) and what each region's own tests pin (criteria).

import { wordsIn } from '$lib/rules/words';
import { regionIds } from '$lib/regions/registry';
import type { IsoDate, RegionId } from '$lib/regions/types';
import type { BuiltJourney } from './build';
import { passingInput } from './graph';
import { journeyRoleIds, loadBuiltJourney } from './registry';
import { startJourney, type JourneySimulation } from './simulator';
import type { RoleId } from './types';

export function passingJourney(built: BuiltJourney, start: IsoDate): JourneySimulation {
	const input = passingInput(built, start);
	return startJourney(built, { start, facts: input.facts, materials: input.materials });
}

/** Send each admission stage's pass event on the current day; throws if one is refused. */
export function admit(sim: JourneySimulation): void {
	for (const stage of sim.built.role.admission) {
		const r = sim.send({ type: stage.event });
		if (!r.accepted) throw new Error(`${stage.event} refused: ${wordsIn(r.refusal.reason, 'en')}`);
	}
}

/** A journey signed on `start` for `months` (default: the cap), every condition met. */
export async function licensedJourney(
	region: RegionId,
	role: RoleId | undefined,
	start: IsoDate,
	months?: number
): Promise<JourneySimulation> {
	const built = await loadBuiltJourney(region, role, start);
	const sim = passingJourney(built, start);
	admit(sim);
	const r = sim.send({ type: 'SIGN_AGREEMENT', months: months ?? built.settings.cap ?? 36 });
	if (!r.accepted) throw new Error(`SIGN_AGREEMENT refused: ${wordsIn(r.refusal.reason, 'en')}`);
	return sim;
}

/** Every statechart: each region with a journey (registry order) × each of its roles, as "region/role". */
export const statecharts: readonly { key: string; region: RegionId; role: RoleId }[] = regionIds.flatMap(
	(region) => (journeyRoleIds[region] ?? []).map((role) => ({ key: `${region}/${role}`, region, role }))
);

/** What a region's tests pin (src/lib/regions/<id>/expectations.yaml). */
export interface RegionExpectations {
	/** Per eligibility criterion: answers that make it met, or unmet (null: the authority decides). */
	criteria?: Record<string, { pass: Record<string, unknown> | null; fail: Record<string, unknown> | null }>;
	/** Per journey role: the ids of its data conditions, one per clause the text sets on the data. */
	dataConditions?: Record<RoleId, string[]>;
	/** Per journey role: words naming who signs its agreement, in both the journey and the profile. */
	signatories?: Record<RoleId, string>;
	/** Against the national framework: effective date if before it, mark counts, a few marks. */
	conformity?: {
		effective: IsoDate | null;
		counts: Record<string, number>;
		marks?: Record<string, { mark: string; basis: string }>;
	};
}

const expectationModules = import.meta.glob<RegionExpectations>('../regions/*/expectations.yaml', {
	eager: true,
	import: 'default'
});

export function expectationsOf(region: RegionId): RegionExpectations {
	return expectationModules[`../regions/${region}/expectations.yaml`] ?? {};
}
