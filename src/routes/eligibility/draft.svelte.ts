// The checker's draft column (?draft=<id>): a saved draft's verdict after the regions', from rules derived from
// the draft. The draft code loads only when a draft is asked for (state/draft-slot), the derivation
// ($lib/eligibility/with-draft) with it, after the criteria of the region the draft was cloned from.

import { errorText } from '$lib/rules/words';
import type { ApplicantFacts } from '$lib/eligibility';
import type { IsoDate } from '$lib/regions/types';
import { DRAFT_PARAM } from '$lib/rules/draft-param';
import { createDraftSlot } from '$lib/state/draft-slot.svelte';
import { setQuery } from '$lib/state/query';

export function createEligibilityDraft(
	/** The page's path (resolved), for the ?draft= parameter. */
	path: string,
	answers: () => { facts: ApplicantFacts; asOf: IsoDate | null },
	/** A failed load of the base region's criteria. */
	onerror: (message: string) => void
) {
	const slot = createDraftSlot();
	let withDraft = $state.raw<typeof import('$lib/eligibility/with-draft') | null>(null);
	const rules = $derived.by(() => {
		const d = slot.ready;
		return d && withDraft ? withDraft.draftRules(d.loaded.draft, d.region, d.loaded.base) : null;
	});
	const result = $derived.by(() => {
		const { facts, asOf } = answers();
		return rules && withDraft && asOf ? withDraft.evaluateDraft(rules, facts, asOf) : null;
	});
	async function open(id: string | null, bad = false) {
		const opened = await slot.open(id, bad);
		if (opened.status !== 'ready') return;
		const mod = await import('$lib/eligibility/with-draft');
		try {
			await mod.loadBaseRules(slot.ready?.loaded.base ?? null);
		} catch (e) {
			onerror(errorText(e));
			return;
		}
		withDraft ??= mod;
	}
	return {
		slot,
		open,
		/** The draft picker's choice: into the URL, then opened. */
		pick(id: string | null) {
			setQuery(path, { [DRAFT_PARAM]: id });
			void open(id);
		},
		/** The draft's verdict, once its rules are derived and today's date is known. */
		get result() {
			return result;
		}
	};
}
