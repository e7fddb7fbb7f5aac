import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { loadDetails, loadSource, regionIds } from '$lib/regions/registry';
import { withoutWhitespace } from './clean';
import { analyze, levelLabel, numberingMessage, suggestedScheme } from './report';
import { wordsIn } from '../rules/words';

describe('analyze', () => {
	test('the 实施规范: 7 章 27 条 25 项, nothing unplaced', async () => {
		const r = analyze(await loadSource(region('nationalSpec')));
		expect(r).toMatchObject({ scheme: 'articles', schemeSource: 'detected', ok: true, verbatim: true });
		expect(r.counts).toEqual({ chapter: 7, article: 27, paragraph: 15, item: 25 });
		expect(wordsIn(r.summary, 'zh-CN')).toBe('7 章 27 条 15 款 25 项');
		expect(wordsIn(r.summary, 'en')).toBe('7 chapters, 27 articles, 15 paragraphs, 25 items');
		expect(r.furniture).toEqual(['title']);
		expect(r.unplaced).toEqual([]);
		expect(r.numbering).toEqual([]);
		expect(r.layout).toEqual({ lineEnds: 'lf', blankLines: 1, wrapWidth: null, joinedLines: 0 });
	});

	test('the 登记办法 counts its sub-items', async () => {
		const r = analyze(await loadSource(region('nationalRegistration')));
		expect(r.counts).toEqual({ chapter: 6, article: 24, paragraph: 8, item: 17, subitem: 4 });
		expect(r.units.find((u) => u.id === 'art-9-4-1')).toMatchObject({
			level: 'subitem',
			label: { zh: '第九条（四）1', en: 'Art. 9(4)1' },
			text: '1.公共数据资源不可复原或灭失的；'
		});
	});

	test('the 价格通知 names its furniture apart from its levels', async () => {
		const r = analyze(await loadSource(region('nationalPricing')));
		expect(r.scheme).toBe('sections');
		expect(r.counts).toEqual({ section: 5, subsection: 2, paragraph: 10 });
		expect(r.furniture).toEqual(['title', 'addressee', 'preamble', 'closing', 'signature', 'date']);
		expect(r.units.find((u) => u.id === 'closing')).toMatchObject({ level: 'closing' });
		expect(r.ok).toBe(true);
	});

	test('a section text’s 1. level is a point', () => {
		const r = analyze('某方案\n一、任务\n（一）管理\n1.制定细则。\n（1）明确职责。\n①分工。');
		expect(r.counts).toEqual({ section: 1, subsection: 1, point: 1, subpoint: 1, subsubpoint: 1 });
	});

	test('the wrong scheme is never silent: no units, every line shown unplaced, the other scheme named', async () => {
		const raw = await loadSource(region('nationalPricing'));
		const r = analyze(raw, { scheme: 'articles' });
		expect(r.ok).toBe(false);
		expect(r.schemeSource).toBe('given');
		expect(r.counts).toEqual({});
		expect(wordsIn(r.summary, 'en')).toBe('no numbered units');
		expect(r.warnings.map((w) => w.code)).toEqual(['noUnits', 'schemeMismatch', 'unplaced']);
		expect(wordsIn(r.warnings[1]!.message, 'en')).toBe(
			'The chosen scheme (articles) does not fit the text: the sections scheme finds 5 units.'
		);
		// everything after the title is listed, so nothing collapses silently into "2 clauses"
		expect(r.unplaced.length).toBe(raw.trim().split('\n').length - 2);
		expect(r.verbatim).toBe(true);
		// correcting the scheme changes the report
		expect(analyze(raw, { scheme: 'sections' }).ok).toBe(true);
	});

	test('gaps and repeats in the numbering are listed with their lines', () => {
		const r = analyze('某办法\n第一条 甲。\n第三条 乙。\n（一）丙；\n（一）丁。');
		expect(r.numbering).toEqual([
			{ kind: 'gap', id: 'art-3', label: '第三条', expected: 2, found: 3, line: 3 },
			{ kind: 'repeat', id: 'art-3-1-r2', label: '第三条（一）', expected: 2, found: 1, line: 5 }
		]);
		expect(r.ok).toBe(false);
	});

	test('layout is reported: line ends, blank lines, the wrap width undone', () => {
		const para =
			'登记机构应当自收到申请日起三个工作日内予以受理，申请材料不齐全的应当一次性告知登记主体补充完善并重新提交申请。';
		const text = ['某办法', ...[1, 2, 3].map((n) => `第${'一二三'[n - 1]}条 ${para}`)].join('\n');
		const wrapped = text
			.split('\n')
			.map((l) => [...l].map((ch, i) => (i && i % 25 === 0 ? '\r\n' : '') + ch).join(''))
			.join('\r\n\r\n');
		const r = analyze(wrapped);
		expect(r.layout).toMatchObject({ lineEnds: 'crlf', blankLines: 3, wrapWidth: 25 });
		expect(r.counts).toEqual({ article: 3 });
		expect(r.ok).toBe(true);
	});
});

// What the sandbox's split report and the import command show (they read this report and nothing else).
describe('the report the import shows', () => {
	test('half-width item brackets are items, labelled and counted as the full-width ones', async () => {
		const spec = await loadSource(region('nationalSpec'));
		const half = analyze(spec.replace(/（([一二三四五六七八九十]+)）/gu, '($1)'));
		expect(half.ok).toBe(true);
		expect(half.counts).toEqual(analyze(spec).counts);
		expect(half.units.find((u) => u.id === 'art-14-2')).toMatchObject({
			level: 'item',
			label: { zh: '第十四条（二）' },
			parent: 'art-14',
			text: expect.stringMatching(/^\(二\)/u)
		});
	});

	test('every unit names the line it starts on; the units joined are the text minus layout', async () => {
		for (const id of ['nationalSpec', 'nationalPricing'] as const) {
			const raw = await loadSource(region(id));
			const r = analyze(raw);
			const lines = raw.split('\n');
			expect(withoutWhitespace(r.units.map((u) => u.text).join(''))).toBe(withoutWhitespace(raw));
			for (const u of r.units) expect(lines[u.line - 1]!.trim()).toBe(u.text.split('\n')[0]!.trim());
		}
	});

	test('lines outside any article are listed with their line numbers, and the rest still splits', async () => {
		const lines = (await loadSource(region('nationalSpec'))).split('\n');
		const chapter = lines.findIndex((l) => l.startsWith('第一章'));
		lines.splice(chapter + 1, 0, '这一行不在任何一条之内');
		lines.splice(
			lines.findIndex((l) => l.startsWith('第二条')),
			0,
			'第一章　总则重复'
		);
		const r = analyze(lines.join('\n'));
		expect(r.ok).toBe(false);
		expect(r.unplaced).toEqual([
			{ lines: [chapter + 2], text: '这一行不在任何一条之内', reason: 'outside any article' }
		]);
		// the unplaced line is listed, not counted as a paragraph nor shown as a unit
		expect(r.counts).toMatchObject({ article: 27, paragraph: 15 });
		expect(r.units.map((u) => u.id)).not.toContain(`line-${chapter + 2}`);
		expect(r.numbering.map((n) => [n.kind, n.label])).toContainEqual(['repeat', '第一章']);
	});

	test('a text with no numbering at all: nothing detected, not applicable', () => {
		const r = analyze('某某办法\n为了规范管理，制定本办法。\n本办法自发布之日起施行。');
		expect(r.detected).toBeNull();
		expect(r.ok).toBe(false);
		expect(r.warnings.map((w) => w.code)).toContain('noUnits');
		expect(suggestedScheme('某某办法\n正文')).toBeNull();
		expect(suggestedScheme('标题\n一、总体要求\n二、主要任务')).toBe('sections');
		expect(suggestedScheme('标题\n第一条甲\n第二条乙')).toBe('articles');
	});

	test('gaps and repeats said plainly; a paragraph is a 款 in an article and a 段 in a section', () => {
		const [gap, repeat] = analyze('某办法\n第一条 甲。\n第四条 乙。\n（一）丙；\n（一）丁。').numbering;
		expect(wordsIn(numberingMessage(gap!), 'zh-CN')).toBe(
			'编号不连续：第四条 之前缺少 2 个编号（应为 2，实为 4）。'
		);
		expect(wordsIn(numberingMessage(repeat!), 'en')).toBe(
			'Numbering repeats or runs backwards: 第四条（一） (expected 2, found 1).'
		);
		expect(levelLabel('paragraph', 'articles')).toEqual({ zh: '款', en: 'paragraph' });
		expect(levelLabel('paragraph', 'sections')).toEqual({ zh: '段', en: 'paragraph' });
	});

	test.each(regionIds)(
		'%s: the regional text, under its own parser options, is ready to apply',
		async (id) => {
			const r = analyze(await loadSource(id), (await loadDetails(id)).parse);
			expect(r.warnings).toEqual([]);
			expect(r.scheme).toBe(r.detected);
		}
	);

	test('an option that does not fit the text is said in either language', () => {
		const r = analyze('某办法\n第一条 甲。', { footerStartsWith: '抄送：' });
		const w = r.warnings.find((x) => x.code === 'options');
		expect(w).toBeDefined();
		expect(wordsIn(w!.message, 'en')).toBe('footer "抄送：" not found');
		expect(wordsIn(w!.message, 'zh-CN')).toBe('未找到以“抄送：”开头的版记部分');
	});
});
