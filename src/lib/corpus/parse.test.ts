// The parser on the layouts real copies have, one at a time, on small texts whose right outline is plain.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexCorpus, rebuildSource } from './corpus';
import { withoutWhitespace, joinPageBreaks, cleanLines } from './clean';
import { readMark, isHeadingOnly } from './markers';
import { ParseError, parseCorpus, parseDocument } from './parse';
import { unwrapLines } from './unwrap';
import { loadRegionDetails } from '$lib/regions/registry';
import { clause, region } from '$lib/regions/fixture-ids';

const outline = (raw: string, scheme?: 'articles' | 'sections') =>
	parseDocument(region('t'), raw, scheme ? { scheme } : {}).corpus.clauses.map(
		(c) => `${c.id} ${c.label.zh}`
	);

describe('marks', () => {
	test.each([
		['第一编 总则', 'part', 1, ' '],
		['第三章　附则', 'chapter', 3, '\u3000'],
		['第二节 登记', 'division', 2, ' '],
		['第十二条 实施机构…', 'article', 12, ' '],
		['第6条 …', 'article', 6, ' '],
		['第一条为推进…', 'article', 1, ''],
		['十六、附则', 'section', 16, ''],
		['（四）注销登记', 'cnParen', 4, ''],
		['(四)注销登记', 'cnParen', 4, ''],
		['(四） mixed', 'cnParen', 4, ' '],
		['1.公共数据', 'num', 1, ''],
		['2．公共数据', 'num', 2, ''],
		['3、公共数据', 'num', 3, ''],
		['１．全角数字', 'num', 1, ''],
		['（1）第一点', 'numParen', 1, ''],
		['(12) 第十二点', 'numParen', 12, ' '],
		['③ 圈码', 'circled', 3, ' ']
	] as const)('%s → %s %i', (line, type, number, separator) => {
		expect(readMark(line)).toMatchObject({ type, number, separator });
	});

	test.each(['1.5倍以上的', '2025年3月1日起', '第三方机构', '一是加强', '（以下称“授权主体”）'])(
		'%s opens no unit',
		(line) => expect(readMark(line)).toBeNull()
	);

	test('an article title in brackets is read, with or without a space before it', () => {
		expect(readMark('第一条【目的依据】为推进…')).toMatchObject({ number: 1, bracketTitle: '目的依据' });
		const alone = readMark('第二条 【适用范围】')!;
		expect(alone).toMatchObject({ separator: ' ', bracketTitle: '适用范围' });
		expect(isHeadingOnly(alone)).toBe(true);
		expect(isHeadingOnly(readMark('第一条【目的依据】为推进…')!)).toBe(false);
	});

	test('headings are short and unpunctuated', () => {
		expect(isHeadingOnly(readMark('第一章　总则')!)).toBe(true);
		expect(isHeadingOnly(readMark('一、明确定价范围和管理权限')!)).toBe(true);
		expect(isHeadingOnly(readMark('（一）明晰企业数据流通安全规则。支持企业…')!)).toBe(false);
		expect(isHeadingOnly(readMark('第一条　为推进公共数据资源开发利用')!)).toBe(false);
	});
});

describe('articles', () => {
	test('no space after 第X条: each article is found, a reference inside a paragraph is not', () => {
		const raw = [
			'某办法',
			'第一条为了规范。',
			'第二条依照本办法：',
			'第一条规定的情形除外。',
			'第三条本办法自公布之日起施行。'
		].join('\n');
		expect(outline(raw)).toEqual([
			'title 标题',
			'art-1 第一条',
			'art-2 第二条',
			'art-2-p2 第二条第二款',
			'art-3 第三条'
		]);
	});

	test('【titles】: on the article line, or alone with the text on the next line', () => {
		const raw = [
			'某办法',
			'第一条【目的】为了规范。',
			'第二条 【范围】',
			'本办法适用于本市。',
			'前款另有规定的除外。'
		].join('\n');
		const index = indexCorpus(parseDocument(region('t'), raw).corpus);
		expect(index.get(clause('art-1'))).toMatchObject({ heading: '目的', text: '第一条【目的】为了规范。' });
		// the text after a title-only line is the article's own, so the next line is its 第二款
		expect(index.get(clause('art-2'))).toMatchObject({
			heading: '范围',
			text: '第二条 【范围】\n本办法适用于本市。'
		});
		expect(index.get(clause('art-2'))?.children).toEqual(['art-2-p2']);
	});

	test('every level: 编 章 节 条 款 项 目 (1) ①, in full- and half-width forms', () => {
		const raw = [
			'某法',
			'第一编 总则',
			'第一章 一般规定',
			'第一节 登记',
			'第一条 登记包括：',
			'(一)首次登记，包括：',
			'1.提交材料：',
			'（1）主体信息，含：',
			'①名称；',
			'②住所。',
			'（2）数据信息。',
			'2、受理。',
			'（二）变更登记。',
			'有前款情形的，应当公示。',
			'第二节 管理',
			'第二条 本法自公布之日起施行。'
		].join('\n');
		const corpus = parseDocument(region('t'), raw).corpus;
		const index = indexCorpus(corpus);
		expect(corpus.clauses.map((c) => `${c.id}:${c.kind}`)).toEqual([
			'title:title',
			'part-1:part',
			'ch-1:chapter',
			'ch-1-s1:division',
			'art-1:article',
			'art-1-1:item',
			'art-1-1-1:subitem',
			'art-1-1-1-1:point',
			'art-1-1-1-1-1:subpoint',
			'art-1-1-1-1-2:subpoint',
			'art-1-1-1-2:point',
			'art-1-1-2:subitem',
			'art-1-2:item',
			'art-1-p2:paragraph',
			'ch-1-s2:division',
			'art-2:article'
		]);
		expect(index.get(clause('art-1-1-1-1-2'))?.label).toEqual({
			zh: '第一条（一）1（1）②',
			en: 'Art. 1(1)1(1)[2]'
		});
		expect(index.get(clause('ch-1-s2'))?.label).toEqual({ zh: '第一章第二节', en: 'Ch. 1 Div. 2' });
		expect(index.get(clause('art-2'))?.parent).toBe('ch-1-s2');
	});

	test('a 通知 issuing a regulation: its cover notice ends at its date, without being told', () => {
		const raw = [
			'某市人民政府办公室文件',
			'某政办规〔2024〕1号',
			'关于印发某市办法的通知',
			'各区人民政府：',
			'现将《某市办法》印发给你们，请认真贯彻执行。',
			'某市人民政府办公室',
			'2024年1月2日',
			'（此件公开发布）',
			'某市办法',
			'第一条 为了规范，制定本办法。',
			'抄送：市委各部门。',
			'某市人民政府办公室 2024年1月2日印发'
		].join('\n');
		const corpus = parseDocument(region('t'), raw).corpus;
		const index = indexCorpus(corpus);
		expect(corpus.roots).toEqual(['notice', 'title', 'art-1', 'footer']);
		expect(index.get(clause('notice'))?.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(index.get(clause('title'))?.text).toBe('某市办法');
		expect(index.get(clause('footer'))?.text).toMatch(/^抄送：/u);
	});

	test('Jiangsu parses the same with its notice, footer and page breaks found or told', async () => {
		const meta = await loadRegionDetails(region('jiangsu'));
		const raw = readFileSync(resolve(__dirname, '../regions/jiangsu/source.txt'), 'utf8');
		const told = parseCorpus(region('jiangsu'), raw, meta.parse);
		const found = parseDocument(region('jiangsu'), raw, { joinPageBreaks: true }).corpus;
		expect(found).toEqual(told);
	});

	test('a repeated number is refused by the strict parser and reported by the lenient one', () => {
		expect(() => parseCorpus(region('t'), '第一条 A\n第一条 B', { scheme: 'articles' })).toThrow(
			new ParseError('duplicate clause id art-1')
		);
		const outcome = parseDocument(region('t'), '第一条 A\n第一条 B\n第三条 C', { scheme: 'articles' });
		expect(outcome.corpus.clauses.map((c) => c.id)).toEqual(['art-1', 'art-1-r2', 'art-3']);
		expect(outcome.numbering.map((n) => [n.kind, n.expected, n.found])).toEqual([
			['repeat', 2, 1],
			['gap', 2, 3]
		]);
	});

	test('a line before the first article is reported, and kept', () => {
		const outcome = parseDocument(region('t'), '某办法\n第一章 总则\n本章规定原则。\n第一条 为了规范。', {
			scheme: 'articles'
		});
		expect(outcome.unplaced).toEqual([{ lines: [3], text: '本章规定原则。', reason: 'outside any article' }]);
		expect(withoutWhitespace(rebuildSource(outcome.corpus))).toBe(
			withoutWhitespace('某办法第一章总则本章规定原则。第一条为了规范。')
		);
		expect(() =>
			parseCorpus(region('t'), '某办法\n第一章 总则\n本章规定原则。\n第一条 为了规范。', {
				scheme: 'articles'
			})
		).toThrow(/line 3 is outside any article/u);
	});
});

describe('sections', () => {
	test('a 通知: addressee, preamble, sections, closing, signers, date and 抄送 each their own part', () => {
		const raw = [
			'关于某事的通知',
			'某发〔2025〕1号',
			'各省、自治区、直辖市有关部门：',
			'为了某事，现通知如下。',
			'一、总体要求',
			'坚持依法。',
			'二、主要任务',
			'(一)加强管理。各地要加强管理。',
			'1.建立制度：',
			'(1)制定细则；',
			'①明确职责。',
			'本通知自2025年3月1日起施行。',
			'某部',
			'某局',
			'2025年1月16日',
			'抄送：各部门。'
		].join('\r\n');
		const corpus = parseDocument(region('t'), raw).corpus;
		const index = indexCorpus(corpus);
		expect(corpus.roots).toEqual([
			'title',
			'addressee',
			'preamble',
			'sec-1',
			'sec-2',
			'closing',
			'signature',
			'date',
			'footer'
		]);
		expect(index.get(clause('title'))?.text).toBe('关于某事的通知\n某发〔2025〕1号');
		expect(index.get(clause('sec-2-1'))).toMatchObject({ kind: 'subsection', heading: '加强管理' });
		expect(index.get(clause('sec-2-1-1-1'))).toMatchObject({
			kind: 'subitem',
			label: { zh: '二（一）1（1）' }
		});
		expect(index.get(clause('sec-2-1-1-1-1'))).toMatchObject({
			kind: 'point',
			label: { zh: '二（一）1（1）①' }
		});
		expect(index.get(clause('signature'))?.text).toBe('某部\n某局');
	});

	test('"本…自…施行" without a signature or date stays the last section’s paragraph', () => {
		const corpus = parseDocument(region('t'), '某方案\n一、附则\n本方案自印发之日起施行。').corpus;
		expect(corpus.roots).toEqual(['title', 'sec-1']);
		expect(corpus.clauses.at(-1)?.id).toBe('sec-1-p1');
	});

	test('"特此通知。" closes a 通知 on its own', () => {
		expect(parseDocument(region('t'), '某通知\n一、事项\n请办理。\n特此通知。').corpus.roots).toEqual([
			'title',
			'sec-1',
			'closing'
		]);
	});
});

describe('layout', () => {
	test('CRLF, CR and blank lines change nothing', () => {
		const lf = '某办法\n第一条 为了规范。\n前款规定。\n第二条 施行。';
		const base = outline(lf);
		expect(outline(lf.replace(/\n/gu, '\r\n'))).toEqual(base);
		expect(outline(lf.replace(/\n/gu, '\r'))).toEqual(base);
		expect(outline(lf.replace(/\n/gu, '\n\n'))).toEqual(base);
	});

	test('hard wraps are undone; headings, signers and dates never join', () => {
		const para =
			'登记机构应当自收到申请日起三个工作日内予以受理，申请材料不齐全的应当一次性告知登记主体补充完善并重新提交申请。';
		const raw = ['某办法', '第一章 总则', `第一条 ${para}`, `第二条 ${para}`, `第三条 ${para}`].join('\n');
		const wrapped = raw
			.split('\n')
			.flatMap((l) =>
				[...l].reduce<string[]>(
					(out, ch, i) => (i % 20 ? ((out[out.length - 1] += ch), out) : [...out, ch]),
					[]
				)
			)
			.join('\n');
		const u = unwrapLines(cleanLines(wrapped), 'articles');
		expect(u.width).toBe(20);
		expect(u.lines.map((l) => l.text)).toEqual(raw.split('\n'));
		expect(unwrapLines(cleanLines(raw), 'articles').width).toBeNull();
	});

	test('join page breaks never merges a heading into its first paragraph', () => {
		const lines = cleanLines('一、总体要求\n\n坚持依法\n\n二、任务');
		expect(joinPageBreaks(lines).map((l) => l.text)).toEqual(['一、总体要求', '坚持依法', '二、任务']);
	});
});
