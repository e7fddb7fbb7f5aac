// The cross-region walkthrough: the same questions across the five texts, with their different answers.
// No machine (region: null); quotes and citations are ClauseRefs ("region:clause"); quiz answers are
// checked against the rule profiles.

import { l } from './author';
import type { QuizOption, Walkthrough } from './types';

const regionOptions: QuizOption[] = [
	{ id: 'quzhou', text: l('衢州', 'Quzhou'), value: 'quzhou' },
	{ id: 'taian', text: l('泰安', 'Tai’an'), value: 'taian' },
	{ id: 'yingkou', text: l('营口', 'Yingkou'), value: 'yingkou' },
	{ id: 'henan', text: l('河南', 'Henan'), value: 'henan' },
	{ id: 'jiangsu', text: l('江苏', 'Jiangsu'), value: 'jiangsu' }
];

export const crossRegionWalkthroughs: Walkthrough[] = [
	{
		id: 'cross-region-differences',
		region: null,
		title: l('五地比较：同一问题，不同答案', 'Five texts compared: same questions, different answers'),
		summary: l(
			'两级主体、授权的起点、安全事件回溯期、期限上限及其限定语、续约规则、报告频次、岗前培训、交易场所和退出方式。',
			'Two-tier models, where authorization starts, incident look-back, term caps and their hedges, renewal rules, report cadence, pre-job training, trading venues and ways out.'
		),
		start: '2025-01-01',
		facts: {},
		steps: [
			{
				id: 'two-tier',
				title: l('一级还是两级', 'One tier or two'),
				narrative: l(
					'衢州、泰安、营口授权一个运营单位；江苏分运营主体和开发主体（“两级主体、分级授权”），河南分一级和二级开发主体。',
					'Quzhou, Tai’an and Yingkou authorize one operator; Jiangsu splits operating and development entities (“two tiers, graded authorization”), and Henan primary and secondary developers.'
				),
				notes: l(
					'先画两张图：一级模式与两级模式。',
					'Start with two diagrams: the one-tier and the two-tier model.'
				),
				quote: ['jiangsu:art-7-p2', 'jiangsu:art-7-p3', 'henan:art-3-p3', 'henan:art-3-p4']
			},
			{
				id: 'start',
				title: l('授权从哪里开始', 'Where authorization starts'),
				narrative: l(
					'衢州、泰安从公告开始；营口以竞争性磋商选择运营机构；河南从实施方案开始；江苏由数据主管部门确定运营主体，再由运营主体公告招募开发主体。',
					'Quzhou and Tai’an start with a call; Yingkou selects by competitive consultation; Henan starts from an implementation plan; Jiangsu designates the operating entity, which then calls for development entities.'
				),
				quote: ['quzhou:sec-12', 'taian:art-14-1', 'yingkou:sec-2', 'henan:art-12', 'jiangsu:art-12-4']
			},
			{
				id: 'incident-lookback',
				title: l('安全事件回溯期', 'Incident look-back'),
				narrative: l(
					'衢州、泰安、营口看近3年；江苏要求开发主体从未发生过重大数据安全事件；河南未作规定。',
					'Quzhou, Tai’an and Yingkou look back 3 years; Jiangsu requires a development entity never to have had a major data-security incident; Henan is silent.'
				),
				quote: ['quzhou:sec-13-1', 'taian:art-13-3', 'yingkou:sec-2-2', 'jiangsu:art-9-1'],
				quiz: {
					kind: 'choice',
					question: l(
						'哪一地要求申请人从未发生过重大数据安全事件？',
						'Where must an applicant never have had a major data-security incident?'
					),
					options: regionOptions,
					answer: 'jiangsu',
					explanation: l(
						'江苏第九条（一）：未发生过重大数据安全事件，不限年限。',
						'Jiangsu art. 9(1): never, with no time limit.'
					),
					citations: ['jiangsu:art-9-1'],
					basis: { dimension: 'eligibility.incidentLookbackYears', equals: 'unlimited' }
				}
			},
			{
				id: 'term-caps',
				title: l('期限上限与限定语', 'Term caps and their hedges'),
				narrative: l(
					'五地都是3年，但措辞不同：衢州“最长不超过”，泰安“一般不超过”，河南“原则上最长不超过”，营口“原则上为3年”，江苏“均不超过”。',
					'All five say 3 years, in different words: Quzhou “at most”, Tai’an “generally at most”, Henan “in principle at most”, Yingkou “3 years in principle”, Jiangsu “at most, for both tiers”.'
				),
				notes: l(
					'限定语决定模拟器是硬性拒绝还是提示。',
					'The hedge decides whether the simulator refuses outright or warns.'
				),
				quote: ['quzhou:sec-16-p1', 'taian:art-14-4', 'henan:art-14-2', 'yingkou:sec-5-1-p1', 'jiangsu:art-8']
			},
			{
				id: 'renewal-deadline',
				title: l('续约：截止期限', 'Renewal: a deadline'),
				narrative: l(
					'衢州要求届满三个月前重新申请，逾期即到期终止。',
					'Quzhou requires reapplying at least three months before expiry; miss it and the term simply ends.'
				),
				quote: ['quzhou:sec-16-p2', 'quzhou:sec-17-1'],
				quiz: {
					kind: 'choice',
					question: l(
						'哪一地要求至少在届满前3个月重新申请？',
						'Which region requires reapplying at least 3 months before expiry?'
					),
					options: regionOptions,
					answer: 'quzhou',
					explanation: l(
						'衢州十六：届满三个月前按程序重新申请。',
						'Quzhou 16: reapply at least three months before expiry.'
					),
					citations: ['quzhou:sec-16-p2'],
					basis: { dimension: 'renewal.deadlineMonthsBeforeExpiry', equals: 3 }
				}
			},
			{
				id: 'renewal-window',
				title: l('续约：申请窗口与评价', 'Renewal: a window, or an evaluation'),
				narrative: l(
					'泰安只在届满前6个月内开放重新申请；营口、河南依运营成效评价决定续约；江苏未规定续约。',
					'Tai’an opens reapplication only in the last 6 months; Yingkou and Henan decide renewal on the evaluation of results; Jiangsu says nothing on renewal.'
				),
				quote: ['taian:art-14-6', 'yingkou:sec-5-1-p1', 'henan:art-14-9'],
				quiz: {
					kind: 'choice',
					question: l(
						'哪一地的重新申请窗口在届满前6个月开启？',
						'Where does the reapplication window open 6 months before expiry?'
					),
					options: regionOptions,
					answer: 'taian',
					explanation: l(
						'泰安第十四条（六）：届满前6个月内可重新申请。',
						'Tai’an art. 14(6): reapply within the last 6 months.'
					),
					citations: ['taian:art-14-6'],
					basis: { dimension: 'renewal.windowOpensMonthsBeforeExpiry', equals: 6 }
				}
			},
			{
				id: 'report-cadence',
				title: l('报告频次', 'Report cadence'),
				narrative: l(
					'衢州每年，泰安每半年，河南每季度加一季度上年总结；江苏“定期”、营口“按时”，均未定频次。',
					'Quzhou yearly, Tai’an every six months, Henan quarterly plus a Q1 summary; Jiangsu “regularly” and Yingkou “on time”, with no cadence.'
				),
				quote: ['quzhou:sec-22', 'taian:art-23', 'henan:art-22-p3', 'jiangsu:art-22', 'yingkou:sec-9-2'],
				quiz: {
					kind: 'choice',
					question: l(
						'哪一地每季度报送运营报告？',
						'In which region are operation reports due every quarter?'
					),
					options: regionOptions,
					answer: 'henan',
					explanation: l('河南第二十二条第三款：按季度报送。', 'Henan art. 22(3): quarterly.'),
					citations: ['henan:art-22-p3'],
					basis: { dimension: 'reporting.operatorCadence', equals: 'quarterlyPlusAnnualSummary' }
				}
			},
			{
				id: 'half-yearly',
				title: l('半年报告', 'Half-yearly reports'),
				narrative: l(
					'泰安的数据运营单位每半年提交报告，主管部门也每半年汇总报市政府备案。',
					'Tai’an’s data operator reports every six months, and the authority summarizes for the city government every six months too.'
				),
				quote: ['taian:art-23', 'taian:art-14-p2'],
				quiz: {
					kind: 'choice',
					question: l(
						'哪一地每半年报送运营报告？',
						'In which region are operation reports due every six months?'
					),
					options: regionOptions,
					answer: 'taian',
					explanation: l('泰安第二十三条：每半年提交。', 'Tai’an art. 23: every six months.'),
					citations: ['taian:art-23'],
					basis: { dimension: 'reporting.operatorCadence', equals: 'halfYearly' }
				}
			},
			{
				id: 'training',
				title: l('岗前培训', 'Pre-job training'),
				narrative: l(
					'衢州、泰安明确要求岗前培训，模拟器在培训前拒绝加工；营口要求安全培训和演练，但不作为加工前提。',
					'Quzhou and Tai’an expressly require pre-job training, and the simulator refuses processing before it; Yingkou requires security training and drills, but not as a condition of processing.'
				),
				quote: ['quzhou:sec-18', 'taian:art-30', 'yingkou:sec-5-2-6']
			},
			{
				id: 'venues',
				title: l('交易场所', 'Trading venues'),
				narrative: l(
					'泰安、江苏要求在依法设立的数据交易场所交易；营口要求依托本市数据交易平台；河南的一级产品只面向二级开发主体。',
					'Tai’an and Jiangsu require a lawfully established exchange; Yingkou the city’s own platform; Henan’s primary products go only to secondary developers.'
				),
				quote: ['taian:art-20', 'jiangsu:art-19', 'yingkou:sec-5-2-4', 'henan:art-7-4']
			},
			{
				id: 'endings',
				title: l('结束的方式', 'Ways out'),
				narrative: l(
					'衢州列举五种终止情形；营口区分自愿退出（提前3个月书面申请）和强制退出；江苏列举开发主体协议终止的七种情形；泰安期满终止使用权限。',
					'Quzhou lists five grounds for ending; Yingkou separates voluntary exit (3 months’ written notice) from forced exit; Jiangsu lists seven grounds to end a development agreement; Tai’an ends access at expiry.'
				),
				quote: ['quzhou:sec-17', 'yingkou:sec-5-4', 'jiangsu:art-28', 'taian:art-14-6']
			}
		]
	}
];
