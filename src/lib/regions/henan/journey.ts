// Henan's journey as data (河南省公共数据资源授权运营实施办法（试行）): two tiers. The primary developer:
// plan (第十一条), agreement (第十三–十四条), operation (第十五–十八条), evaluation (第二十二条) and the
// prohibitions of 第七条. The secondary developer: chosen by the primary developer (第十七条).

import type { Journey } from '$lib/machines/types';
import type { Localized } from '../types';

const l = (zh: string, en: string): Localized => ({ zh, en });

const authority = l('公共数据主管部门', 'The public data authority');
const body = l('实施机构', 'The implementing body');
const primary = l('一级开发主体', 'The primary developer');

export const journey: Journey = {
	region: 'henan',
	roles: [
		{
			id: 'primaryDeveloper',
			label: l('一级开发主体', 'Primary developer'),
			citations: ['art-3-p3'],
			admission: [
				{
					id: 'plan',
					kind: 'review',
					label: l('实施方案编制与审议', 'Implementation plan drafted and approved'),
					citations: ['art-11', 'art-12'],
					by: l('本级政府（“三重一大”审议）', 'The government (collective decision)'),
					event: 'APPROVE_PLAN',
					eventLabel: l('实施方案经本级政府审议通过', 'The government approves the plan')
				},
				{
					id: 'collectiveDecision',
					kind: 'review',
					label: l(
						'运营协议经实施机构“三重一大”审议',
						'Agreement before the implementing body’s collective decision'
					),
					citations: ['art-13', 'art-7'],
					by: body,
					event: 'PASS_COLLECTIVE_DECISION',
					eventLabel: l('运营协议审议通过', 'The agreement passes the collective decision'),
					requires: [
						{
							fact: 'capability',
							equals: true,
							label: l(
								'具备数据加工、运营所需的管理和技术服务能力',
								'Management and technical capacity to process and operate data'
							),
							citations: ['art-7']
						},
						{
							fact: 'goodOperatingCondition',
							equals: true,
							label: l('经营状况良好', 'Sound operations'),
							citations: ['art-7']
						},
						{
							fact: 'goodCredit',
							equals: true,
							label: l('信用状况良好', 'Good credit standing'),
							citations: ['art-7']
						},
						{
							fact: 'meetsSecurityRequirements',
							equals: true,
							label: l('符合国家数据安全保护要求', 'Meets national data-security requirements'),
							citations: ['art-7']
						}
					],
					reject: { citations: ['art-13'] }
				}
			],
			agreement: {
				label: l('签订授权运营协议', 'Signing the agreement'),
				citations: ['art-13', 'art-14', 'art-14-2'],
				signedBy: l(
					'实施机构（独立或会同行业主管部门）',
					'The implementing body (alone or with industry authorities)'
				),
				maxMonths: { dimension: 'term.maxMonths' }
			},
			formalities: [
				{
					id: 'agreementFiling',
					label: l('运营协议备案', 'Agreement filing'),
					event: 'FILE_AGREEMENT',
					eventLabel: l('运营协议备案', 'File the agreement'),
					by: l(
						'省行政审批政务信息管理局、省级行业主管部门',
						'The provincial bureau and provincial industry authorities'
					),
					citations: ['art-13-p2'],
					milestone: 'agreementFiled'
				}
			],
			dataConditions: [
				{
					id: 'catalogueAndStateAssets',
					events: ['APPROVE_DATA_REQUEST'],
					test: {
						allOf: [
							{ fact: 'dataCatalogued', equals: true },
							{
								anyOf: [
									{ fact: 'dataFormsPublicAsset', equals: false },
									{ fact: 'dataStateAssetRulesApplied', equals: true }
								]
							}
						]
					},
					label: l(
						'所涉公共数据资源已完成目录编制；形成公共数据资产的，已落实国有资产管理规定',
						'The cataloguing of the resources concerned is complete and, where they formed a public data asset, the rules on state-owned assets are applied'
					),
					quote:
						'公共数据主管部门不受理未完成目录编制工作或未落实国有资产管理规定的公共数据资源登记申请，相应公共数据资源不得投入运营',
					citations: ['art-10-p2', 'art-10', 'art-9']
				},
				{
					id: 'sharedDataConsent',
					events: ['APPROVE_DATA_REQUEST'],
					test: {
						anyOf: [
							{ fact: 'dataObtainedBySharing', equals: false },
							{ fact: 'sharingProviderConsented', equals: true }
						]
					},
					label: l(
						'以政务数据共享方式获得的其他地区或部门的数据，已征得共享数据提供单位同意',
						'Data obtained from another region or department through government data sharing has the consent of the unit that shared it'
					),
					quote:
						'以政务数据共享方式获得的其他地区或部门的公共数据资源用于授权运营的，应当征得共享数据提供单位同意',
					citations: ['art-6-p2']
				},
				{
					id: 'notExcluded',
					events: ['APPROVE_DATA_REQUEST'],
					test: { fact: 'dataInExcludedCategory', equals: false },
					label: l(
						'所涉数据不属于第六条所列情形（危害国家安全、公共利益；侵害个人隐私、个人信息、商业秘密；国家行业主管部门禁止授权运营；法律、法规规定不能社会化开发利用）',
						'The data is not in a case of art. 6 (endangers national security or the public interest; infringes privacy, personal information or trade secrets; barred by a national industry authority; barred by law from development for society)'
					),
					quote: '除以下情形外，公共管理和服务机构应当积极将依法合规持有的公共数据资源用于授权运营',
					citations: ['art-6', 'art-6-1', 'art-6-2', 'art-6-3', 'art-6-4'],
					note: l(
						'第六条把这些情形列为积极用于授权运营之义务的例外；与规则档案（不得授权运营的数据）一样，读作这些数据不得用于授权运营。',
						'Article 6 lists these cases as exceptions to the duty to use data for authorized operation; read, as the rule profile does (data excluded from operation), as data that may not be used.'
					)
				}
			],
			dataRequest: {
				label: l(
					'按“一场景一审核”提交场景及数据需求申请',
					'File a use case and its data needs (one review per use case)'
				),
				approvedBy: l('公共数据主管部门、实施机构', 'The public data authority and the implementing body'),
				citations: ['art-15', 'art-15-p2', 'art-4']
			},
			processing: {
				label: l(
					'在运营服务平台加工（原始数据不出域）',
					'Process on the operation platform (raw data stays)'
				),
				citations: ['art-3-p6', 'art-3-p2']
			},
			products: {
				reviewBy: l(
					'公共数据主管部门、实施机构（发布前合规审核）',
					'The authority and implementing body (compliance review before release)'
				),
				citations: ['art-15', 'art-15-p2']
			},
			trading: {
				citations: ['art-15-p2', 'art-3-p2'],
				note: l(
					'鼓励通过数据交易场所交易，非强制。',
					'Trading on a data exchange is encouraged, not required.'
				),
				buyers: ['secondaryDeveloper'],
				buyerCitations: ['art-7-4', 'art-3-p2']
			},
			dataCheck: {
				workingDays: { dimension: 'dataQuality.feedbackWorkingDays' },
				citations: ['art-16']
			},
			reporting: {
				cadence: { dimension: 'reporting.operatorCadence' },
				to: l('实施机构及同级公共数据主管部门', 'The implementing body and the data authority'),
				citations: ['art-22-p3']
			},
			evaluation: {
				cadence: { dimension: 'evaluation.cadence' },
				by: authority,
				onFail: 'rectify',
				citations: ['art-22-p2'],
				majorRisk: { citations: ['art-22-p2'] }
			},
			rectification: {
				orderedBy: null,
				orderCitations: ['art-22-p2'],
				period: true,
				onLate: 'suspend',
				lateCitations: ['art-22-p2'],
				failureTerminates: false,
				failureCitations: []
			},
			suspension: { restoration: false, citations: ['art-22-p2'], restorationCitations: [] },
			security: {
				incident: {
					duty: l(
						'采取保护措施，向实施机构和主管部门报告；重大事件同时报网信部门',
						'protect, report to the implementing body and the authority; major incidents also to the cyberspace administration'
					),
					haltsProcessing: false,
					citations: ['art-18', 'art-8-3']
				},
				risk: {
					duty: l('立即停止数据处理和运营活动并报告', 'stop processing and operation at once and report'),
					citations: ['art-18']
				}
			},
			renewal: {
				kind: 'byAgreement',
				decidedBy: body,
				citations: ['art-14-9'],
				note: l(
					'续约机制由运营协议约定，办法未作规定。',
					'The agreement sets the renewal mechanism; the measures do not.'
				)
			},
			grounds: [],
			expiryCitations: ['art-14-2', 'art-14-12'],
			afterTermination: {},
			prohibitions: [
				{
					event: 'OUTSOURCE_PRIMARY_DEVELOPMENT',
					label: l('将一级开发职责交由第三方履行', 'Hand primary development to a third party'),
					reason: l(
						'一级开发主体不得以任何形式将一级开发职责交由第三方履行',
						'The primary developer may not hand its duties to a third party in any form'
					),
					citations: ['art-7-1']
				},
				{
					event: 'PROVIDE_RAW_DATA_TO_MARKET',
					label: l('使原始公共数据直接进入市场', 'Let raw public data enter the market'),
					reason: l(
						'不得超范围使用数据，使原始公共数据资源直接进入市场',
						'Data may not be used beyond scope so that raw public data enters the market'
					),
					citations: ['art-7-2']
				},
				{
					event: 'REDEVELOP_DELIVERED_PRODUCT',
					label: l('参与已交付一级产品的再开发', 'Redevelop a delivered primary product'),
					reason: l(
						'不得参与授权运营范围内已交付的一级开发产品和服务再开发',
						'It may not take part in redeveloping delivered primary products'
					),
					citations: ['art-7-3']
				},
				{
					event: 'SELL_TO_NON_SECONDARY',
					label: l('向二级开发主体以外提供营利性产品', 'Sell to anyone but secondary developers'),
					reason: l(
						'不得面向二级开发主体以外的其他社会主体提供营利性公共数据产品和服务',
						'For-profit products may go only to secondary developers'
					),
					citations: ['art-7-4']
				},
				{
					event: 'ENTER_MONOPOLY_AGREEMENT',
					label: l('达成垄断协议、滥用市场支配地位', 'Enter a monopoly agreement or abuse dominance'),
					reason: l(
						'不得与其他经营主体达成垄断协议，滥用市场支配地位',
						'No monopoly agreements, no abuse of market dominance'
					),
					citations: ['art-7-5']
				}
			]
		},
		{
			id: 'secondaryDeveloper',
			label: l('二级开发主体', 'Secondary developer'),
			citations: ['art-3-p4'],
			admission: [
				{
					id: 'application',
					kind: 'application',
					label: l('按准入条件和应用场景申请', 'Applying under the access conditions'),
					citations: ['art-17'],
					by: l('申请单位', 'The applicant'),
					event: 'SUBMIT_APPLICATION',
					eventLabel: l('向一级开发主体提出申请', 'Apply to the primary developer')
				},
				{
					id: 'assessment',
					kind: 'review',
					label: l('一级开发主体评估', 'Assessment by the primary developer'),
					citations: ['art-17'],
					by: primary,
					event: 'PASS_ASSESSMENT',
					eventLabel: l(
						'资质、需求、场景合规和安全风险评估通过',
						'Qualification, need, compliance and risk assessed'
					),
					requires: [
						{
							fact: 'meetsAccessConditions',
							equals: true,
							label: l(
								'符合一级开发主体公布的准入条件',
								'Meets the access conditions the primary developer set'
							),
							citations: ['art-17']
						}
					],
					reject: { citations: ['art-17'] }
				},
				{
					id: 'implementingBodyReview',
					kind: 'review',
					label: l('实施机构审核', 'Review by the implementing body'),
					citations: ['art-17'],
					by: body,
					event: 'PASS_IMPLEMENTING_BODY_REVIEW',
					eventLabel: l('实施机构审核通过', 'The implementing body approves'),
					reject: { citations: ['art-17'] }
				}
			],
			agreement: {
				label: l('签订一级开发产品和服务应用协议', 'Signing the application agreement'),
				citations: ['art-17'],
				signedBy: primary,
				maxMonths: null
			},
			dataRequest: {
				label: l(
					'通过市场化交易获取一级开发产品和开发环境',
					'Obtain primary products and the dev environment by purchase'
				),
				approvedBy: null,
				citations: ['art-17', 'art-3-p2']
			},
			processing: {
				label: l('在提供的开发处理环境中再开发', 'Redevelop in the environment provided'),
				citations: ['art-3-p4', 'art-3-p6']
			},
			products: { reviewBy: null, citations: ['art-3-p4'] },
			grounds: [],
			expiryCitations: ['art-17'],
			afterTermination: {}
		}
	],
	notes: [
		{
			text: l(
				'终止条件、退出机制由运营协议约定（第十四条（九）（十二）），办法未列举：模拟只有期满终止。',
				'Termination and exit are left to the agreement (art. 14(9), (12)); the simulator ends only at expiry.'
			),
			citations: ['art-14-9', 'art-14-12']
		},
		{
			text: l(
				'暂停后如何恢复未作规定：暂停持续到期满。',
				'The text does not say how a suspension is lifted: it lasts until the term ends.'
			),
			citations: ['art-22-p2']
		},
		{
			text: l(
				'季度报告按自然季度计，于季末前提交；年度总结于每年第一季度（3月31日前）报送。',
				'Quarterly reports follow calendar quarters, due by quarter end; the annual summary is due in Q1 (by 31 March).'
			),
			citations: ['art-22-p3']
		},
		{
			text: l(
				'7个工作日自申请次日起算，含调休上班日、不含法定节假日。',
				'The 7 working days count from the day after the request, with make-up working days and without official holidays.'
			),
			citations: ['art-16']
		},
		{
			text: l(
				'二级开发主体的协议期限由应用协议约定，办法未设上限。',
				'A secondary developer’s term is set by its application agreement; the measures set no cap.'
			),
			citations: ['art-17']
		},
		{
			text: l(
				'第二十四条的通报批评和责令整改未建模为单独流程。',
				'Art. 24’s public criticism and rectification order are not modelled as a separate flow.'
			),
			citations: ['art-24']
		}
	]
};
