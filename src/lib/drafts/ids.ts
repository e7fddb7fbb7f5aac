// Draft region ids, apart from the rest of the draft code so that every page's citations can tell a draft by
// its id without loading it.

import type { RegionId } from '$lib/regions/types';
import { DRAFT_PREFIX } from './types';

/** The region id a saved draft goes by: "draft-" + its library item id. */
export function draftRegionId(itemId: string): RegionId {
	return DRAFT_PREFIX + itemId;
}

export function isDraftRegion(id: RegionId): boolean {
	return id.startsWith(DRAFT_PREFIX);
}

/** The library item id of a draft region id (the inverse of draftRegionId). */
export function draftItemId(region: RegionId): string {
	return region.slice(DRAFT_PREFIX.length);
}
