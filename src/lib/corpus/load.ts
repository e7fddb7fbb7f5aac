// A document's text as a clause tree, parsed once per session from the registry's source with the options its
// meta.yaml gives (its details, loaded with the text). The parser is imported with the text, not before: every page shows citations (Cite reads this
// cache), and a first view that cites nothing need not carry it.

import { regionCache } from '$lib/regions/lazy';
import { isDocumentId, loadDetails, loadSource } from '$lib/regions/registry';
import type { Corpus, RegionId } from '$lib/regions/types';

const corpora = regionCache('text', (id) =>
	Promise.all([loadSource(id), loadDetails(id), import('./parse')]).then(([raw, meta, { parseCorpus }]) =>
		parseCorpus(id, raw, meta.parse)
	)
);

/** A document's parsed clause tree; parsed once per session. A failed load (a RegionLoadError) can be retried. */
export function loadCorpus(id: RegionId): Promise<Corpus> {
	if (!isDocumentId(id)) return Promise.reject(new Error(`unknown document "${id}"`));
	return corpora.get(id);
}
