// Quzhou training walkthrough: one authorized operator from the call to expiry without reapplication.
// Every step drives the real statechart (src/lib/training/run.ts replays it in tests).

import { afterDays, l, nextDeadline, on, send } from '$lib/training/author';
import type { Walkthrough } from '$lib/training/types';

const materials = [
	'applicationForm',
	'auditReport',
	'financialReport',
	'securityCommitment',
	'riskSelfAssessment',
	'useCaseList',
	'dataRequestList'
];

export const walkthroughs: Walkthrough[] = [
	{
		id: 'quzhou-full-cycle',
		region: 'quzhou',
		title: l('衢州：授权运营单位的完整周期', 'Quzhou: an authorized operator’s full cycle'),
		summary: l(
			'从公告发布、申请、三级审查、协议签订、岗前培训、数据获取与加工、产品上架、年度报告与评估，到未按期重新申请而到期终止、数据删除和日志留存。',
			'From the call, the application and three reviews, the agreement, pre-job training, data access and processing, product release, the annual report and evaluation, to expiry without reapplication, data deletion and log retention.'
		),
		role: 'operator',
		start: '2025-01-01',
		facts: {
			noIncidentInLookback: true,
			goodCredit: true,
			// the data the walkthrough works with meets the text's data conditions
			dataBarredFromOpening: false,
			dataInvolvesProtectedInfo: false
		},
		steps: [
			{
				id: 'call',
				title: l('发布公告', 'The call is published'),
				narrative: l(
					'公共数据主管部门发布授权运营公告，明确授权运营领域、申请条件和材料。没有公告，就不能申请。',
					'The public data authority publishes a call for authorized operation, stating the domain, the conditions and the materials. Without a call there is nothing to apply to.'
				),
				notes: l(
					'强调：衢州是“依申请授权”，流程从公告开始。',
					'Stress that in Quzhou authorization answers a call: the process starts with the announcement.'
				),
				quote: ['sec-12'],
				quiz: {
					kind: 'next',
					question: l('旅程刚开始，下一步能做什么？', 'The journey has just begun. What can happen next?'),
					options: ['SUBMIT_APPLICATION', 'PUBLISH_CALL', 'SIGN_AGREEMENT'],
					answer: 'PUBLISH_CALL',
					explanation: l(
						'申请只能针对已发布的公告提出，协议要在审查之后签订。',
						'An application answers a published call, and the agreement comes only after the reviews.'
					),
					citations: ['sec-12']
				},
				action: send('PUBLISH_CALL'),
				expect: { status: 'applying', milestone: 'announcement' }
			},
			{
				id: 'application',
				title: l('提交申请', 'The application'),
				narrative: l(
					'申请单位在公告期内提交申请书、审计报告、财务报告、安全承诺、风险自评估、应用场景清单和数据需求清单。',
					'The applicant submits, within the call, the application form, audit and financial reports, a security commitment, a risk self-assessment, the use-case list and the data request list.'
				),
				quote: ['sec-13', 'sec-13-1'],
				action: [afterDays(14), send('SUBMIT_APPLICATION', { materials })],
				expect: { milestone: 'application' }
			},
			{
				id: 'reviews',
				title: l('资格审查与专家评审', 'Pre-review and expert review'),
				narrative: l(
					'公共数据主管部门进行资格预审，材料不全的要求补正；通过后由专家组综合评审。',
					'The public data authority pre-reviews the application (asking for missing materials if needed); the expert panel then reviews it as a whole.'
				),
				quote: ['sec-14', 'sec-7-1'],
				action: [afterDays(3), send('PASS_PRE_REVIEW'), afterDays(10), send('PASS_EXPERT_REVIEW')],
				expect: { milestone: ['preReview', 'expertReview'] }
			},
			{
				id: 'final-review',
				title: l('协调机制终审与政府批准', 'Final review and government approval'),
				narrative: l(
					'协调机制核验安全和信用条件（近3年未发生安全事件、信用良好），审议给予授权，报本级政府同意。未证明的事实一律不予通过。',
					'The coordination mechanism verifies security and credit (no incident in the last 3 years, good credit) and deliberates on granting authorization, which the government approves. A fact not shown never passes.'
				),
				notes: l(
					'可演示：去掉“近3年未发生安全事件”的事实，终审会被拒绝并引用十三·1。',
					'Demo idea: drop the “no incident in 3 years” fact and the final review is refused, citing 13·1.'
				),
				quote: ['sec-6-4', 'sec-13-1'],
				quiz: {
					kind: 'choice',
					question: l(
						'衢州申请单位须在多长期间内未发生网络安全或数据安全事件？',
						'Over how long must a Quzhou applicant have had no network or data security incident?'
					),
					options: [
						{ id: 'a', text: l('近1年', 'The last year'), value: 1 },
						{ id: 'b', text: l('近3年', 'The last 3 years'), value: 3 },
						{ id: 'c', text: l('从未发生过', 'Ever'), value: 'unlimited' }
					],
					answer: 'b',
					explanation: l(
						'十三·1：近3年未发生网络安全或数据安全事件。',
						'13·1: no such incident in the last 3 years.'
					),
					citations: ['sec-13-1'],
					basis: { dimension: 'eligibility.incidentLookbackYears', region: 'quzhou' }
				},
				action: [afterDays(7), send('PASS_FINAL_REVIEW'), afterDays(7), send('GOVERNMENT_APPROVE')],
				expect: { milestone: ['finalReview', 'governmentApproval'] }
			},
			{
				id: 'filing-notice',
				title: l('备案与社会公开', 'Filing and public disclosure'),
				narrative: l(
					'授权决定报备并向社会公开；公开期间无异议，方可签订协议。',
					'The decision is filed and disclosed to the public; once no objection stands, the agreement may be signed.'
				),
				quote: ['sec-15'],
				action: [afterDays(3), send('FILE_WITH_GOVERNMENT'), afterDays(10), send('CLEAR_NOTICE')],
				expect: { milestone: ['filing', 'publicNotice'] }
			},
			{
				id: 'agreement',
				title: l('签订授权运营协议', 'The agreement is signed'),
				narrative: l(
					'公共数据主管部门与授权运营单位签订协议，有效期最长不超过3年。要求4年会被拒绝。',
					'The public data authority signs the agreement with the operator for at most 3 years; asking for 4 is refused.'
				),
				quote: ['sec-16-p1'],
				quiz: {
					kind: 'choice',
					question: l(
						'衢州授权运营协议的最长期限是多少？',
						'What is the longest term of a Quzhou agreement?'
					),
					options: [
						{ id: 'a', text: l('24个月', '24 months'), value: 24 },
						{ id: 'b', text: l('36个月', '36 months'), value: 36 },
						{ id: 'c', text: l('60个月', '60 months'), value: 60 }
					],
					answer: 'b',
					explanation: l(
						'十六：协议有效期最长不超过3年。',
						'Section 16: the agreement runs for at most 3 years.'
					),
					citations: ['sec-16-p1'],
					basis: { dimension: 'term.maxMonths', region: 'quzhou' }
				},
				action: [afterDays(5), send('SIGN_AGREEMENT', { months: 36 })],
				expect: { status: 'licensed', milestone: 'licensed' }
			},
			{
				id: 'data-request',
				title: l('按场景申请数据', 'Requesting data for a use case'),
				narrative: l(
					'授权运营单位按应用场景提出数据需求，经审核同意后在授权运营域内获取数据。',
					'The operator requests data for a use case; once approved, it gets the data inside the operation domain.'
				),
				quote: ['sec-19'],
				action: [
					afterDays(1),
					send('REQUEST_DATA', { useCase: 'tourism-flows' }),
					afterDays(5),
					send('APPROVE_DATA_REQUEST')
				],
				expect: { milestone: 'dataApproved' }
			},
			{
				id: 'training',
				title: l('岗前培训', 'Pre-job training'),
				narrative: l(
					'数据已获批，但员工尚未完成岗前培训：此时加工数据会被拒绝。完成培训后才能进入加工。',
					'The data is approved, but staff have not had pre-job training: processing now is refused. Training comes first.'
				),
				notes: l(
					'衢州（十八）和泰安（第三十条）明确要求岗前培训。',
					'Quzhou (18) and Tai’an (art. 30) expressly require pre-job training.'
				),
				quote: ['sec-18'],
				quiz: {
					kind: 'choice',
					question: l(
						'培训前，授权运营单位能否开始加工数据？',
						'Before training, may the operator start processing?'
					),
					options: [
						{ id: 'yes', text: l('可以，数据已获批', 'Yes, the data is approved'), value: true },
						{
							id: 'no',
							text: l('不可以，须先完成岗前培训', 'No, pre-job training comes first'),
							value: false
						}
					],
					answer: 'no',
					explanation: l(
						'十八：相关人员须经岗前培训方可上岗。',
						'Section 18: staff must be trained before starting work.'
					),
					citations: ['sec-18'],
					basis: { can: { type: 'PROCESS_DATA' } }
				},
				action: send('COMPLETE_TRAINING'),
				expect: { state: 'licensed.training.done', milestone: 'trained' }
			},
			{
				id: 'processing',
				title: l('在域内加工', 'Processing inside the domain'),
				narrative: l(
					'加工在授权运营域内进行，原始数据不出域、数据可用不可见。',
					'Processing happens inside the operation domain: raw data stays in the domain; data usable but not visible.'
				),
				quote: ['sec-20', 'sec-21-p1'],
				quiz: {
					kind: 'next',
					question: l('培训完成后，下一步是什么？', 'Training is done. What happens next?'),
					options: ['PROCESS_DATA', 'EXPORT_RAW_DATA', 'PROVIDE_DATA_TO_THIRD_PARTY'],
					answer: 'PROCESS_DATA',
					explanation: l(
						'原始数据不得导出域外，也不得提供给第三方；只能在域内加工。',
						'Raw data may not leave the domain nor go to third parties; processing happens inside.'
					),
					citations: ['sec-21-p1']
				},
				action: [afterDays(1), send('PROCESS_DATA')]
			},
			{
				id: 'product',
				title: l('数据产品审核与上架', 'Product review and release'),
				narrative: l(
					'加工形成的数据产品和服务经审核后上架，按数据要素市场规则流通交易。',
					'The data products and services are reviewed, then released and traded under the data-market rules.'
				),
				quote: ['sec-21-p2'],
				action: [afterDays(20), send('SUBMIT_PRODUCT'), afterDays(10), send('APPROVE_PRODUCT')],
				expect: { milestone: 'productReleased' }
			},
			{
				id: 'annual-report',
				title: l('年度运营报告', 'The annual operation report'),
				narrative: l(
					'运营期限内每年提交运营报告，按协议年度计算。第一个协议年度的最后一天提交仍算按时。',
					'An operation report is due each agreement year; filed on the last day of the first year it is on time.'
				),
				quote: ['sec-22'],
				quiz: {
					kind: 'choice',
					question: l('衢州的运营报告多久报送一次？', 'How often are Quzhou operation reports due?'),
					options: [
						{ id: 'q', text: l('每季度', 'Every quarter'), value: 'quarterlyPlusAnnualSummary' },
						{ id: 'h', text: l('每半年', 'Every six months'), value: 'halfYearly' },
						{ id: 'a', text: l('每年', 'Every year'), value: 'annual' }
					],
					answer: 'a',
					explanation: l(
						'二十二：运营期限内提交年度运营报告。',
						'Section 22: an annual operation report during the term.'
					),
					citations: ['sec-22-p1'],
					basis: { dimension: 'reporting.operatorCadence', region: 'quzhou' }
				},
				action: [on('2026-02-28'), send('SUBMIT_REPORT')],
				expect: { milestone: 'reportFiled' }
			},
			{
				id: 'evaluation',
				title: l('年度评估', 'The annual evaluation'),
				narrative: l(
					'协调机制监督指导年度评估。评估不合格的，终止授权（十七·4）；本例评估合格。',
					'The coordination mechanism oversees the annual evaluation. A failed evaluation ends the authorization (17·4); here it passes.'
				),
				quote: ['sec-6-5', 'sec-17-4'],
				action: [afterDays(1), send('EVALUATE', { result: 'pass' })],
				expect: { status: 'licensed', milestone: 'evaluation:pass' }
			},
			{
				id: 'renewal-deadline',
				title: l('重新申请的截止', 'The reapplication deadline'),
				narrative: l(
					'需要继续运营的，应在协议届满三个月前重新申请。协议的最后一天是2028-02-29，重新申请的最后一天是2027-11-30；本例未申请，期限已过。',
					'To continue, the operator must reapply at least three months before expiry. The term’s last day is 2028-02-29, so 2027-11-30 is the last day to reapply; here nobody reapplies and the deadline passes.'
				),
				quote: ['sec-16-p2'],
				quiz: {
					kind: 'choice',
					question: l(
						'届满前至少多少个月须重新申请？',
						'At least how many months before expiry must one reapply?'
					),
					options: [
						{ id: 'a', text: l('1个月', '1 month'), value: 1 },
						{ id: 'b', text: l('3个月', '3 months'), value: 3 },
						{ id: 'c', text: l('6个月', '6 months'), value: 6 }
					],
					answer: 'b',
					explanation: l(
						'十六：届满三个月前按程序重新申请。',
						'Section 16: reapply at least three months before expiry.'
					),
					citations: ['sec-16-p2'],
					basis: { dimension: 'renewal.deadlineMonthsBeforeExpiry', region: 'quzhou' }
				},
				action: on('2027-12-02'),
				expect: { milestone: 'renewalDeadlinePassed' }
			},
			{
				id: 'expiry',
				title: l('到期终止', 'Expiry'),
				narrative: l(
					'协议到期且未重新申请的，授权终止（十七·1），授权运营域随之关闭。',
					'The agreement has expired without reapplication, so the authorization ends (17·1) and the domain is closed.'
				),
				quote: ['sec-17-1'],
				quiz: {
					kind: 'choice',
					question: l(
						'截止日已过，还能重新申请吗？',
						'The deadline has passed. Can the operator still reapply?'
					),
					options: [
						{ id: 'yes', text: l('可以，协议尚未到期', 'Yes, the term has not ended'), value: true },
						{
							id: 'no',
							text: l('不可以，须在届满三个月前申请', 'No, it had to be three months before expiry'),
							value: false
						}
					],
					answer: 'no',
					explanation: l(
						'十六：届满三个月前重新申请；逾期则到期终止。',
						'Section 16: three months before expiry; late, the term simply ends.'
					),
					citations: ['sec-16-p2', 'sec-17-1'],
					basis: { can: { type: 'REAPPLY' } }
				},
				action: on('2028-03-02'),
				expect: { status: 'terminated', milestone: 'terminated:expiry' }
			},
			{
				id: 'deletion',
				title: l('删除数据，留存日志', 'Delete the data, keep the logs'),
				narrative: l(
					'授权终止后删除留存数据；网络日志至少留存6个月，期满后方可删除。',
					'After termination the retained data is deleted; network logs are kept at least 6 months and deleted only after that.'
				),
				quote: ['sec-17-p1'],
				action: [afterDays(1), send('DELETE_DATA'), nextDeadline, send('DELETE_LOGS')],
				expect: { status: 'closed', milestone: ['dataDeleted', 'logsDeleted'] }
			}
		]
	}
];
