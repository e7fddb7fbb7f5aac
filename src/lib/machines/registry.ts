// Every region folder with a journey.ts can be simulated. Journeys and profiles load on demand; a built
// statechart is cached per region, role and start date (profile values are dated).

import { loadProfile } from '$lib/regions/registry';
import type { IsoDate, RegionId } from '$lib/regions/types';
import { buildJourney, type BuiltJourney } from './build';
import type { Journey, RoleId } from './types';

const journeyLoaders = import.meta.glob<Journey>('../regions/*/journey.ts', { import: 'journey' });

const idOf = (path: string) => path.split('/')[2]!;

/** Regions that have a journey, sorted by id. */
export const journeyRegionIds: readonly RegionId[] = Object.keys(journeyLoaders).map(idOf).sort();

export async function loadJourney(region: RegionId): Promise<Journey> {
	const load = journeyLoaders[`../regions/${region}/journey.ts`];
	if (!load) throw new Error(`no journey for region "${region}" (have: ${journeyRegionIds.join(', ')})`);
	return load();
}

const cache = new Map<string, Promise<BuiltJourney>>();

/** The statechart for a region's role (default: its first role), with profile values in force on `on`. */
export function loadBuiltJourney(
	region: RegionId,
	role: RoleId | undefined,
	on: IsoDate
): Promise<BuiltJourney> {
	const key = `${region}|${role ?? ''}|${on}`;
	let p = cache.get(key);
	if (!p) {
		p = Promise.all([loadJourney(region), loadProfile(region)]).then(([j, prof]) =>
			buildJourney(j, prof, role, on)
		);
		p.catch(() => cache.delete(key));
		cache.set(key, p);
	}
	return p;
}
