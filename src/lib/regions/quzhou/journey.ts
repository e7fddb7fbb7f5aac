// Quzhou's journey as data (衢州市公共数据授权运营管理实施细则（试行）（征求意见稿）): the stages of sections
// 十二–十七, the operator's duties of 十八–二十七, and the ends of 十六–十七. Numbers come from the profile.

import type { Journey } from '$lib/machines/types';
import type { Localized } from '../types';

const l = (zh: string, en: string): Localized => ({ zh, en });

const authority = l('公共数据主管部门', 'The public data authority');
const mechanism = l('协调机制', 'The coordination mechanism');
const government = l('本级政府', 'The local government');

export const journey: Journey = {
	region: 'quzhou',
	roles: [
		{
			id: 'operator',
			label: l('授权运营单位', 'Authorized operator'),
			citations: ['sec-4-p1'],
			admission: [
				{
					id: 'announcement',
					kind: 'call',
					label: l('等待授权运营公告', 'Waiting for the call'),
					citations: ['sec-12-p1'],
					by: authority,
					event: 'PUBLISH_CALL',
					eventLabel: l('发布授权运营公告，明确申报条件', 'Publish the call with its conditions')
				},
				{
					id: 'application',
					kind: 'application',
					label: l('公告期内提交申请', 'Applying within the call period'),
					citations: ['sec-13-p1', 'sec-9-p1'],
					by: l('申请单位', 'The applicant'),
					event: 'SUBMIT_APPLICATION',
					eventLabel: l(
						'提交申请表、审计报告等材料及场景、数据清单',
						'Submit the form, reports and use-case and data lists'
					)
				},
				{
					id: 'preReview',
					kind: 'review',
					label: l('材料预审', 'Pre-review of materials'),
					citations: ['sec-14-1'],
					by: authority,
					event: 'PASS_PRE_REVIEW',
					eventLabel: l('材料预审通过', 'Materials pass the pre-review'),
					materials: {
						required: [
							'applicationForm',
							'auditReport',
							'financialReport',
							'securityCommitment',
							'riskSelfAssessment',
							'useCaseList',
							'dataRequestList'
						],
						citations: ['sec-13-p1', 'sec-9-p1']
					},
					supplement: { citations: ['sec-14-1'] }
				},
				{
					id: 'expertReview',
					kind: 'review',
					label: l('专家评审', 'Expert review'),
					citations: ['sec-14-2', 'sec-7-1'],
					by: l('专家组', 'The expert panel'),
					event: 'PASS_EXPERT_REVIEW',
					eventLabel: l('专家组出具论证评审意见', 'The expert panel gives its opinion')
				},
				{
					id: 'finalReview',
					kind: 'review',
					label: l('终审：协调机制审核', 'Final review by the coordination mechanism'),
					citations: ['sec-14-3', 'sec-14-p1'],
					by: mechanism,
					event: 'PASS_FINAL_REVIEW',
					eventLabel: l(
						'协调机制核实安全、信用条件并决议通过',
						'The mechanism verifies security and credit and approves'
					),
					requires: [
						{
							fact: 'noIncidentInLookback',
							equals: true,
							label: l(
								'近3年未发生网络安全或数据安全事件',
								'No network or data security incident in 3 years'
							),
							citations: ['sec-13-1']
						},
						{
							fact: 'goodCredit',
							equals: true,
							label: l('符合相应的信用条件', 'Meets the credit conditions'),
							citations: ['sec-13-1']
						}
					],
					reject: { citations: ['sec-14-3'] }
				},
				{
					id: 'governmentApproval',
					kind: 'review',
					label: l('本级政府审批决策', 'Decision of the local government'),
					citations: ['sec-14-3', 'sec-5-p1'],
					by: government,
					event: 'GOVERNMENT_APPROVE',
					eventLabel: l('本级政府审批确定授权运营单位', 'The government decides on the operator'),
					reject: { citations: ['sec-14-3'] }
				},
				{
					id: 'filing',
					kind: 'review',
					label: l('报市政府和省政府备案', 'Filing with the city and provincial governments'),
					citations: ['sec-14-3'],
					by: government,
					event: 'FILE_WITH_GOVERNMENT',
					eventLabel: l('上报市政府和省政府备案', 'File with the city and provincial governments')
				},
				{
					id: 'publicNotice',
					kind: 'publicNotice',
					label: l('社会公开', 'Public disclosure'),
					citations: ['sec-15-p1'],
					by: authority,
					event: 'CLEAR_NOTICE',
					eventLabel: l('公开完毕，无未决异议', 'Disclosed; no objection outstanding'),
					objections: {
						citations: ['sec-15-p1'],
						note: l(
							'细则只要求“对异议及时答复和处理”，未规定公示期或异议成立的后果。',
							'The rules only say objections are answered and handled promptly; no notice period or consequence is set.'
						)
					}
				}
			],
			agreement: {
				label: l('签订授权运营协议', 'Signing the agreement'),
				citations: ['sec-16-p1', 'sec-4-p2'],
				signedBy: l('受政府委托的公共数据主管部门', 'The public data authority, for the government'),
				maxMonths: { dimension: 'term.maxMonths' }
			},
			training: {
				provider: l('省、市公共数据主管部门', 'The provincial and city public data authorities'),
				citations: ['sec-18-p1']
			},
			dataConditions: [
				{
					id: 'notBarredFromOpening',
					events: ['APPROVE_DATA_REQUEST'],
					test: { fact: 'dataBarredFromOpening', equals: false },
					label: l('所涉数据不属于禁止开放的公共数据', 'The data is not public data barred from opening'),
					quote: '禁止开放的公共数据不得授权运营',
					citations: ['sec-10-p2', 'sec-3-p3', 'sec-10-1', 'sec-10-2', 'sec-10-3'],
					note: l(
						'经匿名化、脱敏脱密或经权利人依法授权同意的个人信息、保密商务信息，可列入受限开放或无条件开放数据（十（一）—（三））；此处与规则档案一样理解为那时不再属禁止开放数据。',
						'Personal or confidential business data that is anonymized, de-identified or declassified, or consented to, may be listed as restricted or unconditionally open (10(1)–(3)); read here, as in the rule profile, as then no longer barred.'
					)
				},
				{
					id: 'protectedInformation',
					events: ['APPROVE_DATA_REQUEST'],
					test: {
						anyOf: [
							{ fact: 'dataInvolvesProtectedInfo', equals: false },
							{ fact: 'dataDesensitized', equals: true },
							{ fact: 'dataSubjectsConsented', equals: true }
						]
					},
					label: l(
						'涉及个人信息、商业秘密、保密商务信息的数据，已脱敏、脱密处理或经权利人依法授权同意',
						'Data involving personal information, trade secrets or confidential business information is de-identified or declassified, or the persons concerned have lawfully consented'
					),
					quote:
						'涉及个人信息、商业秘密、保密商务信息的公共数据，应经过脱敏、脱密处理，或经相关数据所指向的特定自然人、法人、非法人组织依法授权同意后获取',
					citations: ['sec-19-p2']
				}
			],
			dataRequest: {
				label: l('依场景提交公共数据需求清单', 'File the data-needs list for a use case'),
				approvedBy: l('公共数据主管部门及数源部门', 'The public data authority and the data providers'),
				citations: ['sec-19-p1']
			},
			processing: {
				label: l('在授权运营域内加工处理', 'Process inside the authorized operation domain'),
				citations: ['sec-20-p1', 'sec-20-1', 'sec-20-2']
			},
			socialData: { approvedBy: authority, citations: ['sec-20-3'] },
			products: { reviewBy: authority, citations: ['sec-21-p1'] },
			trading: {
				citations: ['sec-21-p2'],
				note: l(
					'按国家和省、市数据要素市场规则流通交易，未指定场所。',
					'Traded under data-market rules; no venue is prescribed.'
				)
			},
			reporting: {
				cadence: { dimension: 'reporting.operatorCadence' },
				to: authority,
				citations: ['sec-22-p1'],
				withinTerm: { citations: ['sec-22-p1'] } // 在运营期限内
			},
			evaluation: {
				cadence: { dimension: 'evaluation.cadence' },
				by: l(
					'公共数据主管部门（协调机制监督指导）',
					'The authority, overseen by the coordination mechanism'
				),
				onFail: 'terminate',
				citations: ['sec-17-4', 'sec-6-5']
			},
			security: {
				incident: {
					duty: l('主管部门按应急预案启动响应', 'the authority launches its emergency response'),
					haltsProcessing: false,
					citations: ['sec-27-p5', 'sec-28-p3']
				},
				risk: {
					duty: l(
						'立即停止相应处理并向主管部门报告',
						'stop the processing at once and report to the authority'
					),
					citations: ['sec-27-p7']
				}
			},
			renewal: {
				kind: 'deadline',
				months: { dimension: 'renewal.deadlineMonthsBeforeExpiry' },
				decidedBy: l(
					'按程序审核（主管部门、协调机制、政府）',
					'The ordinary procedure (authority, mechanism, government)'
				),
				citations: ['sec-16-p2'],
				note: l(
					'重新申请须“按程序”进行；模拟把该程序压缩为一次同意或不同意。',
					'Reapplication goes "through the procedure"; the simulator condenses it into one decision.'
				)
			},
			voluntaryExit: { consentBy: authority, citations: ['sec-17-2'] },
			grounds: [
				{ ground: 'breach', citations: ['sec-17-3'], by: authority },
				{ ground: 'failedEvaluation', citations: ['sec-17-4'], by: authority },
				{
					ground: 'other',
					citations: ['sec-17-5', 'sec-6-4'],
					by: authority,
					note: l(
						'终止、撤销授权等重大事项由协调机制审议。',
						'Ending or revoking an authorization is reviewed by the coordination mechanism.'
					)
				}
			],
			expiryCitations: ['sec-16-p2', 'sec-17-1'],
			afterTermination: {
				permissionsClosed: { citations: ['sec-17-p1'] },
				dataDeletion: {
					label: l('删除授权运营域内留存数据', 'Delete the data kept in the domain'),
					citations: ['sec-17-p1']
				},
				logRetentionMonths: { dimension: 'termination.logRetentionMonths' }
			},
			prohibitions: [
				{
					event: 'EXPORT_RAW_DATA',
					label: l('导出原始数据包', 'Export a raw data package'),
					reason: l('原始数据包不得导出授权运营域', 'Raw data packages may not leave the domain'),
					citations: ['sec-21-p1']
				},
				{
					event: 'PROVIDE_DATA_TO_THIRD_PARTY',
					label: l('向第三方提供授权数据', 'Give authorized data to a third party'),
					reason: l(
						'不得擅自留存或违规将授权运营的公共数据提供给第三方',
						'Authorized public data may not be kept or given to third parties without authorization'
					),
					citations: ['sec-27-p6']
				}
			]
		}
	],
	notes: [
		{
			text: l(
				'“届满三个月前”：期限的最后三个月开始前申请，最迟为其开始的前一日（期限至2027-12-31的，最迟2027-09-30）。',
				'"Three months before expiry": the last day to reapply is the day before the term’s last three months begin (a term ending 2027-12-31: 2027-09-30 at the latest).'
			),
			citations: ['sec-16-p2']
		},
		{
			text: l(
				'年度报告、年度评估按协议年度计（自签订日起每12个月），细则未定具体截止日。',
				'Annual reports and evaluations are counted by agreement year (12 months from signing); the rules set no date.'
			),
			citations: ['sec-22-p1', 'sec-17-4']
		},
		{
			text: l(
				'数据治理需求（二十）的期限“在规定期限内”未定，未建模为期限。',
				'Data-governance requests (s. 20) have an unset period and are not modelled as a deadline.'
			),
			citations: ['sec-20-p3']
		}
	]
};
