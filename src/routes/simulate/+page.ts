import { loadJourney } from '$lib/machines/journey-load';
import { journeyRoleIds } from '$lib/machines/roles';
import type { Journey } from '$lib/machines/types';
import { regions } from '$lib/regions/registry';
import type { PageLoad } from './$types';

// Issue 20: the setup form is in the prerendered page as it will be, so it does not grow when the journey
// loads: the region it opens on (the first that can be simulated), that journey's roles and the facts the first
// role's admission asks for. Only that one journey.yaml is loaded (journey-load, not the machines' registry with
// the statechart builder); in the browser the page starts once it is in, as /regions/ does with its cards' facts.
export const load: PageLoad = async () => {
	const first = regions.find((r) => journeyRoleIds[r.id]);
	// a journey that cannot load (offline, never fetched) leaves the form as before: it loads after mount
	const journey: Journey | null = first ? await loadJourney(first.id).catch(() => null) : null;
	return { journey };
};
