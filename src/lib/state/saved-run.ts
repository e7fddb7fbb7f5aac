// A saved run replayed as it was: on its region's rules, or a draft's run on the draft as it is now. When
// the rules (or the draft) changed since it was saved, the replay no longer reaches the saved snapshot and
// the reader is told so — never an empty result.

import type { SavedJourney } from '$lib/machines/simulator';
import type { TraceEntry } from '$lib/machines/types';
import { draftItemId, isDraftRegion } from '$lib/rules/draft-ids';
import type { DraftSlot } from './draft-slot.svelte';
import { createDraftMachines } from './draft-machines';

export type RunReplay =
	| { ok: true; trace: readonly TraceEntry[] }
	/** draftGone: the draft is gone, has errors or borrows no procedure; changed: the rules changed. */
	| { ok: false; reason: 'draftGone' | 'changed' };

const draftMachine = createDraftMachines();

/** Replay a saved run; `openDraft` opens a draft run's draft (by its library id) in the page's slot. */
export async function replaySavedRun(
	saved: SavedJourney,
	openDraft: (itemId: string) => Promise<DraftSlot>
): Promise<RunReplay> {
	if (!isDraftRegion(saved.region)) {
		const { restoreJourney } = await import('$lib/machines/simulator');
		try {
			const j = await restoreJourney(saved);
			j.stop();
			return { ok: true, trace: j.trace };
		} catch {
			return { ok: false, reason: 'changed' };
		}
	}
	const slot = await openDraft(draftItemId(saved.region));
	if (slot.status !== 'ready' || slot.errors.length || !slot.loaded.draft.procedure)
		return { ok: false, reason: 'draftGone' };
	const [d, { restoreDraftJourney }] = await Promise.all([draftMachine(slot), import('$lib/machines/draft')]);
	try {
		const j = restoreDraftJourney(d.journey, d.profile, saved);
		j.stop();
		return { ok: true, trace: j.trace };
	} catch {
		return { ok: false, reason: 'changed' };
	}
}
