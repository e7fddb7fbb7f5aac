// Every region folder whose journey.yaml has a role can be simulated. Journeys and profiles load on demand; a
// built statechart is cached per region, role and start date (profile values are dated).

import { lazyCache } from '$lib/regions/lazy';
import { loadProfile } from '$lib/regions/registry';
import type { IsoDate, RegionId } from '$lib/regions/types';
import { buildJourney, type BuiltJourney } from './build';
import { loadJourney } from './journey-load';
import type { RoleId } from './types';

export { journeyRegionIds, journeyRoleIds } from './roles';
export { fromPack, loadJourney } from './journey-load';

interface JourneyKey {
	region: RegionId;
	role: RoleId | undefined;
	on: IsoDate;
}
const built = lazyCache(
	({ region, role, on }: JourneyKey) =>
		Promise.all([loadJourney(region), loadProfile(region)]).then(([j, prof]) =>
			buildJourney(j, prof, role, on)
		),
	({ region, role, on }) => `${region}|${role ?? ''}|${on}`
);

/** The statechart for a region's role (default: its first role), with profile values in force on `on`. */
export function loadBuiltJourney(
	region: RegionId,
	role: RoleId | undefined,
	on: IsoDate
): Promise<BuiltJourney> {
	return built.get({ region, role, on });
}
