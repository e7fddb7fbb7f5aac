// Building block: the national duties every regional journey carries from 2025-03-01 (the day the 登记办法,
// the 实施规范 and the 价格通知 take effect), as two regions of the parallel "licensed" state:
//   nationalRegistration — first registration within 20 working days of the first delivered product (30
//     working days after entry into force for an operator already delivering), the registering body's
//     acceptance (3), formal review (20) and publicity (10 working days), the result code, its validity and
//     renewal in the last 60 days, lapse;
//   nationalReport — the authorizing party's report on the previous year, by 31 March each year.
// Each starts "not yet in force" and moves on 2025-03-01 (at once for a journey licensed later). Their dates
// live in context.dates (prefix "national"), so a renewed term (which re-enters "licensed") resumes them.
// The numbers and words come from $lib/regions/national-duties; citations are `document:clause` refs.

import {
	NATIONAL_IN_FORCE,
	NATIONAL_IN_FORCE_CITATIONS,
	NATIONAL_PARTIES,
	nationalDuty
} from '$lib/regions/national-duties';
import { cites as written } from '$lib/regions/profile-kit';
import type { ClauseRef, IsoDate, Localized } from '$lib/regions/types';
import { plusDays } from '$lib/rules/dates';
import { termEnd } from '$lib/rules/periods';
import { addWorkingDays } from '../calendar';
import { reportDueDay } from '../national-report';
import type { Check } from '../checks';
import { eventLabel } from '../events';
import type { DelayedSpec, NodeSpec, TransitionSpec } from '../kit';
import { dayAfter } from '../time';
import type { JourneyContext } from '../types';
import { l } from '$lib/regions/localized';

const P = 'licensed';
const REG = `${P}.nationalRegistration`;
const REP = `${P}.nationalReport`;

export { isNational, isNationalCitation } from '$lib/rules/cite-ref';

/** The context.dates keys this block writes. */
export const NATIONAL_DATES = {
	firstDelivery: 'nationalFirstDelivery',
	registrationDue: 'nationalRegistrationDue',
	received: 'nationalRegistrationReceived',
	acceptanceDue: 'nationalAcceptanceDue',
	reviewDue: 'nationalReviewDue',
	publicityEnds: 'nationalPublicityEnds',
	coded: 'nationalRegistrationCoded',
	validUntil: 'nationalValidUntil',
	renewalOpens: 'nationalRenewalOpens',
	lapsedOn: 'nationalRegistrationLapsed',
	reportYearEnd: 'nationalReportYearEnd'
} as const;
const D = NATIONAL_DATES;

/** Named delays of this block: the day each delayed transition fires (the day after a last day). */
export function nationalDeadlineDates(): Record<string, (c: JourneyContext) => IsoDate | null> {
	const after = (d: IsoDate | undefined) => (d ? dayAfter(d) : null);
	return {
		nationalInForce: () => NATIONAL_IN_FORCE,
		nationalRegistrationDue: (c) => after(c.dates[D.registrationDue]),
		nationalAcceptanceDue: (c) => after(c.dates[D.acceptanceDue]),
		nationalReviewDue: (c) => after(c.dates[D.reviewDue]),
		nationalPublicityEnds: (c) => after(c.dates[D.publicityEnds]),
		nationalRenewalWindow: (c) => c.dates[D.renewalOpens] ?? null,
		nationalRegistrationLapses: (c) => after(c.dates[D.validUntil]),
		nationalReportOpens: (c) => after(c.dates[D.reportYearEnd]),
		nationalReportDue: (c) => {
			const y = c.dates[D.reportYearEnd];
			return y ? dayAfter(reportDueDay(y)) : null;
		}
	};
}

function workingDaysOf(id: Parameters<typeof nationalDuty>[0]): number {
	const c = nationalDuty(id).count;
	if (c.kind !== 'workingDays') throw new Error(`national duty ${id} is not counted in working days`);
	return c.n;
}

/** The first year a report is owed for: the notice's first year (2025) or the year the term began. */
function firstReportYear(today: IsoDate): number {
	return Math.max(Number(NATIONAL_IN_FORCE.slice(0, 4)), Number(today.slice(0, 4)));
}

export type NationalOp =
	| 'firstDue'
	| 'transitionalDue'
	| 'received'
	| 'accepted'
	| 'publicity'
	| 'coded'
	| 'renewed'
	| 'lapsed'
	| 'reportInit'
	| 'reportNext';

/** The context update of one national effect (run by build.ts's `national` action). */
export function nationalUpdate(ctx: JourneyContext, op: NationalOp): Partial<JourneyContext> {
	const dates = { ...ctx.dates };
	const warnings = [...ctx.warnings];
	const working = (from: IsoDate, n: number): IsoDate => {
		const r = addWorkingDays(from, n);
		if (r.uncoveredYears.length)
			warnings.push(
				l(
					`${ctx.today}：节假日日历未覆盖 ${r.uncoveredYears.join('、')} 年，国家规定的工作日只按周末计算`,
					`${ctx.today}: the holiday calendar does not cover ${r.uncoveredYears.join(', ')}; working days of the national periods count weekends only there`
				)
			);
		return r.date;
	};
	switch (op) {
		case 'firstDue':
			if (!dates[D.registrationDue]) {
				dates[D.firstDelivery] = ctx.today;
				dates[D.registrationDue] = working(ctx.today, workingDaysOf('firstRegistration'));
			}
			break;
		case 'transitionalDue':
			if (!dates[D.registrationDue]) {
				// "施行后的30个工作日": counted from the day of entry into force itself.
				dates[D.registrationDue] = working(
					plusDays(NATIONAL_IN_FORCE, -1),
					workingDaysOf('transitionalRegistration')
				);
			}
			break;
		case 'received':
			dates[D.received] = ctx.today;
			dates[D.acceptanceDue] = working(ctx.today, workingDaysOf('acceptance'));
			break;
		case 'accepted':
			dates[D.reviewDue] = working(ctx.today, workingDaysOf('formalReview'));
			break;
		case 'publicity':
			dates[D.publicityEnds] = working(ctx.today, workingDaysOf('publicity'));
			break;
		case 'coded': {
			// 第十五条: three years from the coding day; the actual operating period where the agreement runs
			// three years or less.
			const t = ctx.term;
			const end = t && t.months <= 36 && t.end >= ctx.today ? t.end : termEnd(ctx.today, 36);
			dates[D.coded] = ctx.today;
			dates[D.validUntil] = end;
			dates[D.renewalOpens] = plusDays(end, -59);
			delete dates[D.lapsedOn];
			break;
		}
		case 'renewed': {
			const prev = dates[D.validUntil];
			if (prev) {
				const end = termEnd(dayAfter(prev), 36);
				dates[D.validUntil] = end;
				dates[D.renewalOpens] = plusDays(end, -59);
			}
			break;
		}
		case 'lapsed':
			dates[D.lapsedOn] = ctx.today;
			delete dates[D.validUntil];
			delete dates[D.renewalOpens];
			break;
		case 'reportInit':
			if (!dates[D.reportYearEnd]) dates[D.reportYearEnd] = `${firstReportYear(ctx.today)}-12-31`;
			break;
		case 'reportNext': {
			const y = dates[D.reportYearEnd];
			if (y) dates[D.reportYearEnd] = `${Number(y.slice(0, 4)) + 1}-12-31`;
			break;
		}
	}
	return { dates, warnings };
}

const eff = (op: NationalOp) => ({ type: 'national', params: { op } });

const registeringBody = NATIONAL_PARTIES.registeringBody;
const authorizingParty = NATIONAL_PARTIES.authorizingParty;

function cites(...ids: Parameters<typeof nationalDuty>[0][]): ClauseRef[] {
	return [...new Set(ids.flatMap((id) => nationalDuty(id).citations))];
}

const dated = (key: string, present: boolean): Check => ({
	kind: 'dated',
	key,
	present,
	reason: l('', ''),
	citations: []
});

function inForceTransitions(
	branches: { target: string; checks: Check[]; label: Localized }[]
): DelayedSpec[] {
	return branches.map((b) => ({
		deadline: 'nationalInForce',
		target: b.target,
		checks: b.checks,
		label: b.label,
		citations: NATIONAL_IN_FORCE_CITATIONS
	}));
}

const notInForceLabel = l(
	'国家登记办法、实施规范、价格通知尚未施行（2025年3月1日起施行）',
	'The national measures, Specification and pricing notice are not yet in force (from 2025-03-01)'
);

// ——— The national registration (登记办法): its states, by phase ———

const first = nationalDuty('firstRegistration');
const apply = (milestone: string): TransitionSpec => ({
	event: 'NATIONAL_APPLY_REGISTRATION',
	target: `${REG}.submitted`,
	label: eventLabel('NATIONAL_APPLY_REGISTRATION'),
	citations: cites('firstRegistration'),
	by: null,
	milestone
});
const accept = (late: boolean): TransitionSpec => ({
	event: 'NATIONAL_ACCEPT_REGISTRATION',
	target: `${REG}.review`,
	label: eventLabel('NATIONAL_ACCEPT_REGISTRATION'),
	citations: cites('acceptance'),
	by: registeringBody,
	milestone: late ? 'nationalRegistrationAcceptedLate' : 'nationalRegistrationAccepted'
});
// each a fresh object: a machine's build may attach checks to its transitions
const supplement = (): TransitionSpec => ({
	event: 'NATIONAL_REQUEST_REGISTRATION_SUPPLEMENT',
	target: `${REG}.supplementing`,
	label: eventLabel('NATIONAL_REQUEST_REGISTRATION_SUPPLEMENT'),
	citations: cites('acceptance'),
	by: registeringBody
});
const completeReview = (late: boolean): TransitionSpec => ({
	event: 'NATIONAL_COMPLETE_FORMAL_REVIEW',
	target: `${REG}.publicity`,
	label: eventLabel('NATIONAL_COMPLETE_FORMAL_REVIEW'),
	citations: [...cites('formalReview'), ...cites('publicity')],
	by: registeringBody,
	milestone: late ? 'nationalFormalReviewLate' : 'nationalPublicity'
});
const n = (id: Parameters<typeof workingDaysOf>[0]) => workingDaysOf(id);
const regionCites = cites('firstRegistration');

/** The states before a registration is applied for: the measures not yet in force, no product yet, the first-registration period running (or the transitional one), overdue. */
function beforeRegistrationStates(): NodeSpec[] {
	return [
		{
			key: 'notInForce',
			label: notInForceLabel,
			citations: NATIONAL_IN_FORCE_CITATIONS,
			after: inForceTransitions([
				{
					target: `${REG}.valid`,
					checks: [dated(D.validUntil, true)],
					label: l('登记结果仍在有效期内', 'The registration result is still valid')
				},
				{
					target: `${REG}.lapsed`,
					checks: [dated(D.lapsedOn, true)],
					label: l('登记已注销，可重新申请', 'The registration was cancelled; it may be applied for again')
				},
				{
					target: `${REG}.due`,
					checks: [dated(D.registrationDue, true)],
					label: l('首次登记期限继续计算', 'The first-registration period runs on')
				},
				{
					target: `${REG}.transitional`,
					checks: [
						{
							kind: 'counter',
							key: 'released',
							atLeast: 1,
							reason: l('', ''),
							citations: []
						}
					],
					label: l(
						'登记办法施行：施行前已交付产品，须于施行后30个工作日内登记',
						'The registration measures take effect: products delivered before must be registered within 30 working days'
					)
				},
				{
					target: `${REG}.notYet`,
					checks: [],
					label: l(
						'登记办法施行：交付产品后20个工作日内须首次登记',
						'The registration measures take effect: first registration within 20 working days of delivering a product'
					)
				}
			])
		},
		{
			key: 'notYet',
			label: l(
				'尚未交付数据产品和服务，无登记期限',
				'No product or service delivered yet: no registration period running'
			),
			citations: regionCites,
			always: [
				{
					target: `${REG}.due`,
					checks: [{ kind: 'counter', key: 'released', atLeast: 1, reason: l('', ''), citations: [] }],
					label: l('首次交付产品：登记期限开始', 'First product delivered: the registration period starts'),
					citations: regionCites
				}
			]
		},
		{
			key: 'due',
			label: l(
				`首次登记申请期限（${n('firstRegistration')}个工作日）`,
				`First registration due (within ${n('firstRegistration')} working days)`
			),
			citations: regionCites,
			entry: [eff('firstDue')],
			on: [apply('nationalRegistrationApplied')],
			after: [
				{
					deadline: 'nationalRegistrationDue',
					target: `${REG}.overdue`,
					label: l(
						`${n('firstRegistration')}个工作日内未提交首次登记申请`,
						`No first registration within ${n('firstRegistration')} working days`
					),
					citations: regionCites,
					milestone: 'nationalRegistrationOverdue',
					notes: first.note ? [first.note] : undefined
				}
			]
		},
		{
			key: 'transitional',
			label: l(
				`施行前已运营：施行后${n('transitionalRegistration')}个工作日内登记`,
				`Operating before: register within ${n('transitionalRegistration')} working days of entry into force`
			),
			citations: cites('transitionalRegistration'),
			entry: [eff('transitionalDue')],
			on: [apply('nationalRegistrationApplied')],
			after: [
				{
					deadline: 'nationalRegistrationDue',
					target: `${REG}.overdue`,
					label: l(
						`施行后${n('transitionalRegistration')}个工作日内未登记`,
						`Not registered within ${n('transitionalRegistration')} working days of entry into force`
					),
					citations: cites('transitionalRegistration'),
					milestone: 'nationalRegistrationOverdue'
				}
			]
		},
		{
			key: 'overdue',
			label: l('首次登记逾期', 'First registration overdue'),
			citations: regionCites,
			on: [apply('nationalRegistrationAppliedLate')]
		}
	];
}

/** An application: submitted, accepted (or late), supplemented, under formal review (or late), in publicity, stopped. */
function applicationStates(): NodeSpec[] {
	return [
		{
			key: 'submitted',
			label: l(
				`登记申请待受理（${n('acceptance')}个工作日内）`,
				`Application awaiting acceptance (within ${n('acceptance')} working days)`
			),
			citations: cites('acceptance'),
			entry: [eff('received')],
			on: [accept(false), supplement()],
			after: [
				{
					deadline: 'nationalAcceptanceDue',
					target: `${REG}.acceptanceLate`,
					label: l(
						`登记机构${n('acceptance')}个工作日内未受理`,
						`Not accepted within ${n('acceptance')} working days`
					),
					citations: cites('acceptance'),
					milestone: 'nationalAcceptanceOverdue'
				}
			]
		},
		{
			key: 'acceptanceLate',
			label: l('受理逾期（登记机构）', 'Acceptance overdue (registering body)'),
			citations: cites('acceptance'),
			on: [accept(true), supplement()]
		},
		{
			key: 'supplementing',
			label: l('补充登记材料', 'Supplementing the registration materials'),
			citations: cites('acceptance'),
			on: [
				{
					event: 'NATIONAL_RESUBMIT_REGISTRATION',
					target: `${REG}.submitted`,
					reenter: true,
					label: eventLabel('NATIONAL_RESUBMIT_REGISTRATION'),
					citations: cites('acceptance'),
					by: null
				}
			]
		},
		{
			key: 'review',
			label: l(
				`形式审核中（${n('formalReview')}个工作日内）`,
				`Formal review (within ${n('formalReview')} working days)`
			),
			citations: cites('formalReview'),
			entry: [eff('accepted')],
			on: [completeReview(false)],
			after: [
				{
					deadline: 'nationalReviewDue',
					target: `${REG}.reviewLate`,
					label: l(
						`${n('formalReview')}个工作日内未完成形式审核（应说明原因）`,
						`Formal review not completed within ${n('formalReview')} working days (reasons must be given)`
					),
					citations: cites('formalReview'),
					milestone: 'nationalFormalReviewOverdue'
				}
			]
		},
		{
			key: 'reviewLate',
			label: l('形式审核逾期（登记机构）', 'Formal review overdue (registering body)'),
			citations: cites('formalReview'),
			on: [completeReview(true)]
		},
		{
			key: 'publicity',
			label: l(
				`登记公示（${n('publicity')}个工作日）`,
				`Registration publicity (${n('publicity')} working days)`
			),
			citations: cites('publicity'),
			entry: [eff('publicity')],
			on: [
				{
					event: 'NATIONAL_UPHOLD_REGISTRATION_OBJECTION',
					target: `${REG}.stopped`,
					label: eventLabel('NATIONAL_UPHOLD_REGISTRATION_OBJECTION'),
					citations: written('nationalRegistration:art-12-p2'),
					by: registeringBody,
					milestone: 'nationalRegistrationTerminated'
				}
			],
			after: [
				{
					deadline: 'nationalPublicityEnds',
					target: `${REG}.valid`,
					effects: [eff('coded')],
					label: l(
						'公示期满无异议，发放登记结果查询码',
						'Publicity ends without objection: the registration result code is issued'
					),
					citations: [...cites('resultCode'), ...cites('validity')],
					milestone: 'nationalRegistrationCoded',
					notes: [nationalDuty('resultCode').note!, nationalDuty('validity').note!]
				}
			]
		},
		{
			key: 'stopped',
			label: l('登记已终止（异议成立）', 'Registration terminated (objection upheld)'),
			citations: written('nationalRegistration:art-12-p2'),
			on: [apply('nationalRegistrationReapplied')]
		}
	];
}

/** A registration result: valid, open for renewal, lapsed (cancelled: it may be applied for again). */
function registeredStates(): NodeSpec[] {
	return [
		{
			key: 'valid',
			label: l('已登记（登记结果有效）', 'Registered (result valid)'),
			citations: cites('validity'),
			after: [
				{
					deadline: 'nationalRenewalWindow',
					target: `${REG}.renewable`,
					label: l('有效期届满前60日：可续展', 'Last 60 days of validity: renewal open'),
					citations: cites('renewal'),
					milestone: 'nationalRenewalOpen'
				}
			]
		},
		{
			key: 'renewable',
			label: l('续展期（期满前60日内）', 'Renewal window (last 60 days)'),
			citations: cites('renewal'),
			on: [
				{
					event: 'NATIONAL_RENEW_REGISTRATION',
					target: `${REG}.valid`,
					effects: [eff('renewed')],
					label: eventLabel('NATIONAL_RENEW_REGISTRATION'),
					citations: cites('renewal'),
					by: null,
					milestone: 'nationalRegistrationRenewed',
					notes: [nationalDuty('renewal').note!]
				}
			],
			after: [
				{
					deadline: 'nationalRegistrationLapses',
					target: `${REG}.lapsed`,
					effects: [eff('lapsed')],
					label: l(
						'期满未续展，登记机构予以注销',
						'Validity ended without renewal: the registering body cancels the registration'
					),
					citations: cites('lapse'),
					milestone: 'nationalRegistrationLapsed'
				}
			]
		},
		{
			key: 'lapsed',
			label: l('登记已注销（期满未续展）', 'Registration cancelled (not renewed)'),
			citations: cites('lapse'),
			on: [apply('nationalRegistrationReapplied')]
		}
	];
}

function registrationRegion(): NodeSpec {
	return {
		key: 'nationalRegistration',
		label: l('国家登记（登记办法）', 'National registration (registration measures)'),
		citations: regionCites,
		children: [...beforeRegistrationStates(), ...applicationStates(), ...registeredStates()]
	};
}
function reportRegion(): NodeSpec {
	const c = cites('operatingReport');
	const file = (late: boolean): TransitionSpec => ({
		event: 'NATIONAL_FILE_OPERATING_REPORT',
		target: `${REP}.yearRunning`,
		effects: [eff('reportNext')],
		label: eventLabel('NATIONAL_FILE_OPERATING_REPORT'),
		citations: c,
		by: authorizingParty,
		milestone: late ? 'nationalReportFiledLate' : 'nationalReportFiled'
	});
	return {
		key: 'nationalReport',
		label: l('年度经营情况报告（价格通知）', 'Yearly operating report (pricing notice)'),
		citations: c,
		children: [
			{
				key: 'notInForce',
				label: notInForceLabel,
				citations: NATIONAL_IN_FORCE_CITATIONS,
				after: inForceTransitions([
					{
						target: `${REP}.yearRunning`,
						checks: [],
						label: l(
							'价格通知施行：每年3月底前报送上一年度经营情况',
							'The pricing notice takes effect: a report on each year by the end of the next March'
						)
					}
				])
			},
			{
				key: 'yearRunning',
				label: l('报告年度进行中', 'The reported year is running'),
				citations: c,
				entry: [eff('reportInit')],
				after: [
					{
						deadline: 'nationalReportOpens',
						target: `${REP}.due`,
						label: l('年度结束：经营情况报告待报送', 'Year ended: the operating report is due'),
						citations: c
					}
				]
			},
			{
				key: 'due',
				label: l('经营情况报告待报送（3月31日前）', 'Operating report due (by 31 March)'),
				citations: c,
				on: [file(false)],
				after: [
					{
						deadline: 'nationalReportDue',
						target: `${REP}.late`,
						label: l('3月底前未报送经营情况报告', 'No operating report by the end of March'),
						citations: c,
						milestone: 'nationalReportOverdue',
						notes: [nationalDuty('operatingReport').note!]
					}
				]
			},
			{
				key: 'late',
				label: l('经营情况报告逾期', 'Operating report overdue'),
				citations: c,
				on: [file(true)]
			}
		]
	};
}

/**
 * The national regions of "licensed": on every journey, whatever the region. The registration region needs
 * something to register: a role whose text gives it no products (Jiangsu's operating entity) has no event
 * that delivers one, so it carries the yearly report only (said in the duties' notes).
 */
export function nationalRegions(role: { products?: unknown }): NodeSpec[] {
	return role.products ? [registrationRegion(), reportRegion()] : [reportRegion()];
}
