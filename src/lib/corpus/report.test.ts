import { describe, expect, test } from 'vitest';
import { loadSource } from '$lib/regions/registry';
import { analyze } from './report';

describe('analyze', () => {
	test('the 实施规范: 7 章 27 条 25 项, nothing unplaced', async () => {
		const r = analyze(await loadSource('nationalSpec'));
		expect(r).toMatchObject({ scheme: 'articles', schemeSource: 'detected', ok: true, verbatim: true });
		expect(r.counts).toEqual({ chapter: 7, article: 27, paragraph: 15, item: 25 });
		expect(r.summary).toEqual({
			zh: '7 章 27 条 15 款 25 项',
			en: '7 chapters, 27 articles, 15 paragraphs, 25 items'
		});
		expect(r.furniture).toEqual(['title']);
		expect(r.unplaced).toEqual([]);
		expect(r.numbering).toEqual([]);
		expect(r.layout).toEqual({ lineEnds: 'lf', blankLines: 1, wrapWidth: null, joinedLines: 0 });
	});

	test('the 登记办法 counts its sub-items', async () => {
		const r = analyze(await loadSource('nationalRegistration'));
		expect(r.counts).toEqual({ chapter: 6, article: 24, paragraph: 8, item: 17, subitem: 4 });
		expect(r.units.find((u) => u.id === 'art-9-4-1')).toMatchObject({
			level: 'subitem',
			label: { zh: '第九条（四）1', en: 'Art. 9(4)1' },
			text: '1.公共数据资源不可复原或灭失的；'
		});
	});

	test('the 价格通知 names its furniture apart from its levels', async () => {
		const r = analyze(await loadSource('nationalPricing'));
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
		const raw = await loadSource('nationalPricing');
		const r = analyze(raw, { scheme: 'articles' });
		expect(r.ok).toBe(false);
		expect(r.schemeSource).toBe('given');
		expect(r.counts).toEqual({});
		expect(r.warnings.map((w) => w.code)).toEqual(['noUnits', 'schemeMismatch', 'unplaced']);
		expect(r.warnings[1]!.message.en).toBe(
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
