// Yingkou training walkthrough: one operating institution from competitive consultation to a voluntary
// exit. Every step drives the real statechart (src/lib/training/run.ts).

import { afterDays, l, nextDeadline, on, send } from '$lib/training/author';
import type { Walkthrough } from '$lib/training/types';

export const walkthroughs: Walkthrough[] = [
	{
		id: 'yingkou-full-cycle',
		region: 'yingkou',
		title: l('营口：运营机构的完整周期', 'Yingkou: an operating institution’s full cycle'),
		summary: l(
			'竞争性磋商、遴选、集体决策、协议、数据获取与加工、产品审核与平台交易、报告、年度考核评价，直至书面申请自愿退出。',
			'Competitive consultation, selection, collective decision, the agreement, data access and processing, product review and platform trading, reporting, the annual evaluation, then a written voluntary exit.'
		),
		role: 'operator',
		start: '2025-01-01',
		facts: {
			domesticCapital: true,
			goodCredit: true,
			sufficientCapital: true,
			noIncidentInLookback: true,
			// the data the walkthrough works with meets the text's data conditions
			productInvolvesPersonalInfo: false
		},
		steps: [
			{
				id: 'consultation',
				title: l('竞争性磋商', 'Competitive consultation'),
				narrative: l(
					'实施机构以竞争性磋商方式选择运营机构；有意的机构提交响应文件。',
					'The implementing body chooses the operating institution by competitive consultation; candidates submit their responses.'
				),
				quote: ['sec-2', 'sec-5-2'],
				quiz: {
					kind: 'next',
					question: l('旅程开始时，先做什么？', 'At the start, what comes first?'),
					options: ['SUBMIT_APPLICATION', 'SIGN_AGREEMENT', 'REQUEST_DATA'],
					answer: 'SUBMIT_APPLICATION',
					explanation: l(
						'先参加磋商，被选中后才签协议、申请数据。',
						'First the consultation; only the selected institution signs and requests data.'
					),
					citations: ['sec-5-2']
				},
				action: send('SUBMIT_APPLICATION'),
				expect: { status: 'applying', milestone: 'consultation' }
			},
			{
				id: 'selection',
				title: l('遴选运营机构', 'Selecting the operator'),
				narrative: l(
					'运营机构须满足机构性质要求（如内资）和具体条件：信用良好、资金充足、近3年未发生网络安全和数据安全事件。',
					'The operator must meet the nature requirements (e.g. domestic capital) and specific conditions: good credit, sufficient capital, no network or data security incident in the last 3 years.'
				),
				quote: ['sec-2-1', 'sec-2-2'],
				quiz: {
					kind: 'choice',
					question: l(
						'营口要求多长期间内未发生安全事件？',
						'Over how long must there have been no security incident in Yingkou?'
					),
					options: [
						{ id: 'a', text: l('近3年', 'The last 3 years'), value: 3 },
						{ id: 'b', text: l('近5年', 'The last 5 years'), value: 5 },
						{ id: 'c', text: l('从未发生', 'Ever'), value: 'unlimited' }
					],
					answer: 'a',
					explanation: l(
						'二（二）：近3年内未发生网络安全、数据安全事件。',
						'2(2): no network or data security incident in the last 3 years.'
					),
					citations: ['sec-2-2'],
					basis: { dimension: 'eligibility.incidentLookbackYears', region: 'yingkou' }
				},
				action: [afterDays(20), send('SELECT_OPERATOR')],
				expect: { milestone: 'selection' }
			},
			{
				id: 'collective-decision',
				title: l('集体决策', 'Collective decision'),
				narrative: l(
					'协议文本经数据主管部门集体决策后方可签订。',
					'The agreement text must pass the data bureau’s collective decision before signing.'
				),
				quote: ['sec-5-2'],
				action: [afterDays(10), send('PASS_COLLECTIVE_DECISION')],
				expect: { milestone: 'collectiveDecision' }
			},
			{
				id: 'agreement',
				title: l('签订协议', 'The agreement is signed'),
				narrative: l(
					'授权运营期限原则上为3年，自协议签订日起算；期满后依运营成效评价决定是否续约。',
					'The term is 3 years in principle, from signing; at its end renewal depends on the evaluation of results.'
				),
				quote: ['sec-5-1-p1'],
				quiz: {
					kind: 'choice',
					question: l('营口授权运营期限原则上是多久？', 'What is Yingkou’s term, in principle?'),
					options: [
						{ id: 'a', text: l('2年', '2 years'), value: 24 },
						{ id: 'b', text: l('3年', '3 years'), value: 36 },
						{ id: 'c', text: l('5年', '5 years'), value: 60 }
					],
					answer: 'b',
					explanation: l(
						'五（一）：原则上为3年，自协议签订日起算。',
						'5(1): 3 years in principle, from signing.'
					),
					citations: ['sec-5-1-p1'],
					basis: { dimension: 'term.maxMonths', region: 'yingkou' }
				},
				action: [afterDays(5), send('SIGN_AGREEMENT', { months: 36 })],
				expect: { status: 'licensed', milestone: 'licensed' }
			},
			{
				id: 'data',
				title: l('获取数据', 'Getting the data'),
				narrative: l(
					'运营机构按可授权的数据资源目录申请数据。',
					'The operator requests data from the catalogue of resources that may be authorized.'
				),
				quote: ['sec-4-2'],
				action: [afterDays(3), send('REQUEST_DATA')],
				expect: { milestone: 'dataObtained' }
			},
			{
				id: 'processing',
				title: l('安全培训与加工', 'Security training and processing'),
				narrative: l(
					'营口要求建立数据安全保障体系、开展安全培训和演练，但不像衢州、泰安那样以岗前培训为加工的前提。',
					'Yingkou requires a security system with training and drills, but does not make pre-job training a condition of processing as Quzhou and Tai’an do.'
				),
				notes: l(
					'与衢州、泰安对比：同一问题，答案不同。',
					'Contrast with Quzhou and Tai’an: same question, different answer.'
				),
				quote: ['sec-5-2-6'],
				quiz: {
					kind: 'choice',
					question: l(
						'未记录岗前培训，营口的运营机构能否加工数据？',
						'With no pre-job training recorded, may a Yingkou operator process data?'
					),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{ id: 'no', text: l('不可以', 'No'), value: false }
					],
					answer: 'yes',
					explanation: l(
						'五（二）6 要求开展安全培训和演练，但未将岗前培训设为加工前提。',
						'5(2)6 requires security training and drills, but does not make pre-job training a condition of processing.'
					),
					citations: ['sec-5-2-6'],
					basis: { can: { type: 'PROCESS_DATA' } }
				},
				action: [afterDays(1), send('PROCESS_DATA')]
			},
			{
				id: 'product',
				title: l('产品审核', 'Product review'),
				narrative: l(
					'数据产品和服务经审核后发布。',
					'Data products and services are reviewed, then released.'
				),
				quote: ['sec-6'],
				action: [afterDays(20), send('SUBMIT_PRODUCT'), afterDays(10), send('APPROVE_PRODUCT')],
				expect: { milestone: 'productReleased' }
			},
			{
				id: 'trading',
				title: l('在市数据交易平台交易', 'Trading on the city platform'),
				narrative: l(
					'营口要求依托本市数据交易平台开发和交易，其他场所会被拒绝。',
					'Yingkou requires development and trading on the city’s data-trading platform; other venues are refused.'
				),
				quote: ['sec-5-2-4'],
				quiz: {
					kind: 'choice',
					question: l('能否在外地数据交易所交易？', 'May the product be traded on another data exchange?'),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{ id: 'no', text: l('不可以，须在本市平台', 'No, on the city platform'), value: false }
					],
					answer: 'no',
					explanation: l('五（二）4：依托本市数据交易平台。', '5(2)4: on the city’s data-trading platform.'),
					citations: ['sec-5-2-4'],
					basis: { can: { type: 'TRADE', venue: 'exchange' } }
				},
				action: [afterDays(1), send('TRADE', { venue: 'platform' })]
			},
			{
				id: 'report',
				title: l('按时报送运营情况', 'Reporting on time'),
				narrative: l(
					'运营机构按时报送运营情况；文本未规定报送频次。',
					'The operator reports on time; the text sets no cadence.'
				),
				quote: ['sec-9-2'],
				action: [afterDays(60), send('SUBMIT_REPORT')],
				expect: { milestone: 'reportFiled' }
			},
			{
				id: 'evaluation',
				title: l('年度考核评价', 'The annual evaluation'),
				narrative: l(
					'考核评价小组按年度评价运营成效，结果是续约的重要依据。协议年度结束后评价到期。',
					'An evaluation group assesses results each year; the result weighs on renewal. It falls due when the agreement year ends.'
				),
				quote: ['sec-10-2-p1'],
				// the day after the agreement year (2026-02-04): the next deadline is no longer this one, since the
				// national first-registration deadline (登记办法 第九条（一）) falls due before it
				action: [on('2026-02-05'), send('EVALUATE', { result: 'pass' })],
				expect: { status: 'licensed', milestone: 'evaluation:pass' }
			},
			{
				id: 'exit-request',
				title: l('书面申请退出', 'A written exit request'),
				narrative: l(
					'自愿退出须提前3个月书面申请，并经实施机构同意。口头申请会被拒绝。',
					'A voluntary exit needs a written request 3 months ahead and the implementing body’s consent; an oral request is refused.'
				),
				quote: ['sec-5-4'],
				quiz: {
					kind: 'choice',
					question: l('口头提出退出申请可以吗？', 'Is an oral exit request enough?'),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{ id: 'no', text: l('不可以，须书面申请', 'No, it must be in writing'), value: false }
					],
					answer: 'no',
					explanation: l('五（四）1：提前3个月书面申请。', '5(4)1: a written request 3 months ahead.'),
					citations: ['sec-5-4-1'],
					basis: { can: { type: 'REQUEST_EXIT' } }
				},
				action: [on('2026-06-01'), send('REQUEST_EXIT', { written: true })],
				expect: { milestone: 'exitRequested' }
			},
			{
				id: 'exit-accepted',
				title: l('实施机构同意', 'The implementing body consents'),
				narrative: l(
					'实施机构同意退出；运营机构在3个月通知期内继续运营。',
					'The implementing body consents; the operator keeps operating through the 3-month notice.'
				),
				quote: ['sec-5-4-1'],
				action: [afterDays(14), send('ACCEPT_EXIT')],
				expect: { status: 'licensed', state: 'licensed.exit.accepted' }
			},
			{
				id: 'exit',
				title: l('通知期满退出', 'Exit at the end of the notice'),
				narrative: l(
					'3个月通知期满，授权终止，运营机构退出。',
					'When the 3-month notice ends, the authorization ends and the operator exits.'
				),
				quote: ['sec-5-4'],
				action: nextDeadline,
				expect: { status: 'terminated', milestone: 'terminated:voluntary' }
			},
			{
				id: 'deletion',
				title: l('数据处置', 'Disposing of the data'),
				narrative: l(
					'退出后，运营机构删除授权数据，移交资产。',
					'After the exit, the operator deletes the authorized data and hands over assets.'
				),
				quote: ['sec-5-5'],
				action: [afterDays(1), send('DELETE_DATA')],
				expect: { milestone: 'dataDeleted' }
			}
		]
	}
];
