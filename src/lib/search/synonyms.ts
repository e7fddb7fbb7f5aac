// What a drafter means by a word: groups of related terms as the five texts and the national documents
// write them, so "收费" also finds Jiangsu's "收取合理费用" (第二十条第二款). Data first, then the query
// expansion over it, the "did you mean" it offers, and the rule-catalogue rows a query names. Pure: no DOM,
// no Svelte; searching goes through the SearchIndex interface, however the index is built or loaded.

import type { Dimension } from '$lib/regions/types';
import type { SearchIndex, SearchOptions, SearchResult } from './search';

/**
 * Related terms, one group per idea; a query naming any term of a group is also run with each other term
 * in its place. Related, not equal: results found only through a related term are shown apart, with the
 * term that found them.
 */
export const RELATED_TERMS: readonly (readonly string[])[] = [
	['收费', '费用', '价格', '定价', '收益', '计费', '有偿', '成本'],
	['期限', '有效期', '年限', '期满', '届满'],
	['续约', '续期', '延续', '重新申请'],
	['退出', '终止', '撤销', '取消', '注销'],
	['运营主体', '运营单位', '运营机构', '运营者'],
	['协议', '合同'],
	['报告', '报送', '上报', '年报'],
	['审计', '检查', '评估', '监督'],
	['日志', '记录', '留存'],
	['安全', '保密', '防护'],
	['个人信息', '隐私', '个人数据'],
	['公示', '公开', '公布'],
	['登记', '备案', '注册'],
	['数据产品', '数据服务', '产品和服务'],
	['培训', '岗前培训'],
	['授权', '许可', '批准']
];

/** The query with each related term in place of a term it names ("收费标准" → "费用标准", "价格标准" …). */
export function expandQuery(query: string, table: readonly (readonly string[])[] = RELATED_TERMS): string[] {
	const q = query.trim();
	const out: string[] = [];
	for (const group of table)
		for (const term of group) {
			if (!q.includes(term)) continue;
			for (const other of group) {
				if (other === term) continue;
				const next = q.split(term).join(other);
				if (next !== q && !out.includes(next)) out.push(next);
			}
		}
	return out;
}

export interface RelatedResults {
	/** The related query that found them. */
	term: string;
	/** Its results not already found by the query itself (nor by an earlier related term). */
	results: SearchResult[];
}

export interface ExpandedSearch {
	/** What the query itself finds. */
	direct: SearchResult[];
	/** What each related term adds, in the table's order; terms that add nothing are left out. */
	related: RelatedResults[];
	/** Where the query finds nothing: the related terms that do, with how many clauses each finds. */
	didYouMean: { term: string; count: number }[];
}

/** Run the query and its related terms; each clause is counted once, under the first query that found it. */
export function searchExpanded(index: SearchIndex, query: string, opts: SearchOptions = {}): ExpandedSearch {
	const direct = index.search(query, opts);
	const seen = new Set(direct.map((r) => r.id));
	const related: RelatedResults[] = [];
	const counts: { term: string; count: number }[] = [];
	for (const term of expandQuery(query)) {
		const found = index.search(term, opts);
		if (found.length) counts.push({ term, count: found.length });
		const fresh = found.filter((r) => !seen.has(r.id));
		for (const r of fresh) seen.add(r.id);
		if (fresh.length) related.push({ term, results: fresh });
	}
	return { direct, related, didYouMean: direct.length ? [] : counts };
}

/**
 * The catalogue's dimensions a query names: its label (either language) or description contains the query
 * or one of its related terms. In catalogue order.
 */
export function matchingDimensions(dimensions: readonly Dimension[], query: string): Dimension[] {
	const q = query.trim().toLowerCase();
	if (!q) return [];
	const terms = [q, ...expandQuery(q)];
	const says = (d: Dimension) =>
		[d.label.zh, d.label.en, d.description?.zh ?? '', d.description?.en ?? ''].map((s) => s.toLowerCase());
	return dimensions.filter((d) => says(d).some((s) => terms.some((t) => s.includes(t))));
}
