// Tai'an's journey as data (泰安市公共数据开发利用管理办法（试行）（征求意见稿）): the call-to-agreement
// procedure of 第十四条, the certificates (第九–十一条, 第十四条（五）), operation (第十五–二十六条), pre-job
// training (第三十条) and the evaluation that suspends and restores access (第二十四条). Numbers from the profile.

import type { Journey } from '$lib/machines/types';
import type { Localized } from '../types';

const l = (zh: string, en: string): Localized => ({ zh, en });

const authority = l('市大数据主管部门', 'The city big-data authority');

export const journey: Journey = {
	region: 'taian',
	roles: [
		{
			id: 'operator',
			label: l('数据运营单位', 'Data operator'),
			citations: ['art-3-p3'],
			admission: [
				{
					id: 'announcement',
					kind: 'call',
					label: l('等待申报公告', 'Waiting for the call'),
					citations: ['art-14-1'],
					by: authority,
					event: 'PUBLISH_CALL',
					eventLabel: l(
						'应市场主体或数据提供单位申请发布申报公告',
						'Publish the call (on request of market entities or data providers)'
					)
				},
				{
					id: 'application',
					kind: 'application',
					label: l('公告期内提交申报材料', 'Applying within the call period'),
					citations: ['art-14-2'],
					by: l('申报单位', 'The applicant'),
					event: 'SUBMIT_APPLICATION',
					eventLabel: l('提交申报材料', 'Submit the application')
				},
				{
					id: 'expertReview',
					kind: 'review',
					label: l('第三方专家综合评审', 'Review by third-party experts'),
					citations: ['art-14-3', 'art-13'],
					by: l('第三方专家（市大数据主管部门组织）', 'Third-party experts (organized by the authority)'),
					event: 'PASS_EXPERT_REVIEW',
					eventLabel: l('评审通过，列入初步名单', 'Passes review; on the provisional list'),
					requires: [
						{
							fact: 'goodOperatingCondition',
							equals: true,
							label: l(
								'经营状况良好，具备资质、人才和服务能力',
								'Sound operations, qualifications, staff and capacity'
							),
							citations: ['art-13-1']
						},
						{
							fact: 'goodCredit',
							equals: true,
							label: l(
								'单位及法定代表人无重大违法记录，未列入失信名单',
								'No major illegal record and not on dishonesty lists (unit and legal representative)'
							),
							citations: ['art-13-2']
						},
						{
							fact: 'securityOfficer',
							equals: true,
							label: l('落实数据安全负责人和管理部门', 'A data-security officer and department'),
							citations: ['art-13-3']
						},
						{
							fact: 'mlps3Experience',
							equals: true,
							label: l('等保三级与商密评估实践经验', 'MLPS level 3 and commercial-crypto experience'),
							citations: ['art-13-3']
						},
						{
							fact: 'noIncidentInLookback',
							equals: true,
							label: l(
								'近3年未发生网络安全或数据安全事件',
								'No network or data security incident in 3 years'
							),
							citations: ['art-13-3']
						}
					],
					reject: { citations: ['art-14-3'] }
				},
				{
					id: 'governmentApproval',
					kind: 'review',
					label: l('市人民政府同意', 'Consent of the city government'),
					citations: ['art-14-3'],
					by: l('市人民政府', 'The city government'),
					event: 'GOVERNMENT_APPROVE',
					eventLabel: l('市人民政府同意初步名单', 'The city government consents to the list'),
					reject: { citations: ['art-14-3'] }
				},
				{
					id: 'publicNotice',
					kind: 'publicNotice',
					label: l('向社会公示', 'Public notice'),
					citations: ['art-14-3', 'art-14-4'],
					by: authority,
					event: 'CLEAR_NOTICE',
					eventLabel: l('公示无异议', 'Notice ends without objection'),
					objections: {
						citations: ['art-14-4'],
						note: l(
							'办法只把“公示无异议”作为签约条件，未规定异议如何受理和处理。',
							'The text only makes "no objection" a condition of signing; it does not say how objections are handled.'
						)
					}
				}
			],
			agreement: {
				label: l('签订授权运营协议', 'Signing the agreement'),
				citations: ['art-14-4', 'art-17'],
				signedBy: authority,
				maxMonths: { dimension: 'term.maxMonths' }
			},
			formalities: [
				{
					id: 'authorizationCertificate',
					label: l('数据授权证书', 'Data authorization certificate'),
					event: 'ISSUE_AUTHORIZATION_CERTIFICATE',
					eventLabel: l('发放数据授权证书', 'Issue the data authorization certificate'),
					by: authority,
					citations: ['art-14-5'],
					milestone: 'certificate:authorization'
				}
			],
			training: {
				provider: l(
					'数据运营单位自行开展岗前安全培训',
					'The data operator itself (pre-job security training)'
				),
				citations: ['art-30']
			},
			dataConditions: [
				{
					id: 'providerRightsConfirmed',
					events: ['APPROVE_DATA_REQUEST'],
					test: { fact: 'dataRightsConfirmedByProvider', equals: true },
					label: l(
						'所涉公共数据资源已由数据提供单位完成确权',
						'The data provider has confirmed the rights in the public data resources concerned'
					),
					quote: '数据提供单位未进行确权的公共数据资源不得纳入授权运营范围',
					citations: ['art-10-p4', 'art-10', 'art-11']
				},
				{
					id: 'notBarredFromOpening',
					events: ['APPROVE_DATA_REQUEST'],
					test: { fact: 'dataBarredFromOpening', equals: false },
					label: l('所涉数据不属于禁止开放的公共数据', 'The data is not public data barred from opening'),
					quote: '禁止开放的公共数据不得授权运营',
					citations: ['art-12'],
					note: l(
						'办法未列举“禁止开放”数据的范围，由数据的开放分类决定。',
						'The measures do not say which data is barred from opening; its opening class decides.'
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
						'数据运营单位利用涉及个人信息、商业秘密、保密商务信息的公共数据，应经过脱敏、脱密等处理，或经相关数据所指向的特定自然人、法人、非法人组织等依法授权同意后获取',
					citations: ['art-27-p2']
				}
			],
			dataRequest: {
				label: l('按“一场景一申请”提交数据需求', 'File a data request, one per use case'),
				approvedBy: l(
					'市大数据主管部门（征得数据提供单位同意）',
					'The authority, with the data provider’s consent'
				),
				citations: ['art-16', 'art-15']
			},
			processing: {
				label: l('在管理平台内加工处理', 'Process on the management platform'),
				citations: ['art-19', 'art-28']
			},
			products: {
				reviewBy: l('市大数据主管部门组织的专家', 'Experts organized by the authority'),
				citations: ['art-26', 'art-26-p2']
			},
			trading: { venues: ['exchange'], citations: ['art-20'] },
			registration: {
				publicityDays: { dimension: 'registration.publicityDays' },
				citations: {
					apply: ['art-8', 'art-9-1'],
					review: ['art-9-2'],
					publicity: ['art-9-3'],
					certificate: ['art-9-4'],
					rights: ['art-10', 'art-10-p3'],
					rightsCertificate: ['art-11'],
					booking: ['art-10-p4']
				}
			},
			reporting: {
				cadence: { dimension: 'reporting.operatorCadence' },
				to: authority,
				citations: ['art-23'],
				withinTerm: { citations: ['art-23'] } // 在运营期限内
			},
			evaluation: {
				cadence: { dimension: 'evaluation.cadence' },
				by: authority,
				onFail: 'suspendAndRectify',
				citations: ['art-24', 'art-24-p2']
			},
			rectification: {
				orderedBy: null,
				orderCitations: ['art-24-p2'],
				period: false,
				onLate: null,
				lateCitations: [],
				failureTerminates: true,
				failureCitations: ['art-24-p2']
			},
			suspension: {
				restoration: true,
				citations: ['art-24-p2'],
				restorationCitations: ['art-24-p2']
			},
			security: {
				incident: {
					duty: l(
						'依法启动应急预案，采取应急处置措施',
						'trigger the emergency plan and take emergency measures'
					),
					haltsProcessing: false,
					citations: ['art-30']
				}
			},
			renewal: {
				kind: 'window',
				months: { dimension: 'renewal.windowOpensMonthsBeforeExpiry' },
				decidedBy: authority,
				citations: ['art-14-6']
			},
			grounds: [
				{
					ground: 'failedRectification',
					citations: ['art-24-p2'],
					by: authority,
					note: l('按照协议约定终止。', 'Terminated as the agreement provides.')
				}
			],
			expiryCitations: ['art-14-6'],
			afterTermination: {
				permissionsClosed: { citations: ['art-14-6'] },
				logRetentionMonths: { dimension: 'termination.logRetentionMonths' }
			},
			prohibitions: [
				{
					event: 'PROVIDE_DATA_TO_THIRD_PARTY',
					label: l('向第三方提供授权数据', 'Give authorized data to a third party'),
					reason: l(
						'不得将授权运营的公共数据提供给第三方',
						'Authorized public data may not go to third parties'
					),
					citations: ['art-30-p2']
				},
				{
					event: 'EXPORT_RAW_DATA',
					label: l('导出原始数据或可还原原始数据的产品', 'Export raw data, or a product that restores it'),
					reason: l(
						'原始数据不出域；可还原原始数据包的产品不得导出管理平台',
						'Raw data stays in the domain; products that can restore raw data may not leave the platform'
					),
					citations: ['art-19', 'art-26-p2']
				},
				{
					event: 'USE_FOR_OTHER_PURPOSE',
					label: l('用于未经审批的应用场景', 'Use in a use case not approved'),
					reason: l(
						'经审核导出的产品不得用于或变相用于未经审批的应用场景',
						'Approved products may not be used for use cases not approved'
					),
					citations: ['art-26-p2']
				}
			]
		}
	],
	notes: [
		{
			text: l(
				'重新申请窗口“期限届满前6个月内”自期限最后一日往前推6个月的当日开启。',
				'The reapplication window "within 6 months before expiry" opens on the day 6 months before the term’s last day.'
			),
			citations: ['art-14-6']
		},
		{
			text: l(
				'日志留存写在期满条款中；模拟对任何终止都适用不少于6个月的留存。',
				'Log retention sits in the expiry clause; the simulator applies the 6 months to every termination.'
			),
			citations: ['art-14-6']
		},
		{
			text: l(
				'半年报告按协议起算的每6个月计，期末前提交；办法未定具体日期。',
				'Half-yearly reports are counted in 6-month periods from signing, due by each period’s end; the text sets no date.'
			),
			citations: ['art-23']
		},
		{
			text: l(
				'退出情形、违约责任由协议约定（第十七条），模拟只有期满和整改不到位两种终止。',
				'Exit cases and liability are left to the agreement (art. 17); the simulator ends only on expiry or failed rectification.'
			),
			citations: ['art-17']
		},
		{
			text: l(
				'登记公示期5天按自然日、自审查通过次日起算（民法典第二百零一条）；运营单位登记的是其首次加工形成的数据资源。',
				'The 5-day registration publicity counts calendar days from the day after review passes (Civil Code art. 201); the operator registers data resources its first processing formed.'
			),
			citations: ['art-9-3', 'art-8']
		}
	]
};
