// Every region's eligibility rules at once, eager: for tests, Node scripts and build-time outputs — never for a
// page (pages load the regions they need through ./load). Every region folder with an eligibility.yaml is
// evaluated; nothing here names a region. A pack with no criteria yet (a new region's scaffold) is not
// evaluated: an empty rule set would read as "eligible".

import { packRegionOf } from '$lib/regions/ids';
import { regions } from '$lib/regions/registry';
import type { RegionId } from '$lib/regions/types';
import type { PackEligibility } from '$lib/rules/pack';
import { fromPack } from './pack-convert';
import type { RegionEligibility } from './types';

export { fromPack, toCondition, toPack, toPredicate } from './pack-convert';

const modules = import.meta.glob<PackEligibility>('../regions/*/eligibility.yaml', {
	eager: true,
	import: 'default'
});

const order = new Map(regions.map((r, i) => [r.id, i]));

/** The regions' eligibility rules, in the registry's region order (regions with criteria only). */
export const eligibilityRules: readonly RegionEligibility[] = Object.entries(modules)
	.map(([path, pack]) => fromPack(packRegionOf(path), pack))
	.filter((r) => r.criteria.length > 0 && r.roles.length > 0)
	.sort(
		(a, b) =>
			(order.get(a.region) ?? Infinity) - (order.get(b.region) ?? Infinity) ||
			a.region.localeCompare(b.region)
	);

const byRegion = new Map(eligibilityRules.map((r) => [r.region, r]));

export function getEligibilityRules(region: RegionId): RegionEligibility | undefined {
	return byRegion.get(region);
}

// built once for every page at build time (./catalogue); the same as computing them from eligibilityRules
export { factCatalogue, relatedEntitiesQuestion, roleLabels } from './catalogue';
