// What a citation needs to know about the texts it cites, as a Svelte context: the root layout sets the app's
// (state/citations: the corpora loaded so far, the drafts open); Cite reads it. A context rather than an import,
// so Cite stays presentational and a test can give it texts of its own.

import { getContext, setContext } from 'svelte';
import type { Clause, ClauseId, DocumentMeta, RegionId } from '$lib/regions/types';

export interface CitationSource {
	/** The clause, once its region's text is loaded (asking may start the load); undefined until then. */
	clause(region: RegionId, id: ClauseId): Clause | undefined;
	/** The clause's text with everything under it ('' until loaded). */
	fullText(region: RegionId, id: ClauseId): string;
	/** Whether the region's text is loaded. */
	loaded(region: RegionId): boolean;
	/** Where a clause cited by `region` is read: a draft's citation its text lacks is its procedure region's. */
	citedRegion(region: RegionId, id: ClauseId): RegionId;
	/** A region's metadata (a document's, or a loaded draft's). */
	meta(region: RegionId): DocumentMeta | undefined;
}

const KEY = Symbol('citations');

/** Called once, by the root layout. */
export const setCitations = (source: CitationSource): CitationSource => setContext(KEY, source);

export function getCitations(): CitationSource {
	const source = getContext<CitationSource | undefined>(KEY);
	if (!source) throw new Error('Cite needs a citation source: the root layout sets it (setCitations)');
	return source;
}

/** The context a component test renders with: `render(C, { props, context: citationsContext(source) })`. */
export const citationsContext = (source: CitationSource) => new Map<symbol, CitationSource>([[KEY, source]]);
