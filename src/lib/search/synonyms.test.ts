import { beforeAll, describe, expect, test } from 'vitest';
import { documentIds } from '$lib/regions/registry';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadCorpus } from '$lib/corpus/load';
import { createSearchIndex, loadSearchIndex, type SearchIndex } from './search';
import { expandQuery, matchingDimensions, RELATED_TERMS, searchExpanded } from './synonyms';
import { clause, region } from '$lib/regions/fixture-ids';

let index: SearchIndex;
beforeAll(async () => {
	index = await loadSearchIndex(loadCorpus, documentIds);
});

describe('the related-terms table', () => {
	test('no term is in two groups, and none is repeated', () => {
		const all = RELATED_TERMS.flat();
		expect(new Set(all).size).toBe(all.length);
	});
	test('收费 relates to 费用, 价格, 定价 and 收益', () => {
		expect(expandQuery('收费')).toEqual(expect.arrayContaining(['费用', '价格', '定价', '收益']));
		expect(expandQuery('收费')).not.toContain('收费');
	});
	test('a term inside a longer query is replaced in place', () => {
		expect(expandQuery('收费标准')).toContain('费用标准');
		expect(expandQuery('无关词语')).toEqual([]);
	});
});

describe('a search that finds what the drafter means', () => {
	test('"收费" finds Jiangsu 第二十条第二款 (收取合理费用) through 费用', () => {
		const r = searchExpanded(index, '收费');
		const all = [...r.direct, ...r.related.flatMap((x) => x.results)];
		expect(all.map((x) => x.id)).toContain('jiangsu:art-20-p2');
		const via = r.related.find((x) => x.results.some((y) => y.id === 'jiangsu:art-20-p2'));
		expect(via?.term).toBe('费用');
	});
	test('each clause is listed once, under the first query that found it', () => {
		const r = searchExpanded(index, '收费');
		const ids = [...r.direct, ...r.related.flatMap((x) => x.results)].map((x) => x.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
	test('did you mean: only where the query itself finds nothing, with counts', () => {
		const tiny = createSearchIndex([
			{
				id: 'x:a',
				region: region('x'),
				clauseId: clause('a'),
				label: '第一条',
				kind: 'article',
				text: '按约定收取合理费用。'
			}
		]);
		const r = searchExpanded(tiny, '收费');
		expect(r.direct).toEqual([]);
		expect(r.didYouMean).toEqual([{ term: '费用', count: 1 }]);
		expect(searchExpanded(tiny, '费用').didYouMean).toEqual([]);
	});
});

test('rule-catalogue rows a query names, by label or a related term', () => {
	const ids = matchingDimensions(DIMENSIONS, '收费').map((d) => d.id);
	expect(ids.length).toBeGreaterThan(0);
	for (const id of ids) {
		const d = DIMENSIONS.find((x) => x.id === id)!;
		const text = `${d.label.zh}${d.description?.zh ?? ''}`;
		expect(['收费', ...expandQuery('收费')].some((t) => text.includes(t))).toBe(true);
	}
	expect(matchingDimensions(DIMENSIONS, 'term').map((d) => d.id)).toContain('term.maxMonths');
	expect(matchingDimensions(DIMENSIONS, '  ')).toEqual([]);
});
