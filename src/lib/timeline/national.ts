// The national duties on a regional timeline (regions/national-duties.ts), counted as the simulator counts
// them (machines/blocks/national.ts): from 2025-03-01 only. The yearly operating report is dated from the term
// alone; the first registration needs the day a product is first delivered, so it is dated from a simulator
// trace (or a planned event) and is otherwise an undated marker saying so; a registration coded in a trace
// gives its validity end and renewal window.

import { addWorkingDays } from '$lib/machines/calendar';
import { reportDueDay } from '$lib/machines/national-report';
import {
	NATIONAL_IN_FORCE,
	NATIONAL_IN_FORCE_CITATIONS,
	nationalDuty,
	type NationalDutyId
} from '$lib/regions/national-duties';
import type { ClauseRef, IsoDate, Localized } from '$lib/regions/types';
import { plusDays } from '$lib/rules/dates';
import { termEnd } from '$lib/rules/periods';
import type { MilestoneKind, TimelineEvent } from './types';
import { l } from '$lib/regions/localized';
import type { Words } from '$lib/rules/words';
import { joinNotes, NOTES } from './labels';

/** The simulator's events that deliver a product, and the trace entry of a registration coded. */
export const NATIONAL_TIMELINE_EVENTS = {
	delivery: ['RELEASE_PRODUCT', 'APPROVE_PRODUCT'],
	coded: 'deadline:nationalPublicityEnds',
	renewed: 'NATIONAL_RENEW_REGISTRATION'
} as const;

export type NationalItem =
	| { kind: MilestoneKind; date: IsoDate; label: Localized; citations: ClauseRef[]; note?: Words }
	| { kind: MilestoneKind; date: null; label: Localized; reason: Localized; citations: ClauseRef[] };

const NR = l('国家规定', 'National rule');
const tag = (x: Localized): Localized => l(`${NR.zh}：${x.zh}`, `${NR.en}: ${x.en}`);
const cites = (id: NationalDutyId) => nationalDuty(id).citations;

export interface NationalResult {
	items: NationalItem[];
	/** Years crossed that the holiday calendar does not cover (weekends only counted there). */
	uncoveredYears: number[];
}

/**
 * The national milestones of one timeline: `start` is the agreement's first day, `until` the last day it is
 * in force (null when the term is unknown), `termMonths` its length.
 */
export function nationalItems(
	start: IsoDate,
	until: IsoDate | null,
	termMonths: number | null,
	events: readonly TimelineEvent[]
): NationalResult {
	const items: NationalItem[] = [];
	const uncovered = new Set<number>();
	const working = (from: IsoDate, n: number) => {
		const r = addWorkingDays(from, n);
		r.uncoveredYears.forEach((y) => uncovered.add(y));
		return r.date;
	};
	const inForce = (d: IsoDate) => d >= NATIONAL_IN_FORCE;
	if (until !== null && until < NATIONAL_IN_FORCE) return { items, uncoveredYears: [] };

	if (start < NATIONAL_IN_FORCE)
		items.push({
			kind: 'nationalInForce',
			date: NATIONAL_IN_FORCE,
			label: tag(
				l(
					'登记办法、实施规范、价格通知施行',
					'The registration measures, Specification and pricing notice take effect'
				)
			),
			citations: NATIONAL_IN_FORCE_CITATIONS
		});

	// yearly operating report: on each year from 2025 in which the term runs, due by the day the duty gives (31
	// March) of the next; the year the agreement ends too, after the term (the duty is the authorizing party's,
	// on the year's operation, and the notice does not limit it to the term: the duty's note says this reading)
	const report = nationalDuty('operatingReport');
	if (until === null)
		items.push({
			kind: 'nationalReport',
			date: null,
			label: tag(report.label),
			reason: l(
				'协议期限未知：每年3月31日前报送上一年度',
				'Term unknown: due by 31 March each year for the previous year'
			),
			citations: report.citations
		});
	else
		for (let y = Math.max(2025, Number(start.slice(0, 4))); y <= Number(until.slice(0, 4)); y++) {
			const due = reportDueDay(`${y}-12-31`);
			items.push({
				kind: 'nationalReport',
				date: due,
				label: tag(l(`${y}年度经营情况报告截止`, `Operating report on ${y} due`)),
				citations: report.citations,
				note: due > until ? joinNotes(report.note, NOTES.afterEnd(until)) : report.note
			});
		}

	// first registration: 20 working days after the first delivery (30 after entry into force if earlier)
	const delivered = events.find((e) =>
		(NATIONAL_TIMELINE_EVENTS.delivery as readonly string[]).includes(e.type)
	);
	const first = nationalDuty('firstRegistration');
	if (!delivered)
		items.push({
			kind: 'nationalRegistrationDue',
			date: null,
			label: tag(first.label),
			reason: l(
				'自首次交付数据产品和服务起20个工作日内：取决于交付日期（载入模拟记录即可算出）',
				'Within 20 working days of the first delivered product: depends on that day (load a simulation to date it)'
			),
			citations: first.citations
		});
	else if (!inForce(delivered.date)) {
		const t = nationalDuty('transitionalRegistration');
		items.push({
			kind: 'nationalRegistrationDue',
			date: working(plusDays(NATIONAL_IN_FORCE, -1), 30),
			label: tag(t.label),
			citations: t.citations,
			note: t.note
		});
	} else
		items.push({
			kind: 'nationalRegistrationDue',
			date: working(delivered.date, 20),
			label: tag(
				l('首次登记申请截止（交付后20个工作日）', 'First registration due (20 working days after delivery)')
			),
			citations: first.citations,
			note: first.note
		});

	// a registration coded in the trace: its validity (三年, or the term where it is 36 months or less)
	const coded = events.find((e) => e.type === NATIONAL_TIMELINE_EVENTS.coded);
	if (coded) {
		let end = until !== null && termMonths !== null && termMonths <= 36 ? until : termEnd(coded.date, 36);
		for (const e of events)
			if (e.type === NATIONAL_TIMELINE_EVENTS.renewed && e.date > coded.date)
				end = termEnd(plusDays(end, 1), 36);
		items.push({
			kind: 'nationalRenewalWindowOpens',
			date: plusDays(end, -59),
			label: tag(nationalDuty('renewal').label),
			citations: cites('renewal')
		});
		items.push({
			kind: 'nationalRegistrationExpiry',
			date: end,
			label: tag(l('登记结果有效期最后一日', 'Last day of the registration result’s validity')),
			citations: cites('validity'),
			note: nationalDuty('validity').note
		});
	}
	return { items, uncoveredYears: [...uncovered].sort() };
}
