// The journeys of open drafts, built once per draft revision: a draft runs its procedure region's stages
// under the draft's own id with the draft's profile. Shared by starting, restoring and replaying a run.

import { lazyCache } from '$lib/regions/lazy';
import type { DraftMachine } from './journey.svelte';
import type { ReadyDraft } from './draft-slot.svelte';

/** A cache of draft machines keyed by draft and revision (an edited draft builds a new one). */
export function createDraftMachines(): (d: ReadyDraft) => Promise<DraftMachine> {
	const machines = lazyCache(
		(d: ReadyDraft) => {
			const procedure = d.loaded.draft.procedure;
			if (!procedure) return Promise.reject(new Error(`draft ${d.id} borrows no procedure`));
			return Promise.all([import('$lib/machines/registry'), import('$lib/drafts/bundle')]).then(
				async ([registry, bundle]) => ({
					journey: bundle.draftJourney(await registry.loadJourney(procedure), d.region),
					profile: d.loaded.profile
				})
			);
		},
		(d) => `${d.region}|${d.loaded.item.revision}`
	);
	return (d) => machines.get(d);
}
