import { describe, expect, test } from 'vitest';
import { withoutWhitespace } from '$lib/corpus/clean';
import { getRegion, loadSource, regionIds } from '$lib/regions/registry';
import { countsSummary, detectScheme, outline } from './outline';
import { nationalTexts } from './test-fixtures';

const texts = nationalTexts();
const spec = texts['authorized-operation-spec']!;

describe('outline of the national texts', () => {
	test.each([
		['authorized-operation-spec', 'articles', { chapter: 7, article: 27, item: 25 }],
		['registration-measures', 'articles', { chapter: 6, article: 24 }],
		['pricing-notice', 'sections', { section: 5, subsection: 2 }],
		['circulation-security-plan', 'sections', { section: 2, subsection: 7 }]
	] as const)('%s: scheme detected, counts as the README gives them', (name, scheme, counts) => {
		const o = outline(texts[name]!);
		expect(o.detected).toBe(scheme);
		expect(o.scheme).toBe(scheme);
		expect(o.counts).toMatchObject(counts);
		expect(o.unplaced).toEqual([]);
		expect(o.problems.filter((p) => p.blocking)).toEqual([]);
		expect(o.blocking).toBe(false);
	});

	test.each(Object.keys(texts))('%s: the units joined are the text, minus layout', (name) => {
		const o = outline(texts[name]!);
		expect(withoutWhitespace(o.units.map((u) => u.text).join(''))).toBe(withoutWhitespace(texts[name]!));
		// every unit names the line it starts on
		const lines = texts[name]!.split('\n');
		for (const u of o.units) expect(lines[u.line - 1]!.trim()).toBe(u.text.split('\n')[0]!.trim());
	});

	test('counts read as a drafter says them', () => {
		expect(countsSummary(outline(spec))).toEqual({
			zh: '7 章 27 条 15 款 25 项',
			en: '7 chapters, 27 articles, 15 paragraphs, 25 items'
		});
	});

	test('units carry the document’s own labels and English level names', () => {
		const o = outline(spec);
		expect(o.units.find((u) => u.id === 'art-14-2')).toMatchObject({
			label: '第十四条（二）',
			level: 'item',
			parent: 'art-14'
		});
		const plan = outline(texts['circulation-security-plan']!);
		expect(new Set(plan.units.map((u) => u.level))).toEqual(
			new Set(['title', 'preamble', 'section', 'subsection', 'paragraph'])
		);
	});
});

describe('a split that went wrong is never silent', () => {
	test('the wrong scheme: nothing to cite, blocking, and the report says which scheme fits', () => {
		const o = outline(texts['pricing-notice']!, { scheme: 'articles' });
		expect(o.detected).toBe('sections');
		expect(o.counts.article ?? 0).toBe(0);
		expect(o.blocking).toBe(true);
		const p = o.problems.find((x) => x.code === 'noStructure');
		expect(p?.message.zh).toContain('请改用该编号方式');
		const back = outline(spec, { scheme: 'sections' });
		expect(back.blocking).toBe(true);
		expect(back.problems.find((x) => x.code === 'noStructure')?.message.en).toContain('numbered by articles');
	});

	test('every line outside any article is listed, with its line number', () => {
		const lines = spec.split('\n');
		lines.splice(2, 0, '这一行不在任何一条之内', '这一行也不在');
		const o = outline(lines.join('\n'));
		expect(o.unplaced).toEqual([
			{ line: 3, text: '这一行不在任何一条之内' },
			{ line: 4, text: '这一行也不在' }
		]);
		expect(o.blocking).toBe(true);
		// the rest still splits, so the report can show where things are
		expect(o.counts.article).toBe(27);
	});

	test('a missing article is a gap, named', () => {
		const text = spec
			.split('\n')
			.filter((l) => !l.startsWith('第五条'))
			.join('\n');
		const o = outline(text);
		const gap = o.problems.find((p) => p.code === 'gap');
		expect(gap).toMatchObject({ blocking: true });
		expect(gap?.message.zh).toContain('缺少 第五条');
		expect(o.blocking).toBe(true);
	});

	test('a repeated article is found and its line given', () => {
		const lines = spec.split('\n');
		const third = lines.findIndex((l) => l.startsWith('第三条'));
		lines.splice(third + 1, 0, lines[third]!);
		const o = outline(lines.join('\n'));
		const repeat = o.problems.find((p) => p.code === 'repeat');
		expect(repeat).toMatchObject({ blocking: true, line: third + 2 });
		expect(o.counts.article).toBe(27);
	});

	test('half-width item brackets read as paragraphs are flagged line by line', () => {
		const text = spec.replace(/（([一二三四五六七八九十]+)）/gu, '($1)');
		const o = outline(text);
		const misread = o.problems.filter((p) => p.code === 'misread');
		expect(misread.length).toBeGreaterThanOrEqual(20);
		expect(misread[0]?.message.zh).toMatch(/^第 \d+ 行像编号标题/u);
	});

	test('a text with no numbering at all: detection says so, and it is blocked', () => {
		const o = outline('某某办法\n为了规范管理，制定本办法。\n本办法自发布之日起施行。');
		expect(o.detected).toBeNull();
		expect(o.blocking).toBe(true);
	});

	test('an empty text is no problem (and nothing to apply)', () => {
		const o = outline('');
		expect(o.units).toEqual([]);
		expect(o.problems).toEqual([]);
	});
});

test('detectScheme reads numbering, not words', () => {
	expect(detectScheme('标题\n第一条 甲\n第二条 乙')).toBe('articles');
	expect(detectScheme('标题\n一、总体要求\n二、主要任务')).toBe('sections');
	expect(detectScheme('标题\n第一条　甲\n一、乙')).toBe('articles');
	expect(detectScheme('标题\n正文')).toBeNull();
});

test.each(regionIds)(
	'%s: the regional text, under its own parser options, reports nothing to fix',
	async (id) => {
		const o = outline(await loadSource(id), getRegion(id)!.parse);
		expect(o.problems).toEqual([]);
		expect(o.scheme).toBe(o.detected);
	}
);

test('a text that will not place at all stops after 200 lines, and says to check the scheme', () => {
	const lines = [
		'某办法',
		'第一章　总则',
		...Array.from({ length: 260 }, (_, i) => `第${i + 1}行不在任何一条之内。`)
	];
	const o = outline(lines.join('\n'), { scheme: 'articles' });
	expect(o.unplaced).toHaveLength(200);
	expect(o.problems.find((p) => p.code === 'parseError')?.message.en).toContain('check the numbering scheme');
	expect(o.blocking).toBe(true);
});
