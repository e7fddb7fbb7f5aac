// The corpus is the law: prove every clause is verbatim from the source, and nothing is lost or added
// beyond the artefacts the regulations' README lists.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BOOKMARK, withoutWhitespace } from './clean';
import { indexCorpus, isProvision, rebuildSource } from './corpus';
import { documentIds, loadSource } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { clause, region as regionNamed } from '$lib/regions/fixture-ids';

/** shared/regulations beside the checkout (or beside the worktrees' folder): the nearest one up the tree. */
function sharedDir(): string | null {
	for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
		const candidate = resolve(dir, 'shared/regulations');
		if (existsSync(candidate)) return candidate;
	}
	return null;
}
const SHARED = sharedDir();

/**
 * The texts of shared/regulations the corpus holds, each with its SHA-256 (tests/fixtures/shared-texts.json): the proof runs
 * wherever the suite runs, and where shared/ is beside the checkout the record itself is checked against it.
 */
const SHARED_TEXTS = (
	JSON.parse(readFileSync(resolve(__dirname, '../../../tests/fixtures/shared-texts.json'), 'utf8')) as {
		documents: Record<string, { file: string; sha256: string }>;
	}
).documents;
const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

function trimmed(raw: string, lineNo: number): string {
	const line = raw.split('\n')[lineNo - 1] ?? '';
	return line
		.split(BOOKMARK)
		.join('')
		.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
}

describe('the shared texts', () => {
	test('every document shipped from shared/ is recorded, and nothing else is', () => {
		// a region added later (a copy, an imported text) has no original in shared/ and is not recorded
		for (const id of Object.keys(SHARED_TEXTS)) expect(documentIds, id).toContain(id);
	});

	test.each(Object.entries(SHARED_TEXTS))('%s: the record is shared/%s byte for byte', (_id, rec) => {
		if (!SHARED) return; // a checkout without shared/ beside it: the hashes below still prove the corpus
		expect(sha256(readFileSync(resolve(SHARED, rec.file))), rec.file).toBe(rec.sha256);
	});

	test.each(Object.keys(SHARED_TEXTS))(
		'%s: source.txt is the shared regulation, byte for byte',
		async (id) => {
			expect(sha256(await loadSource(regionNamed(id)))).toBe(SHARED_TEXTS[id]!.sha256);
			if (SHARED)
				expect(await loadSource(regionNamed(id))).toBe(
					readFileSync(resolve(SHARED, SHARED_TEXTS[id]!.file), 'utf8')
				);
		}
	);
});

describe.each(documentIds)('%s corpus', (id) => {
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
		const corpus = await loadCorpus(regionNamed(id));
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
		const c = indexCorpus(await loadCorpus(regionNamed(region))).get(clause(id));
		expect(c?.label).toEqual({ zh, en });
	});

	test('Tai’an 第十四条（六） says what the README says it says', async () => {
		const c = indexCorpus(await loadCorpus(regionNamed('taian'))).get(clause('art-14-6'));
		expect(c?.text).toContain('留存相关工作日志不少于6个月');
	});

	test('a paragraph between two numbered items continues the first (Quzhou 八·2)', async () => {
		const index = indexCorpus(await loadCorpus(regionNamed('quzhou')));
		expect(index.get(clause('sec-8-2'))?.text.split('\n')).toHaveLength(3);
		expect(index.get(clause('sec-8'))?.children).toEqual(['sec-8-1', 'sec-8-2', 'sec-8-3']);
	});
});

describe('Jiangsu', () => {
	test('the cover notice and the distribution footer are kept apart from the articles', async () => {
		const corpus = await loadCorpus(regionNamed('jiangsu'));
		const index = indexCorpus(corpus);
		expect(corpus.roots[0]).toBe('notice');
		expect(index.get(clause('notice'))?.text).toContain('苏政办规〔2024〕5号');
		expect(index.get(clause('notice'))?.text).toContain('2024年10月23日');
		expect(corpus.roots.at(-1)).toBe('footer');
		expect(index.get(clause('footer'))?.text).toMatch(/^抄送：/);
		expect(index.get(clause('footer'))?.text).toContain('2024年10月23日印发');
		for (const c of corpus.clauses.filter((c) => c.kind === 'article')) expect(c.text).not.toContain('抄送');
	});

	test('page breaks inside sentences are rejoined, and only those', async () => {
		const corpus = await loadCorpus(regionNamed('jiangsu'));
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
		const index = indexCorpus(await loadCorpus(regionNamed('jiangsu')));
		expect(index.get(clause('art-18-1'))).toMatchObject({
			prefix: '- ',
			text: '（一）是否符合数据的申请用途和使用范围；'
		});
	});
});

describe('the national framework', () => {
	const count = async (id: string, kind: string) =>
		(await loadCorpus(regionNamed(id))).clauses.filter((c) => c.kind === kind);

	test.each([
		['nationalSpec', 'chapter', 7],
		['nationalSpec', 'article', 27],
		['nationalSpec', 'item', 25],
		['nationalSpec', 'paragraph', 15],
		['nationalRegistration', 'chapter', 6],
		['nationalRegistration', 'article', 24],
		['nationalRegistration', 'item', 17],
		['nationalRegistration', 'subitem', 4],
		['nationalRegistration', 'paragraph', 8],
		['nationalPricing', 'section', 5],
		['nationalPricing', 'subsection', 2],
		['nationalPricing', 'paragraph', 10],
		['nationalCirculation', 'section', 2],
		['nationalCirculation', 'subsection', 7],
		['nationalCirculation', 'paragraph', 2]
	] as const)('%s: %s × %i', async (id, kind, n) => {
		expect(await count(id, kind)).toHaveLength(n);
	});

	test.each([
		['nationalSpec', 'chapter'],
		['nationalSpec', 'article'],
		['nationalRegistration', 'chapter'],
		['nationalRegistration', 'article'],
		['nationalPricing', 'section'],
		['nationalCirculation', 'section']
	] as const)('%s numbers its %ss 1…N in order', async (id, kind) => {
		const nodes = await count(id, kind);
		expect(nodes.map((n) => n.number)).toEqual(nodes.map((_, i) => i + 1));
	});

	test.each([
		['nationalSpec', 'ch-3', '第三章', 'Ch. 3'],
		['nationalSpec', 'art-14-2', '第十四条（二）', 'Art. 14(2)'],
		['nationalSpec', 'art-11-p4', '第十一条第四款', 'Art. 11 ¶4'],
		['nationalSpec', 'art-27', '第二十七条', 'Art. 27'],
		['nationalRegistration', 'art-9-4', '第九条（四）', 'Art. 9(4)'],
		['nationalRegistration', 'art-9-4-1', '第九条（四）1', 'Art. 9(4)1'],
		['nationalRegistration', 'art-9-4-4', '第九条（四）4', 'Art. 9(4)4'],
		['nationalRegistration', 'art-15-p2', '第十五条第二款', 'Art. 15 ¶2'],
		['nationalPricing', 'sec-3-1', '三（一）', '§3(1)'],
		['nationalPricing', 'sec-3-1-p1', '三（一）第一段', '§3(1) ¶1'],
		['nationalPricing', 'sec-5-p2', '五第二段', '§5 ¶2'],
		['nationalPricing', 'addressee', '主送机关', 'Addressees'],
		['nationalPricing', 'closing', '结束语', 'Closing'],
		['nationalPricing', 'signature', '署名', 'Signature'],
		['nationalPricing', 'date', '成文日期', 'Date'],
		['nationalCirculation', 'sec-2-7', '二（七）', '§2(7)'],
		['nationalCirculation', 'sec-2-7-p2', '二（七）第二段', '§2(7) ¶2']
	])('%s %s is labelled %s / %s', async (id, c, zh, en) => {
		expect(indexCorpus(await loadCorpus(regionNamed(id))).get(clause(c))?.label).toEqual({ zh, en });
	});

	test('登记办法 第九条（四） holds the sub-items 1.–4. and nothing else', async () => {
		const index = indexCorpus(await loadCorpus(regionNamed('nationalRegistration')));
		expect(index.get(clause('art-9-4'))?.children).toEqual([
			'art-9-4-1',
			'art-9-4-2',
			'art-9-4-3',
			'art-9-4-4'
		]);
		expect(index.get(clause('art-9-4-1'))?.text).toBe('1.公共数据资源不可复原或灭失的；');
		expect(index.get(clause('art-9'))?.children).toEqual(['art-9-1', 'art-9-2', 'art-9-3', 'art-9-4']);
		expect(index.get(clause('art-10'))?.parent).toBe('ch-3');
	});

	test('the 价格通知 keeps its addressee line, preamble, closing, signers and date as their own parts', async () => {
		const corpus = await loadCorpus(regionNamed('nationalPricing'));
		const index = indexCorpus(corpus);
		expect(corpus.roots).toEqual([
			'title',
			'addressee',
			'preamble',
			'sec-1',
			'sec-2',
			'sec-3',
			'sec-4',
			'sec-5',
			'closing',
			'signature',
			'date'
		]);
		expect(index.get(clause('title'))?.text).toBe(
			'国家发展改革委 国家数据局关于建立公共数据资源授权运营价格形成机制的通知\n发改价格〔2025〕65号'
		);
		expect(index.get(clause('addressee'))?.text).toMatch(
			/^中央有关部门，.*各省、自治区、直辖市.*有关中央企业：$/u
		);
		expect(index.get(clause('preamble'))?.text).toMatch(/^为贯彻落实.*现就有关事项通知如下。$/u);
		expect(index.get(clause('closing'))?.text).toBe('本通知自2025年3月1日起施行。');
		expect(index.get(clause('signature'))?.text).toBe('国家发展改革委\n国家数据局');
		expect(index.get(clause('date'))?.text).toBe('2025年1月16日');
		// the last section ends with its own paragraphs, not the furniture
		expect(index.get(clause('sec-5'))?.children).toEqual(['sec-5-p1', 'sec-5-p2', 'sec-5-p3']);
		// the closing sentence (it sets the date in force) is a provision; the addressee, signers and date are not
		const provisions = new Set<string>(corpus.clauses.filter(isProvision).map((c) => c.id));
		expect(['closing', 'preamble', 'sec-5-p3'].every((id) => provisions.has(id))).toBe(true);
		expect(['title', 'addressee', 'signature', 'date'].some((id) => provisions.has(id))).toBe(false);
	});

	test('the 流通安全方案 has a two-line title and sub-sections whose heading sentence and text share a line', async () => {
		const corpus = await loadCorpus(regionNamed('nationalCirculation'));
		const index = indexCorpus(corpus);
		expect(index.get(clause('title'))?.text).toBe(
			'关于完善数据流通安全治理\n更好促进数据要素市场化价值化的实施方案'
		);
		expect(index.get(clause('title'))?.lines).toEqual([1, 2]);
		expect(corpus.roots).toEqual(['title', 'preamble', 'sec-1', 'sec-2']);
		const subs = corpus.clauses.filter((c) => c.kind === 'subsection');
		expect(subs.map((s) => s.id)).toEqual([
			'sec-2-1',
			'sec-2-2',
			'sec-2-3',
			'sec-2-4',
			'sec-2-5',
			'sec-2-6',
			'sec-2-7'
		]);
		for (const s of subs) {
			expect(s.heading, s.id).toBeTruthy();
			expect(s.text.startsWith(`（${'一二三四五六七'[s.number! - 1]}）${s.heading}。`), s.id).toBe(true);
			expect(s.text.length).toBeGreaterThan(s.heading!.length + 10);
		}
		expect(index.get(clause('sec-2-1'))?.heading).toBe('明晰企业数据流通安全规则');
	});

	test('the validity each text states is cited to the clause that states it', async () => {
		expect(indexCorpus(await loadCorpus(regionNamed('nationalSpec'))).get(clause('art-27'))?.text).toContain(
			'本规范自2025年3月1日起施行，有效期5年'
		);
		expect(
			indexCorpus(await loadCorpus(regionNamed('nationalRegistration'))).get(clause('art-24'))?.text
		).toContain('本办法自2025年3月1日起施行，有效期5年');
	});
});
