// Why a tool page's draft (?draft=…) could not be used, in the reader's language; null when nothing is wrong.
import { m } from '$lib/paraglide/messages';
import type { DraftSlot } from '$lib/state/draft-slot.svelte';

export function slotProblem(slot: DraftSlot): string | null {
	if (slot.status === 'missing') return m.withdraft_missing();
	if (slot.status === 'invalid') return m.withdraft_invalid();
	if (slot.status === 'badId') return m.withdraft_bad_id();
	return null;
}
