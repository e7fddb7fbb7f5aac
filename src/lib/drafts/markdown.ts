// A draft as a Markdown outline, for pasting into a memo or a review: its provisions by topic, each with its
// value, citations, the drafter's wording and how it differs from the regions it was compared with.
// Everything the user wrote is escaped, so no name or text can add a heading, a link or HTML.

import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';
import type { ClauseId, DatedValue, Dimension, Localized, RegionId } from '$lib/regions/types';
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

/** The interface words of the outline, in the language it is written in: Paraglide messages, built by the page
 * ($lib/state/markdown-words) — this module does not import the interface's messages. */
export interface MarkdownWords {
	name: string;
	status: string;
	noStatus: string;
	level: string;
	levels: { city: string; province: string };
	base: string;
	fromBase: (r: string) => string;
	blank: string;
	procedure: string;
	procedureOf: (r: string) => string;
	noProcedure: string;
	operator: string;
	text: string;
	clauses: (n: number) => string;
	noText: string;
	unparsed: (e: string) => string;
	value: string;
	periods: string;
	fromStart: string;
	fromDate: (d: string) => string;
	summary: string;
	citations: string;
	unresolved: string;
	note: string;
	changedFromBase: (r: string) => string;
	wording: string;
	differs: (r: string, what: string) => string;
	otherHas: (r: string, v: string) => string;
	draftSilent: (r: string, v: string) => string;
	otherSilent: (r: string) => string;
	same: (rs: string) => string;
	/** Between the items of a list ("、" / ", "). */
	list: string;
	/** After a field's name ("：" / ": "). */
	colon: string;
	notes: string;
}

const STATUS_DIMENSION = DIMENSIONS.find((d) => d.id === 'regulation.status');

export function draftToMarkdown(
	draft: Draft,
	region: RegionId,
	changes: DimensionChange[],
	locale: MarkdownLocale,
	names: Record<RegionId, string>,
	w: MarkdownWords
): string {
	const t = (l: Localized) => l[locale];
	const name = (r: RegionId) => escapeInline(names[r] ?? r);
	const shown = (dim: Dimension, v: DatedValue | undefined) =>
		escapeInline(v ? t(formatValue(dim, v)) : t(NOT_SPECIFIED));

	const parsed = parseDraft(draft, region);
	const labels = new Map(parsed.corpus.clauses.map((c) => [c.id, t(c.label)]));
	const cite = (id: ClauseId) => {
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
		`- ${w.name}${w.colon}${escapeInline(draft.name)}`,
		`- ${w.status}${w.colon}${statuses.length ? statuses.join(w.list) : w.noStatus}`,
		`- ${w.level}${w.colon}${w.levels[draft.level]}`,
		`- ${w.base}${w.colon}${draft.base ? w.fromBase(name(draft.base)) : w.blank}`,
		`- ${w.procedure}${w.colon}${draft.procedure ? w.procedureOf(name(draft.procedure)) : w.noProcedure}`,
		`- ${w.operator}${w.colon}${escapeInline(t(draft.operatorTerm))}`,
		`- ${w.text}${w.colon}${textLine}`,
		''
	);

	const provision = (change: DimensionChange): string[] => {
		const { dimension: dim, value } = change;
		const lines = [`### ${escapeInline(t(dim.label))}`, ''];
		const c = w.colon;
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
