// The corpus is the law: prove every clause is verbatim from the source, and nothing is lost or added
// beyond the artefacts the regulations' README lists.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BOOKMARK, withoutWhitespace } from './clean';
import { indexCorpus, rebuildSource } from './corpus';
import { loadCorpus, loadSource, regionIds } from '$lib/regions/registry';

const SHARED = resolve(__dirname, '../../../../shared/regulations');

function trimmed(raw: string, lineNo: number): string {
	const line = raw.split('\n')[lineNo - 1] ?? '';
	return line
		.split(BOOKMARK)
		.join('')
		.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
}

describe.each(regionIds)('%s corpus', (id) => {
	test('source.txt is the shared regulation, byte for byte', async () => {
		const file = resolve(SHARED, `${id}.txt`);
		if (!existsSync(file)) return; // shared/ sits beside the checkout in CI and on dev machines
		expect(await loadSource(id)).toBe(readFileSync(file, 'utf8'));
	});

	test('joined clause texts reproduce the source, apart from the listed artefacts', async () => {
		const raw = await loadSource(id);
		const corpus = await loadCorpus(id);
		expect(withoutWhitespace(rebuildSource(corpus))).toBe(withoutWhitespace(raw.split(BOOKMARK).join('')));
	});

	test('every clause line is a source line (or a page-break pair), verbatim', async () => {
		const raw = await loadSource(id);
		const corpus = await loadCorpus(id);
		for (const c of corpus.clauses) {
			const fromSource = c.lines.map((n) => trimmed(raw, n)).join('');
			expect(((c.prefix ?? '') + c.text).replace(/\n/g, ''), `${id}:${c.id}`).toBe(fromSource);
		}
	});

	test('no conversion artefact survives', async () => {
		const corpus = await loadCorpus(id);
		for (const c of corpus.clauses) {
			expect(c.text).not.toContain('[bookmark');
			expect(c.text).not.toMatch(/^[\s\u3000]/mu);
			expect(c.text).not.toMatch(/[\s\u3000]$/mu);
		}
	});

	test('ids are unique and children point back to their parent', async () => {
		const corpus = await loadCorpus(id);
		const index = indexCorpus(corpus);
		expect(index.size).toBe(corpus.clauses.length);
		for (const c of corpus.clauses) {
			for (const child of c.children) expect(index.get(child)?.parent).toBe(c.id);
			if (c.parent) expect(index.get(c.parent)?.children).toContain(c.id);
			expect(c.id).toMatch(/^[a-z0-9-]+$/);
		}
	});
});

describe('structure counts', () => {
	test.each([
		['quzhou', 'section', 30],
		['yingkou', 'section', 10],
		['taian', 'article', 31],
		['taian', 'chapter', 8],
		['henan', 'article', 26],
		['henan', 'chapter', 8],
		['jiangsu', 'article', 29],
		['jiangsu', 'chapter', 6]
	] as const)('%s has %i×%s', async (id, kind, count) => {
		const corpus = await loadCorpus(id);
		const nodes = corpus.clauses.filter((c) => c.kind === kind);
		expect(nodes).toHaveLength(count);
		// numbered 1…N in order, however the text writes the numeral ("第6条", "第3章")
		expect(nodes.map((n) => n.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
	});

	test.each([
		['taian', 'art-14-6', '第十四条（六）', 'Art. 14(6)'],
		['taian', 'art-6', '第六条', 'Art. 6'],
		['taian', 'art-14-p2', '第十四条第二款', 'Art. 14 ¶2'],
		['quzhou', 'sec-16', '十六', '§16'],
		['quzhou', 'sec-16-p2', '十六第二段', '§16 ¶2'],
		['quzhou', 'sec-13-1', '十三·1', '§13.1'],
		['quzhou', 'sec-29-1-2', '二十九（一）2', '§29(1)2'],
		['yingkou', 'sec-5-4-1', '五（四）1', '§5(4)1'],
		['henan', 'art-14-2', '第十四条（二）', 'Art. 14(2)'],
		['jiangsu', 'art-28-4', '第二十八条（四）', 'Art. 28(4)']
	])('%s %s is labelled %s / %s', async (region, id, zh, en) => {
		const c = indexCorpus(await loadCorpus(region)).get(id);
		expect(c?.label).toEqual({ zh, en });
	});

	test('Tai’an 第十四条（六） says what the README says it says', async () => {
		const c = indexCorpus(await loadCorpus('taian')).get('art-14-6');
		expect(c?.text).toContain('留存相关工作日志不少于6个月');
	});

	test('a paragraph between two numbered items continues the first (Quzhou 八·2)', async () => {
		const index = indexCorpus(await loadCorpus('quzhou'));
		expect(index.get('sec-8-2')?.text.split('\n')).toHaveLength(3);
		expect(index.get('sec-8')?.children).toEqual(['sec-8-1', 'sec-8-2', 'sec-8-3']);
	});
});

describe('Jiangsu', () => {
	test('the cover notice and the distribution footer are kept apart from the articles', async () => {
		const corpus = await loadCorpus('jiangsu');
		const index = indexCorpus(corpus);
		expect(corpus.roots[0]).toBe('notice');
		expect(index.get('notice')?.text).toContain('苏政办规〔2024〕5号');
		expect(index.get('notice')?.text).toContain('2024年10月23日');
		expect(corpus.roots.at(-1)).toBe('footer');
		expect(index.get('footer')?.text).toMatch(/^抄送：/);
		expect(index.get('footer')?.text).toContain('2024年10月23日印发');
		for (const c of corpus.clauses.filter((c) => c.kind === 'article')) expect(c.text).not.toContain('抄送');
	});

	test('page breaks inside sentences are rejoined, and only those', async () => {
		const corpus = await loadCorpus('jiangsu');
		const joined = corpus.clauses.filter(
			(c) => c.lines.length > 1 && c.kind !== 'notice' && c.kind !== 'footer'
		);
		expect(joined.map((c) => c.id)).toEqual(['art-7', 'art-12-3', 'art-13-3', 'art-17']);
		const text = rebuildSource(corpus);
		for (const phrase of [
			'省、设区的市人民政府',
			'为开发主体数据开发利用',
			'按最小必要原则',
			'公共数据以外的社会数据'
		])
			expect(text).toContain(phrase);
	});

	test('list markers "- " are kept as markers, not text', async () => {
		const index = indexCorpus(await loadCorpus('jiangsu'));
		expect(index.get('art-18-1')).toMatchObject({
			prefix: '- ',
			text: '（一）是否符合数据的申请用途和使用范围；'
		});
	});
});
