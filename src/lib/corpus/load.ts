// A document's text as a clause tree, parsed once per session from the registry's source with the options its
// meta.yaml gives (its details, loaded with the text). The parser is imported with the text, not before: every page shows citations (Cite reads this
// cache), and a first view that cites nothing need not carry it.

import { RegionLoadError } from '$lib/regions/lazy';
import { isDocumentId, loadDetails, loadSource } from '$lib/regions/registry';
import type { Corpus, RegionId } from '$lib/regions/types';

const corpusCache = new Map<RegionId, Promise<Corpus>>();

/** A document's parsed clause tree; parsed once per session. A failed load (a RegionLoadError) can be retried. */
export function loadCorpus(id: RegionId): Promise<Corpus> {
	let p = corpusCache.get(id);
	if (!p) {
		if (!isDocumentId(id)) return Promise.reject(new Error(`unknown document "${id}"`));
		p = Promise.all([loadSource(id), loadDetails(id), import('./parse')]).then(
			([raw, meta, { parseCorpus }]) => parseCorpus(id, raw, meta.parse),
			(e: unknown) => {
				throw e instanceof RegionLoadError ? e : new RegionLoadError(id, 'text', e);
			}
		);
		corpusCache.set(id, p);
		// the per-region failure rule ($lib/regions/lazy): a failed load is not kept, asking again retries
		p.catch(() => corpusCache.delete(id));
	}
	return p;
}
