// The national course: what the 2025 national framework changed for a regional operator. One Quzhou operator
// licensed in 2024 lives through 2025-03-01 on the real statechart: the national regions wake up that day,
// the transitional 30 working days, the registering body's periods, the result code and its validity, the
// authorizing party's yearly report, and what the texts leave unspecified. Quotes are national ClauseRefs
// ("nationalRegistration:art-9-1") or Quzhou's own clause ids.

import { afterDays, afterMonths, l, on, send } from './author';
import type { QuizOption, Walkthrough } from './types';

const yesNo: QuizOption[] = [
	{ id: 'yes', text: l('可以', 'Yes'), value: true },
	{ id: 'no', text: l('不可以', 'No'), value: false }
];

export const nationalWalkthroughs: Walkthrough[] = [
	{
		id: 'national-framework-changes',
		region: 'quzhou',
		title: l(
			'国家框架改变了什么：一个地方运营单位的2025年',
			'What the national framework changed: a regional operator’s 2025'
		),
		summary: l(
			'2024年在衢州获得授权的运营单位，自2025年3月1日起同时承担国家义务：施行后30个工作日内登记、登记机构的受理审核公示期限、登记结果查询码和有效期、授权主体每年3月底前的经营情况报告，以及文本未定期限的披露义务。',
			'An operator licensed in Quzhou in 2024 owes the national duties as well from 2025-03-01: registration within 30 working days after, the registering body’s acceptance, review and publicity periods, the result code and its validity, the authorizing party’s report by the end of each March, and disclosure duties with no period set.'
		),
		role: 'operator',
		start: '2024-09-02',
		facts: {
			noIncidentInLookback: true,
			goodCredit: true,
			// the data the course works with meets the text's data conditions
			dataBarredFromOpening: false,
			dataInvolvesProtectedInfo: false
		},
		materials: [
			'applicationForm',
			'auditReport',
			'financialReport',
			'securityCommitment',
			'riskSelfAssessment',
			'useCaseList',
			'dataRequestList'
		],
		steps: [
			{
				id: 'licensed-2024',
				title: l('2024年：按衢州办法获得授权', '2024: licensed under Quzhou’s rules'),
				narrative: l(
					'公告、申报、预审、专家评审、终审、政府审批与备案、公示，签订36个月的协议。此时国家文件尚未施行，旅程只受衢州文本约束。',
					'Call, application, pre-review, expert review, final review, government approval and filing, public notice, and a 36-month agreement. The national texts are not yet in force: only Quzhou’s text binds the journey.'
				),
				quote: ['sec-12'],
				action: [
					send('PUBLISH_CALL'),
					send('SUBMIT_APPLICATION'),
					send('PASS_PRE_REVIEW'),
					send('PASS_EXPERT_REVIEW'),
					send('PASS_FINAL_REVIEW'),
					send('GOVERNMENT_APPROVE'),
					send('FILE_WITH_GOVERNMENT'),
					send('CLEAR_NOTICE'),
					send('SIGN_AGREEMENT', { months: 36 })
				],
				expect: {
					status: 'licensed',
					state: ['licensed.nationalRegistration.notInForce', 'licensed.nationalReport.notInForce']
				}
			},
			{
				id: 'first-product-2024',
				title: l('2024年交付第一个数据产品', 'A first product delivered in 2024'),
				narrative: l(
					'岗前培训、场景数据获批、域内加工、产品经审核后交付。国家登记的期限尚未开始：登记办法还没有施行。',
					'Pre-job training, use-case data approved, processing in the domain, a product reviewed and delivered. No national registration period runs yet: the measures are not in force.'
				),
				quote: ['sec-21-p1'],
				action: [
					afterDays(14),
					send('COMPLETE_TRAINING'),
					send('REQUEST_DATA'),
					send('APPROVE_DATA_REQUEST'),
					send('PROCESS_DATA'),
					send('SUBMIT_PRODUCT'),
					send('APPROVE_PRODUCT')
				],
				expect: { milestone: 'productReleased', state: 'licensed.nationalRegistration.notInForce' }
			},
			{
				id: 'in-force',
				title: l('2025年3月1日：国家文件施行', '2025-03-01: the national texts take effect'),
				narrative: l(
					'登记办法、实施规范和价格通知同日施行。实施规范要求施行前已开展的授权运营“参照本规范逐步完善”。这一天起，国家义务加在衢州旅程之上。',
					'The registration measures, the Specification and the pricing notice take effect the same day. The Specification asks operations begun earlier to be “gradually improved by reference to” it. From this day the national duties sit on top of Quzhou’s journey.'
				),
				quote: ['nationalRegistration:art-24', 'nationalSpec:art-24-p2', 'nationalPricing:closing'],
				quiz: {
					kind: 'choice',
					question: l(
						'2024年9月，运营单位能否向登记机构提交国家登记申请？',
						'In September 2024, can the operator apply to a registering body for national registration?'
					),
					options: yesNo,
					answer: 'no',
					explanation: l(
						'登记办法自2025年3月1日起施行；此前旅程中没有国家登记程序。',
						'The registration measures take effect on 2025-03-01; before that the journey has no national registration procedure.'
					),
					citations: ['nationalRegistration:art-24'],
					basis: { can: { type: 'NATIONAL_APPLY_REGISTRATION' } }
				},
				action: on('2025-03-01'),
				expect: {
					state: ['licensed.nationalRegistration.transitional', 'licensed.nationalReport.yearRunning']
				}
			},
			{
				id: 'transitional-30',
				title: l('施行后30个工作日内登记', 'Register within 30 working days after'),
				narrative: l(
					'施行前已开展授权运营的，按首次登记程序于施行后30个工作日内登记。从2025年3月1日（星期六）数起，清明节4月4日休息，最后一日是4月14日。运营单位在最后一日提交。',
					'Operations begun before the measures register under the first-registration procedure within 30 working days after. Counted from Saturday 2025-03-01, with Qingming (04-04) off, the last day is 2025-04-14. The operator applies on that day.'
				),
				quote: ['nationalRegistration:art-9-1', 'nationalSpec:art-16'],
				quiz: {
					kind: 'next',
					question: l(
						'国家框架施行当天，下一步能做的是？',
						'On the day the framework takes effect, what can happen next?'
					),
					options: [
						'NATIONAL_APPLY_REGISTRATION',
						'NATIONAL_RENEW_REGISTRATION',
						'NATIONAL_FILE_OPERATING_REPORT'
					],
					answer: 'NATIONAL_APPLY_REGISTRATION',
					explanation: l(
						'只有登记申请：尚无登记结果可续展，年度报告要到年度结束后才报送。',
						'Only the application: there is no registration to renew, and the yearly report follows the end of the year.'
					),
					citations: ['nationalRegistration:art-9-1', 'nationalPricing:sec-5-p2']
				},
				action: [on('2025-04-14'), send('NATIONAL_APPLY_REGISTRATION')],
				expect: {
					state: 'licensed.nationalRegistration.submitted',
					milestone: 'nationalRegistrationApplied'
				}
			},
			{
				id: 'acceptance',
				title: l('登记机构3个工作日内受理', 'Accepted within 3 working days'),
				narrative: l(
					'登记机构自收到申请日起3个工作日内受理；材料不齐全的，一次性告知，并自补充后重新提交之日起重新计算。',
					'The registering body accepts within 3 working days of receipt; incomplete materials are listed at once, and the count restarts from the resubmission.'
				),
				quote: ['nationalRegistration:art-10'],
				action: [afterDays(2), send('NATIONAL_ACCEPT_REGISTRATION')],
				expect: {
					state: 'licensed.nationalRegistration.review',
					milestone: 'nationalRegistrationAccepted'
				}
			},
			{
				id: 'formal-review',
				title: l('形式审核（20个工作日内）', 'Formal review (within 20 working days)'),
				narrative: l(
					'自受理之日起20个工作日内完成形式审核，随后在登记平台公示10个工作日。',
					'The formal review is completed within 20 working days of acceptance; publicity on the registration platform follows for 10 working days.'
				),
				quote: ['nationalRegistration:art-11', 'nationalRegistration:art-12'],
				action: [afterDays(10), send('NATIONAL_COMPLETE_FORMAL_REVIEW')],
				expect: { state: 'licensed.nationalRegistration.publicity', milestone: 'nationalPublicity' }
			},
			{
				id: 'result-code',
				title: l('公示期满：登记结果查询码', 'Publicity ends: the result code'),
				narrative: l(
					'公示期满无异议，发放登记结果查询码。协议运营期限不超过三年的，有效期以实际运营期限为准：此处到协议最后一日。',
					'Publicity ends without objection and the result code is issued. Where the agreement runs three years or less, validity follows the actual operating period: here, to the term’s last day.'
				),
				quote: ['nationalRegistration:art-13', 'nationalRegistration:art-15'],
				quiz: {
					kind: 'choice',
					question: l(
						'公示期间，运营单位能否申请续展？',
						'During publicity, can the operator renew the registration?'
					),
					options: yesNo,
					answer: 'no',
					explanation: l(
						'续展只在有效期届满前60日内；公示期间尚无登记结果。',
						'Renewal is only within the 60 days before validity ends; during publicity there is no result yet.'
					),
					citations: ['nationalRegistration:art-15-p2'],
					basis: { can: { type: 'NATIONAL_RENEW_REGISTRATION' } }
				},
				action: afterMonths(1),
				expect: { state: 'licensed.nationalRegistration.valid', milestone: 'nationalRegistrationCoded' }
			},
			{
				id: 'quzhou-silent',
				title: l('衢州文本对登记未作规定', 'Quzhou’s text is silent on registration'),
				narrative: l(
					'衢州方案没有登记条款，国家期限单独适用。泰安征求意见稿设5天公示，国家为10个工作日：登记办法适用于境内一切登记活动，登记机构执行全国统一要求，实施细则只由省级“依照本办法”制定。',
					'Quzhou’s plan has no registration clause, so the national periods apply alone. Tai’an’s draft sets a 5-day publicity against the national 10 working days: the measures cover all registration in the country, registering bodies apply the uniform national requirements, and only provinces make implementing rules, “under these measures”.'
				),
				quote: ['nationalRegistration:art-2', 'nationalRegistration:art-6', 'nationalRegistration:art-22']
			},
			{
				id: 'report-due',
				title: l('2025年度结束：经营情况报告待报送', 'The 2025 year ends: the operating report is due'),
				narrative: l(
					'价格通知：授权主体每年3月底前向发展改革部门、数据管理部门报送上一年度运营机构经营情况报告。这是授权主体的义务，与衢州文本中运营单位向主管部门提交的年度运营报告不同，两者都适用。',
					'Pricing notice: by the end of March each year the authorizing party reports the operator’s previous year to the development-and-reform and data authorities. It is the authorizing party’s duty, unlike the operator’s annual operation report to the authority under Quzhou’s text; both apply.'
				),
				quote: ['nationalPricing:sec-5-p2', 'sec-22-p1'],
				action: on('2026-03-31'),
				expect: { state: 'licensed.nationalReport.due' }
			},
			{
				id: 'report-filed',
				title: l('3月31日报送', 'Filed on 31 March'),
				narrative: l(
					'最后一日报送，按时；4月1日起即为逾期。下一份报告覆盖2026年度。',
					'Filed on the last day: on time; from 1 April it would be overdue. The next report covers 2026.'
				),
				quote: ['nationalPricing:sec-5-p2'],
				quiz: {
					kind: 'next',
					question: l('3月31日，下一步能做的是？', 'On 31 March, what can happen next?'),
					options: ['NATIONAL_FILE_OPERATING_REPORT', 'NATIONAL_RENEW_REGISTRATION'],
					answer: 'NATIONAL_FILE_OPERATING_REPORT',
					explanation: l(
						'报告期限当日仍可报送；登记续展期尚未开始。',
						'The report can still be filed on its last day; the registration’s renewal window has not opened.'
					),
					citations: ['nationalPricing:sec-5-p2', 'nationalRegistration:art-15-p2']
				},
				action: send('NATIONAL_FILE_OPERATING_REPORT'),
				expect: { state: 'licensed.nationalReport.yearRunning', milestone: 'nationalReportFiled' }
			},
			{
				id: 'not-specified',
				title: l('没有期限的国家义务', 'National duties with no period'),
				narrative: l(
					'运营机构应公开产品和服务清单、定期披露使用情况；变更登记应“及时”申请。文本未规定天数：模拟器不为它们设期限，界面标为“未规定”。',
					'The operator publishes its product list and discloses use “regularly”; change registration is applied for “promptly”. The texts set no number of days: the simulator sets no deadline for them, and the screens say “not specified”.'
				),
				quote: ['nationalSpec:art-19', 'nationalRegistration:art-9-2']
			},
			{
				id: 'renewal-window',
				title: l('有效期届满前60日：可以续展', 'The last 60 days of validity: renewal opens'),
				narrative: l(
					'协议到2027年9月1日，登记结果同日届满；续展期自7月4日起（含最后一日共60日）。',
					'The agreement ends on 2027-09-01 and the registration with it; renewal opens on 07-04 (60 days counting the last day).'
				),
				quote: ['nationalRegistration:art-15-p2'],
				quiz: {
					kind: 'choice',
					question: l(
						'2026年3月31日，运营单位能否续展登记？',
						'On 2026-03-31, can the operator renew the registration?'
					),
					options: yesNo,
					answer: 'no',
					explanation: l(
						'续展期只在有效期届满前60日内。',
						'Renewal is only within the 60 days before validity ends.'
					),
					citations: ['nationalRegistration:art-15-p2'],
					basis: { can: { type: 'NATIONAL_RENEW_REGISTRATION' } }
				},
				action: on('2027-07-04'),
				expect: { state: 'licensed.nationalRegistration.renewable', milestone: 'nationalRenewalOpen' }
			},
			{
				id: 'term-end',
				title: l('协议期满：注销登记', 'The term ends: cancellation'),
				narrative: l(
					'衢州协议期满终止（本例未在期满三个月前重新申请）。权益期限届满的，登记主体应申请注销登记，登记机构受理后10个工作日内完成；协议终止后模拟器不再运行国家区域，注销未建模。',
					'Quzhou’s agreement expires (no reapplication three months before, in this course). When the period of the rights expires, the registering entity applies for cancellation, completed within 10 working days of acceptance; the simulator stops the national regions when the agreement ends, so cancellation is not modelled.'
				),
				quote: ['nationalRegistration:art-9-4', 'nationalRegistration:art-9-4-2'],
				action: on('2027-09-02'),
				expect: { status: 'terminated' }
			}
		]
	}
];
