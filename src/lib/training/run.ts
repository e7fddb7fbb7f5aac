// Every walkthrough at once, eager: for tests and Node scripts — pages list courses from the build-time index
// and load a region's walkthroughs when a course is opened (./catalogue). The running and scoring is ./engine.

import { packRegionOf } from '$lib/regions/ids';
import type { PackWalkthrough } from '$lib/rules/pack';
import { fromPack } from './engine';
import type { Walkthrough } from './types';

export * from './engine';

const regionModules = import.meta.glob<PackWalkthrough[]>('../regions/*/walkthroughs.yaml', {
	eager: true,
	import: 'default'
});
const crossRegionModules = import.meta.glob<PackWalkthrough[]>('../regions/walkthroughs.yaml', {
	eager: true,
	import: 'default'
});

/**
 * Every walkthrough: each region's (in region-id order; Quzhou's folder holds the national course, on its
 * journey), then the cross-region ones.
 */
export const walkthroughs: readonly Walkthrough[] = [
	...Object.keys(regionModules)
		.sort()
		.flatMap((k) => fromPack(packRegionOf(k), regionModules[k] ?? [])),
	...Object.values(crossRegionModules).flatMap((list) => fromPack(null, list))
];

export function getWalkthrough(id: string): Walkthrough | undefined {
	return walkthroughs.find((w) => w.id === id);
}
