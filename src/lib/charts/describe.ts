// Words the chart and its table say about a milestone: one line for a screen reader's aria-label, and the
// parts of the tooltip. Pure, so the chart, the table and the tests say the same thing.

import type { ClauseId, RegionId } from '$lib/regions/types';
import type { Milestone, Timeline } from '$lib/timeline/types';
import type { Locale } from './timeline-layout';
import { l } from '$lib/regions/localized';

export type ClauseLabel = (region: RegionId, id: ClauseId) => string | undefined;

export const UI = {
	undated: l('未定日期', 'No date'),
	today: l('今天', 'Today'),
	clauses: l('条款', 'Clauses'),
	noClause: l('无条款', 'No clause'),
	date: l('日期', 'Date'),
	region: l('地区', 'Region'),
	item: l('事项', 'Milestone'),
	note: l('说明', 'Notes'),
	period: l('期间', 'Period'),
	zoomIn: l('放大', 'Zoom in'),
	zoomOut: l('缩小', 'Zoom out'),
	panLeft: l('向前（更早）', 'Earlier'),
	panRight: l('向后（更晚）', 'Later'),
	reset: l('重置', 'Reset'),
	keysHelp: l(
		'在图表中：+ / − 缩放，← / → 平移，0 重置；Tab 逐个到达各节点，Enter 打开条款。',
		'In the chart: + / − zoom, ← / → pan, 0 resets; Tab reaches each milestone, Enter opens its clause.'
	),
	chart: l('生命周期时间线', 'Lifecycle timeline'),
	tableCaption: l(
		'时间线节点一览（与图表等同）',
		'Every milestone on the timeline (equivalent to the chart)'
	),
	periodsCaption: l('时间线期间一览', 'Every period on the timeline'),
	start: l('起', 'From'),
	end: l('止', 'To'),
	simulated: l('模拟', 'Simulated')
};

export function clauseText(region: RegionId, ids: readonly ClauseId[], label?: ClauseLabel): string {
	return ids.map((id) => label?.(region, id) ?? id).join(', ');
}

/** "2028-05-31 · 衢州 · 协议期满（最后一日） · 条款 sec-16-p1" — or "未定日期 · …" with the reason. */
export function describeMilestone(
	m: Milestone,
	t: Pick<Timeline, 'regionName'>,
	locale: Locale,
	label?: ClauseLabel
): string {
	const sep = ' · ';
	const clauses = m.citations.length
		? `${UI.clauses[locale]} ${clauseText(m.region, m.citations, label)}`
		: UI.noClause[locale];
	const parts = [m.date ?? UI.undated[locale], t.regionName[locale], m.label[locale], clauses];
	if (m.unspecified) parts.push(m.reason[locale]);
	return parts.join(sep);
}
