// The citation source the root layout hands to every Cite, without putting the registry, the corpora and the
// drafts state in every page's first view: the app's source (state/citations) loads when a citation first asks
// for it, and until it is in a citation shows what it can (its clause id), then fills in — the same as while a
// text loads. A page that shows no citation (/data/, the editor's frame) never loads it: at start it was the
// region registry, the corpora and the drafts state fetched on every page after its start.
// Prerendering loads it before rendering (+layout.ts), so the static HTML carries the full citations.

// the shape of components/citations' CitationSource, which the layout checks when it sets the context
type CitationSource = (typeof import('./citations'))['appCitations'];

let source = $state.raw<CitationSource | null>(null);
let loading: Promise<CitationSource> | undefined;

/** Loads the app's citation source, once. */
export function loadCitations(): Promise<CitationSource> {
	return (loading ??= import('./citations').then((m) => (source = m.appCitations)));
}

/** The source if it is in; else starts loading it (once; offline and never fetched, citations keep their ids). */
function ask(): CitationSource | null {
	if (!source && !loading) loadCitations().catch(() => {});
	return source;
}

export const lazyCitations: CitationSource = {
	clause: (region, id) => ask()?.clause(region, id),
	fullText: (region, id) => ask()?.fullText(region, id) ?? '',
	loaded: (region) => ask()?.loaded(region) ?? false,
	citedRegion: (region, id) => ask()?.citedRegion(region, id) ?? region,
	meta: (region) => ask()?.meta(region)
};
