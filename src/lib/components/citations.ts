// What a citation needs to know about the texts it cites, as a Svelte context: the root layout sets the app's
// (state/citations: the corpora loaded so far, the drafts open); Cite reads it. A context rather than an import,
// so Cite stays presentational and a test can give it texts of its own.

import { getContext, setContext } from 'svelte';
import type { Clause, ClauseId, DocumentMeta, Localized, RegionId } from '$lib/regions/types';

export interface CitationSource {
	/** The clause's label in its document's numbering, once known (asking may start loading it; the text need
	 * not load); undefined until then, or when the document has no such clause. */
	label(region: RegionId, id: ClauseId): Localized | undefined;
	/** The clause, once its region's text is loaded (asking may start the load); undefined until then. Asked only
	 * for what needs the text (a citation's preview). */
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
