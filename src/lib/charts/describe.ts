// Words the chart and its table say about a milestone: one line for a screen reader's aria-label, and the
// parts of the tooltip. Pure, so the chart, the table and the tests say the same thing.

import type { ClauseId, RegionId } from '$lib/regions/types';
import type { Milestone, Timeline } from '$lib/timeline/types';
import type { Locale } from './timeline-layout';
import { wordsIn } from '$lib/rules/words';

export type ClauseLabel = (region: RegionId, id: ClauseId) => string | undefined;

/**
 * The chart's and its table's interface words, in one language: Paraglide messages (chart_*), built by the page
 * with $lib/state/chart-words — the charts are an engine layer and do not import the interface's messages.
 */
export interface ChartWords {
	undated: string;
	today: string;
	clauses: string;
	noClause: string;
	date: string;
	region: string;
	item: string;
	note: string;
	period: string;
	zoomIn: string;
	zoomOut: string;
	panLeft: string;
	panRight: string;
	reset: string;
	keysHelp: string;
	chart: string;
	tableCaption: string;
	periodsCaption: string;
	start: string;
	end: string;
}

export function clauseText(region: RegionId, ids: readonly ClauseId[], label?: ClauseLabel): string {
	return ids.map((id) => label?.(region, id) ?? id).join(', ');
}

/** "2028-05-31 · 衢州 · 协议期满（最后一日） · 条款 sec-16-p1" — or "未定日期 · …" with the reason. */
export function describeMilestone(
	m: Milestone,
	t: Pick<Timeline, 'regionName'>,
	locale: Locale,
	words: Pick<ChartWords, 'undated' | 'clauses' | 'noClause'>,
	label?: ClauseLabel
): string {
	const sep = ' · ';
	const clauses = m.citations.length
		? `${words.clauses} ${clauseText(m.region, m.citations, label)}`
		: words.noClause;
	const parts = [m.date ?? words.undated, t.regionName[locale], m.label[locale], clauses];
	if (m.unspecified) parts.push(wordsIn(m.reason, locale === 'en' ? 'en' : 'zh-CN'));
	return parts.join(sep);
}
