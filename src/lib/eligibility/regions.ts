// Every region folder with an eligibility.ts is evaluated; nothing here names a region.

import { regions } from '$lib/regions/registry';
import type { RegionId } from '$lib/regions/types';
import type { RegionEligibility } from './types';

const modules = import.meta.glob<RegionEligibility>('../regions/*/eligibility.ts', {
	eager: true,
	import: 'eligibility'
});

const order = new Map(regions.map((r, i) => [r.id, i]));

/** The regions' eligibility rules, in the registry's region order. */
export const eligibilityRules: readonly RegionEligibility[] = Object.values(modules).sort(
	(a, b) =>
		(order.get(a.region) ?? Infinity) - (order.get(b.region) ?? Infinity) || a.region.localeCompare(b.region)
);

const byRegion = new Map(eligibilityRules.map((r) => [r.region, r]));

export function getEligibilityRules(region: RegionId): RegionEligibility | undefined {
	return byRegion.get(region);
}
