// A region's journey.yaml as the engine's journey, loaded on demand: light (no statechart builder), so a page can
// prerender its setup form from the journey without carrying the simulator (routes/simulate/+page.ts), and the
// machines' registry (./registry) builds from the same loader.

import type { RegionId } from '$lib/regions/types';
import type { PackJourney } from '$lib/rules/pack';
import { journeyRegionIds } from './roles';
import type { Journey } from './types';

const journeyLoaders = import.meta.glob<PackJourney>('../regions/*/journey.yaml', { import: 'default' });

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
