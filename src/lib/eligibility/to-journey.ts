// The simulator's admission guards read a few yes/no facts; this derives them from an applicant's answers
// through the eligibility engine, so a saved applicant profile drives the simulation. A fact is true only
// when every criterion behind it is met, false when any is unmet, and left unknown otherwise — unknown
// never passes a guard.

import type { AspectId, RegionResult } from './types';

/** Simulator fact → the eligibility aspects it summarizes. */
export const JOURNEY_FACT_ASPECTS: Record<string, AspectId[]> = {
	goodCredit: ['unitCredit', 'representativeCredit'],
	noIncidentInLookback: ['securityIncidents'],
	noMajorIncidentEver: ['securityIncidents'],
	goodOperatingCondition: ['operatingCondition', 'financialCondition'],
	domesticCapital: ['domesticCapital'],
	sufficientCapital: ['capital'],
	securityOfficer: ['securityOfficer'],
	mlps3Experience: ['mlps3Experience'],
	capability: ['professionalCapacity'],
	meetsSecurityRequirements: ['securityCapability', 'securitySystems'],
	meetsAccessConditions: ['otherConditions']
};

export function journeyFactsFrom(result: RegionResult, roleId?: string): Record<string, boolean> {
	const role = result.roles.find((r) => r.role === roleId) ?? result.roles[0];
	const out: Record<string, boolean> = {};
	if (!role) return out;
	for (const [fact, aspects] of Object.entries(JOURNEY_FACT_ASPECTS)) {
		const criteria = role.criteria.filter((c) => aspects.includes(c.aspect) && c.status !== 'notRequired');
		if (!criteria.length) continue;
		if (criteria.some((c) => c.status === 'unmet')) out[fact] = false;
		else if (criteria.every((c) => c.status === 'met')) out[fact] = true;
	}
	return out;
}
