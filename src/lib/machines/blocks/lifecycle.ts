// Building block: how a term ends — expiry, renewal (deadline, window, by evaluation or by agreement),
// voluntary exit with its notice, termination on each ground the text lists, and what follows: access
// closed, data deleted, logs retained until the retention period ends.

import type { ClauseId, Localized } from '$lib/regions/types';
import type { Check } from '../checks';
import { eventLabel } from '../events';
import type { DelayedSpec, NodeSpec, TransitionSpec } from '../kit';
import type { Settings } from '../settings';
import type { Ground, RoleJourney } from '../types';
import { afterEndReportingRegions } from './oversight';
import { l } from '$lib/regions/localized';

const P = 'licensed';

export const GROUND_WORDS: Record<Ground, Localized> = {
	expiry: l('期满', 'expiry'),
	voluntary: l('主动退出', 'voluntary exit'),
	breach: l('违反协议', 'breach of agreement'),
	failedEvaluation: l('评估不合格', 'failed evaluation'),
	failedRectification: l('整改不到位', 'failed rectification'),
	securityIncident: l('重大数据安全事件', 'major data-security incident'),
	illegality: l('违法违规', 'illegality'),
	policyChange: l('法律政策变化', 'change of law or policy'),
	other: l('其他不适宜情形', 'other unsuitability')
};

const granted = (v: boolean) => ({ type: 'setFlag', params: { key: 'renewalGranted', value: v } });

function grantTransition(role: RoleJourney, s: Settings, extra: Check[]): TransitionSpec {
	const r = role.renewal!;
	return {
		event: 'RENEWAL_GRANTED',
		target: `${P}.renewal.granted`,
		checks: [...extra, { kind: 'term', cap: s.cap, qualifier: s.capQualifier, citations: s.capCitations }],
		effects: [{ type: 'grantRenewal' }],
		label: eventLabel('RENEWAL_GRANTED'),
		citations: r.citations,
		by: r.decidedBy,
		milestone: 'renewalGranted',
		notes: r.note ? [r.note] : undefined
	};
}

function refuseTransition(role: RoleJourney): TransitionSpec {
	const r = role.renewal!;
	return {
		event: 'RENEWAL_REFUSED',
		target: `${P}.renewal.refused`,
		label: eventLabel('RENEWAL_REFUSED'),
		citations: r.citations,
		by: r.decidedBy,
		milestone: 'renewalRefused'
	};
}

/** What every kind of renewal shares: the citations, the reapplication and its refusals, the decisions. */
interface RenewalParts {
	role: RoleJourney;
	s: Settings;
	base: string;
	cites: ClauseId[];
	reapply: TransitionSpec;
	blocked: (reason: Localized, dateKey?: string) => TransitionSpec;
	reapplied: NodeSpec;
	tail: NodeSpec[];
}

/** The states before the decision, for each way a text lets an authorization be renewed. */
const RENEWAL_STEPS: Record<NonNullable<RoleJourney['renewal']>['kind'], (p: RenewalParts) => NodeSpec[]> = {
	deadline: ({ s, base, cites, reapply, blocked, reapplied, tail }) => [
		{
			key: 'open',
			label: l(
				`可重新申请（须在届满${s.renewalMonths}个月前）`,
				`May reapply (at least ${s.renewalMonths} months before expiry)`
			),
			citations: cites,
			entry: [granted(false)],
			on: [reapply],
			after: [
				{
					deadline: 'renewalDeadline',
					target: `${base}.lapsed`,
					label: l(
						`届满前${s.renewalMonths}个月未重新申请：期满即终止`,
						`No reapplication ${s.renewalMonths} months before expiry: the authorization ends at expiry`
					),
					citations: cites,
					milestone: 'renewalDeadlinePassed'
				}
			]
		},
		{
			key: 'lapsed',
			label: l('已过重新申请截止日', 'Reapplication deadline passed'),
			citations: cites,
			entry: [granted(false)],
			on: [
				blocked(
					l(
						`须在届满${s.renewalMonths}个月前重新申请；最后一天是 {date}`,
						`Reapplication had to be made at least ${s.renewalMonths} months before expiry; the last day was {date}`
					),
					'renewalDeadline'
				)
			]
		},
		reapplied,
		...tail
	],
	window: ({ s, base, cites, reapply, blocked, reapplied, tail }) => [
		{
			key: 'notYetOpen',
			label: l('重新申请窗口未开启', 'Reapplication window not yet open'),
			citations: cites,
			entry: [granted(false)],
			on: [
				blocked(
					l(
						`只能在期限届满前${s.renewalMonths}个月内重新申请，自 {date} 起`,
						`Reapplication is possible only within the ${s.renewalMonths} months before expiry, from {date}`
					),
					'renewalWindowOpens'
				)
			],
			after: [
				{
					deadline: 'renewalWindow',
					target: `${base}.open`,
					label: l(
						`届满前${s.renewalMonths}个月：可重新申请`,
						`${s.renewalMonths} months before expiry: reapplication open`
					),
					citations: cites,
					milestone: 'renewalWindowOpen'
				}
			]
		},
		{
			key: 'open',
			label: l('可重新申请', 'Reapplication open'),
			citations: cites,
			entry: [granted(false)],
			on: [reapply]
		},
		reapplied,
		...tail
	],
	byEvaluation: ({ role, s, cites, tail }) => [
		{
			key: 'open',
			label: l('期满时依评价决定是否续约', 'Renewal decided on evaluation at term end'),
			citations: cites,
			entry: [granted(false)],
			on: [
				grantTransition(role, s, [
					{
						kind: 'context',
						key: 'lastEvaluation',
						oneOf: ['pass'],
						reason: l(
							'续约依据运营成效评价：尚无合格的评价结果',
							'Renewal rests on the evaluation of results: there is no passed evaluation'
						),
						citations: cites
					}
				]),
				refuseTransition(role)
			]
		},
		...tail
	],
	byAgreement: ({ role, s, cites, tail }) => [
		{
			key: 'open',
			label: l('按协议约定的续约机制', 'Renewal as the agreement provides'),
			citations: cites,
			entry: [granted(false)],
			on: [grantTransition(role, s, []), refuseTransition(role)]
		},
		...tail
	]
};

function renewalRegion(role: RoleJourney, s: Settings): NodeSpec | null {
	const r = role.renewal;
	if (!r) return null;
	const base = `${P}.renewal`;
	const cites = r.kind === 'deadline' || r.kind === 'window' ? s.renewalCitations : r.citations;
	const reapply: TransitionSpec = {
		event: 'REAPPLY',
		target: `${base}.reapplied`,
		label: eventLabel('REAPPLY'),
		citations: cites,
		by: null,
		milestone: 'reapplied'
	};
	const blocked = (reason: Localized, dateKey?: string): TransitionSpec => ({
		event: 'REAPPLY',
		checks: [{ kind: 'never', reason, citations: cites, dateKey }],
		label: eventLabel('REAPPLY'),
		citations: cites,
		by: null
	});
	const tail: NodeSpec[] = [
		{
			key: 'granted',
			label: l('已同意续期，期满后开始新期限', 'Renewal granted: a new term starts at expiry'),
			citations: r.citations,
			entry: [granted(true)]
		},
		{
			key: 'refused',
			label: l('本期不予续期', 'Renewal refused for this term'),
			citations: r.citations,
			entry: [granted(false)],
			on:
				r.kind === 'deadline' || r.kind === 'window'
					? [blocked(l('本期续期申请已被拒绝', 'Renewal was refused for this term'))]
					: []
		}
	];
	const reapplied: NodeSpec = {
		key: 'reapplied',
		label: l('已重新申请，待审', 'Reapplied; decision pending'),
		citations: cites,
		entry: [granted(false)],
		on: [grantTransition(role, s, []), refuseTransition(role)]
	};
	const children = RENEWAL_STEPS[r.kind]({ role, s, base, cites, reapply, blocked, reapplied, tail });
	return { key: 'renewal', label: l('续约', 'Renewal'), citations: cites, children };
}

function exitRegion(role: RoleJourney, s: Settings): NodeSpec | null {
	const x = role.voluntaryExit;
	if (!x) return null;
	const base = `${P}.exit`;
	const cites = [...new Set([...x.citations, ...s.exitNoticeCitations])];
	const months = s.exitNoticeMonths;
	const exitTo = (label: Localized): TransitionSpec => ({
		event: 'ACCEPT_EXIT',
		target: 'terminated',
		effects: [{ type: 'setGround', params: { ground: 'voluntary' } }],
		label,
		citations: cites,
		by: x.consentBy,
		milestone: 'terminated:voluntary'
	});
	const refuse: TransitionSpec = {
		event: 'REFUSE_EXIT',
		target: `${base}.none`,
		label: eventLabel('REFUSE_EXIT'),
		citations: cites,
		by: x.consentBy
	};
	const checks: Check[] = x.written
		? [
				{
					kind: 'payload',
					field: 'written',
					oneOf: [true],
					reason: l('退出须书面申请', 'An exit must be requested in writing'),
					citations: cites
				}
			]
		: [];
	const children: NodeSpec[] = [
		{
			key: 'none',
			label: l('未申请退出', 'No exit requested'),
			citations: cites,
			entry: [{ type: 'setFlag', params: { key: 'exitRequested', value: false } }],
			on: [
				{
					event: 'REQUEST_EXIT',
					target: `${base}.requested`,
					checks,
					effects: [
						{ type: 'markExit', params: { months } },
						{ type: 'setFlag', params: { key: 'exitRequested', value: true } }
					],
					label: eventLabel('REQUEST_EXIT'),
					citations: cites,
					by: null,
					milestone: 'exitRequested'
				}
			]
		}
	];
	if (months === null) {
		children.push({
			key: 'requested',
			label: l('已申请退出，待同意', 'Exit requested; consent pending'),
			citations: cites,
			on: [exitTo(eventLabel('ACCEPT_EXIT')), refuse]
		});
	} else {
		const served: DelayedSpec = {
			deadline: 'exitNotice',
			target: `${base}.noticeServed`,
			label: l(`${months}个月提前期届满`, `${months}-month notice served`),
			citations: cites,
			milestone: 'exitNoticeServed'
		};
		children.push(
			{
				key: 'requested',
				label: l(`提前${months}个月申请中，待同意`, `${months}-month notice running; consent pending`),
				citations: cites,
				on: [
					{
						event: 'ACCEPT_EXIT',
						target: `${base}.accepted`,
						label: l('同意退出（提前期届满后生效）', 'Exit accepted (effective when the notice ends)'),
						citations: cites,
						by: x.consentBy,
						milestone: 'exitAccepted'
					},
					refuse
				],
				after: [served]
			},
			{
				key: 'accepted',
				label: l('已同意退出，提前期未满', 'Exit accepted; notice still running'),
				citations: cites,
				after: [
					{
						deadline: 'exitNotice',
						target: 'terminated',
						effects: [{ type: 'setGround', params: { ground: 'voluntary', lapsed: true } }],
						label: l('提前期届满：退出生效', 'Notice served: the exit takes effect'),
						citations: cites,
						milestone: 'terminated:voluntary'
					}
				]
			},
			{
				key: 'noticeServed',
				label: l('提前期已满，待同意', 'Notice served; consent pending'),
				citations: cites,
				on: [exitTo(l('同意退出（立即生效）', 'Exit accepted (effective at once)')), refuse]
			}
		);
	}
	return { key: 'exit', label: l('自愿退出', 'Voluntary exit'), citations: cites, children };
}

function groundChecks(role: RoleJourney, g: Ground, cites: ClauseId[]): Check[] {
	const grounds = role.grounds.map((x) => x.ground);
	const checks: Check[] = [
		{
			kind: 'payload',
			field: 'ground',
			oneOf: [g],
			reason: l(
				`须写明本文本所列的终止情形：${grounds.join('、')}（本次：{value}）`,
				`Give a ground this text lists: ${grounds.join(', ')} (given: {value})`
			),
			citations: []
		}
	];
	switch (g) {
		case 'failedEvaluation':
			checks.push(
				role.evaluation?.onFail === 'warn'
					? {
							kind: 'context',
							key: 'noImprovement',
							oneOf: [true],
							reason: l('须经提醒或约谈后仍无改善', 'Only after a reminder or interview without improvement'),
							citations: cites
						}
					: {
							kind: 'context',
							key: 'lastEvaluation',
							oneOf: ['fail'],
							reason: l('最近一次评估并非不合格', 'The latest evaluation did not fail'),
							citations: cites
						}
			);
			break;
		case 'failedRectification':
			checks.push({
				kind: 'context',
				key: 'standing',
				oneOf: ['rectifying', 'suspended'],
				reason: l('没有正在进行的整改', 'No rectification is under way'),
				citations: cites
			});
			break;
		case 'securityIncident':
			checks.push({
				kind: 'counter',
				key: 'majorIncidents',
				atLeast: 1,
				reason: l(
					'未发生（造成不良影响的）重大安全事件',
					'No major incident (with bad effects) has occurred'
				),
				citations: cites
			});
			break;
	}
	return checks;
}

/** Transitions on the licensed state itself: termination on each ground, and term expiry. */
export function endTransitions(role: RoleJourney): { on: TransitionSpec[]; after: DelayedSpec[] } {
	const on: TransitionSpec[] = role.grounds.map((g) => ({
		event: 'TERMINATE',
		target: 'terminated',
		checks: groundChecks(role, g.ground, g.citations),
		effects: [{ type: 'setGround', params: { ground: g.ground } }],
		label: l(`终止：${GROUND_WORDS[g.ground].zh}`, `Terminated: ${GROUND_WORDS[g.ground].en}`),
		citations: g.citations,
		by: g.by,
		milestone: `terminated:${g.ground}`,
		notes: g.note ? [g.note] : undefined
	}));
	const expire: DelayedSpec = {
		deadline: 'termExpiry',
		target: 'terminated',
		effects: [{ type: 'setGround', params: { ground: 'expiry', lapsed: true } }],
		label: l('期限届满，授权终止', 'Term expired: the authorization ends'),
		citations: role.expiryCitations,
		milestone: 'terminated:expiry'
	};
	const after: DelayedSpec[] = role.renewal
		? [
				{
					deadline: 'termExpiry',
					target: 'licensed',
					reenter: true,
					checks: [
						{
							kind: 'context',
							key: 'renewalGranted',
							oneOf: [true],
							reason: l('未获续期', 'No renewal granted'),
							citations: role.renewal.citations
						},
						{
							kind: 'context',
							key: 'standing',
							oneOf: ['good'],
							reason: l('处于整改或暂停中', 'Rectification or suspension under way'),
							citations: role.renewal.citations
						}
					],
					effects: [{ type: 'startRenewedTerm' }],
					label: l('期满续期：新期限开始', 'Term renewed: a new term begins'),
					citations: role.renewal.citations,
					milestone: 'renewed'
				},
				expire
			]
		: [expire];
	return { on, after };
}

export function lifecycleRegions(role: RoleJourney, s: Settings): NodeSpec[] {
	return [renewalRegion(role, s), exitRegion(role, s)].filter((n): n is NodeSpec => n !== null);
}

/**
 * After termination: access closed; data deletion and log retention where the text sets them; reporting duties
 * the text does not limit to the term (`afterEndReportingRegions`). With two or more, they run side by side and
 * the wind-down ends when all are done; with one, its last step ends the wind-down.
 */
export function terminationNodes(role: RoleJourney, s: Settings): NodeSpec[] {
	const a = role.afterTermination;
	const closedCites = a.permissionsClosed?.citations ?? role.expiryCitations;
	const label = a.permissionsClosed
		? l('授权已终止，使用权限已关闭', 'Authorization ended; access closed')
		: l('授权已终止', 'Authorization ended');
	const reporting = afterEndReportingRegions(role, s, () => 'closed').length;
	const multi = (a.dataDeletion ? 1 : 0) + (s.retentionMonths !== null ? 1 : 0) + reporting > 1;
	const done = (region: string) =>
		multi ? `terminated.${region}.${region.startsWith('final') ? 'filed' : 'deleted'}` : 'closed';
	const authority = l('主管部门', 'The authority');
	const regions: NodeSpec[] = [];
	if (a.dataDeletion) {
		const d = a.dataDeletion;
		const steps: NodeSpec[] = [
			{
				key: 'pending',
				label: l(`待办：${d.label.zh}`, `Pending: ${d.label.en}`),
				citations: d.citations,
				on: [
					{
						event: 'DELETE_DATA',
						target: done('data'),
						label: d.label,
						citations: d.citations,
						by: authority,
						milestone: 'dataDeleted',
						notes: d.note ? [d.note] : undefined
					}
				]
			}
		];
		if (multi)
			steps.push({
				key: 'deleted',
				label: l('留存数据已删除', 'Retained data deleted'),
				citations: d.citations,
				type: 'final'
			});
		regions.push({ key: 'data', label: d.label, citations: d.citations, children: steps });
	}
	if (s.retentionMonths !== null) {
		const m = s.retentionMonths;
		const cites = s.retentionCitations;
		const steps: NodeSpec[] = [
			{
				key: 'retained',
				label: l(`日志留存中（不少于${m}个月）`, `Logs retained (at least ${m} months)`),
				citations: cites,
				on: [
					{
						event: 'DELETE_LOGS',
						checks: [
							{
								kind: 'never',
								reason: l(
									`日志须留存不少于${m}个月，{date} 起方可删除`,
									`Logs must be kept at least ${m} months; they may be deleted from {date}`
								),
								citations: cites,
								dateKey: 'logsDeletableFrom'
							}
						],
						label: eventLabel('DELETE_LOGS'),
						citations: cites,
						by: authority
					}
				],
				after: [
					{
						deadline: 'retentionEnds',
						target: 'terminated.logs.mayDelete',
						label: l('日志留存期满', 'Log retention period ended'),
						citations: cites,
						milestone: 'retentionEnded'
					}
				]
			},
			{
				key: 'mayDelete',
				label: l('留存期满，可删除日志', 'Retention ended; logs may be deleted'),
				citations: cites,
				on: [
					{
						event: 'DELETE_LOGS',
						target: done('logs'),
						label: eventLabel('DELETE_LOGS'),
						citations: cites,
						by: authority,
						milestone: 'logsDeleted'
					}
				]
			}
		];
		if (multi)
			steps.push({ key: 'deleted', label: l('日志已删除', 'Logs deleted'), citations: cites, type: 'final' });
		regions.push({
			key: 'logs',
			label: l(`日志留存不少于${m}个月`, `Logs kept at least ${m} months`),
			citations: cites,
			children: steps
		});
	}
	for (const r of afterEndReportingRegions(role, s, done)) {
		if (multi)
			r.children!.push({ key: 'filed', label: l('已报送', 'Filed'), citations: r.citations, type: 'final' });
		regions.push(r);
	}
	if (!regions.length) return [{ key: 'terminated', label, citations: closedCites, type: 'final' }];
	const closed: NodeSpec = {
		key: 'closed',
		label: l('终止后处置完毕', 'Wind-down complete'),
		citations: closedCites,
		type: 'final'
	};
	const terminated: NodeSpec = {
		key: 'terminated',
		label,
		citations: closedCites,
		entry: [{ type: 'initTerminated' }],
		children: regions
	};
	if (multi) {
		terminated.type = 'parallel';
		terminated.onDone = { target: 'closed', label: closed.label, citations: closedCites };
	}
	return [terminated, closed];
}
