// The documents' clause labels (corpus/labels) as reactive state, so a citation shows its label without its
// document's text: a label is the parsed text's where that is in (a draft's, a page that seeded it: ./corpora),
// else the document's label map — small, built at build time, loaded on its own the first time one of its
// clauses is cited. Prerendering loads every map first (+layout.ts), so the static HTML has the labels. Out of
// every first view: the citation source (./citations, loaded on a citation's first ask) and the timeline's
// results import it.

import { SvelteMap } from 'svelte/reactivity';
import { labelIn, type ClauseLabelMap } from '$lib/corpus/labels';
import { loadLabelMap } from '$lib/corpus/label-load';
import { documentIds, isDocumentId } from '$lib/regions/registry';
import type { ClauseId, Localized, RegionId } from '$lib/regions/types';
import { getClause, isLoaded } from './corpora.svelte';

const labelMaps = new SvelteMap<RegionId, ClauseLabelMap>();

/** Loads a document's label map into the state (one load however often asked: corpus/label-load keeps it). */
function ensureLabels(region: RegionId): Promise<void> {
	if (labelMaps.has(region) || !isDocumentId(region)) return Promise.resolve();
	return loadLabelMap(region).then((map) => {
		if (!labelMaps.has(region)) labelMaps.set(region, map);
	});
}

/**
 * The clause's label: from its parsed text if that is in, else from the document's label map (starting its load
 * in the browser); undefined until one is in, or when the document has no such clause.
 */
export function clauseLabel(region: RegionId, id: ClauseId): Localized | undefined {
	if (isLoaded(region)) return getClause(region, id)?.label;
	const map = labelMaps.get(region);
	if (map) return labelIn(map, id);
	// a background load that fails (offline, never fetched) is not kept: the next ask retries
	if (typeof window !== 'undefined') ensureLabels(region).catch(() => {});
	return undefined;
}

/** Load these documents' clause labels (drafts and unknown ids are skipped: a draft's come with its text). */
export async function loadLabelMaps(regions: Iterable<RegionId>): Promise<void> {
	await Promise.all([...regions].map(ensureLabels));
}

/** Load every document's clause labels: prerendering, so that each page's HTML carries its citations' labels. */
export const loadEveryLabelMap = (): Promise<void> => loadLabelMaps(documentIds);
