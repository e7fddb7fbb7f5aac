// The search index over every document, national and regional, from the prebuilt per-region shards
// ($lib/search/shards): loaded on first use, so pages that never search do not pay for it. A failed load is not
// kept: the next search retries.

import { documentIds } from '$lib/regions/registry';

type SearchModule = typeof import('$lib/search/search');
export type SearchIndex = Awaited<ReturnType<SearchModule['loadSearchIndex']>>;

let promise: Promise<{ index: SearchIndex; mod: SearchModule }> | null = null;

export function getSearch(): Promise<{ index: SearchIndex; mod: SearchModule }> {
	if (!promise) {
		promise = Promise.all([import('$lib/search/search'), import('$lib/search/shards')]).then(
			async ([mod, shards]) => ({ mod, index: await shards.loadShardedIndex(documentIds) })
		);
		promise.catch(() => (promise = null));
	}
	return promise;
}
