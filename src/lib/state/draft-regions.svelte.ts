// Which loaded drafts exist as regions, and their metadata: the small part of the draft state that citations
// on every page read. Loading and parsing drafts is in drafts.svelte.ts, loaded only where drafts are used; where a
// draft's citation is read (its text or the procedure it borrows) is in ./cited-region, with the texts.

import { SvelteMap } from 'svelte/reactivity';
import { draftItemId, draftRegionId, isDraftRegion } from '$lib/rules/draft-ids';
import { getRegion } from '$lib/regions/registry';
import type { RegionId, RegionMeta } from '$lib/regions/types';
import { loc } from './locale.svelte';

const metas = new SvelteMap<RegionId, RegionMeta>();
/** For each draft region, the region whose journey it borrows (a citation the draft's text lacks is that region's). */
const procedures = new SvelteMap<RegionId, RegionId | null>();

/** A region's metadata, the five regulations' or a loaded draft's. */
export function regionMeta(id: RegionId): RegionMeta | undefined {
	return getRegion(id) ?? metas.get(id);
}

/** A region's name in the interface's language (a regulation's or a loaded draft's); its id when unknown. */
export function regionName(id: RegionId): string {
	const meta = regionMeta(id);
	return meta ? loc(meta.name) : id;
}

/** The procedure region of a loaded draft (null: none; undefined: not a loaded draft). */
export function draftProcedure(id: RegionId): RegionId | null | undefined {
	return procedures.get(id);
}

export function setDraftRegion(meta: RegionMeta, procedure: RegionId | null) {
	metas.set(meta.id, meta);
	procedures.set(meta.id, procedure);
}

export { draftItemId, draftRegionId, isDraftRegion };
