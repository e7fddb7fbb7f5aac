// A draft as a Markdown outline, for pasting into a memo or a review: its provisions by topic, each with its
// value, citations, the drafter's wording and how it differs from the regions it was compared with.
// Everything the user wrote is escaped, so no name or text can add a heading, a link or HTML.

import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';
import type { DatedValue, Dimension, Localized, RegionId } from '$lib/regions/types';
import { formatValue, NOT_SPECIFIED } from '$lib/rules/format';
import { parseDraft } from './bundle';
import type { DimensionChange } from './changes';
import type { Draft } from './types';

export type MarkdownLocale = 'zh' | 'en';

// Every CommonMark/GFM inline marker that could start emphasis, code, links, HTML, tables or strikethrough.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~!&]/g;

/** One line of user text, safe anywhere inside a line: markers escaped, line breaks become spaces. */
export function escapeInline(s: string): string {
	return s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(INLINE_SPECIAL, '\\$&');
}

/**
 * Multi-line user text as lines safe at the start of a line too: no list item, numbered item, setext
 * underline, indented code or quote can begin. `prefix` is put before each line ("> " for a blockquote).
 */
export function escapeBlock(s: string, prefix = ''): string[] {
	return s.split(/\r\n|[\r\n\u2028\u2029]/).map((raw) => {
		const line = escapeInline(raw.trimStart())
			.replace(/^([-+=])/, '\\$1')
			.replace(/^(\d+)([.)])/, '$1\\$2');
		return line ? `${prefix}${line}` : prefix.trimEnd();
	});
}

const WORDS = {
	zh: {
		name: '名称',
		status: '文件状态',
		noStatus: '（无）',
		level: '层级',
		levels: { city: '市级', province: '省级' },
		base: '起草基础',
		fromBase: (r: string) => `以${r}的文本与规则为基础`,
		blank: '空白起草',
		procedure: '模拟流程',
		procedureOf: (r: string) => `沿用${r}的流程`,
		noProcedure: '无（不能模拟）',
		operator: '运营单位称谓',
		text: '草案文本',
		clauses: (n: number) => `${n} 个条款`,
		noText: '尚无文本',
		unparsed: (e: string) => `无法拆分为条款：${e}`,
		value: '取值',
		periods: '各时期取值',
		fromStart: '自施行之日起',
		fromDate: (d: string) => `自 ${d} 起`,
		summary: '摘要',
		citations: '依据',
		unresolved: '（草案文本中无此条款）',
		note: '说明',
		changedFromBase: (r: string) => `相对${r}已修改`,
		wording: '拟写条文：',
		differs: (r: string, what: string) => `与${r}不同：${what}`,
		otherHas: (r: string, v: string) => `${r}为“${v}”`,
		draftSilent: (r: string, v: string) => `本草案未规定，${r}为“${v}”`,
		otherSilent: (r: string) => `${r}未规定`,
		same: (rs: string) => `与${rs}相同`,
		list: '、',
		notes: '备注'
	},
	en: {
		name: 'Name',
		status: 'Document status',
		noStatus: '(none)',
		level: 'Level',
		levels: { city: 'City', province: 'Province' },
		base: 'Started from',
		fromBase: (r: string) => `the text and rules of ${r}`,
		blank: 'a blank draft',
		procedure: 'Simulated procedure',
		procedureOf: (r: string) => `that of ${r}`,
		noProcedure: 'none (cannot be simulated)',
		operator: 'Operator called',
		text: 'Draft text',
		clauses: (n: number) => `${n} ${n === 1 ? 'clause' : 'clauses'}`,
		noText: 'none yet',
		unparsed: (e: string) => `does not split into clauses: ${e}`,
		value: 'Value',
		periods: 'Values over time',
		fromStart: 'From entry into force',
		fromDate: (d: string) => `From ${d}`,
		summary: 'Summary',
		citations: 'Clauses',
		unresolved: ' (not in the draft text)',
		note: 'Note',
		changedFromBase: (r: string) => `Changed from ${r}`,
		wording: 'Drafted wording:',
		differs: (r: string, what: string) => `Differs from ${r}: ${what}`,
		otherHas: (r: string, v: string) => `${r} has “${v}”`,
		draftSilent: (r: string, v: string) => `this draft does not specify it; ${r} has “${v}”`,
		otherSilent: (r: string) => `${r} does not specify it`,
		same: (rs: string) => `Same as ${rs}`,
		list: ', ',
		notes: 'Notes'
	}
};

const STATUS_DIMENSION = DIMENSIONS.find((d) => d.id === 'regulation.status');

export function draftToMarkdown(
	draft: Draft,
	region: RegionId,
	changes: DimensionChange[],
	locale: MarkdownLocale,
	names: Record<RegionId, string>
): string {
	const w = WORDS[locale];
	const t = (l: Localized) => l[locale];
	const name = (r: RegionId) => escapeInline(names[r] ?? r);
	const shown = (dim: Dimension, v: DatedValue | undefined) =>
		escapeInline(v ? t(formatValue(dim, v)) : t(NOT_SPECIFIED));

	const parsed = parseDraft(draft, region);
	const labels = new Map(parsed.corpus.clauses.map((c) => [c.id, t(c.label)]));
	const cite = (id: string) => {
		const label = labels.get(id);
		return label ? escapeInline(label) : `${escapeInline(id)}${w.unresolved}`;
	};

	const out: string[] = [];
	const title = draft.title.trim() || draft.name.trim() || region;
	out.push(`# ${escapeInline(title)}`, '');

	const statuses = draft.status.map((s) => {
		const label = STATUS_DIMENSION?.options?.find((o) => o.value === s)?.label;
		return escapeInline(label ? t(label) : s);
	});
	const textLine = !draft.source.trim()
		? w.noText
		: parsed.ok
			? w.clauses(parsed.corpus.clauses.length)
			: w.unparsed(escapeInline(parsed.error));
	out.push(
		`- ${w.name}${colon(locale)}${escapeInline(draft.name)}`,
		`- ${w.status}${colon(locale)}${statuses.length ? statuses.join(w.list) : w.noStatus}`,
		`- ${w.level}${colon(locale)}${w.levels[draft.level]}`,
		`- ${w.base}${colon(locale)}${draft.base ? w.fromBase(name(draft.base)) : w.blank}`,
		`- ${w.procedure}${colon(locale)}${draft.procedure ? w.procedureOf(name(draft.procedure)) : w.noProcedure}`,
		`- ${w.operator}${colon(locale)}${escapeInline(t(draft.operatorTerm))}`,
		`- ${w.text}${colon(locale)}${textLine}`,
		''
	);

	const provision = (change: DimensionChange): string[] => {
		const { dimension: dim, value } = change;
		const lines = [`### ${escapeInline(t(dim.label))}`, ''];
		const c = colon(locale);
		const valueText = shown(dim, value);
		lines.push(`- ${w.value}${c}${valueText}`);
		const all = draft.values[dim.id] ?? [];
		if (all.length > 1) {
			lines.push(`- ${w.periods}${c}`);
			for (const v of all)
				lines.push(`  - ${v.from ? w.fromDate(escapeInline(v.from)) : w.fromStart}${c}${shown(dim, v)}`);
		}
		const summary = value ? escapeInline(t(value.summary)) : '';
		if (summary && summary !== valueText) lines.push(`- ${w.summary}${c}${summary}`);
		if (value?.citations.length) lines.push(`- ${w.citations}${c}${value.citations.map(cite).join(w.list)}`);
		if (value?.note && t(value.note)) lines.push(`- ${w.note}${c}${escapeInline(t(value.note))}`);
		if (change.changedFromBase && draft.base) lines.push(`- ${w.changedFromBase(name(draft.base))}`);
		const same: string[] = [];
		for (const a of change.against) {
			const r = name(a.region);
			if (a.status === 'same') same.push(r);
			else if (a.status === 'different') lines.push(`- ${w.differs(r, w.otherHas(r, shown(dim, a.value)))}`);
			else if (a.status === 'draftSilent')
				lines.push(`- ${w.differs(r, w.draftSilent(r, shown(dim, a.value)))}`);
			else if (a.status === 'otherSilent') lines.push(`- ${w.differs(r, w.otherSilent(r))}`);
		}
		if (same.length) lines.push(`- ${w.same(same.join(w.list))}`);
		const wording = draft.clauseTexts[dim.id]?.trim();
		if (wording) lines.push('', w.wording, '', ...escapeBlock(wording, '> '));
		lines.push('');
		return lines;
	};

	for (const topic of TOPICS) {
		const inTopic = changes.filter((c) => c.dimension.topic === topic.id);
		if (!inTopic.length) continue;
		out.push(`## ${escapeInline(t(topic.label))}`, '');
		for (const change of inTopic) out.push(...provision(change));
	}

	if (draft.notes.trim()) out.push(`## ${w.notes}`, '', ...escapeBlock(draft.notes.trim()), '');
	return out.join('\n').replace(/\n+$/, '\n');
}

function colon(locale: MarkdownLocale): string {
	return locale === 'zh' ? '：' : ': ';
}
