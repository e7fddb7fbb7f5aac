// Every region folder whose journey.yaml has a role can be simulated. Journeys and profiles load on demand; a
// built statechart is cached per region, role and start date (profile values are dated).

import { lazyCache } from '$lib/regions/lazy';
import { loadProfile } from '$lib/regions/registry';
import type { IsoDate, RegionId } from '$lib/regions/types';
import type { PackJourney } from '$lib/rules/pack';
import { buildJourney, type BuiltJourney } from './build';
import { journeyRegionIds } from './roles';
import type { Journey, RoleId } from './types';

const journeyLoaders = import.meta.glob<PackJourney>('../regions/*/journey.yaml', { import: 'default' });
export { journeyRegionIds, journeyRoleIds } from './roles';

/** A pack's journey.yaml as the engine's journey of region `region`. */
export function fromPack(region: RegionId, pack: PackJourney): Journey {
	return { region, ...pack };
}

export async function loadJourney(region: RegionId): Promise<Journey> {
	const load = journeyRegionIds.includes(region)
		? journeyLoaders[`../regions/${region}/journey.yaml`]
		: undefined;
	if (!load) throw new Error(`no journey for region "${region}" (have: ${journeyRegionIds.join(', ')})`);
	return fromPack(region, await load());
}

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
