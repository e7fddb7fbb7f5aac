// The chrome words of the briefing exports and the printout's title block (Paraglide, in the active
// language): one table for the comparison and the conformity view.
import { m } from '$lib/paraglide/messages';
import { TOPICS } from '$lib/regions/dimensions';
import type { CompareWords, ConformityWords } from '$lib/rules/briefing';
import type { CompareSelection, DiffKind } from '$lib/rules/compare';
import { i18n, loc } from '$lib/state/locale.svelte';
import { markLabel } from './conformity-labels';

export const diffLabel: Record<DiffKind, () => string> = {
	value: m.compare_diff_value,
	qualifier: m.compare_diff_qualifier,
	wording: m.compare_diff_wording,
	silence: m.compare_diff_silence,
	none: m.compare_diff_none
};

const marks = () =>
	Object.fromEntries(Object.entries(markLabel).map(([k, f]) => [k, f()])) as CompareWords['marks'];

export const topicLabel = (id: string): string => {
	const t = TOPICS.find((x) => x.id === id);
	return t ? loc(t.label) : id;
};

export function compareWords(): CompareWords {
	return {
		dimension: m.compare_dimension(),
		topic: m.briefing_col_topic(),
		status: m.briefing_col_status(),
		difference: m.briefing_col_difference(),
		national: m.compare_national(),
		clauses: (name) => m.briefing_col_clauses({ name }),
		mark: (name) => m.briefing_col_mark({ name }),
		documentStatus: m.docstatus_documents(),
		rowStatus: {
			same: m.compare_status_same(),
			different: m.compare_status_different(),
			partial: m.compare_status_partial(),
			notSpecified: m.compare_status_notSpecified()
		},
		diff: Object.fromEntries(Object.entries(diffLabel).map(([k, f]) => [k, f()])) as CompareWords['diff'],
		marks: marks()
	};
}

export function conformityWords(region: string): ConformityWords {
	return {
		dimension: m.conformity_col_dimension(),
		topic: m.conformity_col_topic(),
		mark: m.conformity_col_mark(),
		national: m.conformity_col_national(),
		region: m.conformity_col_region({ name: region }),
		reason: m.conformity_col_reason(),
		nationalClauses: m.conformity_col_national_clauses(),
		regionClauses: m.conformity_col_region_clauses({ name: region }),
		marks: marks()
	};
}

const sep = () => (i18n.isEnglish ? ', ' : '、');

/** The filters a comparison was made with, in words ("筛选：主题 协议、续期；只看 取值不同"). */
export function filtersLine(sel: CompareSelection): string {
	const parts: string[] = [];
	if (sel.topics.length)
		parts.push(m.compare_filter_topics({ topics: sel.topics.map(topicLabel).join(sep()) }));
	if (sel.differences.length)
		parts.push(m.compare_filter_diff({ kinds: sel.differences.map((k) => diffLabel[k]()).join(sep()) }));
	if (sel.onlyPicked && sel.picked.length) parts.push(m.compare_filter_picked({ count: sel.picked.length }));
	if (!sel.national) parts.push(m.compare_filter_no_national());
	return m.compare_filters_used({
		filters: parts.length ? parts.join(i18n.isEnglish ? '; ' : '；') : m.compare_filter_none()
	});
}

/** One document of a title block: its name, title and status on the date in view. */
export interface HeadDocument {
	name: string;
	title: string;
	status: string | null;
}

/** The title block of an export: the documents with their status, the date values are read on, the filters. */
export function briefingHead(opts: {
	statusOn: string | null;
	asOf: string | null;
	documents: readonly HeadDocument[];
	filters?: string;
}): string[] {
	const list = opts.documents
		.map((d) => `${d.name}${d.title ? `《${d.title}》` : ''}${d.status ? `（${d.status}）` : ''}`)
		.join(i18n.isEnglish ? '; ' : '；');
	return [
		...(opts.statusOn ? [m.briefing_documents({ date: opts.statusOn, list })] : []),
		opts.asOf ? m.compare_print_values_on({ date: opts.asOf }) : m.compare_print_values_latest(),
		...(opts.filters ? [opts.filters] : [])
	];
}
