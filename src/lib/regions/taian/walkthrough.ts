// Tai'an training walkthrough: one data operator from the call to expiry, with registration and the
// authorization certificate. Every step drives the real statechart (src/lib/training/run.ts).

import { afterDays, l, nextDeadline, on, send } from '$lib/training/author';
import type { Walkthrough } from '$lib/training/types';

export const walkthroughs: Walkthrough[] = [
	{
		id: 'taian-full-cycle',
		region: 'taian',
		title: l('泰安：数据运营单位的完整周期', 'Tai’an: a data operator’s full cycle'),
		summary: l(
			'公告、申报、专家综合评审、公示、协议与数据授权证书、岗前安全培训、数据需求与域内加工、资源登记、产品场内交易、半年报告、评估，直至期满终止与日志留存。',
			'Call, application, expert review, public notice, agreement and authorization certificate, pre-job security training, data requests and processing on the platform, resource registration, on-exchange trading, half-yearly reports, evaluation, then expiry and log retention.'
		),
		role: 'operator',
		start: '2025-01-01',
		facts: {
			goodOperatingCondition: true,
			goodCredit: true,
			securityOfficer: true,
			mlps3Experience: true,
			noIncidentInLookback: true,
			// the data the walkthrough works with meets the text's data conditions
			dataRightsConfirmedByProvider: true,
			dataBarredFromOpening: false,
			dataInvolvesProtectedInfo: false
		},
		steps: [
			{
				id: 'call',
				title: l('发布授权运营公告', 'The call is published'),
				narrative: l(
					'市大数据主管部门根据市场主体或数据提供单位的申请，发布公共数据授权运营公告。',
					'At the request of market players or data providers, the city big-data authority publishes a call for authorized operation.'
				),
				quote: ['art-14-1'],
				action: send('PUBLISH_CALL'),
				expect: { status: 'applying', milestone: 'announcement' }
			},
			{
				id: 'application',
				title: l('提交申报材料', 'The application'),
				narrative: l(
					'申报单位在公告规定时间内提交材料，并须满足第十三条条件：经营良好、信用良好、落实数据安全负责人、近3年未发生安全事件等。',
					'Applicants file within the time the call sets and must meet article 13: sound operation, good credit, a data-security officer, no security incident in the past 3 years, and so on.'
				),
				quote: ['art-14-2', 'art-13'],
				action: [afterDays(10), send('SUBMIT_APPLICATION')],
				expect: { milestone: 'application' }
			},
			{
				id: 'expert-review',
				title: l('第三方专家综合评审', 'Third-party expert review'),
				narrative: l(
					'市大数据主管部门组织第三方专家综合评审，初步确定数据运营单位。',
					'The authority has third-party experts review the applications and provisionally selects the data operator.'
				),
				quote: ['art-14-3'],
				action: [afterDays(20), send('PASS_EXPERT_REVIEW')],
				expect: { milestone: 'expertReview' }
			},
			{
				id: 'approval-notice',
				title: l('批准与公示', 'Approval and public notice'),
				narrative: l(
					'报市政府同意后公示；公示无异议，方可签订协议。',
					'With the city government’s approval the result is publicly noticed; only when no objection stands may the agreement be signed.'
				),
				quote: ['art-14-3', 'art-14-4'],
				action: [afterDays(7), send('GOVERNMENT_APPROVE'), afterDays(5), send('CLEAR_NOTICE')],
				expect: { milestone: ['governmentApproval', 'publicNotice'] }
			},
			{
				id: 'agreement',
				title: l('签订授权运营协议', 'The agreement is signed'),
				narrative: l(
					'市大数据主管部门与数据运营单位签订协议，运营期限一般不超过3年。',
					'The city big-data authority and the data operator sign the agreement; the term is generally at most 3 years.'
				),
				notes: l(
					'注意“一般”：泰安的3年上限带有限定语，与衢州的“最长不超过”不同。',
					'Note “generally”: Tai’an’s 3-year cap is hedged, unlike Quzhou’s “at most”.'
				),
				quote: ['art-14-4', 'art-17'],
				quiz: {
					kind: 'next',
					question: l('公示已无异议，下一步是什么？', 'The notice has cleared. What happens next?'),
					options: ['SIGN_AGREEMENT', 'REQUEST_DATA', 'PROCESS_DATA'],
					answer: 'SIGN_AGREEMENT',
					explanation: l(
						'签订协议前不能申请或加工数据：先签协议，再谈数据。',
						'No data may be requested or processed before the agreement: sign first.'
					),
					citations: ['art-14-4']
				},
				action: [afterDays(1), send('SIGN_AGREEMENT', { months: 36 })],
				expect: { status: 'licensed', milestone: 'licensed' }
			},
			{
				id: 'certificate',
				title: l('发放数据授权证书', 'The authorization certificate'),
				narrative: l(
					'协议签订后，市大数据主管部门向数据运营单位发放数据授权证书。',
					'Once the agreement is signed, the authority issues the data operator a data authorization certificate.'
				),
				quote: ['art-14-5'],
				action: send('ISSUE_AUTHORIZATION_CERTIFICATE'),
				expect: { milestone: 'certificate:authorization' }
			},
			{
				id: 'data-request',
				title: l('一场景一申请', 'One application per use case'),
				narrative: l(
					'数据运营单位按“一场景一申请”提交数据需求，场景明确、最小必要、可实施，经审核后获得数据。',
					'The operator files data requests one use case at a time — a clear use case, minimal necessity, feasibility — and gets the data once approved.'
				),
				quote: ['art-15', 'art-16'],
				action: [afterDays(1), send('REQUEST_DATA'), afterDays(3), send('APPROVE_DATA_REQUEST')],
				expect: { milestone: 'dataApproved' }
			},
			{
				id: 'training',
				title: l('岗前安全培训', 'Pre-job security training'),
				narrative: l(
					'数据已获批，但相关人员还未接受岗前安全培训，此时加工会被拒绝。',
					'The data is approved, but staff have not had pre-job security training, so processing is refused for now.'
				),
				quote: ['art-30'],
				quiz: {
					kind: 'choice',
					question: l('培训完成前能否加工数据？', 'May data be processed before the training?'),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{
							id: 'no',
							text: l('不可以，须先岗前安全培训', 'No, pre-job security training first'),
							value: false
						}
					],
					answer: 'no',
					explanation: l(
						'第三十条：开展相关人员岗前安全培训。',
						'Article 30: staff receive pre-job security training.'
					),
					citations: ['art-30'],
					basis: { can: { type: 'PROCESS_DATA' } }
				},
				action: [afterDays(2), send('COMPLETE_TRAINING')],
				expect: { milestone: 'trained' }
			},
			{
				id: 'processing',
				title: l('在管理平台加工', 'Processing on the platform'),
				narrative: l(
					'加工在管理平台进行：原始数据不出域，数据可用不可见；授权数据不得提供给第三方。',
					'Processing happens on the management platform: raw data stays in the domain; authorized data never goes to third parties.'
				),
				quote: ['art-19'],
				quiz: {
					kind: 'next',
					question: l('培训已完成，下一步能做什么？', 'Training is done. What may happen next?'),
					options: ['PROCESS_DATA', 'EXPORT_RAW_DATA', 'PROVIDE_DATA_TO_THIRD_PARTY'],
					answer: 'PROCESS_DATA',
					explanation: l(
						'原始数据不得导出平台，授权数据不得向第三方提供。',
						'Raw data may not leave the platform and authorized data may not go to third parties.'
					),
					citations: ['art-19', 'art-30-p2']
				},
				action: send('PROCESS_DATA')
			},
			{
				id: 'registration',
				title: l('公共数据资源登记', 'Public data resource registration'),
				narrative: l(
					'首次加工形成的数据资源纳入登记：申请、审查，再公示5天；公示期满颁发登记证书。',
					'Resources first formed by processing are registered: application, review, then 5 days of publicity, after which the registration certificate is issued.'
				),
				quote: ['art-8', 'art-9-3'],
				action: [
					afterDays(10),
					send('APPLY_REGISTRATION'),
					afterDays(3),
					send('PASS_REGISTRATION_REVIEW'),
					afterDays(6)
				],
				expect: { milestone: 'certificate:registration' }
			},
			{
				id: 'product',
				title: l('产品审核与发布', 'Product review and release'),
				narrative: l(
					'数据运营单位加工形成的公共数据产品经审核后发布。',
					'The public data product formed by processing is reviewed and released.'
				),
				quote: ['art-3-p4'],
				action: [afterDays(5), send('SUBMIT_PRODUCT'), afterDays(10), send('APPROVE_PRODUCT')],
				expect: { milestone: 'productReleased' }
			},
			{
				id: 'trading',
				title: l('场内交易', 'On-exchange trading'),
				narrative: l(
					'产品应通过依法依规设立的数据交易平台进行交易，场外交易会被拒绝。',
					'Products are traded through a lawfully established data exchange; off-exchange trading is refused.'
				),
				quote: ['art-20'],
				quiz: {
					kind: 'choice',
					question: l('产品能否在场外直接卖给客户？', 'May the product be sold directly, off the exchange?'),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{
							id: 'no',
							text: l('不可以，须经数据交易平台', 'No, only through a data exchange'),
							value: false
						}
					],
					answer: 'no',
					explanation: l(
						'第二十条：通过依法设立的数据交易平台交易。',
						'Article 20: trade through a lawfully established exchange.'
					),
					citations: ['art-20'],
					basis: { can: { type: 'TRADE', venue: 'offExchange' } }
				},
				action: [afterDays(1), send('TRADE', { venue: 'exchange' })]
			},
			{
				id: 'report',
				title: l('半年运营报告', 'The half-yearly report'),
				narrative: l(
					'运营期限内每半年提交授权运营报告。协议2025-02-13签订，第一个半年到2025-08-12，当天提交仍算按时。',
					'A report is due every six months during the term. Signed 2025-02-13, the first half-year ends 2025-08-12; a report that day is on time.'
				),
				quote: ['art-23'],
				quiz: {
					kind: 'choice',
					question: l('泰安的运营报告多久提交一次？', 'How often are Tai’an operation reports due?'),
					options: [
						{ id: 'a', text: l('每年', 'Every year'), value: 'annual' },
						{ id: 'h', text: l('每半年', 'Every six months'), value: 'halfYearly' },
						{ id: 'r', text: l('定期，未定频次', 'Regularly, no set cadence'), value: 'regularly' }
					],
					answer: 'h',
					explanation: l('第二十三条：每半年提交授权运营报告。', 'Article 23: a report every six months.'),
					citations: ['art-23'],
					basis: { dimension: 'reporting.operatorCadence', region: 'taian' }
				},
				action: [on('2025-08-12'), send('SUBMIT_REPORT')],
				expect: { milestone: 'reportFiled' }
			},
			{
				id: 'evaluation',
				title: l('运营评估', 'The evaluation'),
				narrative: l(
					'市大数据主管部门定期组织评估；评估不达标的立即整改并暂停数据使用权限。本例评估合格。',
					'The authority evaluates regularly; falling short means immediate rectification and suspended data access. Here the evaluation passes.'
				),
				quote: ['art-24'],
				action: [afterDays(30), send('EVALUATE', { result: 'pass' })],
				expect: { status: 'licensed', milestone: 'evaluation:pass' }
			},
			{
				id: 'window',
				title: l('重新申请窗口', 'The reapplication window'),
				narrative: l(
					'期满前6个月内可重新申请。协议的最后一天是2028-02-12，窗口2027-08-13开启；2027-08-12仍未开启。',
					'One may reapply in the 6 months before expiry. The term’s last day is 2028-02-12, so the window opens 2027-08-13; on 2027-08-12 it is still closed.'
				),
				quote: ['art-14-6'],
				action: on('2027-08-12'),
				expect: { state: 'licensed.renewal.notYetOpen' }
			},
			{
				id: 'expiry',
				title: l('期满终止', 'Expiry'),
				narrative: l(
					'本例未重新申请：期满后，市大数据主管部门终止其公共数据使用权限。',
					'Here nobody reapplies: at expiry the authority ends the operator’s access to public data.'
				),
				quote: ['art-14-6'],
				quiz: {
					kind: 'choice',
					question: l('2027-08-12能否重新申请？', 'Could the operator reapply on 2027-08-12?'),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{ id: 'no', text: l('不可以，窗口次日才开启', 'No, the window opens the next day'), value: false }
					],
					answer: 'no',
					explanation: l(
						'第十四条（六）：届满前6个月内重新申请。',
						'Article 14(6): reapply within the 6 months before expiry.'
					),
					citations: ['art-14-6'],
					basis: { can: { type: 'REAPPLY' } }
				},
				action: on('2028-02-14'),
				expect: { status: 'terminated', milestone: 'terminated:expiry' }
			},
			{
				id: 'logs',
				title: l('日志留存6个月', 'Logs kept 6 months'),
				narrative: l(
					'终止后工作日志至少留存6个月，期满后方可删除。',
					'After termination the work logs are kept at least 6 months and may be deleted only after that.'
				),
				quote: ['art-14-6'],
				action: [nextDeadline, send('DELETE_LOGS')],
				expect: { status: 'closed', milestone: 'logsDeleted' }
			}
		]
	}
];
