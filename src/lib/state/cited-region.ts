// Where a cited clause is read, which depends on the texts loaded: kept apart from ./draft-regions (the drafts'
// names and metadata, which pages read at start) so that a page naming regions does not load the texts' cache.

import { isDraftRegion } from '$lib/rules/draft-ids';
import type { ClauseId, RegionId } from '$lib/regions/types';
import { getClause, isLoaded } from './corpora.svelte';
import { draftProcedure } from './draft-regions.svelte';

/**
 * Where a clause cited by `region` is read: the region itself, except a draft citation its loaded text lacks,
 * which is the clause of the procedure region the draft borrows.
 */
export function citedRegion(region: RegionId, id: ClauseId): RegionId {
	const procedure = isDraftRegion(region) ? draftProcedure(region) : undefined;
	return procedure && isLoaded(region) && !getClause(region, id) ? procedure : region;
}
