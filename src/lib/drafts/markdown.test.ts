import { describe, expect, test } from 'vitest';
import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';
import { getRegion, loadProfile, loadRegionDetails, loadSource, regionIds } from '$lib/regions/registry';
import type { RegionProfile } from '$lib/regions/types';
import { draftChanges } from './changes';
import { blankDraft, cloneRegion } from './create';
import { markdownWords } from '$lib/state/markdown-words';
import { draftToMarkdown, escapeBlock, escapeInline } from './markdown';
import type { Draft } from './types';
import { clause, region } from '$lib/regions/fixture-ids';

const REGION = region('draft-x');
const profiles = Object.fromEntries(
	await Promise.all(regionIds.map(async (id) => [id, await loadProfile(id)] as const))
) as Record<string, RegionProfile>;
const all = regionIds.map((region) => ({ region, profile: profiles[region]! }));
const NAMES = {
	zh: Object.fromEntries(regionIds.map((id) => [id, getRegion(id)!.name.zh])),
	en: Object.fromEntries(regionIds.map((id) => [id, getRegion(id)!.name.en]))
};

const taianClone = async () =>
	cloneRegion(await loadRegionDetails(region('taian')), profiles.taian!, await loadSource(region('taian')));

function md(draft: Draft, locale: 'zh' | 'en', against = all) {
	return draftToMarkdown(
		draft,
		REGION,
		draftChanges(draft, against),
		locale,
		NAMES[locale],
		markdownWords(locale)
	);
}

/** The lines of one provision's section: from its heading to the next heading. */
function section(text: string, label: string): string[] {
	const lines = text.split('\n');
	const start = lines.indexOf(`### ${label}`);
	expect(start, label).toBeGreaterThanOrEqual(0);
	const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
	return lines.slice(start, end < 0 ? undefined : end);
}

const term = DIMENSIONS.find((d) => d.id === 'term.maxMonths')!;

describe.each(['zh', 'en'] as const)('outline (%s)', (locale) => {
	test('title first, then every topic in catalogue order, every dimension under its topic', async () => {
		const draft = await taianClone();
		const text = md(draft, locale);
		const lines = text.split('\n');
		expect(lines[0]).toBe(`# ${draft.title}`);
		const topicLines = lines.filter((l) => l.startsWith('## '));
		expect(topicLines).toEqual(TOPICS.map((t) => `## ${t.label[locale]}`));
		const dimensionLines = lines.filter((l) => l.startsWith('### '));
		expect(dimensionLines).toEqual(DIMENSIONS.map((d) => `### ${d.label[locale]}`));
		expect(text.endsWith('\n')).toBe(true);
		expect(text).not.toMatch(/\n\n\n/);
	});

	test('the header: status, base, procedure, text', async () => {
		const text = md(await taianClone(), locale);
		const zh = locale === 'zh';
		expect(text).toContain(
			zh ? '- 文件状态：征求意见稿、试行' : '- Document status: Draft for comments, Trial'
		);
		expect(text).toContain(
			zh ? '- 起草基础：以泰安的文本与规则为基础' : '- Started from: the text and rules of Tai'
		);
		expect(text).toContain(zh ? '- 模拟流程：沿用泰安的流程' : '- Simulated procedure: that of Tai');
		expect(text).toMatch(zh ? /- 草案文本：\d+ 个条款/ : /- Draft text: \d+ clauses/);
		const blank = md(blankDraft('某市办法', '某市'), locale);
		expect(blank).toContain(zh ? '- 起草基础：空白起草' : '- Started from: a blank draft');
		expect(blank).toContain(
			zh ? '- 模拟流程：无（不能模拟）' : '- Simulated procedure: none (cannot be simulated)'
		);
		expect(blank).toContain(zh ? '- 草案文本：尚无文本' : '- Draft text: none yet');
	});

	test('an unchanged value: its wording, summary, resolved clause labels, the regions that agree', async () => {
		const lines = section(md(await taianClone(), locale), term.label[locale]);
		const zh = locale === 'zh';
		expect(lines).toContain(zh ? '- 取值：不超过36个月（一般）' : '- Value: at most 36 months (generally)');
		expect(lines).toContain(zh ? '- 依据：第十四条（四）' : '- Clauses: Art. 14(4)');
		expect(lines.some((l) => l.startsWith(zh ? '- 摘要：运营协议有效期' : '- Summary: Agreement'))).toBe(
			true
		);
		expect(lines).toContain(zh ? '- 与泰安相同' : "- Same as Tai'an");
		expect(lines.join('\n')).not.toMatch(zh ? /与泰安不同|已修改/ : /Differs from Tai'an|Changed from/);
	});

	test('a changed value says it differs, from whom and from the base', async () => {
		const draft = await taianClone();
		draft.values['term.maxMonths'] = [
			{
				from: null,
				value: { kind: 'number', value: 24, bound: 'atMost' },
				summary: { zh: '协议期限不超过2年', en: 'At most 2 years' },
				citations: [clause('art-14-4'), clause('art-99')],
				note: { zh: '缩短期限', en: 'Shortened' }
			}
		];
		draft.clauseTexts['term.maxMonths'] = '授权运营协议有效期不超过2年。\n期满可申请续约。';
		const lines = section(md(draft, locale), term.label[locale]);
		const zh = locale === 'zh';
		expect(lines).toContain(zh ? '- 取值：不超过24个月' : '- Value: at most 24 months');
		expect(lines).toContain(zh ? '- 相对泰安已修改' : "- Changed from Tai'an");
		expect(lines).toContain(
			zh
				? '- 与泰安不同：泰安为“不超过36个月（一般）”'
				: "- Differs from Tai'an: Tai'an has “at most 36 months (generally)”"
		);
		expect(lines).toContain(
			zh
				? '- 与河南不同：河南为“不超过36个月（原则上）”'
				: '- Differs from Henan: Henan has “at most 36 months (in principle)”'
		);
		expect(lines).toContain(
			zh
				? '- 依据：第十四条（四）、art-99（草案文本中无此条款）'
				: '- Clauses: Art. 14(4), art-99 (not in the draft text)'
		);
		expect(lines).toContain(zh ? '- 说明：缩短期限' : '- Note: Shortened');
		expect(lines).toContain('> 授权运营协议有效期不超过2年。');
		expect(lines).toContain('> 期满可申请续约。');
		expect(lines).toContain(zh ? '拟写条文：' : 'Drafted wording:');
	});

	test('silence: "not specified", and who does specify', async () => {
		const draft = await taianClone();
		draft.values['term.maxMonths'] = [
			{
				from: null,
				value: { kind: 'notSpecified' },
				summary: { zh: '未规定', en: 'Not specified' },
				citations: []
			}
		];
		const lines = section(md(draft, locale), term.label[locale]);
		const zh = locale === 'zh';
		expect(lines).toContain(zh ? '- 取值：未规定' : '- Value: Not specified');
		expect(lines.filter((l) => l.startsWith(zh ? '- 摘要' : '- Summary'))).toEqual([]);
		expect(lines).toContain(
			zh
				? '- 与江苏不同：本草案未规定，江苏为“不超过36个月”'
				: '- Differs from Jiangsu: this draft does not specify it; Jiangsu has “at most 36 months”'
		);
		const blank = blankDraft('t', 'n');
		const other = section(md(blank, locale), term.label[locale]);
		expect(other).toContain(zh ? '- 取值：未规定' : '- Value: Not specified');
		// A draft that specifies what a region leaves open
		blank.values['term.maxMonths'] = draft.values['term.maxMonths']!.map((v) => ({
			...v,
			value: { kind: 'number', value: 12, bound: 'atMost' }
		}));
		const silentRegion = { ...profiles.taian!, values: { ...profiles.taian!.values, 'term.maxMonths': [] } };
		const text = draftToMarkdown(
			blank,
			REGION,
			draftChanges(blank, [{ region: region('taian'), profile: silentRegion }]),
			locale,
			NAMES[locale],
			markdownWords(locale)
		);
		expect(section(text, term.label[locale])).toContain(
			zh ? '- 与泰安不同：泰安未规定' : "- Differs from Tai'an: Tai'an does not specify it"
		);
	});

	test('values over time are all listed', async () => {
		const draft = await taianClone();
		const first = draft.values['term.maxMonths']![0]!;
		draft.values['term.maxMonths'] = [
			first,
			{ ...first, from: '2028-01-01', value: { kind: 'number', value: 24, bound: 'atMost' } }
		];
		const lines = section(md(draft, locale), term.label[locale]);
		expect(lines).toContain(
			locale === 'zh'
				? '  - 自 2028-01-01 起：不超过24个月（一般）'
				: '  - From 2028-01-01: at most 24 months (generally)'
		);
		expect(lines).toContain(
			locale === 'zh'
				? '  - 自施行之日起：不超过36个月（一般）'
				: '  - From entry into force: at most 36 months (generally)'
		);
	});

	test('only the topics of the changes given', async () => {
		const draft = await taianClone();
		const changes = draftChanges(draft, all, { topic: 'renewal' });
		const text = draftToMarkdown(draft, REGION, changes, locale, NAMES[locale], markdownWords(locale));
		expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual([
			`## ${TOPICS.find((t) => t.id === 'renewal')!.label[locale]}`
		]);
	});
});

describe('user text cannot restructure the document', () => {
	const hostile = () => {
		const d = blankDraft('# **x**\n# injected heading', '# **x**', region('taian'));
		d.operatorTerm = { zh: '<img src=x onerror=alert(1)>', en: '[click](javascript:alert(1))' };
		d.values['term.maxMonths'] = [
			{
				from: null,
				value: { kind: 'number', value: 24, bound: 'atMost' },
				summary: { zh: '`code` _em_ ~~del~~ | a | b |', en: '![img](http://x/y.png)' },
				citations: []
			}
		];
		d.clauseTexts['term.maxMonths'] =
			'# heading\n- item\n+ item\n1. one\n2) two\n<script>alert(1)</script>\n---\n===\n    indented code\n> quote\n```\nfence';
		d.notes = 'first\n## not a heading\n* star\n[x]: http://evil.example';
		return d;
	};

	test.each(['zh', 'en'] as const)('headings, lists, HTML and links are escaped (%s)', (locale) => {
		const text = draftToMarkdown(
			hostile(),
			REGION,
			draftChanges(hostile(), []),
			locale,
			{ [region('taian')]: '*泰安*' },
			markdownWords(locale)
		);
		const lines = text.split('\n');
		expect(lines[0]).toBe('# \\# \\*\\*x\\*\\* \\# injected heading');
		// Every heading is one of ours: the title, topic labels, dimension labels and "notes".
		const ours = new Set([
			lines[0],
			...TOPICS.map((t) => `## ${t.label[locale]}`),
			...DIMENSIONS.map((d) => `### ${d.label[locale]}`),
			locale === 'zh' ? '## 备注' : '## Notes'
		]);
		for (const l of lines.filter((l) => /^#{1,6} /.test(l))) expect(ours.has(l), l).toBe(true);
		expect(text).not.toMatch(/(?<!\\)<(img|script)/);
		expect(text).toContain('\\<script\\>alert(1)\\</script\\>');
		expect(text).not.toMatch(/(?<!\\)\[click\]/);
		expect(text).toContain('\\*泰安\\*');
		expect(text).toContain(
			locale === 'zh' ? '\\`code\\` \\_em\\_ \\~\\~del\\~\\~ \\| a \\| b \\|' : '\\!\\[img\\](http://x/y.png)'
		);
		// Blockquote lines start with "> " and then never a block marker.
		const quoted = lines.filter((l) => l.startsWith('>'));
		expect(quoted).toEqual([
			'> \\# heading',
			'> \\- item',
			'> \\+ item',
			'> 1\\. one',
			'> 2\\) two',
			'> \\<script\\>alert(1)\\</script\\>',
			'> \\---',
			'> \\===',
			'> indented code',
			'> \\> quote',
			'> \\`\\`\\`',
			'> fence'
		]);
		expect(lines).toContain('\\#\\# not a heading');
		expect(lines).toContain('\\* star');
		expect(lines).toContain('\\[x\\]: http://evil.example');
	});

	test('escapeInline and escapeBlock', () => {
		expect(escapeInline('a\nb\r\nc\u2028d')).toBe('a b c d');
		expect(escapeInline('泰安市（试行）')).toBe('泰安市（试行）');
		expect(escapeInline('a & b')).toBe('a \\& b');
		expect(escapeBlock('a\n\nb', '> ')).toEqual(['> a', '>', '> b']);
		expect(escapeBlock('10. x\n- y')).toEqual(['10\\. x', '\\- y']);
	});
});
