// The words for a conformity mark (UI chrome, in the active language): one table for the comparison, the
// clause view and the per-region conformity view.
import { m } from '$lib/paraglide/messages';
import type { ConformityMark } from '$lib/rules/conformity';

export const markLabel: Record<ConformityMark, () => string> = {
	same: m.conformity_mark_same,
	stricter: m.conformity_mark_stricter,
	looser: m.conformity_mark_looser,
	conflicts: m.conformity_mark_conflicts,
	predates: m.conformity_mark_predates,
	regionSilent: m.conformity_mark_regionSilent,
	nationalSilent: m.conformity_mark_nationalSilent,
	notCompared: m.conformity_mark_notCompared,
	unjudged: m.conformity_mark_unjudged
};
