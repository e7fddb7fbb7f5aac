// A comparison as a drafter puts it in a briefing: one table in the reader's language, clauses by their
// labels ("衢州 十六第一段", never `quzhou:sec-16-p1`), status words rather than codes, and a title block
// (the documents with their status, the date the values are read on, the filters used). The CSV and the
// Word file are written from this one table. The words of the chrome come from the caller (Paraglide);
// law-derived words (values, labels) are picked here from their {zh, en}. Pure.

import type {
	ClauseId,
	DatedValue,
	Dimension,
	DimensionId,
	Localized,
	RegionId,
	RegionProfile
} from '$lib/regions/types';
import { NATIONAL_ID } from '$lib/regions/national/framework';
import { roleInfo } from '$lib/regions/roles';
import type { ComparisonRow, DiffKind, RowStatus } from './compare';
import type { Conformity, ConformityLookup, ConformityMark } from './conformity';
import { toCsv } from './csv';
import { formatValue } from './format';
import { valueInForce } from './in-force';

export type Lang = 'zh' | 'en';

/** A cited clause as a reader names it: the document's short name and the clause's own label. */
export type ClauseLabeler = (region: RegionId, citation: ClauseId) => string;

export interface BriefingTable {
	title: string;
	/** The title block: one line each (documents with their status, as-of date, filters). */
	head: string[];
	header: string[];
	rows: string[][];
}

/** The chrome words of the comparison's table, in the reader's language. */
export interface CompareWords {
	dimension: string;
	topic: string;
	status: string;
	difference: string;
	national: string;
	/** The column of a document's cited clauses: "衢州 条款". */
	clauses: (name: string) => string;
	/** The column of a document's conformity mark: "衢州 对照国家框架". */
	mark: (name: string) => string;
	/** The first row's label: each document's status. */
	documentStatus: string;
	rowStatus: Record<RowStatus, string>;
	diff: Record<DiffKind, string>;
	marks: Record<ConformityMark, string>;
}

export interface BriefingColumn {
	region: RegionId;
	/** The column's name in the reader's language ("衢州", "草案：某市"). */
	name: string;
	/** The document's status on the date in view, in the reader's language. */
	status?: string;
	/** The clauses the status rests on (the text's own validity clause), cited as the column's region cites. */
	statusCitations?: readonly ClauseId[];
}

export interface CompareBriefingInput {
	lang: Lang;
	title: string;
	head: string[];
	words: CompareWords;
	columns: readonly BriefingColumn[];
	clauseLabel: ClauseLabeler;
	topicLabel: (topic: string) => string;
	/** Whether the rows carry the national baseline (a first value column). */
	national?: boolean;
	marks?: ConformityLookup;
}

const pick = (s: Localized, lang: Lang) => (lang === 'en' ? s.en : s.zh);

/** A value's citations as the reader names them, one per line-free run ("衢州 十六第一段；衢州 十七"). */
export function citationLabels(
	region: RegionId,
	v: DatedValue | undefined,
	label: ClauseLabeler,
	lang: Lang
): string {
	return (v?.citations ?? []).map((c) => label(region, c)).join(lang === 'en' ? '; ' : '；');
}

/** A value in the reader's language, after the tier it binds where it names one (〔开发主体〕 / [development entity]). */
function cell(dim: Dimension, region: RegionId, v: DatedValue | undefined, lang: Lang): string {
	if (!v) return '';
	const terms = (v.roles ?? []).map((id) => pick(roleInfo(region, id)?.term ?? { zh: id, en: id }, lang));
	const tier = !terms.length ? '' : lang === 'en' ? `[${terms.join(', ')}] ` : `〔${terms.join('、')}〕`;
	return tier + pick(formatValue(dim, v), lang);
}

/** The comparison as one table in the reader's language. */
export function compareBriefing(rows: readonly ComparisonRow[], input: CompareBriefingInput): BriefingTable {
	const { lang, words: w, columns, clauseLabel, marks } = input;
	const header = [
		w.dimension,
		w.topic,
		w.status,
		w.difference,
		...(input.national ? [w.national, w.clauses(w.national)] : []),
		...columns.flatMap((c) => [c.name, w.clauses(c.name), ...(marks ? [w.mark(c.name)] : [])])
	];
	const statusRow = columns.some((c) => c.status)
		? [
				[
					w.documentStatus,
					'',
					'',
					'',
					...(input.national ? ['', ''] : []),
					...columns.flatMap((c) => [
						c.status ?? '',
						(c.statusCitations ?? [])
							.map((id) => clauseLabel(c.region, id))
							.join(lang === 'en' ? '; ' : '；'),
						...(marks ? [''] : [])
					])
				]
			]
		: [];
	const body = rows.map((row) => [
		pick(row.dimension.label, lang),
		input.topicLabel(row.dimension.topic),
		w.rowStatus[row.status],
		w.diff[row.diff],
		...(input.national
			? [
					cell(row.dimension, NATIONAL_ID, row.national, lang),
					citationLabels(NATIONAL_ID, row.national, clauseLabel, lang)
				]
			: []),
		...row.cells.flatMap((c) => {
			const m = marks?.get(c.region)?.get(row.dimension.id);
			return [
				cell(row.dimension, c.region, c.value, lang),
				citationLabels(c.region, c.value, clauseLabel, lang),
				...(marks ? [m ? w.marks[m.mark] : ''] : [])
			];
		})
	]);
	return { title: input.title, head: input.head, header, rows: [...statusRow, ...body] };
}

/** The chrome words of one region's conformity table. */
export interface ConformityWords {
	dimension: string;
	topic: string;
	mark: string;
	national: string;
	region: string;
	reason: string;
	nationalClauses: string;
	regionClauses: string;
	marks: Record<ConformityMark, string>;
}

export interface ConformityBriefingInput {
	lang: Lang;
	title: string;
	head: string[];
	words: ConformityWords;
	dimensions: readonly Dimension[];
	values: { national: RegionProfile; region: RegionProfile };
	asOf: string | null;
	clauseLabel: ClauseLabeler;
	topicLabel: (topic: string) => string;
}

/** One region against the national framework: a row per dimension, both values, the mark, both sides' clauses. */
export function conformityBriefing(
	marks: readonly Conformity[],
	input: ConformityBriefingInput
): BriefingTable {
	const { lang, words: w, clauseLabel } = input;
	const dims = new Map<DimensionId, Dimension>(input.dimensions.map((d) => [d.id, d]));
	const sep = lang === 'en' ? '; ' : '；';
	const at = (p: RegionProfile, id: DimensionId) => valueInForce(p.values[id] ?? [], input.asOf);
	return {
		title: input.title,
		head: input.head,
		header: [
			w.dimension,
			w.topic,
			w.mark,
			w.national,
			w.region,
			w.reason,
			w.nationalClauses,
			w.regionClauses
		],
		rows: marks.map((m) => {
			const dim = dims.get(m.dimension)!;
			return [
				pick(dim.label, lang),
				input.topicLabel(dim.topic),
				w.marks[m.mark],
				cell(dim, NATIONAL_ID, at(input.values.national, m.dimension), lang),
				cell(dim, input.values.region.region, at(input.values.region, m.dimension), lang),
				pick(m.reason, lang),
				m.national.map((c) => clauseLabel(NATIONAL_ID, c)).join(sep),
				m.regional.map((c) => clauseLabel(m.region, c)).join(sep)
			];
		})
	};
}

/** The table as CSV (with a byte-order mark for Excel): the header, then the rows; the title block is the
 * Word file's and the printout's. */
export function briefingCsv(t: BriefingTable): string {
	return toCsv(t.header, t.rows);
}

/** A file name that says what was shown: "compare-quzhou-taian-topic-agreement+renewal-diff-value-asof-2026-01-01". */
export function briefingFileName(parts: {
	base: string;
	columns: readonly string[];
	topics?: readonly string[];
	differences?: readonly string[];
	picked?: number;
	asOf?: string | null;
	noNational?: boolean;
}): string {
	const bits = [parts.base, ...parts.columns];
	if (parts.topics?.length) bits.push('topic', parts.topics.join('+'));
	if (parts.differences?.length) bits.push('diff', parts.differences.join('+'));
	if (parts.picked) bits.push(`picked${parts.picked}`);
	if (parts.asOf) bits.push('asof', parts.asOf);
	if (parts.noNational) bits.push('nonat');
	return bits.join('-');
}
