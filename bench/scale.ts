// Search at scale, in Node (run by `npm run bench -- --regions N` in each of its two trees): how long the search
// index takes to become usable over EVERY document, and the query p95 once it is. Figures only, never asserted.
// "inPage": the index built from every parsed text (what a page did before shards); "shards": the prebuilt
// per-region MiniSearch shards parsed and loaded (MiniSearch.loadJS) and queried together, when the tree has
// them. Queries ask for the search page's 500 results.

import { documentIds, loadProfile, loadSource, regionIds } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { pct, queryTimes, r1, r3 } from './measure';

/** Results asked for per query: the search page's limit. */
const LIMIT = 500;

function p95(search: (q: string) => unknown): { p50: number; p95: number } {
	const times = queryTimes(search, 10, true);
	return { p50: r3(pct(times, 50)), p95: r3(pct(times, 95)) };
}

/**
 * "Compare 5 of N": the last five rule regions (at scale, synthetic ones) beside the national baseline, as the
 * comparison page computes it — only their five profiles loaded, every row built, each column's conformity
 * marks. ms: the median of 20 runs, the first load of the five profiles included once (coldMs).
 */
async function compareFive(out: Record<string, number | string>) {
	const { buildComparison } = await import('$lib/rules/compare');
	const { regionConformity } = await import('$lib/rules/conformity');
	const { DIMENSIONS } = await import('$lib/regions/dimensions');
	const { profile: national } = await import('$lib/regions/national/profile');
	const { HAND_MARKS } = await import('$lib/regions/national/marks');
	const five = regionIds.slice(-5);
	const compute = (profiles: Awaited<ReturnType<typeof loadProfile>>[]) => {
		const rows = buildComparison(DIMENSIONS, profiles, { national });
		const marks = profiles.map((p) =>
			regionConformity(DIMENSIONS, p, { national, handMarks: HAND_MARKS, effective: null, asOf: null })
		);
		return rows.length + marks.length;
	};
	const t0 = performance.now();
	const profiles = await Promise.all(five.map((id) => loadProfile(id)));
	compute(profiles);
	out['compareFiveColdMs'] = r1(performance.now() - t0);
	const times: number[] = [];
	for (let i = 0; i < 20; i++) {
		const t = performance.now();
		compute(profiles);
		times.push(performance.now() - t);
	}
	out['compareFiveMs'] = r3(pct(times, 50));
	out['compareFiveRegions'] = five.join(',');
}

export async function run(): Promise<Record<string, number | string>> {
	const out: Record<string, number | string> = { documents: documentIds.length };
	await compareFive(out);
	// the texts fetched first (the network is not what is measured), then parsed and indexed
	await Promise.all(documentIds.map((id) => loadSource(id)));
	const search = await import('$lib/search/search');
	const t = performance.now();
	const index = await search.loadSearchIndex(loadCorpus, [...documentIds]);
	out['inPageBuildMs'] = r1(performance.now() - t);
	const inPage = p95((q) => index.search(q, { limit: LIMIT }));
	out['inPageQueryP50Ms'] = inPage.p50;
	out['inPageQueryP95Ms'] = inPage.p95;

	// the prebuilt shards, when this tree has them (src/lib/search/shards.ts). Under Vite in Node a shard is built
	// when first imported (the packs plugin); in the browser it is a prebuilt file. So: import every shard first
	// (untimed), then time what a page does with the fetched files — parse each and load its index.
	const shardModule = Object.values(
		import.meta.glob<typeof import('/src/lib/search/shards')>('/src/lib/search/shards.ts')
	)[0];
	if (shardModule) {
		const { loadShard } = await shardModule();
		const texts = (await Promise.all(documentIds.map((id) => loadShard(id)))).map((x) => JSON.stringify(x));
		const t2 = performance.now();
		const sharded = search.createShardedIndex(texts.map((x) => JSON.parse(x)));
		out['shardsLoadMs'] = r1(performance.now() - t2);
		const s = p95((q) => sharded.search(q, { limit: LIMIT }));
		out['shardsQueryP50Ms'] = s.p50;
		out['shardsQueryP95Ms'] = s.p95;
		// what the app searches once every shard is in: one index merged from the shards (search.mergeShards)
		if ('mergeShards' in search) {
			const t3 = performance.now();
			const merged = search.mergeShards(texts.map((x) => JSON.parse(x)));
			out['mergedLoadMs'] = r1(performance.now() - t3);
			const mq = p95((q) => merged.search(q, { limit: LIMIT }));
			out['mergedQueryP50Ms'] = mq.p50;
			out['mergedQueryP95Ms'] = mq.p95;
			// the same index queried through MiniSearch#search (what the fast AND path replaces: same results)
			if ('mergeShardsAsync' in search) {
				const plain = search.mergeShards(
					texts.map((x) => JSON.parse(x)),
					'minisearch'
				);
				const pq = p95((q) => plain.search(q, { limit: LIMIT }));
				out['mergedPlainQueryP50Ms'] = pq.p50;
				out['mergedPlainQueryP95Ms'] = pq.p95;
			}
		}
		// the merge as the page runs it, in slices (search.mergeShardsAsync): the whole time, and the longest
		// time the event loop was held (a 1 ms interval timer's largest gap) — what a user's typing waits for
		if ('mergeShardsAsync' in search) {
			const parsed = texts.map((x) => JSON.parse(x));
			let last = performance.now();
			let longest = 0;
			const tick = setInterval(() => {
				const now = performance.now();
				longest = Math.max(longest, now - last);
				last = now;
			}, 1);
			const t4 = performance.now();
			last = t4;
			await search.mergeShardsAsync(parsed);
			out['mergedAsyncMs'] = r1(performance.now() - t4);
			longest = Math.max(longest, performance.now() - last);
			clearInterval(tick);
			out['mergedAsyncLongestBlockMs'] = r1(longest);
		}
	}
	return out;
}
