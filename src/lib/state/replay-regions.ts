// Replay a saved run's dated script under other regions' rules (and the open draft's), one column each.

import type { ReplayColumn } from '$lib/machines/replay';
import type { SavedJourney } from '$lib/machines/simulator';
import type { RegionId } from '$lib/regions/types';
import { isDraftRegion } from '$lib/rules/draft-ids';
import type { DraftMachine } from './journey.svelte';

/**
 * The run's own region first, then each of `others`; a draft region is replayed on its machine, or left out
 * when `draftFor` has none for it (the draft was closed).
 */
export async function replayOnRegions(
	saved: SavedJourney,
	others: readonly RegionId[],
	draftFor: (region: RegionId) => Promise<DraftMachine> | null
): Promise<ReplayColumn[]> {
	const [{ createJourney }, { startDraftJourney }, { replayColumn }] = await Promise.all([
		import('$lib/machines/simulator'),
		import('$lib/machines/draft'),
		import('$lib/machines/replay')
	]);
	const options = { start: saved.start, facts: saved.facts, materials: saved.materials };
	const out: ReplayColumn[] = [];
	for (const r of [saved.region, ...others.filter((x) => x !== saved.region)]) {
		const pending = draftFor(r);
		if (isDraftRegion(r) && !pending) continue;
		const d = pending ? await pending : null;
		const sim = d ? startDraftJourney(d.journey, d.profile, options) : await createJourney(r, options);
		out.push(replayColumn(sim, saved));
	}
	return out;
}
