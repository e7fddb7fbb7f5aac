// The search state: shards reported as they arrive, then the complete merged index.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { documentIds } from '$lib/regions/registry';

beforeEach(() => vi.resetModules());

describe('searchProgressively', () => {
	test('until a listener finds something, every arriving shard is reported; last comes the complete index', async () => {
		const { searchProgressively, getSearch } = await import('./search');
		const seen: { loaded: number; complete: boolean; hits: number }[] = [];
		const stop = searchProgressively((s) => {
			seen.push({ loaded: s.loaded, complete: s.complete, hits: s.index.search('龘龘').length });
			return false;
		});
		const complete = await getSearch();
		stop();
		const partial = seen.filter((s) => !s.complete);
		// one report per shard in, every shard but the last (which completes the index)
		expect(partial.map((s) => s.loaded)).toEqual(documentIds.slice(0, -1).map((_, i) => i + 1));
		expect(seen.at(-1)).toEqual({ loaded: documentIds.length, complete: true, hits: 0 });
		expect(complete.complete).toBe(true);
		expect(complete.index.size).toBeGreaterThan(100);
	});

	test('the complete index answers as the index merged at once from every shard', async () => {
		const { getSearch } = await import('./search');
		const { mergeShards } = await import('$lib/search/search');
		const { loadShard } = await import('$lib/search/shards');
		const { index } = await getSearch();
		const merged = mergeShards(await Promise.all(documentIds.map(loadShard)));
		for (const q of ['数据安全事件', '授权运营协议', '日志', '3年'])
			expect(index.search(q), q).toEqual(merged.search(q));
	});
});
