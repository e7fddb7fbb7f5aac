// The library's kinds: their names and where each opens (drafts in the drafting editor by ?id=, the others
// on their tool's page by ?item=; a kind without a page cannot be opened).

import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { ItemKind } from '$lib/db';

export const KINDS: ItemKind[] = ['simulation', 'applicant', 'timeline', 'comparison', 'training', 'draft'];

export const KIND_LABEL: Record<ItemKind, () => string> = {
	simulation: m.kind_simulation,
	applicant: m.kind_applicant,
	timeline: m.kind_timeline,
	comparison: m.kind_comparison,
	training: m.kind_training,
	draft: m.kind_draft
};

const OPEN: Partial<Record<ItemKind, string>> = {
	applicant: resolve('/eligibility') + '/',
	comparison: resolve('/compare') + '/',
	simulation: resolve('/simulate') + '/',
	training: resolve('/training/course') + '/'
};

export const openHref = (kind: ItemKind, id: string): string | null =>
	kind === 'draft'
		? `${resolve('/drafts/edit')}/?id=${encodeURIComponent(id)}`
		: OPEN[kind]
			? `${OPEN[kind]}?item=${encodeURIComponent(id)}`
			: null;
