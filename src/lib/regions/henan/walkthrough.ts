// Henan training walkthrough: a primary developer from the implementation plan to expiry after renewal
// is refused. Every step drives the real statechart (src/lib/training/run.ts).

import { afterDays, l, on, send } from '$lib/training/author';
import type { Walkthrough } from '$lib/training/types';

export const walkthroughs: Walkthrough[] = [
	{
		id: 'henan-primary-developer',
		region: 'henan',
		title: l('河南：一级开发主体的完整周期', 'Henan: a primary developer’s full cycle'),
		summary: l(
			'实施方案、“三重一大”审议、协议签订与备案、按场景申请数据、一级开发、产品审核、向二级开发主体提供产品、季度报告与年度总结、运营成效评价，直至不续约而期满。',
			'Implementation plan, the collective decision, signing and filing the agreement, data by use case, primary development, product review, sales to secondary developers, quarterly reports and the annual summary, evaluation, then expiry without renewal.'
		),
		role: 'primaryDeveloper',
		start: '2025-03-01',
		facts: {
			capability: true,
			goodOperatingCondition: true,
			goodCredit: true,
			meetsSecurityRequirements: true,
			// the data the walkthrough works with meets the text's data conditions
			dataCatalogued: true,
			dataFormsPublicAsset: false,
			dataObtainedBySharing: false,
			dataInExcludedCategory: false
		},
		steps: [
			{
				id: 'plan',
				title: l('实施方案获批', 'The implementation plan is approved'),
				narrative: l(
					'河南不以公开申请开始：实施机构编制授权运营实施方案，经批准后确定一级开发主体。方案须写明期限、评价标准、退出机制等。',
					'Henan does not start from an open call: the implementing body drafts an implementation plan, which is approved, and the primary developer is set. The plan states the term, evaluation standards, exit mechanism and more.'
				),
				quote: ['art-12', 'art-12-5'],
				quiz: {
					kind: 'next',
					question: l('旅程开始时，先发生什么？', 'At the start, what happens first?'),
					options: ['APPROVE_PLAN', 'SIGN_AGREEMENT', 'REQUEST_DATA'],
					answer: 'APPROVE_PLAN',
					explanation: l(
						'先有获批的实施方案，才有协议和数据。',
						'The approved plan comes before any agreement or data.'
					),
					citations: ['art-12']
				},
				action: send('APPROVE_PLAN'),
				expect: { status: 'applying', milestone: 'plan' }
			},
			{
				id: 'eligibility',
				title: l('一级开发主体的条件与禁区', 'What a primary developer must be, and must not do'),
				narrative: l(
					'一级开发主体须具备加工运营能力、经营和信用状况良好；不得把一级开发交给第三方，不得让原始数据直接进入市场，不得向二级开发主体以外提供营利性产品。',
					'A primary developer needs processing and operating capability and sound operation and credit; it may not hand primary development to a third party, let raw data enter the market, or sell for profit to anyone but secondary developers.'
				),
				quote: ['art-7', 'art-7-p2'],
				action: [afterDays(30), send('PASS_COLLECTIVE_DECISION')],
				expect: { milestone: 'collectiveDecision' }
			},
			{
				id: 'agreement',
				title: l('签订协议', 'The agreement is signed'),
				narrative: l(
					'协议经实施机构“三重一大”审议后签订，运营期限原则上最长不超过3年。',
					'After the implementing body’s collective decision the agreement is signed; the term is in principle at most 3 years.'
				),
				quote: ['art-14', 'art-14-2'],
				quiz: {
					kind: 'choice',
					question: l('河南协议运营期限原则上最长多久？', 'What is Henan’s term cap, in principle?'),
					options: [
						{ id: 'a', text: l('3年', '3 years'), value: 36 },
						{ id: 'b', text: l('5年', '5 years'), value: 60 },
						{ id: 'c', text: l('不设上限', 'No cap'), value: 'unlimited' }
					],
					answer: 'a',
					explanation: l(
						'第十四条（二）：原则上最长不超过3年。',
						'Article 14(2): in principle at most 3 years.'
					),
					citations: ['art-14-2'],
					basis: { dimension: 'term.maxMonths', region: 'henan' }
				},
				action: [afterDays(7), send('SIGN_AGREEMENT', { months: 36 })],
				expect: { status: 'licensed', milestone: 'licensed' }
			},
			{
				id: 'filing',
				title: l('协议备案', 'Filing the agreement'),
				narrative: l('签订的协议报备案。', 'The signed agreement is filed.'),
				quote: ['art-14'],
				action: [afterDays(20), send('FILE_AGREEMENT')],
				expect: { milestone: 'agreementFiled' }
			},
			{
				id: 'data-request',
				title: l('按场景申请数据', 'Data by use case'),
				narrative: l(
					'一级开发主体围绕应用场景需求申请数据，经审核后获得。',
					'The primary developer requests data for use-case needs and gets it once approved.'
				),
				quote: ['art-3-p2'],
				action: [
					afterDays(1),
					send('REQUEST_DATA', { useCase: 'credit-checks' }),
					afterDays(10),
					send('APPROVE_DATA_REQUEST')
				],
				expect: { milestone: 'dataApproved' }
			},
			{
				id: 'processing',
				title: l('一级开发', 'Primary development'),
				narrative: l(
					'一级开发由一级开发主体自己完成：外包或把原始数据直接投放市场都会被拒绝。',
					'Primary development is done by the primary developer itself: outsourcing it or putting raw data on the market is refused.'
				),
				quote: ['art-7-1', 'art-7-2'],
				quiz: {
					kind: 'next',
					question: l('数据已获批，下一步可以做什么？', 'The data is approved. What may happen next?'),
					options: ['PROCESS_DATA', 'OUTSOURCE_PRIMARY_DEVELOPMENT', 'PROVIDE_RAW_DATA_TO_MARKET'],
					answer: 'PROCESS_DATA',
					explanation: l(
						'第七条：不得将一级开发交由第三方，不得使原始数据直接进入市场。',
						'Article 7: no handing primary development to a third party, no raw data straight to the market.'
					),
					citations: ['art-7-1', 'art-7-2']
				},
				action: [afterDays(1), send('PROCESS_DATA')]
			},
			{
				id: 'product',
				title: l('产品审核', 'Product review'),
				narrative: l(
					'一级开发产品和服务经审核后发布。',
					'Primary products and services are reviewed, then released.'
				),
				quote: ['art-14-3'],
				action: [afterDays(20), send('SUBMIT_PRODUCT'), afterDays(10), send('APPROVE_PRODUCT')],
				expect: { milestone: 'productReleased' }
			},
			{
				id: 'sale',
				title: l('面向二级开发主体提供', 'Selling to secondary developers'),
				narrative: l(
					'一级开发产品只能面向二级开发主体提供；向其他社会主体提供营利性产品被禁止。',
					'Primary products go only to secondary developers; selling for profit to anyone else is prohibited.'
				),
				quote: ['art-3-p4', 'art-7-4'],
				quiz: {
					kind: 'choice',
					question: l(
						'能否把一级开发产品直接卖给终端企业？',
						'May a primary product be sold directly to an end business?'
					),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{
							id: 'no',
							text: l('不可以，只面向二级开发主体', 'No, only to secondary developers'),
							value: false
						}
					],
					answer: 'no',
					explanation: l(
						'第七条（四）：不得面向二级开发主体以外提供营利性产品。',
						'Article 7(4): no for-profit products to anyone but secondary developers.'
					),
					citations: ['art-7-4'],
					basis: { can: { type: 'SELL_TO_NON_SECONDARY' } }
				},
				action: [afterDays(1), send('TRADE', { buyer: 'secondaryDeveloper' })]
			},
			{
				id: 'quarterly-report',
				title: l('季度报告', 'The quarterly report'),
				narrative: l(
					'一级开发主体按季度报送运营情况；季度最后一天提交仍算按时。',
					'The primary developer reports every quarter; a report on the quarter’s last day is on time.'
				),
				quote: ['art-14-6'],
				quiz: {
					kind: 'choice',
					question: l('河南一级开发主体多久报送一次？', 'How often does a Henan primary developer report?'),
					options: [
						{ id: 'a', text: l('每年', 'Every year'), value: 'annual' },
						{ id: 'h', text: l('每半年', 'Every six months'), value: 'halfYearly' },
						{
							id: 'q',
							text: l('每季度，另于一季度报上年总结', 'Every quarter, plus an annual summary in Q1'),
							value: 'quarterlyPlusAnnualSummary'
						}
					],
					answer: 'q',
					explanation: l(
						'第二十二条第三款：按季度报送，每年一季度报上年总结。',
						'Article 22(3): quarterly, with the previous year’s summary in Q1.'
					),
					citations: ['art-22-p3'],
					basis: { dimension: 'reporting.operatorCadence', region: 'henan' }
				},
				action: [on('2025-06-30'), send('SUBMIT_REPORT')],
				expect: { milestone: 'reportFiled' }
			},
			{
				id: 'annual-summary',
				title: l('上年总结', 'The annual summary'),
				narrative: l(
					'每年第一季度报送上一年度总结；2026-03-31提交按时。',
					'The previous year’s summary is due in the first quarter; filed 2026-03-31 it is on time.'
				),
				quote: ['art-22-p3'],
				action: [on('2026-03-31'), send('SUBMIT_ANNUAL_SUMMARY')],
				expect: { milestone: 'summaryFiled' }
			},
			{
				id: 'evaluation',
				title: l('运营成效评价', 'The performance evaluation'),
				narrative: l(
					'协议约定运营成效评价和续约或退出机制；协议年度结束后评价。本例合格。',
					'The agreement sets the performance evaluation and the renewal or exit mechanism; the evaluation follows the agreement year. Here it passes.'
				),
				quote: ['art-14-9'],
				action: [on('2026-04-08'), send('EVALUATE', { result: 'pass' })],
				expect: { status: 'licensed', milestone: 'evaluation:pass' }
			},
			{
				id: 'renewal-refused',
				title: l('不予续约', 'Renewal refused'),
				narrative: l(
					'河南没有规定重新申请的期限，续约按协议约定决定。本例实施机构决定不续约。',
					'Henan sets no reapplication deadline; renewal follows the agreement. Here the implementing body decides not to renew.'
				),
				quote: ['art-14-9', 'art-14-12'],
				action: [on('2027-12-01'), send('RENEWAL_REFUSED')]
			},
			{
				id: 'expiry',
				title: l('期满终止', 'Expiry'),
				narrative: l('运营期限届满，授权终止。', 'The term ends and so does the authorization.'),
				quote: ['art-14-2'],
				action: on('2028-04-08'),
				expect: { status: 'terminated', milestone: 'terminated:expiry' }
			}
		]
	}
];
