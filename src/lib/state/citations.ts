// The app's citation source (components/citations.ts): labels from the documents' label maps (or a text loaded
// already), clauses from the corpora loaded so far, metadata from the registry and the drafts open in this tab.
// The root layout hands it to every Cite as a context.

import { getDocument } from '$lib/regions/registry';
import type { RegionId } from '$lib/regions/types';
import { clauseFullText, getClause, isLoaded } from './corpora.svelte';
import { clauseLabel, loadLabelMaps } from './labels.svelte';
import { citedRegion } from './cited-region';
import { regionMeta } from './draft-regions.svelte';

export const appCitations = {
	label: clauseLabel,
	clause: getClause,
	fullText: clauseFullText,
	loaded: isLoaded,
	citedRegion,
	meta: (region: RegionId) => regionMeta(region) ?? getDocument(region),
	/** Load these documents' labels ahead of the citations that will show them (state/citations-lazy). */
	prepare: loadLabelMaps
};
