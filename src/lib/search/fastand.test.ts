// The intersect-first AND path (fastand.ts) against MiniSearch's own search: the same hits, order, scores and
// snippets over many random queries, on the real corpus and on synthetic copies of it (many equal scores, so
// the order among ties is tested too); and the MiniSearch internals the path reads are there.
import { region as regionNamed } from '$lib/regions/fixture-ids';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import type { RegionId } from '$lib/regions/types';
import { documentIds } from '$lib/regions/registry';
import {
	buildShard,
	createSearchIndex,
	mergeShards,
	type SearchDoc,
	type SearchIndex,
	type SearchResult,
	type SearchShard
} from './search';
import { fastAndSupported, searchAnd } from './fastand';
import { loadShard } from './shards';
import { expandQuery, RELATED_TERMS } from './synonyms';

let shards: SearchShard[];
let docs: SearchDoc[];

beforeAll(async () => {
	shards = await Promise.all(documentIds.map(loadShard));
	docs = shards.flatMap((s) => s.docs);
});

/** `n` copies of every shard under new region ids (the bench's synthetic regions, in miniature). */
function copies(n: number): SearchShard[] {
	const out: SearchShard[] = [...shards];
	for (let i = 0; i < n; i++)
		for (const s of shards) {
			const region = regionNamed(`copy${i}-${s.region}`);
			const renamed = s.docs.map((d) => ({ ...d, region, id: `${region}:${d.clauseId}` }));
			out.push(buildShard(region, renamed));
		}
	return out;
}

/** The two engines' results are the same: ids, order, exact flags, snippets; scores within 1e-9. */
function expectSame(fast: SearchResult[], plain: SearchResult[], q: string) {
	expect(
		fast.map((r) => r.id),
		q
	).toEqual(plain.map((r) => r.id));
	const strip = (rs: SearchResult[]) => rs.map(({ score: _, ...rest }) => rest);
	expect(strip(fast), q).toEqual(strip(plain));
	fast.forEach((r, i) => {
		const s = plain[i]!.score;
		expect(Math.abs(r.score - s), `${q} ${r.id}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(s)));
	});
}

/** Random queries: pieces of real clauses, single characters, numbers, related terms, Latin, no match. */
function queries(): fc.Arbitrary<string> {
	const piece = fc
		.record({ d: fc.nat(), start: fc.nat(), len: fc.integer({ min: 1, max: 9 }) })
		.map(({ d, start, len }) => {
			const text = docs[d % docs.length]!.text;
			const at = start % Math.max(1, text.length);
			return text.slice(at, at + len);
		});
	const single = piece.map((p) => [...p][0] ?? '数');
	const synonym = fc
		.constantFrom(...RELATED_TERMS.flat())
		.chain((t) => fc.constantFrom(t, ...expandQuery(t)));
	const numbers = fc.constantFrom(
		'3年',
		'6个月',
		'2024',
		'7个工作日',
		'30',
		'5',
		'第十四条',
		'10日',
		'2',
		'１２'
	);
	const latin = fc.constantFrom('API', 'api 接口', 'PDF', 'ISO', 'GB/T', 'App', 'sm4 密码', 'x');
	const none = fc.constantFrom('龘龘', 'zzzqqq', '量子纠缠', '猫', '');
	const atom = fc.oneof(
		{ weight: 6, arbitrary: piece },
		{ weight: 2, arbitrary: single },
		{ weight: 2, arbitrary: synonym },
		{ weight: 1, arbitrary: numbers },
		{ weight: 1, arbitrary: latin },
		{ weight: 1, arbitrary: none }
	);
	return fc
		.tuple(fc.array(atom, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '', '，', '、'))
		.map(([parts, sep]) => parts.join(sep));
}

function compareOver(
	fast: SearchIndex,
	plain: SearchIndex,
	runs: number,
	seed: number,
	{ regions, minFound = runs / 3 }: { regions?: RegionId[]; minFound?: number } = {}
) {
	let nonEmpty = 0;
	fc.assert(
		fc.property(queries(), (q) => {
			const a = fast.search(q, { regions });
			const b = plain.search(q, { regions });
			if (b.length > 0) nonEmpty++;
			expectSame(a, b, q);
		}),
		{ numRuns: runs, seed }
	);
	// the generator must mostly find something, or the comparison proves little
	expect(nonEmpty).toBeGreaterThan(minFound);
}

describe('MiniSearch internals the fast path reads', () => {
	test('the installed MiniSearch is the pinned 7.2.0 and has them', () => {
		const pkg = JSON.parse(readFileSync(resolve('node_modules/minisearch/package.json'), 'utf8'));
		const ours = JSON.parse(readFileSync(resolve('package.json'), 'utf8'));
		expect(ours.dependencies.minisearch).toBe('7.2.0');
		expect(pkg.version).toBe('7.2.0');
		const mini = new MiniSearch({ fields: ['text'] });
		mini.addAll([{ id: 1, text: 'a b' }]);
		expect(fastAndSupported(mini)).toBe(true);
		expect(fastAndSupported({} as MiniSearch)).toBe(false);
	});

	test('postings iterate in ascending short id after loadJS and after addAll (the order ties keep)', () => {
		const merged = MiniSearch.loadJS(shards[0]!.index, { fields: ['text', 'label'] });
		const built = new MiniSearch({ fields: ['text', 'label'], tokenize: (t) => t.split('') });
		built.addAll(docs.slice(0, 50));
		for (const mini of [merged, built]) {
			const index = (mini as unknown as { _index: Iterable<[string, Map<number, Map<number, number>>]> })
				._index;
			for (const [, data] of index)
				for (const postings of data.values()) {
					const ids = [...postings.keys()];
					expect(ids).toEqual([...ids].sort((a, b) => a - b));
				}
		}
	});

	test('searchAnd equals MiniSearch#search (AND) on a small index, prefix terms and zero boosts included', () => {
		const mini = new MiniSearch({
			fields: ['text', 'label'],
			storeFields: ['kind'],
			tokenize: (t) => t.split(' ')
		});
		mini.addAll([
			{ id: 'a', text: 'x y z xy', label: 'x', kind: 'body' },
			{ id: 'b', text: 'x xy xz', label: 'y', kind: 'title' },
			{ id: 'c', text: 'y z', label: 'x y', kind: 'none' },
			{ id: 'd', text: 'x x x y', label: '', kind: 'body' }
		]);
		const boostDocument = (_id: unknown, _t: string, s: Record<string, unknown> | undefined) =>
			s?.['kind'] === 'none' ? 0 : s?.['kind'] === 'title' ? 0.5 : 1;
		const prefix = (t: string) => t.length === 1;
		for (const terms of [['x'], ['x', 'y'], ['y', 'x'], ['xy'], ['x', 'z'], ['q'], ['x', 'q']]) {
			const plain = mini
				.search(terms.join(' '), {
					combineWith: 'AND',
					boost: { label: 2 },
					prefix,
					boostDocument
				})
				.map((r) => ({ id: r.id, score: r.score }));
			expect(searchAnd(mini, terms, { boost: { label: 2 }, prefix, boostDocument }), terms.join()).toEqual(
				plain
			);
		}
	});
});

describe('the fast path answers as MiniSearch does', () => {
	test('the real corpus: random queries, one index built from every text', () => {
		compareOver(createSearchIndex(docs), createSearchIndex(docs, 'minisearch'), 400, 18);
	}, 60_000);

	test('the real corpus, merged from its shards, with and without a region filter', () => {
		compareOver(mergeShards(shards), mergeShards(shards, 'minisearch'), 200, 19);
		const some = documentIds.slice(0, 3);
		compareOver(mergeShards(shards), mergeShards(shards, 'minisearch'), 100, 20, {
			regions: some,
			minFound: 10
		});
	}, 60_000);

	test('synthetic copies (many equal scores): random queries on the merged index', () => {
		const many = copies(6);
		compareOver(mergeShards(many), mergeShards(many, 'minisearch'), 150, 21);
	}, 120_000);

	test('the bench queries give the same results', () => {
		const many = copies(3);
		const fast = mergeShards(many);
		const plain = mergeShards(many, 'minisearch');
		for (const q of ['授权运营协议', '数据安全事件', '原始数据不出域', '数据', '数', '3年', '不少于6个月'])
			expectSame(fast.search(q), plain.search(q), q);
	}, 60_000);
});
