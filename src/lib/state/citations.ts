// The app's citation source (components/citations.ts): clauses from the corpora loaded so far, metadata from
// the registry and the drafts open in this tab. The root layout hands it to every Cite as a context.

import { getDocument } from '$lib/regions/registry';
import type { RegionId } from '$lib/regions/types';
import { clauseFullText, getClause, isLoaded } from './corpora.svelte';
import { citedRegion, regionMeta } from './draft-regions.svelte';

export const appCitations = {
	clause: getClause,
	fullText: clauseFullText,
	loaded: isLoaded,
	citedRegion,
	meta: (region: RegionId) => regionMeta(region) ?? getDocument(region)
};
