// The courses as pages need them: a list built at build time (every walkthroughs.yaml?index — a region's and
// the cross-region file's: each course's id, title, summary, step and quiz counts and the texts it teaches
// from, no steps; Quzhou's folder holds the national course, on its journey), and a course's walkthrough loaded
// when it is opened — a region's through the one per-region cache (a failed load names the region and can be
// retried), the cross-region ones (one file, whatever the number of regions) through the same lazy cache.

import { lazyCache, regionCache } from '$lib/regions/lazy';
import type { PackWalkthrough } from '$lib/rules/pack';
import { fromPack, type CourseSummary, type Walkthrough } from './types';

const indexModules = import.meta.glob<CourseSummary[]>('../regions/*/walkthroughs.yaml', {
	eager: true,
	query: '?index',
	import: 'default'
});
const crossRegionIndex = import.meta.glob<CourseSummary[]>('../regions/walkthroughs.yaml', {
	eager: true,
	query: '?index',
	import: 'default'
});
const loaders = import.meta.glob<PackWalkthrough[]>('../regions/*/walkthroughs.yaml', { import: 'default' });
const crossRegionLoaders = import.meta.glob<PackWalkthrough[]>('../regions/walkthroughs.yaml', {
	import: 'default'
});

/** Every course, in the same order as the full list (./run): each region's (region-id order), then the rest. */
export const courses: readonly CourseSummary[] = [
	...Object.keys(indexModules)
		.sort()
		.flatMap((path) => indexModules[path] ?? []),
	...Object.values(crossRegionIndex).flat()
];

const byId = new Map(courses.map((c) => [c.id, c]));

const regionWalkthroughs = regionCache<Walkthrough[]>('walkthroughs', async (region) => {
	const load = loaders[`../regions/${region}/walkthroughs.yaml`];
	if (!load) throw new Error(`no walkthroughs for region "${region}"`);
	return fromPack(region, await load());
});

const crossRegionWalkthroughs = lazyCache<null, Walkthrough[]>(async () =>
	(await Promise.all(Object.values(crossRegionLoaders).map((load) => load()))).flatMap((list) =>
		fromPack(null, list)
	)
);

/** A course's entry in the build-time list (no steps); undefined for an unknown id. */
export const courseSummaryOf = (id: string): CourseSummary | undefined => byId.get(id);

/** A course's full walkthrough (loaded on first use); undefined for an unknown id. */
export async function loadWalkthrough(id: string): Promise<Walkthrough | undefined> {
	const course = byId.get(id);
	if (!course) return undefined;
	const list = course.region
		? await regionWalkthroughs.get(course.region)
		: await crossRegionWalkthroughs.get(null);
	return list.find((w) => w.id === id);
}
