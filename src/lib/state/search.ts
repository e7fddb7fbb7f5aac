// The search index over every document, national and regional, from the prebuilt per-region shards
// ($lib/search/shards): loaded on first use, so pages that never search do not pay for it — not even the
// region registry, which this module imports only when a search starts (the header's search box is on every
// page's first view). A failed load is not kept: the next search retries.
//
// How "search everything" stays fast (README "Performance"):
//   - shards load in registry order, CONCURRENT_SHARDS at a time; as they arrive, `searchProgressively`
//     reports an index over the shards in so far (each shard loaded once, MiniSearch.loadJS; up to
//     PARTIAL_MAX_SHARDS), so the first results show while the rest still load: every arriving shard is
//     queried at once until a listener has something to show (the first hits paint as soon as a shard holding
//     them is in), then at most every REPORT_EVERY_MS (a shard arriving in between is reported when that
//     time is up);
//   - once every shard is in, they are merged into ONE index (search.mergeShardsAsync: postings joined,
//     statistics recomputed, no re-tokenizing), which ranks exactly as an index built from every text and
//     answers a query with one lookup per term, however many regions there are. The merge runs in slices that
//     yield to the page (a few ms each), so typing and scrolling go on while it runs (README "Performance").

import type { Localized, RegionId } from '$lib/regions/types';

type SearchModule = typeof import('$lib/search/search');
export type SearchIndex = ReturnType<SearchModule['mergeShards']>;

export interface Search {
	index: SearchIndex;
	mod: SearchModule;
	/** Every document id, in the registry's order (how results are grouped). */
	order: readonly RegionId[];
	/** A document's short name. */
	nameOf: (id: string) => Localized | undefined;
	/** Shards in the index, of `total`; complete when every shard is in (the merged index). */
	loaded: number;
	total: number;
	complete: boolean;
}

/**
 * Called with each index as shards arrive, then the complete one. Returns true when it found something to
 * show: until some listener has, every arriving shard is reported at once (the first hits are painted as soon
 * as a shard holding them is in); after that, partial reports are throttled (REPORT_EVERY_MS).
 */
type Listener = (s: Search) => boolean | void;

let promise: Promise<Search> | null = null;
let latest: Search | null = null;
const listeners = new Set<Listener>();
/**
 * Once a listener has found something, partial indexes are reported at most this often while shards arrive
 * (each report re-runs the query and re-renders the results).
 */
const REPORT_EVERY_MS = 250;
/**
 * Shards fetched at once, in registry order: the first ones complete (and show results) early instead of all
 * of them competing for the network and the main thread.
 */
const CONCURRENT_SHARDS = 8;
/**
 * Partial indexes cover at most this many shards (each shard in one costs a MiniSearch.loadJS on top of the
 * final merge); after that, the next report is the complete, merged index.
 */
const PARTIAL_MAX_SHARDS = 48;

function start(): Promise<Search> {
	if (promise) return promise;
	// User Timing: where "first result" is measured from (README "Performance", scripts/bench-regions.mjs)
	performance.mark?.('search:start');
	promise = (async () => {
		const [mod, shards, registry] = await Promise.all([
			import('$lib/search/search'),
			import('$lib/search/shards'),
			import('$lib/regions/registry')
		]);
		const order = registry.documentIds;
		const nameOf = (id: string) => {
			const doc = registry.asDocumentId(id);
			return doc ? registry.getDocument(doc)?.name : undefined;
		};
		const arrived = new Map<RegionId, Awaited<ReturnType<typeof shards.loadShard>>>();
		let lastReport = 0;
		let found = false;
		const report = () => {
			lastReport = performance.now();
			// shards in registry order, so partial results group as the full ones do
			const inOrder = order.flatMap((id) => arrived.get(id) ?? []);
			latest = {
				index: mod.createShardedIndex(inOrder),
				mod,
				order,
				nameOf,
				loaded: arrived.size,
				total: order.length,
				complete: false
			};
			for (const l of listeners) if (l(latest) === true) found = true;
		};
		const all: Awaited<ReturnType<typeof shards.loadShard>>[] = new Array(order.length);
		/** Some shards, not all, are in, and few enough for a partial index. */
		const partial = () => arrived.size < order.length && arrived.size <= PARTIAL_MAX_SHARDS;
		let trailing: ReturnType<typeof setTimeout> | null = null;
		let next = 0;
		const worker = async () => {
			while (next < order.length) {
				const i = next++;
				const id = order[i]!;
				const s = await shards.loadShard(id);
				all[i] = s;
				arrived.set(id, s);
				if (!partial()) continue;
				const since = performance.now() - lastReport;
				if (!found || since >= REPORT_EVERY_MS) report();
				// within the throttle: report when it ends, so a shard in is never left unshown while the next
				// one is slow to come
				else
					trailing ??= setTimeout(() => {
						trailing = null;
						if (partial()) report();
					}, REPORT_EVERY_MS - since);
			}
		};
		try {
			await Promise.all(Array.from({ length: Math.min(CONCURRENT_SHARDS, order.length) }, worker));
		} finally {
			// every shard in (the complete index follows), or one failed (nothing more to report)
			if (trailing) clearTimeout(trailing);
		}
		latest = {
			index: await mod.mergeShardsAsync(all),
			mod,
			order,
			nameOf,
			loaded: all.length,
			total: all.length,
			complete: true
		};
		for (const l of listeners) l(latest);
		return latest;
	})();
	promise.catch(() => {
		promise = null;
		latest = null;
	});
	return promise;
}

/** The complete index (every shard, merged). */
export function getSearch(): Promise<Search> {
	return start();
}

/**
 * `onupdate` with an index over the shards loaded so far — at once if some are, then as more arrive (at most
 * every REPORT_EVERY_MS), and last with the complete index. Returns a function that stops the updates.
 */
export function searchProgressively(onupdate: Listener): () => void {
	listeners.add(onupdate);
	if (latest) onupdate(latest);
	start().catch(() => listeners.delete(onupdate));
	return () => listeners.delete(onupdate);
}
