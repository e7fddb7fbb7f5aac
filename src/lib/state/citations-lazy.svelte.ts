// The citation source the root layout hands to every Cite, without putting the registry, the corpora and the
// drafts state in every page's first view: the app's source (state/citations) loads when a citation first asks
// for it, and until it is in a citation shows what it can (its clause id), then fills in — the same as while a
// text loads. A page that shows no citation (/data/, the editor's frame) never loads it: at start it was the
// region registry, the corpora and the drafts state fetched on every page after its start.
// Prerendering loads it before rendering (+layout.ts), so the static HTML carries the full citations.

import type { RegionId } from '$lib/regions/types';

// the shape of components/citations' CitationSource, which the layout checks when it sets the context
type CitationSource = (typeof import('./citations'))['appCitations'];

let source = $state.raw<CitationSource | null>(null);
let loading: Promise<CitationSource> | undefined;

/** Loads the app's citation source, once; a failed load is not kept (the next ask retries, as a region's part). */
export function loadCitations(): Promise<CitationSource> {
	return (loading ??= import('./citations').then(
		(m) => (source = m.appCitations),
		(e: unknown) => {
			loading = undefined;
			throw e;
		}
	));
}

/** The source if it is in; else starts loading it (offline and never fetched, citations keep their ids meanwhile). */
function ask(): CitationSource | null {
	if (!source && !loading) loadCitations().catch(() => {});
	return source;
}

/**
 * Loads the citation source and these documents' clause labels (not their texts). A page loading data whose
 * citations it is about to draw (rule values, criteria, a journey) waits for it beside that load, so the
 * citations show their labels when first drawn rather than their ids for a moment. Never rejects: a failure is
 * the citations' own to show (their ids; asking again retries).
 */
export function prepareCitations(regions: readonly RegionId[]): Promise<void> {
	return lazyCitations.prepare(regions).catch(() => {});
}

export const lazyCitations: CitationSource = {
	label: (region, id) => ask()?.label(region, id),
	clause: (region, id) => ask()?.clause(region, id),
	fullText: (region, id) => ask()?.fullText(region, id) ?? '',
	loaded: (region) => ask()?.loaded(region) ?? false,
	citedRegion: (region, id) => ask()?.citedRegion(region, id) ?? region,
	meta: (region) => ask()?.meta(region),
	prepare: (regions) => loadCitations().then((s) => s.prepare(regions))
};
