// Jiangsu training walkthrough: a development entity from the operating entity's call to an early exit
// at its own request. Every step drives the real statechart (src/lib/training/run.ts).

import { afterDays, l, send } from '$lib/training/author';
import type { Walkthrough } from '$lib/training/types';

export const walkthroughs: Walkthrough[] = [
	{
		id: 'jiangsu-development-entity',
		region: 'jiangsu',
		title: l('江苏：开发主体的完整周期', 'Jiangsu: a development entity’s full cycle'),
		summary: l(
			'运营主体发布公告、开发主体申请与资格审查、签订协议、依场景申请数据、域内开发、引入社会数据、产品发布审核、场内交易、报告应用成效、评估，直至因自身原因提前终止。',
			'The operating entity’s call, the application and qualification review, the agreement, data by use case, development in the domain, importing social data, product release review, on-exchange trading, reporting, evaluation, then early termination at the entity’s own request.'
		),
		role: 'developmentEntity',
		start: '2025-03-01',
		facts: {
			goodCredit: true,
			noMajorIncidentEver: true,
			goodOperatingCondition: true,
			securityOfficer: true
		},
		steps: [
			{
				id: 'call',
				title: l('运营主体发布公告', 'The operating entity’s call'),
				narrative: l(
					'江苏实行两级主体：运营主体发布行业或场景授权运营公告，明确开发主体的申请条件。',
					'Jiangsu has two tiers: the operating entity publishes a call for a sector or use case, setting the conditions for development entities.'
				),
				quote: ['art-7-p2', 'art-7-p3', 'art-12-4'],
				action: send('PUBLISH_CALL'),
				expect: { status: 'applying', milestone: 'announcement' }
			},
			{
				id: 'application',
				title: l('申请成为开发主体', 'Applying as a development entity'),
				narrative: l(
					'申请单位须信用良好、经营稳定、有数据安全负责人，并且从未发生过重大数据安全事件。',
					'Applicants need good credit, stable operation and a data-security officer, and must never have had a major data-security incident.'
				),
				quote: ['art-9'],
				quiz: {
					kind: 'choice',
					question: l(
						'江苏对安全事件的回溯期是多久？',
						'How far back does Jiangsu look for security incidents?'
					),
					options: [
						{ id: 'a', text: l('近3年', 'The last 3 years'), value: 3 },
						{ id: 'b', text: l('近5年', 'The last 5 years'), value: 5 },
						{ id: 'c', text: l('从未发生过（不限年限）', 'Ever (no time limit)'), value: 'unlimited' }
					],
					answer: 'c',
					explanation: l(
						'第九条（一）：未发生过重大数据安全事件。',
						'Article 9(1): never had a major data-security incident.'
					),
					citations: ['art-9-1'],
					basis: { dimension: 'eligibility.incidentLookbackYears', region: 'jiangsu' }
				},
				action: [afterDays(20), send('SUBMIT_APPLICATION')],
				expect: { milestone: 'application' }
			},
			{
				id: 'qualification',
				title: l('资格审查', 'Qualification review'),
				narrative: l(
					'运营主体坚持市场化原则，公平公开择优，对申请进行资格审查。',
					'The operating entity reviews qualifications on market principles, fairly and openly.'
				),
				quote: ['art-10'],
				action: [afterDays(15), send('PASS_QUALIFICATION_REVIEW')],
				expect: { milestone: 'qualificationReview' }
			},
			{
				id: 'agreement',
				title: l('签订授权协议', 'The agreement is signed'),
				narrative: l(
					'运营主体、开发主体授权期限均不超过3年；要求4年会被拒绝。',
					'Terms for both tiers are at most 3 years; asking for 4 is refused.'
				),
				quote: ['art-8', 'art-11'],
				quiz: {
					kind: 'choice',
					question: l('开发主体能否签订4年期协议？', 'May a development entity sign for 4 years?'),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{ id: 'no', text: l('不可以，最长3年', 'No, 3 years at most'), value: false }
					],
					answer: 'no',
					explanation: l('第八条：授权期限不超过3年。', 'Article 8: at most 3 years.'),
					citations: ['art-8'],
					basis: { can: { type: 'SIGN_AGREEMENT', months: 48 } }
				},
				action: [afterDays(5), send('SIGN_AGREEMENT', { months: 36 })],
				expect: { status: 'licensed', milestone: 'licensed' }
			},
			{
				id: 'data-request',
				title: l('依场景申请数据', 'Data by use case'),
				narrative: l(
					'开发主体结合应用场景、按最小必要原则申请数据，运营主体确认后提供。',
					'The development entity requests data for a use case under minimal necessity; the operating entity confirms and provides it.'
				),
				quote: ['art-13-3', 'art-17'],
				action: [afterDays(1), send('REQUEST_DATA'), afterDays(3), send('APPROVE_DATA_REQUEST')],
				expect: { milestone: 'dataApproved' }
			},
			{
				id: 'processing',
				title: l('域内开发', 'Development in the domain'),
				narrative: l(
					'原始数据不出域、数据可用不可见：导出原始数据会被拒绝。',
					'Raw data stays in the domain, usable but not visible: exporting raw data is refused.'
				),
				quote: ['art-13-2'],
				quiz: {
					kind: 'next',
					question: l('数据已确认，下一步可以做什么？', 'The data is confirmed. What may happen next?'),
					options: ['PROCESS_DATA', 'EXPORT_RAW_DATA', 'IMPORT_SOCIAL_DATA'],
					answer: 'PROCESS_DATA',
					explanation: l(
						'原始数据不得出域；社会数据须先经运营主体确认方可引入。',
						'Raw data may not leave the domain; social data comes in only once the operating entity approves.'
					),
					citations: ['art-13-2', 'art-17']
				},
				action: send('PROCESS_DATA')
			},
			{
				id: 'social-data',
				title: l('引入社会数据', 'Importing social data'),
				narrative: l(
					'开发过程中需要引入社会数据的，经运营主体确认后方可引入。',
					'Social data may be brought in during development once the operating entity confirms.'
				),
				quote: ['art-17'],
				action: [
					send('REQUEST_SOCIAL_DATA_IMPORT'),
					afterDays(2),
					send('APPROVE_SOCIAL_DATA_IMPORT'),
					send('IMPORT_SOCIAL_DATA')
				],
				expect: { milestone: 'socialDataApproved' }
			},
			{
				id: 'product',
				title: l('产品发布审核', 'Product release review'),
				narrative: l(
					'开发主体通过平台提交数据产品发布申请，运营主体就用途、来源、原始数据暴露、个人信息、出境等逐项审核后发布。',
					'The development entity applies on the platform to release a product; the operating entity checks purpose, sources, raw-data exposure, personal information, cross-border transfer and more, then releases it.'
				),
				quote: ['art-18'],
				action: [afterDays(20), send('SUBMIT_PRODUCT'), afterDays(10), send('APPROVE_PRODUCT')],
				expect: { milestone: 'productReleased' }
			},
			{
				id: 'trading',
				title: l('场内交易', 'On-exchange trading'),
				narrative: l(
					'数据产品交易严格遵循场内交易原则，须在依法设立的数据交易场所进行。',
					'Data products are traded strictly on exchange, at a lawfully established data exchange.'
				),
				quote: ['art-19'],
				quiz: {
					kind: 'choice',
					question: l('能否场外交易数据产品？', 'May a data product be traded off the exchange?'),
					options: [
						{ id: 'yes', text: l('可以', 'Yes'), value: true },
						{ id: 'no', text: l('不可以，场内交易', 'No, on exchange only'), value: false }
					],
					answer: 'no',
					explanation: l('第十九条：严格遵循场内交易原则。', 'Article 19: strictly on-exchange.'),
					citations: ['art-19'],
					basis: { can: { type: 'TRADE', venue: 'offExchange' } }
				},
				action: [afterDays(1), send('TRADE', { venue: 'exchange' })]
			},
			{
				id: 'report',
				title: l('报告应用成效', 'Reporting results'),
				narrative: l(
					'运营主体定期报告授权运营整体情况，开发主体报告应用成效；文本未定频次。',
					'The operating entity reports regularly on the whole; development entities report their results. The text sets no cadence.'
				),
				quote: ['art-22'],
				action: [afterDays(90), send('SUBMIT_REPORT')],
				expect: { milestone: 'reportFiled' }
			},
			{
				id: 'evaluation',
				title: l('评估', 'Evaluation'),
				narrative: l(
					'评估不合格、经提醒或约谈后仍无改善的，运营主体有权终止协议。本例评估合格。',
					'If an evaluation fails and nothing improves after a reminder or interview, the operating entity may terminate. Here it passes.'
				),
				quote: ['art-28-4'],
				action: [afterDays(90), send('EVALUATE', { result: 'pass' })],
				expect: { status: 'licensed', milestone: 'evaluation:pass' }
			},
			{
				id: 'exit-request',
				title: l('申请提前终止', 'Asking to end early'),
				narrative: l(
					'开发主体因自身原因申请提前终止合作协议。',
					'The development entity asks, for its own reasons, to end the agreement early.'
				),
				quote: ['art-28-2'],
				action: [afterDays(30), send('REQUEST_EXIT')],
				expect: { milestone: 'exitRequested' }
			},
			{
				id: 'termination',
				title: l('运营主体终止协议', 'The operating entity ends the agreement'),
				narrative: l(
					'运营主体有权终止协议，并按规定或约定处置。',
					'The operating entity may end the agreement and deal with the consequences as provided.'
				),
				quote: ['art-28'],
				action: [afterDays(14), send('ACCEPT_EXIT')],
				expect: { status: 'terminated', milestone: 'terminated:voluntary' }
			},
			{
				id: 'deletion',
				title: l('删除数据', 'Deleting the data'),
				narrative: l('协议终止后删除域内数据。', 'After termination the data in the domain is deleted.'),
				quote: ['art-28'],
				action: [afterDays(1), send('DELETE_DATA')],
				expect: { milestone: 'dataDeleted' }
			}
		]
	}
];
