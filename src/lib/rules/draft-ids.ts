// Draft region ids: a saved draft goes by "draft-<library item id>" wherever regions mix, so every page's
// citations and the comparison can tell a draft from a region by its id alone, without loading draft code.

import type { RegionId } from '$lib/regions/types';

/**
 * Region ids of drafts start with this; no region folder may (a test checks), so a page can tell a draft
 * from one of the regulations by its id alone.
 */
export const DRAFT_PREFIX = 'draft-';

/** The region id a saved draft goes by: "draft-" + its library item id. Where a draft's region id is made (a
 * RegionId boundary: the prefix keeps it apart from every folder's). */
export function draftRegionId(itemId: string): RegionId {
	return (DRAFT_PREFIX + itemId) as RegionId;
}

export function isDraftRegion(id: string): boolean {
	return id.startsWith(DRAFT_PREFIX);
}

/** The library item id of a draft region id (the inverse of draftRegionId). */
export function draftItemId(region: string): string {
	return region.slice(DRAFT_PREFIX.length);
}
