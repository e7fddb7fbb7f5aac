// Helpers shared by tests, scenario checks and benchmarks: start a journey whose applicant meets every
// condition the role's stages check, and walk it through admission to a signed agreement.

import type { IsoDate, RegionId } from '$lib/regions/types';
import type { BuiltJourney } from './build';
import { passingInput } from './graph';
import { loadBuiltJourney } from './registry';
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
		if (!r.accepted) throw new Error(`${stage.event} refused: ${r.refusal.reason.en}`);
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
	if (!r.accepted) throw new Error(`SIGN_AGREEMENT refused: ${r.refusal.reason.en}`);
	return sim;
}
