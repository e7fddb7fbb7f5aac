// The search index as prebuilt per-region shards (the packs plugin builds each at build time from the region's
// source.txt: its clauses and their serialized MiniSearch index). A shard loads the first time a search needs
// its region, through the one per-region cache (a failed load is retried on the next search).
//
// How "search everything" stays fast: nothing is tokenized or indexed in the page — a shard costs one JSON
// parse (MiniSearch.loadJS); shards load in parallel, each is a small file the service worker caches once
// fetched; a query runs in each loaded shard (small indexes, so the cost is a few microseconds each) and the
// hits are ranked together.

import { regionCache } from '$lib/regions/lazy';
import type { RegionId } from '$lib/regions/types';
import { createShardedIndex, type SearchIndex, type SearchShard } from './search';

const loaders = import.meta.glob<string>('../regions/*/source.txt', {
	query: '?shard',
	import: 'default'
});

const shards = regionCache<SearchShard>('search shard', async (region) => {
	const load = loaders[`../regions/${region}/source.txt`];
	if (!load) throw new Error(`no search shard for "${region}"`);
	return JSON.parse(await load()) as SearchShard;
});

/** One region's shard (cached). */
export const loadShard = (region: RegionId): Promise<SearchShard> => shards.get(region);

/** An index over the shards of `regions`, loaded in parallel. */
export async function loadShardedIndex(regions: readonly RegionId[]): Promise<SearchIndex> {
	return createShardedIndex(await Promise.all(regions.map(loadShard)));
}
