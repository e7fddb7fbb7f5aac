// Building block: oversight while licensed — periodic reports at the region's cadence, evaluations,
// rectification, suspension and restoration, and security incidents and risks with their duties.

import type { ClauseId, Localized } from '$lib/regions/types';
import type { Check } from '../checks';
import { eventLabel } from '../events';
import type { NodeSpec, TransitionSpec } from '../kit';
import type { Settings } from '../settings';
import type { EvaluationResult, RoleJourney } from '../types';
import { l } from '$lib/regions/localized';

const P = 'licensed';

const CADENCE_WORDS: Record<string, Localized> = {
	annual: l('每年', 'annual'),
	halfYearly: l('每半年', 'half-yearly'),
	quarterlyPlusAnnualSummary: l('每季度', 'quarterly'),
	regularly: l('定期（未定频次）', 'regularly (no cadence set)'),
	onTime: l('按时（未定频次）', 'on time (no cadence set)'),
	notSpecified: l('未规定频次', 'no cadence set')
};

function reportingNodes(role: RoleJourney, s: Settings): NodeSpec[] {
	if (!role.reporting || !s.cadence) return [];
	if (s.cadence === 'unspecified') return [unscheduledReporting(s)];
	const nodes = [periodicReporting(s, s.cadence)];
	if (s.cadence === 'quarterlyPlusAnnualSummary') nodes.push(annualSummary(s));
	return nodes;
}

/** Reports the text asks for without a cadence: each one counted, none ever due. */
function unscheduledReporting(s: Settings): NodeSpec {
	const cites = s.cadenceCitations;
	const words = CADENCE_WORDS[s.cadenceWords ?? 'notSpecified'] ?? CADENCE_WORDS.notSpecified!;
	return {
		key: 'reporting',
		label: l('运营报告', 'Operation reports'),
		citations: cites,
		children: [
			{
				key: 'unscheduled',
				label: l(`报告：${words.zh}，无固定截止日`, `Reports: ${words.en}, no fixed due date`),
				citations: cites,
				on: [
					{
						event: 'SUBMIT_REPORT',
						effects: [{ type: 'count', params: { key: 'reportsFiled' } }],
						label: eventLabel('SUBMIT_REPORT'),
						citations: cites,
						by: null,
						milestone: 'reportFiled'
					}
				]
			}
		]
	};
}

/** A report each period (annual, half-yearly or quarterly): due, filed, or overdue, period after period. */
function periodicReporting(s: Settings, cadence: NonNullable<Settings['cadence']>): NodeSpec {
	const cites = s.cadenceCitations;
	const base = `${P}.reporting`;
	const words = CADENCE_WORDS[cadence]!;
	const submit = (target: string, milestone: string): TransitionSpec => ({
		event: 'SUBMIT_REPORT',
		target,
		effects: [
			{ type: 'count', params: { key: 'reportsFiled' } },
			// the current period's report (a late one is a past period's)
			...(milestone === 'reportFiled' ? [{ type: 'markReportFiled' }] : [])
		],
		label: eventLabel('SUBMIT_REPORT'),
		citations: cites,
		by: null,
		milestone
	});
	const next = { type: 'nextReportPeriod' };
	const missed = { type: 'count', params: { key: 'reportsMissed' } };
	return {
		key: 'reporting',
		label: l(`运营报告（${words.zh}）`, `Operation reports (${words.en})`),
		citations: cites,
		children: [
			{
				key: 'due',
				label: l('本期报告待交（期末前）', 'This period’s report due (by period end)'),
				citations: cites,
				on: [submit(`${base}.filed`, 'reportFiled')],
				after: [
					{
						deadline: 'reportDue',
						target: `${base}.overdue`,
						effects: [missed, next],
						label: l('期末未交报告', 'Period ended without a report'),
						citations: cites,
						milestone: 'reportOverdue'
					}
				]
			},
			{
				key: 'filed',
				label: l('本期报告已交', 'This period’s report filed'),
				citations: cites,
				on: [
					{
						event: 'SUBMIT_REPORT',
						checks: [
							{
								kind: 'never',
								reason: l(
									'本期（至 {date}）报告已提交',
									'The report for the period ending {date} is already filed'
								),
								citations: cites,
								dateKey: 'reportPeriodEnd'
							}
						],
						label: eventLabel('SUBMIT_REPORT'),
						citations: cites,
						by: null
					}
				],
				after: [
					{
						deadline: 'reportDue',
						target: `${base}.due`,
						effects: [next],
						label: l('新报告期开始', 'A new report period begins'),
						citations: cites
					}
				]
			},
			{
				key: 'overdue',
				label: l('有逾期未交的报告', 'A report is overdue'),
				citations: cites,
				on: [submit(`${base}.due`, 'reportFiledLate')],
				after: [
					{
						deadline: 'reportDue',
						target: `${base}.overdue`,
						reenter: true,
						effects: [missed, next],
						label: l('又一期未交报告', 'Another period ended without a report'),
						citations: cites,
						milestone: 'reportOverdue'
					}
				]
			}
		]
	};
}

/** Quarterly reporting's annual summary: last year's, due in each first quarter. */
function annualSummary(s: Settings): NodeSpec {
	const cites = s.cadenceCitations;
	const sb = `${P}.summary`;
	const nextSummary = { type: 'nextSummary' };
	const file = (target: string, milestone: string): TransitionSpec => ({
		event: 'SUBMIT_ANNUAL_SUMMARY',
		target,
		effects: [{ type: 'markSummary', params: { key: 'summaryFiledFor' } }],
		label: eventLabel('SUBMIT_ANNUAL_SUMMARY'),
		citations: cites,
		by: null,
		milestone
	});
	const opens = () => ({
		deadline: 'summaryOpens',
		target: `${sb}.due`,
		effects: [nextSummary],
		label: l('新年度：一季度内报上年总结', 'New year: last year’s summary due in Q1'),
		citations: cites
	});
	return {
		key: 'summary',
		label: l('年度总结报告（每年一季度）', 'Annual summary (in Q1 each year)'),
		citations: cites,
		children: [
			{
				key: 'waiting',
				label: l('尚未到报送年度总结的时间', 'No summary due yet'),
				citations: cites,
				after: [opens()]
			},
			{
				key: 'due',
				label: l('一季度内报送上年总结', 'Last year’s summary due this quarter'),
				citations: cites,
				on: [file(`${sb}.filed`, 'summaryFiled')],
				after: [
					{
						deadline: 'summaryDue',
						target: `${sb}.overdue`,
						effects: [{ type: 'markSummary', params: { key: 'summaryMissedFor' } }],
						label: l('一季度结束未报总结', 'Q1 ended without the summary'),
						citations: cites,
						milestone: 'summaryOverdue'
					}
				]
			},
			{
				key: 'filed',
				label: l('年度总结已报', 'Annual summary filed'),
				citations: cites,
				after: [opens()]
			},
			{
				key: 'overdue',
				label: l('年度总结逾期', 'Annual summary overdue'),
				citations: cites,
				on: [file(`${sb}.filed`, 'summaryFiledLate')],
				after: [opens()]
			}
		]
	};
}

function results(role: RoleJourney): EvaluationResult[] {
	return role.evaluation?.majorRisk ? ['pass', 'fail', 'majorRisk'] : ['pass', 'fail'];
}

const RESULT_WORDS: Record<EvaluationResult, Localized> = {
	pass: l('合格', 'passed'),
	fail: l('不合格/发现问题', 'failed / problems found'),
	majorRisk: l('发现重大安全风险', 'major security risk found')
};

function resultCheck(r: EvaluationResult, all: EvaluationResult[]): Check {
	return {
		kind: 'payload',
		field: 'result',
		oneOf: [r],
		reason: l(`须写明评估结果：${all.join(' / ')}`, `Give the result: ${all.join(' / ')}`),
		citations: []
	};
}

function daysCheck(citations: ClauseId[]): Check {
	return {
		kind: 'positive',
		field: 'days',
		reason: l('须写明整改期限（天数）', 'Give the rectification period in days'),
		citations
	};
}

function evaluationNodes(role: RoleJourney, s: Settings): NodeSpec[] {
	const e = role.evaluation;
	if (!e || !s.evaluationCadence) return [];
	const cites = [...new Set([...s.evaluationCitations, ...e.citations])];
	const all = results(role);
	const base = `${P}.evaluation`;
	const evaluate = (target: string | undefined): TransitionSpec[] =>
		all.map((r) => ({
			event: 'EVALUATE',
			target,
			checks: [
				resultCheck(r, all),
				...(r === 'fail' && e.onFail === 'rectify'
					? [daysCheck(role.rectification?.orderCitations ?? cites)]
					: [])
			],
			effects: [{ type: 'setEvaluation', params: { warn: e.onFail === 'warn' } }],
			label: l(`评估：${RESULT_WORDS[r].zh}`, `Evaluation: ${RESULT_WORDS[r].en}`),
			citations: r === 'majorRisk' ? (e.majorRisk?.citations ?? cites) : cites,
			by: e.by,
			milestone: `evaluation:${r}`
		}));
	if (s.evaluationCadence === 'regularly')
		return [
			{
				key: 'evaluation',
				label: l('评估（定期，未定频次）', 'Evaluation (regular, no cadence set)'),
				citations: cites,
				children: [
					{
						key: 'ready',
						label: l('可随时组织评估', 'An evaluation may be held at any time'),
						citations: cites,
						entry: [{ type: 'setFlag', params: { key: 'evaluationOpen', value: true } }],
						on: evaluate(undefined)
					}
				]
			}
		];
	return [
		{
			key: 'evaluation',
			label: l('年度评估', 'Annual evaluation'),
			citations: cites,
			children: [
				{
					key: 'waiting',
					label: l('本协议年度评估未到期', 'This agreement year’s evaluation not yet due'),
					citations: cites,
					entry: [{ type: 'setFlag', params: { key: 'evaluationOpen', value: false } }],
					on: [
						{
							event: 'EVALUATE',
							checks: [
								{
									kind: 'never',
									reason: l(
										'年度评估于协议年度结束（{date}）后进行',
										'The annual evaluation falls due after the agreement year ends on {date}'
									),
									citations: cites,
									dateKey: 'evaluationPeriodEnd'
								}
							],
							label: eventLabel('EVALUATE'),
							citations: cites,
							by: e.by
						}
					],
					after: [
						{
							deadline: 'evaluationDue',
							target: `${base}.due`,
							effects: [{ type: 'nextEvaluationPeriod' }],
							label: l('协议年度结束，年度评估到期', 'Agreement year ended: annual evaluation due'),
							citations: cites,
							milestone: 'evaluationDue'
						}
					]
				},
				{
					key: 'due',
					label: l('年度评估待进行', 'Annual evaluation due'),
					citations: cites,
					entry: [{ type: 'setFlag', params: { key: 'evaluationOpen', value: true } }],
					on: evaluate(`${base}.waiting`),
					after: [
						{
							deadline: 'evaluationDue',
							target: `${base}.due`,
							reenter: true,
							effects: [{ type: 'nextEvaluationPeriod' }],
							label: l(
								'又一协议年度结束，评估仍未进行',
								'Another agreement year ended without an evaluation'
							),
							citations: cites,
							milestone: 'evaluationMissed'
						}
					]
				}
			]
		}
	];
}

function standingNode(role: RoleJourney): NodeSpec | null {
	const e = role.evaluation;
	const rect = role.rectification;
	const susp = role.suspension;
	const onFail = e?.onFail;
	const canRectify = !!rect || onFail === 'rectify' || onFail === 'suspendAndRectify';
	if (!canRectify && !susp) return null;
	const base = `${P}.standing`;
	const evalCites = e?.citations ?? [];
	const open: Check = {
		kind: 'context',
		key: 'evaluationOpen',
		oneOf: [true],
		reason: l('现在不能评估', 'No evaluation can be held now'),
		citations: evalCites
	};
	const all = results(role);
	const good: TransitionSpec[] = [];
	if (onFail === 'suspendAndRectify' && susp)
		good.push({
			event: 'EVALUATE',
			target: `${base}.suspended`,
			checks: [resultCheck('fail', all), open],
			label: l('评估不符合要求：立即整改并暂停权限', 'Evaluation failed: rectify at once; access suspended'),
			citations: [...evalCites, ...susp.citations],
			by: e!.by,
			milestone: 'suspended'
		});
	if (onFail === 'rectify')
		good.push({
			event: 'EVALUATE',
			target: `${base}.rectifying`,
			checks: [resultCheck('fail', all), daysCheck(rect?.orderCitations ?? evalCites), open],
			effects: [{ type: 'setRectificationDue' }],
			label: l('评估指出问题：限期整改', 'Evaluation found problems: rectify within the period'),
			citations: rect?.orderCitations ?? evalCites,
			by: e!.by,
			milestone: 'rectificationOrdered'
		});
	const majorRisk: TransitionSpec[] =
		e?.majorRisk && susp
			? [
					{
						event: 'EVALUATE',
						target: `${base}.suspended`,
						checks: [resultCheck('majorRisk', all), open],
						label: l('评估发现重大安全风险：暂停', 'Major security risk found: operation suspended'),
						citations: e.majorRisk.citations,
						by: e.by,
						milestone: 'suspended'
					}
				]
			: [];
	good.push(...majorRisk);
	if (rect?.orderedBy)
		good.push({
			event: 'ORDER_RECTIFICATION',
			target: `${base}.rectifying`,
			checks: rect.period ? [daysCheck(rect.orderCitations)] : [],
			effects: rect.period ? [{ type: 'setRectificationDue' }] : [],
			label: eventLabel('ORDER_RECTIFICATION'),
			citations: rect.orderCitations,
			by: rect.orderedBy,
			milestone: 'rectificationOrdered'
		});
	const children: NodeSpec[] = [
		{
			key: 'good',
			label: l('正常运营', 'In good standing'),
			citations: role.agreement.citations,
			entry: [{ type: 'setStanding', params: { value: 'good' } }],
			on: good
		}
	];
	if (onFail === 'rectify' || rect?.orderedBy) {
		const late: NodeSpec['after'] =
			rect?.period && rect.onLate === 'terminate'
				? [
						{
							deadline: 'rectificationDue',
							target: 'terminated',
							effects: [{ type: 'setGround', params: { ground: 'failedRectification' } }],
							label: l(
								'未按时完成整改：终止协议',
								'Rectification not completed on time: agreement terminated'
							),
							citations: rect.lateCitations,
							milestone: 'terminated:failedRectification'
						}
					]
				: rect?.period && rect.onLate === 'suspend' && susp
					? [
							{
								deadline: 'rectificationDue',
								target: `${base}.suspended`,
								label: l('未按期整改到位：暂停授权运营', 'Not rectified on time: operation suspended'),
								citations: rect.lateCitations,
								milestone: 'suspended'
							}
						]
					: [];
		children.push({
			key: 'rectifying',
			label: l('限期整改中', 'Rectifying'),
			citations: rect?.orderCitations ?? evalCites,
			entry: [{ type: 'setStanding', params: { value: 'rectifying' } }],
			on: [
				{
					event: 'RECTIFIED',
					target: `${base}.good`,
					label: eventLabel('RECTIFIED'),
					citations: rect?.orderCitations ?? evalCites,
					by: null,
					milestone: 'rectified'
				},
				...majorRisk
			],
			after: late
		});
	}
	if (susp)
		children.push({
			key: 'suspended',
			label: l('数据使用权限暂停', 'Data access suspended'),
			citations: susp.citations,
			entry: [{ type: 'setStanding', params: { value: 'suspended' } }],
			on: [
				susp.restoration
					? {
							event: 'RECTIFIED',
							target: `${base}.good`,
							label: l('按要求完成整改：恢复数据使用权限', 'Rectified as required: access restored'),
							citations: susp.restorationCitations,
							by: null,
							milestone: 'restored'
						}
					: {
							event: 'RECTIFIED',
							checks: [
								{
									kind: 'never',
									reason: l('文本未规定暂停后如何恢复', 'The text does not say how a suspension is lifted'),
									citations: susp.citations
								}
							],
							label: eventLabel('RECTIFIED'),
							citations: susp.citations,
							by: null
						}
			]
		});
	return {
		key: 'standing',
		label: l('整改与暂停', 'Rectification and suspension'),
		citations: evalCites,
		children
	};
}

function securityNode(role: RoleJourney): NodeSpec | null {
	const s = role.security;
	if (!s) return null;
	const base = `${P}.security`;
	const normalOn: TransitionSpec[] = [
		{
			event: 'SECURITY_INCIDENT',
			target: `${base}.incident`,
			effects: [{ type: 'countIncident' }],
			label: eventLabel('SECURITY_INCIDENT'),
			citations: s.incident.citations,
			by: null,
			milestone: 'incident'
		}
	];
	const children: NodeSpec[] = [
		{
			key: 'normal',
			label: l('无未处置的安全事项', 'No open security matter'),
			citations: s.incident.citations,
			entry: [{ type: 'setHold', params: { value: false } }],
			on: normalOn
		},
		{
			key: 'incident',
			label: l(`安全事件：${s.incident.duty.zh}`, `Incident: ${s.incident.duty.en}`),
			citations: s.incident.citations,
			entry: [{ type: 'setHold', params: { value: s.incident.haltsProcessing } }],
			on: [
				{
					event: 'REPORT_INCIDENT',
					target: `${base}.normal`,
					label: l(s.incident.duty.zh, s.incident.duty.en),
					citations: s.incident.citations,
					by: null,
					milestone: 'incidentReported'
				}
			]
		}
	];
	if (s.risk) {
		normalOn.push({
			event: 'DISCOVER_RISK',
			target: `${base}.risk`,
			label: eventLabel('DISCOVER_RISK'),
			citations: s.risk.citations,
			by: null,
			milestone: 'riskFound'
		});
		children.push(
			{
				key: 'risk',
				label: l(`发现风险：${s.risk.duty.zh}`, `Risk found: ${s.risk.duty.en}`),
				citations: s.risk.citations,
				entry: [{ type: 'setHold', params: { value: true } }],
				on: [
					{
						event: 'REPORT_RISK',
						target: `${base}.riskReported`,
						label: eventLabel('REPORT_RISK'),
						citations: s.risk.citations,
						by: null,
						milestone: 'riskReported'
					}
				]
			},
			{
				key: 'riskReported',
				label: l('风险已报告，处理仍停止', 'Risk reported; processing still stopped'),
				citations: s.risk.citations,
				entry: [{ type: 'setHold', params: { value: true } }],
				on: [
					{
						event: 'RESUME_PROCESSING',
						target: `${base}.normal`,
						label: eventLabel('RESUME_PROCESSING'),
						citations: s.risk.citations,
						by: l('主管部门', 'The authority'),
						notes: [
							l(
								'文本未规定停止后如何恢复处理；模拟以主管部门确认风险处置完毕为准。',
								'The text does not say how processing resumes after a stop; the simulator has the authority clear it.'
							)
						]
					}
				]
			}
		);
	}
	return {
		key: 'security',
		label: l('安全事件与风险', 'Security incidents and risks'),
		citations: s.incident.citations,
		children
	};
}

export function oversightRegions(role: RoleJourney, s: Settings): NodeSpec[] {
	return [
		...reportingNodes(role, s),
		...evaluationNodes(role, s),
		standingNode(role),
		securityNode(role)
	].filter((n): n is NodeSpec => n !== null);
}

/**
 * Reporting duties that go on after the agreement ends, where the text does not limit them to the term
 * (Henan 第二十二条第三款: "按季度报送…每年第一季度报送上一年度…总结报告"; Quzhou 二十二 and Tai'an 第二十三条 say
 * "在运营期限内" and get none): the report on the period in which the agreement ended, due at that period's
 * end, and the yearly summaries still to come (that year's, and last year's if it was due and not yet filed).
 * `done(region)` is where a region goes when nothing more is owed.
 */
export function afterEndReportingRegions(
	role: RoleJourney,
	s: Settings,
	done: (region: string) => string
): NodeSpec[] {
	const r = role.reporting;
	if (!r || r.withinTerm || !s.cadence || s.cadence === 'unspecified') return [];
	const cites = s.cadenceCitations;
	const base = 'terminated.finalReport';
	const nothingOwed = (key: 'finalReportOwed' | 'summariesOwed', value: boolean | number) => ({
		target: done('finalReport'),
		checks: [
			{
				kind: 'context' as const,
				key,
				oneOf: [value],
				reason: l('没有待交的报告', 'No report is owed'),
				citations: cites
			}
		],
		label: l('没有待交的报告', 'No report is owed'),
		citations: cites
	});
	const filed = (target: string, milestone: string): TransitionSpec => ({
		event: 'SUBMIT_REPORT',
		target,
		effects: [
			{ type: 'count', params: { key: 'reportsFiled' } },
			{ type: 'setFlag', params: { key: 'finalReportOwed', value: false } }
		],
		label: eventLabel('SUBMIT_REPORT'),
		citations: cites,
		by: null,
		milestone
	});
	const report: NodeSpec = {
		key: 'finalReport',
		label: l('协议终止后：终止所在报告期的报告', 'After the end: the report on the period in which it ended'),
		citations: cites,
		children: [
			{
				key: 'owed',
				label: l('终止所在报告期的报告待交（期末前）', 'The last period’s report is due (by its end)'),
				citations: cites,
				always: [nothingOwed('finalReportOwed', false)],
				on: [filed(done('finalReport'), 'reportFiled')],
				after: [
					{
						deadline: 'finalReportDue',
						target: `${base}.overdue`,
						effects: [{ type: 'count', params: { key: 'reportsMissed' } }],
						label: l('期末未交报告', 'Period ended without a report'),
						citations: cites,
						milestone: 'reportOverdue'
					}
				]
			},
			{
				key: 'overdue',
				label: l('终止所在报告期的报告逾期', 'The last period’s report is overdue'),
				citations: cites,
				on: [filed(done('finalReport'), 'reportFiledLate')]
			}
		]
	};
	if (s.cadence !== 'quarterlyPlusAnnualSummary') return [report];

	const sb = 'terminated.finalSummary';
	const doneSummary = done('finalSummary');
	const file = (milestone: string): TransitionSpec => ({
		event: 'SUBMIT_ANNUAL_SUMMARY',
		target: `${sb}.waiting`,
		label: eventLabel('SUBMIT_ANNUAL_SUMMARY'),
		citations: cites,
		by: null,
		milestone
	});
	const opens = (): NonNullable<NodeSpec['after']>[number] => ({
		deadline: 'summaryOpens',
		target: `${sb}.due`,
		checks: [
			{
				kind: 'context',
				key: 'summariesOwed',
				oneOf: [1, 2],
				reason: l('没有待报的年度总结', 'No summary is owed'),
				citations: cites
			}
		],
		effects: [{ type: 'nextSummary' }, { type: 'openSummary' }],
		label: l('一季度内报上年总结', 'Last year’s summary due this first quarter'),
		citations: cites
	});
	const summary: NodeSpec = {
		key: 'finalSummary',
		label: l('协议终止后：尚未报送的年度总结', 'After the end: the yearly summaries still to file'),
		citations: cites,
		children: [
			{
				key: 'waiting',
				label: l('待下一年一季度报送总结', 'Summary due in the next first quarter'),
				citations: cites,
				always: [{ ...nothingOwed('summariesOwed', 0), target: doneSummary }],
				after: [opens()]
			},
			{
				key: 'due',
				label: l('一季度内报送上年总结', 'Last year’s summary due this quarter'),
				citations: cites,
				on: [file('summaryFiled')],
				after: [
					{
						deadline: 'summaryDue',
						target: `${sb}.overdue`,
						label: l('一季度结束未报总结', 'Q1 ended without the summary'),
						citations: cites,
						milestone: 'summaryOverdue'
					}
				]
			},
			{
				key: 'overdue',
				label: l('年度总结逾期', 'Annual summary overdue'),
				citations: cites,
				on: [file('summaryFiledLate')],
				after: [opens()]
			}
		]
	};
	return [report, summary];
}
