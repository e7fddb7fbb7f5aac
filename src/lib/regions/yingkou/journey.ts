// Yingkou's journey as data (营口市公共数据授权运营实施方案（征求意见稿）): selection by competitive
// consultation (五（二）), the agreement and its 3-year term (五（一）), the exit mechanism (五（四）) and
// annual evaluation (十（二）). Numbers come from the profile.

import type { Journey } from '$lib/machines/types';
import type { Localized } from '../types';

const l = (zh: string, en: string): Localized => ({ zh, en });

const body = l('实施机构（市数据局）', 'The implementing body (city data bureau)');

export const journey: Journey = {
	region: 'yingkou',
	roles: [
		{
			id: 'operator',
			label: l('运营机构', 'Operating institution'),
			citations: ['sec-2-1-p1', 'sec-3-p3'],
			admission: [
				{
					id: 'consultation',
					kind: 'application',
					label: l('参加竞争性磋商', 'Taking part in the competitive consultation'),
					citations: ['sec-5-2-1'],
					by: l('申请单位', 'The applicant'),
					event: 'SUBMIT_APPLICATION',
					eventLabel: l('提交磋商响应文件', 'Submit a response to the consultation')
				},
				{
					id: 'selection',
					kind: 'review',
					label: l('竞争性磋商选定运营机构', 'Selection by competitive consultation'),
					citations: ['sec-5-2-1', 'sec-2-1-p1', 'sec-2-2-1', 'sec-2-2-4'],
					by: body,
					event: 'SELECT_OPERATOR',
					eventLabel: l('以竞争性磋商方式选定运营机构', 'Select the operator by competitive consultation'),
					requires: [
						{
							fact: 'domesticCapital',
							equals: true,
							label: l(
								'主体资格必须内资，股权穿透无外资成分',
								'Domestic capital only, all the way up the ownership chain'
							),
							citations: ['sec-2-1-p1']
						},
						{
							fact: 'goodCredit',
							equals: true,
							label: l(
								'商业信誉良好，信用平台查询无不良记录',
								'Good standing; no bad record on the national credit platform'
							),
							citations: ['sec-2-1-p1']
						},
						{
							fact: 'sufficientCapital',
							equals: true,
							label: l(
								'资金实力覆盖数据治理及初期运营',
								'Capital to fund data governance and early operation'
							),
							citations: ['sec-2-2-1']
						},
						{
							fact: 'noIncidentInLookback',
							equals: true,
							label: l(
								'近3年内未发生网络安全、数据安全事件',
								'No network or data security incident in 3 years'
							),
							citations: ['sec-2-2-4']
						}
					],
					reject: { citations: ['sec-5-2-1'] }
				},
				{
					id: 'collectiveDecision',
					kind: 'review',
					label: l('协议经“三重一大”决策审议', 'Agreement text before the collective decision'),
					citations: ['sec-5-2-2'],
					by: l('市数据局', 'The city data bureau'),
					event: 'PASS_COLLECTIVE_DECISION',
					eventLabel: l('协议内容经“三重一大”决策审议通过', 'The agreement passes the collective decision'),
					reject: { citations: ['sec-5-2-2'] }
				}
			],
			agreement: {
				label: l('签订授权运营协议', 'Signing the agreement'),
				citations: ['sec-5-2-2', 'sec-5-1-p1'],
				signedBy: body,
				maxMonths: { dimension: 'term.maxMonths' }
			},
			dataConditions: [
				{
					id: 'personalInformationInProducts',
					events: ['APPROVE_PRODUCT'],
					test: {
						anyOf: [
							{ fact: 'productInvolvesPersonalInfo', equals: false },
							{ fact: 'productDesensitized', equals: true },
							{ fact: 'productStatisticalOrVerification', equals: true }
						]
					},
					label: l(
						'涉及个人信息的数据产品和服务已经脱敏处理，或已通过模型加工转化为统计类、核验类成果',
						'A data product or service involving personal information is de-identified, or turned by models into statistical or verification results'
					),
					quote:
						'确保运营机构对外提供的个人信息相关数据产品和服务均经过脱敏处理，或通过模型加工转化为统计类、核验类成果',
					citations: ['sec-8-2-p1', 'sec-8-2-p2']
				}
			],
			dataRequest: {
				label: l('购买公共数据资产用于加工', 'Buy public data assets to process'),
				approvedBy: null,
				citations: ['sec-7-p2', 'sec-3-p3']
			},
			processing: {
				label: l('依托一体化数据要素流通交易平台开发', 'Develop on the integrated data-trading platform'),
				citations: ['sec-5-2-5', 'sec-8-1-p1']
			},
			products: { reviewBy: body, citations: ['sec-9-1-p1'] },
			trading: { venues: ['platform'], citations: ['sec-5-2-4', 'sec-5-2-5', 'sec-3-p4'] },
			reporting: {
				cadence: { dimension: 'reporting.operatorCadence' },
				to: body,
				citations: ['sec-9-2-p1']
			},
			evaluation: {
				cadence: { dimension: 'evaluation.cadence' },
				by: l('考核评价小组（实施机构组织）', 'The evaluation panel (organized by the implementing body)'),
				onFail: 'decide',
				citations: ['sec-10-2-p1', 'sec-9-1-p1'],
				decidesRenewal: true
			},
			rectification: {
				orderedBy: body,
				orderCitations: ['sec-5-4-2', 'sec-9-1-p1'],
				period: true,
				onLate: 'terminate',
				lateCitations: ['sec-5-4-2'],
				failureTerminates: true,
				failureCitations: ['sec-5-4-2']
			},
			security: {
				incident: {
					duty: l(
						'隔离涉事数据、暂停相关操作并向实施机构报告',
						'isolate the data, halt operations, report to the implementing body'
					),
					haltsProcessing: true,
					citations: ['sec-8-3-p2', 'sec-9-2-p1']
				},
				risk: {
					duty: l('第一时间隔离、暂停并报告隐患', 'isolate, halt and report the hazard at once'),
					citations: ['sec-8-3-p2']
				}
			},
			renewal: {
				kind: 'byEvaluation',
				decidedBy: body,
				citations: ['sec-5-1-p1', 'sec-10-2-p1', 'sec-9-1-p1']
			},
			voluntaryExit: {
				noticeMonths: { dimension: 'exit.voluntaryNoticeMonths' },
				written: true,
				consentBy: body,
				citations: ['sec-5-4-1']
			},
			grounds: [
				{ ground: 'illegality', citations: ['sec-5-4-2'], by: body },
				{ ground: 'breach', citations: ['sec-5-4-2'], by: body },
				{
					ground: 'securityIncident',
					citations: ['sec-5-4-2'],
					by: body,
					note: l('须为“重大数据安全事故”。', 'It must be a "major data-security accident".')
				},
				{ ground: 'failedEvaluation', citations: ['sec-10-2-p1', 'sec-9-1-p1'], by: body },
				{ ground: 'failedRectification', citations: ['sec-5-4-2'], by: body }
			],
			expiryCitations: ['sec-5-1-p1'],
			afterTermination: {
				permissionsClosed: {
					citations: ['sec-5-4-p1'],
					note: l(
						'原文写作由“运营机构”关闭“授权运营机构”的权限，应指实施机构。',
						'The text has the operating institution closing its own permissions; the implementing body is meant.'
					)
				},
				dataDeletion: {
					label: l('删除销毁授权运营中留存的数据', 'Delete and destroy the data kept during operation'),
					citations: ['sec-5-4-p1']
				}
			},
			prohibitions: [
				{
					event: 'PROVIDE_DATA_TO_THIRD_PARTY',
					label: l('将授权数据交由第三方使用', 'Let a third party use authorized data'),
					reason: l(
						'不得以直接或者间接方式将授权的公共数据交由第三方使用',
						'Authorized public data may not be given to third parties, directly or indirectly'
					),
					citations: ['sec-3-p3']
				},
				{
					event: 'USE_FOR_OTHER_PURPOSE',
					label: l('用于协议以外的目的', 'Use data for another purpose'),
					reason: l(
						'不得用于或变相用于其他目的',
						'Data may not be used, openly or covertly, for other purposes'
					),
					citations: ['sec-3-p3']
				}
			]
		}
	],
	notes: [
		{
			text: l(
				'竞争性磋商的具体步骤方案未写，模拟只有“参加”和“选定”两步。',
				'The steps of the competitive consultation are not written; the simulator has only "take part" and "selected".'
			),
			citations: ['sec-5-2-1']
		},
		{
			text: l(
				'期限“原则上为3年”：模拟把3年作为上限，并在签约时报告限定语。',
				'The term is "3 years in principle": the simulator uses 3 years as a cap and reports the qualifier at signing.'
			),
			citations: ['sec-5-1-p1']
		},
		{
			text: l(
				'运营报告“按时报送”，未定频次：不设截止日。',
				'Reports are due "on time" with no cadence: no due date is simulated.'
			),
			citations: ['sec-9-2-p1']
		},
		{
			text: l(
				'“限期整改”的期限由实施机构在责令时确定（事件参数 days）。',
				'The rectification period is set by the implementing body when it orders rectification (event field days).'
			),
			citations: ['sec-5-4-2']
		}
	]
};
