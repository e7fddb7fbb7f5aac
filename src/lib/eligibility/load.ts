// A region's eligibility rules, loaded when a page needs that region (one dynamic import per region, through
// the one per-region cache: a failed load names the region and can be retried). Pages evaluate only the
// regions the user chose; which regions have criteria is known eagerly from the build-time catalogue.

import { regionCache } from '$lib/regions/lazy';
import type { RegionId } from '$lib/regions/types';
import type { PackEligibility } from '$lib/rules/pack';
import { eligibilityRegionIds } from './catalogue';
import { fromPack } from './pack-convert';
import type { RegionEligibility } from './types';

const loaders = import.meta.glob<PackEligibility>('../regions/*/eligibility.yaml', { import: 'default' });

const cache = regionCache<RegionEligibility>('eligibility criteria', async (region) => {
	const load = eligibilityRegionIds.includes(region)
		? loaders[`../regions/${region}/eligibility.yaml`]
		: undefined;
	if (!load) throw new Error(`no eligibility criteria for region "${region}"`);
	return fromPack(region, await load());
});

/** One region's rules (it must have criteria: see eligibilityRegionIds). */
export const loadEligibilityRules = (region: RegionId): Promise<RegionEligibility> => cache.get(region);

/** A region's rules if loaded already, else undefined (never starts a load). */
export const loadedEligibilityRules = (region: RegionId): RegionEligibility | undefined => cache.peek(region);

/**
 * The rules of `regions` (those with criteria; all such regions when the list is empty), in the registry's
 * region order, loaded in parallel.
 */
export function loadEligibilityFor(regions: readonly RegionId[]): Promise<RegionEligibility[]> {
	const ids = regions.length
		? eligibilityRegionIds.filter((id) => regions.includes(id))
		: eligibilityRegionIds;
	return Promise.all(ids.map(loadEligibilityRules));
}
