import { region } from '$lib/regions/fixture-ids';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '$lib/corpus/load';
import { RegionLoadError } from '$lib/regions/lazy';
import { documentIds, regionIds } from '$lib/regions/registry';
import {
	createShardedIndex,
	loadSearchIndex,
	mergeShards,
	mergeShardsAsync,
	type SearchIndex
} from './search';
import { loadShard, loadShardedIndex } from './shards';

let whole: SearchIndex;
let sharded: SearchIndex;

beforeAll(async () => {
	whole = await loadSearchIndex(loadCorpus, documentIds);
	sharded = await loadShardedIndex(documentIds);
});

const QUERIES = [
	'日志',
	'岗前培训',
	'不少于6个月',
	'原始数据不出域',
	'7个工作日',
	'数据安全事件',
	'续约',
	'3年'
];

describe('prebuilt per-region shards', () => {
	test('a shard holds its region clauses and a serialized index', async () => {
		const id = regionIds[0]!;
		const shard = await loadShard(id);
		const corpus = await loadCorpus(id);
		expect(shard.region).toBe(id);
		expect(shard.docs.map((d) => d.clauseId)).toEqual(
			corpus.clauses.filter((c) => c.text.trim() !== '').map((c) => c.id)
		);
		expect(shard.docs.every((d) => d.text === corpus.clauses.find((c) => c.id === d.clauseId)?.text)).toBe(
			true
		);
		expect(shard.index).toHaveProperty('documentCount', shard.docs.length);
	});

	test('the sharded index finds exactly what the index built from every text finds', () => {
		expect(sharded.size).toBe(whole.size);
		for (const q of QUERIES) {
			const a = whole.search(q).map((r) => r.id);
			const b = sharded.search(q).map((r) => r.id);
			expect(b.length, q).toBeGreaterThan(0);
			expect(new Set(b), q).toEqual(new Set(a));
		}
	});

	test('exact matches rank first across shards, and snippets are the same', () => {
		for (const q of QUERIES) {
			const results = sharded.search(q);
			const firstInexact = results.findIndex((r) => !r.exact);
			if (firstInexact >= 0)
				expect(
					results.slice(firstInexact).every((r) => !r.exact),
					q
				).toBe(true);
			const byId = new Map(whole.search(q).map((r) => [r.id, r]));
			for (const r of results) expect(r.snippet, `${q} ${r.id}`).toEqual(byId.get(r.id)!.snippet);
		}
	});

	test('a region filter and a limit apply across shards', () => {
		const only = regionIds.slice(0, 2);
		const results = sharded.search('数据', { regions: only, limit: 5 });
		expect(results.length).toBe(5);
		expect(results.every((r) => only.includes(r.region))).toBe(true);
	});

	test('the merged index ranks exactly as the index built from every text: same results, order, scores and snippets', async () => {
		const merged = mergeShards(await Promise.all(documentIds.map(loadShard)));
		expect(merged.size).toBe(whole.size);
		for (const q of [...QUERIES, '数据', '授权运营协议', '第三方']) {
			const a = whole.search(q);
			const b = merged.search(q);
			expect(b.length, q).toBeGreaterThan(0);
			expect(
				b.map((r) => r.id),
				q
			).toEqual(a.map((r) => r.id));
			b.forEach((r, i) => expect(r.score, `${q} ${r.id}`).toBeCloseTo(a[i]!.score, 9));
			expect(b.map((r) => r.snippet)).toEqual(a.map((r) => r.snippet));
		}
		// a region filter and a limit as on one index
		const only = regionIds.slice(0, 2);
		expect(merged.search('数据', { regions: only, limit: 7 }).map((r) => r.id)).toEqual(
			whole.search('数据', { regions: only, limit: 7 }).map((r) => r.id)
		);
	});

	test('shards arriving one by one: each growing set finds what its regions hold', async () => {
		const shards = await Promise.all(documentIds.map(loadShard));
		for (let n = 1; n <= shards.length; n += 3) {
			const some = shards.slice(0, n);
			const found = createShardedIndex(some).search('数据');
			const regions = new Set(some.map((s) => s.region));
			expect(found.every((r) => regions.has(r.region))).toBe(true);
			expect(new Set(found.map((r) => r.id))).toEqual(
				new Set(whole.search('数据', { regions: [...regions] }).map((r) => r.id))
			);
		}
	});

	test('an unknown region fails with a message naming it, and is not cached', async () => {
		const err = await loadShard(region('nowhere')).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(RegionLoadError);
		expect((err as Error).message).toContain('"nowhere"');
		expect((err as Error).message).toContain('search shard');
		await expect(loadShard(region('nowhere'))).rejects.toBeInstanceOf(RegionLoadError);
	});
});

describe('merging in slices (mergeShardsAsync)', () => {
	test('yields between shards and gives the very index mergeShards gives', async () => {
		const shards = await Promise.all(documentIds.map(loadShard));
		let yields = 0;
		const sliced = await mergeShardsAsync(shards, {
			sliceMs: 0,
			yielder: async () => {
				yields++;
				await Promise.resolve();
			}
		});
		// sliceMs 0: a yield after every shard (the first excepted) and one before the maps are built
		expect(yields).toBeGreaterThanOrEqual(shards.length);
		const merged = mergeShards(shards);
		expect(sliced.size).toBe(merged.size);
		for (const q of [...QUERIES, '数据', '授权运营协议', '数'])
			expect(sliced.search(q), q).toEqual(merged.search(q));
	});
});
