// The search index, built in the browser on first use from every document's corpus, national and regional.
// The search code and the texts are loaded only then, so pages that never search do not pay for them.

import { documentIds } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';

type SearchModule = typeof import('$lib/search/search');
export type SearchIndex = Awaited<ReturnType<SearchModule['loadSearchIndex']>>;

let promise: Promise<{ index: SearchIndex; mod: SearchModule }> | null = null;

export function getSearch(): Promise<{ index: SearchIndex; mod: SearchModule }> {
	promise ??= import('$lib/search/search').then(async (mod) => ({
		mod,
		index: await mod.loadSearchIndex(loadCorpus, [...documentIds])
	}));
	return promise;
}
