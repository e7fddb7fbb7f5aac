// The courses as pages need them: a list built at build time (each region's walkthroughs.yaml?index: id,
// title, summary, step and quiz counts — no steps; Quzhou's folder holds the national course, on its journey), the cross-region walkthroughs
// (one file each, whatever the number of regions), and a region's walkthroughs loaded when one of its courses
// is opened, through the one per-region cache (a failed load names the region and can be retried).

import { packRegionOf } from '$lib/regions/ids';
import { regionCache } from '$lib/regions/lazy';
import type { Localized, RegionId } from '$lib/regions/types';
import type { PackWalkthrough } from '$lib/rules/pack';
import { fromPack, walkthroughSources, type Walkthrough } from './types';

export interface CourseSummary {
	id: string;
	region: RegionId | null;
	title: Localized;
	summary: Localized;
	steps: number;
	quizzes: number;
	/** The texts the course teaches from. */
	sources: RegionId[];
}

type PackIndex = { id: string; title: Localized; summary: Localized; steps: number; quizzes: number }[];

const indexModules = import.meta.glob<PackIndex>('../regions/*/walkthroughs.yaml', {
	eager: true,
	query: '?index',
	import: 'default'
});
const loaders = import.meta.glob<PackWalkthrough[]>('../regions/*/walkthroughs.yaml', { import: 'default' });
const crossRegionModules = import.meta.glob<PackWalkthrough[]>('../regions/walkthroughs.yaml', {
	eager: true,
	import: 'default'
});

const regionOf = packRegionOf;
/** A walkthrough's entry in the course list (what the build-time index gives for a region's courses). */
export const courseSummary = (w: Walkthrough): CourseSummary => ({
	id: w.id,
	region: w.region,
	title: w.title,
	summary: w.summary,
	steps: w.steps.length,
	quizzes: w.steps.filter((s) => s.quiz).length,
	sources: walkthroughSources(w)
});

/** Walkthroughs whose steps are here from the start: the cross-region ones. */
const eager: readonly Walkthrough[] = [
	...Object.values(crossRegionModules).flatMap((list) => fromPack(null, list))
];

/** Every course, in the same order as the full list (./run): each region's (region-id order), then the rest. */
export const courses: readonly CourseSummary[] = [
	...Object.keys(indexModules)
		.sort()
		.flatMap((path) =>
			(indexModules[path] ?? []).map((w) => {
				const region = regionOf(path);
				return { ...w, id: `${region}-${w.id}`, region, sources: [region] };
			})
		),
	...eager.map(courseSummary)
];

const byId = new Map(courses.map((c) => [c.id, c]));

const regionWalkthroughs = regionCache<Walkthrough[]>('walkthroughs', async (region) => {
	const load = loaders[`../regions/${region}/walkthroughs.yaml`];
	if (!load) throw new Error(`no walkthroughs for region "${region}"`);
	return fromPack(region, await load());
});

/** A course's full walkthrough (its region's walkthroughs loaded on first use); undefined for an unknown id. */
export async function loadWalkthrough(id: string): Promise<Walkthrough | undefined> {
	const course = byId.get(id);
	if (!course) return undefined;
	const here = eager.find((w) => w.id === id);
	if (here || !course.region) return here;
	return (await regionWalkthroughs.get(course.region)).find((w) => w.id === id);
}
