// The citation source the root layout hands to every Cite, without putting the registry, the corpora and the
// drafts state in every page's first view: the app's source (state/citations) loads beside the page, and until
// it is in a citation shows what it can (its clause id), then fills in — the same as while a text loads.
// Prerendering loads it before rendering (+layout.ts), so the static HTML carries the full citations.

// the shape of components/citations' CitationSource, which the layout checks when it sets the context
type CitationSource = (typeof import('./citations'))['appCitations'];

let source = $state.raw<CitationSource | null>(null);
let loading: Promise<CitationSource> | undefined;

/** Loads the app's citation source, once. */
export function loadCitations(): Promise<CitationSource> {
	return (loading ??= import('./citations').then((m) => (source = m.appCitations)));
}

export const lazyCitations: CitationSource = {
	clause: (region, id) => source?.clause(region, id),
	fullText: (region, id) => source?.fullText(region, id) ?? '',
	loaded: (region) => source?.loaded(region) ?? false,
	citedRegion: (region, id) => source?.citedRegion(region, id) ?? region,
	meta: (region) => source?.meta(region)
};
