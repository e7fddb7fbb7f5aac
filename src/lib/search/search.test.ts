import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { documentIds, regionIds } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import type { Corpus } from '$lib/regions/types';
import {
	createSearchIndex,
	docsFromCorpus,
	ELLIPSIS,
	groupByRegion,
	loadSearchIndex,
	type SearchIndex,
	type SearchResult,
	type Segment
} from './search';
import { queryTokens } from './tokenize';
import { clause, region } from '$lib/regions/fixture-ids';

let index: SearchIndex;
let corpora: Corpus[];
const texts = new Map<string, string>();

beforeAll(async () => {
	index = await loadSearchIndex(loadCorpus, documentIds);
	corpora = await Promise.all(documentIds.map((id) => loadCorpus(id)));
	for (const c of corpora) for (const cl of c.clauses) texts.set(`${c.region}:${cl.id}`, cl.text);
});

const ids = (results: SearchResult[]) => results.map((r) => r.id);
const find = (results: SearchResult[], id: string) => results.find((r) => r.id === id);
const marked = (snippet: Segment[]) => snippet.filter((s) => s.match).map((s) => s.text);
/** The snippet's text with the cut marks removed: a piece of the clause text. */
function snippetBody(snippet: Segment[]): string {
	let s = snippet;
	if (s[0]?.text === ELLIPSIS && !s[0].match) s = s.slice(1);
	if (s[s.length - 1]?.text === ELLIPSIS && !s[s.length - 1]!.match) s = s.slice(0, -1);
	return s.map((x) => x.text).join('');
}

describe('the real corpus', () => {
	test('indexes every clause with text, across all regions', () => {
		const withText = corpora.flatMap((c) => c.clauses.filter((cl) => cl.text.trim() !== ''));
		expect(index.size).toBe(withText.length);
		expect(index.size).toBeGreaterThan(100);
	});

	test('日志 finds the log-retention clauses', () => {
		const r = index.search('日志');
		expect(ids(r)).toEqual(expect.arrayContaining(['quzhou:sec-17-p1', 'taian:art-14-6']));
		expect(r.every((x) => x.exact)).toBe(true);
	});

	test('岗前培训: Quzhou exact, Taian (岗前安全培训) by words, ranked after', () => {
		const r = index.search('岗前培训');
		const quzhou = find(r, 'quzhou:sec-18-p1');
		const taian = find(r, 'taian:art-30');
		expect(quzhou?.exact).toBe(true);
		// Taian writes 岗前安全培训: every word matches but not the phrase
		expect(taian).toBeDefined();
		expect(taian?.exact).toBe(false);
		expect(r.indexOf(quzhou!)).toBeLessThan(r.indexOf(taian!));
		expect(marked(taian!.snippet)).toEqual(['岗前', '培训']);
	});

	test('不少于6个月 finds both regions, exactly', () => {
		const r = index.search('不少于6个月');
		expect(find(r, 'quzhou:sec-17-p1')?.exact).toBe(true);
		expect(find(r, 'taian:art-14-6')?.exact).toBe(true);
	});

	test('7个工作日 → Henan art. 16', () => {
		const r = index.search('7个工作日');
		expect(r[0]?.id).toBe('henan:art-16');
		expect(r[0]?.exact).toBe(true);
	});

	test('一场景一审核 → Henan art. 15 first', () => {
		const r = index.search('一场景一审核');
		expect(r[0]?.id).toBe('henan:art-15');
		expect(r[0]?.exact).toBe(true);
		expect(r.filter((x) => x.exact).map((x) => x.id)).toEqual(['henan:art-15']);
	});

	test('原始数据不出域 is found in several regions, all exact results first', () => {
		const r = index.search('原始数据不出域');
		const regions = new Set(r.filter((x) => x.exact).map((x) => x.region));
		expect(regions.size).toBeGreaterThanOrEqual(4);
		const firstLoose = r.findIndex((x) => !x.exact);
		if (firstLoose !== -1) expect(r.slice(firstLoose).every((x) => !x.exact)).toBe(true);
	});

	test('region filter', () => {
		const r = index.search('数据', { regions: [region('henan')] });
		expect(r.length).toBeGreaterThan(0);
		expect(r.every((x) => x.region === 'henan')).toBe(true);
		expect(index.search('日志', { regions: [region('henan')] })).toEqual([]);
		expect(ids(index.search('日志', { regions: [region('taian')] }))).toContain('taian:art-14-6');
	});

	test('limit', () => {
		expect(index.search('数据', { limit: 5 })).toHaveLength(5);
		expect(index.search('数据', { limit: 0 })).toEqual([]);
	});

	test.each(['量子纠缠', '', '   ', '，。', 'xyzzy'])('no results for %j', (q) => {
		expect(index.search(q)).toEqual([]);
	});

	test('a one-character query finds every clause with that character', () => {
		const r = index.search('届');
		const expected = [...texts].filter(([, t]) => t.includes('届')).map(([id]) => id);
		expect(new Set(ids(r))).toEqual(new Set(expected));
		expect(r.every((x) => x.exact)).toBe(true);
	});

	test('Latin and digits: API, 3年 (whole numbers only)', () => {
		expect(ids(index.search('api'))).toContain('yingkou:sec-7-p2');
		expect(find(index.search('API'), 'yingkou:sec-7-p2')?.exact).toBe(true);
		const years = index.search('3年');
		expect(ids(years)).toEqual(expect.arrayContaining(['henan:art-14-2', 'quzhou:sec-16-p1']));
		// 2023年 is not 3年; a full-width ３年 is
		for (const x of years) expect(texts.get(x.id)).toMatch(/(^|[^0-9０-９])[3３]年/);
		expect(ids(years)).toContain('quzhou:sec-13-1');
	});

	test('whitespace in the query is ignored for exactness', () => {
		const r = index.search('岗前 培训');
		expect(find(r, 'quzhou:sec-18-p1')?.exact).toBe(true);
		expect(find(r, 'taian:art-30')?.exact).toBe(false);
	});

	test('exact snippets mark exactly the query, and ellipses only when cut', () => {
		for (const q of [
			'日志',
			'岗前培训',
			'不少于6个月',
			'7个工作日',
			'一场景一审核',
			'原始数据不出域',
			'届'
		]) {
			for (const x of index.search(q).filter((y) => y.exact)) {
				expect(marked(x.snippet).length).toBeGreaterThan(0);
				for (const m of marked(x.snippet)) expect(m).toBe(q);
				const text = texts.get(x.id)!;
				const body = snippetBody(x.snippet);
				expect(x.snippet[0]?.text === ELLIPSIS).toBe(!text.startsWith(body));
				expect(x.snippet[x.snippet.length - 1]?.text === ELLIPSIS).toBe(!text.endsWith(body));
			}
		}
	});

	test('snippets are verbatim pieces of the clause text, about 60 characters either side', () => {
		for (const q of ['日志', '岗前培训', '数据', '一场景一审核', '安全 培训', 'API', '第十四条']) {
			for (const x of index.search(q)) {
				const body = snippetBody(x.snippet);
				expect(texts.get(x.id)).toContain(body);
				expect(x.snippet.every((s) => s.text.length > 0)).toBe(true);
				const firstMark = x.snippet.find((s) => s.match);
				if (firstMark) expect(body.length).toBeLessThanOrEqual(2 * 60 + firstMark.text.length + 2);
			}
		}
	});

	test('document furniture ranks below clauses with the same words', () => {
		const r = index.search('公共数据授权运营');
		const furniture = r.findIndex((x) => ['title', 'notice', 'footer'].includes(x.kind));
		expect(r.length).toBeGreaterThan(0);
		expect(furniture === -1 || furniture > 0).toBe(true);
	});
});

describe('grouping', () => {
	test('groupByRegion keeps the given region order and the ranked order inside each', () => {
		const order = [...regionIds].reverse();
		const r = index.search('授权运营期限', { regions: order });
		const groups = groupByRegion(r, order);
		const present = order.filter((id) => r.some((x) => x.region === id));
		expect(groups.map((g) => g.region)).toEqual(present);
		for (const g of groups) expect(g.results).toEqual(r.filter((x) => x.region === g.region));
		expect(groups.flatMap((g) => g.results)).toHaveLength(r.length);
	});

	test('regions missing from the order follow, none lost', () => {
		const r = index.search('日志');
		const groups = groupByRegion(r, [region('taian')]);
		expect(groups[0]?.region).toBe('taian');
		expect(groups.flatMap((g) => g.results)).toHaveLength(r.length);
		expect(groupByRegion([], documentIds)).toEqual([]);
	});

	test('the national texts are searched: 注销登记 finds 登记办法 第九条（四） and its sub-items', () => {
		const r = index.search('注销登记');
		expect(ids(r)).toEqual(
			expect.arrayContaining(['nationalRegistration:art-9', 'nationalRegistration:art-9-4'])
		);
		expect(find(index.search('不可复原或灭失'), 'nationalRegistration:art-9-4-1')?.exact).toBe(true);
		// 原则上最长不超过5年 is the 实施规范's, not a region's 3 years
		expect(ids(index.search('原则上最长不超过5年'))).toContain('nationalSpec:art-14-2');
	});

	test('a 通知’s signature and date are parts of their own, found as such', () => {
		expect(ids(index.search('2025年1月16日'))).toContain('nationalPricing:date');
		expect(
			find(index.search('国家数据局', { regions: [region('nationalPricing')] }), 'nationalPricing:signature')
				?.kind
		).toBe('signature');
	});
});

describe('a small synthetic index', () => {
	const corpus: Corpus = {
		region: region('x'),
		roots: [clause('a'), clause('b')],
		clauses: [
			{
				id: clause('a'),
				kind: 'article',
				label: { zh: '第一条', en: 'Art. 1' },
				text: '数据 安全\n第二行',
				lines: [1],
				children: [],
				depth: 0
			},
			{
				id: clause('b'),
				kind: 'title',
				label: { zh: '标题', en: 'Title' },
				text: '数据安全办法',
				lines: [2],
				children: [],
				depth: 0
			},
			{
				id: clause('c'),
				kind: 'article',
				label: { zh: '第二条', en: 'Art. 2' },
				text: '',
				lines: [3],
				children: [],
				depth: 0
			}
		]
	};
	const small = createSearchIndex(docsFromCorpus(corpus));

	test('empty clauses are not indexed', () => {
		expect(small.size).toBe(2);
	});

	test('a match across a line break is exact, and its mark keeps the source text', () => {
		const r = small.search('安全第二');
		expect(r.map((x) => x.id)).toEqual(['x:a']);
		expect(r[0]?.exact).toBe(true);
		expect(marked(r[0]!.snippet)).toEqual(['安全\n第二']);
	});

	test('labels are searchable', () => {
		expect(small.search('第一条').map((x) => x.id)).toEqual(['x:a']);
	});
});

describe('property: any substring finds its clause', () => {
	test('random substrings (2–8 characters) of a random clause', () => {
		const all = corpora.flatMap((c) =>
			c.clauses
				.filter((cl) => cl.text.length >= 2)
				.map((cl) => ({ id: `${c.region}:${cl.id}`, text: cl.text }))
		);
		const digit = (s: string, i: number) => /[0-9０-９]/.test(s.charAt(i));
		fc.assert(
			fc.property(fc.nat(all.length - 1), fc.nat(), fc.integer({ min: 2, max: 8 }), (i, a, len) => {
				const clause = all[i]!;
				const start = a % (clause.text.length - 1);
				const end = Math.min(clause.text.length, start + len);
				const query = clause.text.slice(start, end);
				fc.pre(queryTokens(query).length > 0);
				// numbers match whole: a substring that cuts a number in two is not expected to match
				fc.pre(!(digit(clause.text, start) && digit(clause.text, start - 1)));
				fc.pre(!(digit(clause.text, end - 1) && digit(clause.text, end)));
				const r = index.search(query);
				const hit = find(r, clause.id);
				expect(hit, `${JSON.stringify(query)} in ${clause.id}`).toBeDefined();
				expect(hit?.exact).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
});

test('the search module does not import the registry', () => {
	const src = readFileSync(resolve(__dirname, 'search.ts'), 'utf8');
	expect(src).not.toMatch(/from\s+['"][^'"]*registry['"]/);
});
