// Jiangsu's journey as data (江苏省公共数据授权运营管理暂行办法): "two tiers, tiered authorization"
// (第七条). The operating entity is designated by the data authority; development entities are chosen by
// it (第八–十条, 第十二条（四）), develop by use case (第十三、十七–十九条) and end under 第二十六、二十八条.

import type { Journey } from '$lib/machines/types';
import type { Localized } from '../types';

const l = (zh: string, en: string): Localized => ({ zh, en });

const authority = l('数据主管部门', 'The data authority');
const authorities = l('数据等主管部门', 'The data and other authorities');
const operating = l('运营主体', 'The operating entity');

export const journey: Journey = {
	region: 'jiangsu',
	roles: [
		{
			id: 'operatingEntity',
			label: l('运营主体', 'Operating entity'),
			citations: ['art-7-p2'],
			admission: [
				{
					id: 'designation',
					kind: 'review',
					label: l('试点确定运营主体', 'Designation on a pilot basis'),
					citations: ['art-7'],
					by: l('本级数据主管部门（受政府授权）', 'The data authority, authorized by the government'),
					event: 'DESIGNATE',
					eventLabel: l('试点确定本级运营主体', 'Designate the operating entity (pilot)')
				}
			],
			agreement: {
				label: l('签订授权协议', 'Signing the agreement'),
				citations: ['art-8', 'art-11'],
				signedBy: l('授权方（文本未规定签订方）', 'The authorizing side (the text does not say who signs)'),
				maxMonths: { dimension: 'term.maxMonths' }
			},
			dataConditions: [
				{
					id: 'inOperationCatalogue',
					events: ['REQUEST_DATA'],
					test: { fact: 'dataInOperationCatalogue', equals: true },
					label: l(
						'所申请的数据在运营主体登记形成的授权运营数据资源目录内',
						'The data requested is in the authorized-operation data resource catalogue the operating entity registered'
					),
					quote:
						'运营主体应当基于公共数据资源目录，结合应用场景登记形成授权运营数据资源目录，依据目录向数据主管部门申请数据',
					citations: ['art-16']
				}
			],
			dataRequest: {
				label: l('依授权运营数据资源目录申请数据', 'Request data under the resource catalogue'),
				approvedBy: authority,
				citations: ['art-16', 'art-6']
			},
			processing: {
				label: l('在授权运营域内加工处理', 'Process inside the authorized operation domain'),
				citations: ['art-12-3', 'art-14']
			},
			reporting: {
				cadence: { dimension: 'reporting.operatorCadence' },
				to: authority,
				citations: ['art-22']
			},
			evaluation: {
				cadence: { value: 'regularly', citations: ['art-27'] },
				by: authority,
				onFail: 'record',
				citations: ['art-27']
			},
			rectification: {
				orderedBy: authorities,
				orderCitations: ['art-26'],
				period: false,
				onLate: null,
				lateCitations: [],
				failureTerminates: true,
				failureCitations: ['art-26']
			},
			security: {
				incident: {
					duty: l(
						'立即处置并向数据、网信等主管部门报告',
						'act at once and report to the data, cyberspace and other authorities'
					),
					haltsProcessing: false,
					citations: ['art-12-1']
				}
			},
			grounds: [{ ground: 'failedRectification', citations: ['art-26'], by: authorities }],
			expiryCitations: ['art-8'],
			afterTermination: {},
			prohibitions: [
				{
					event: 'EXPORT_RAW_DATA',
					label: l('导出原始数据', 'Export raw data'),
					reason: l(
						'原始数据不出域、数据可用不可见',
						'Raw data stays in the domain; data usable but not visible'
					),
					citations: ['art-4', 'art-12-2']
				}
			]
		},
		{
			id: 'developmentEntity',
			label: l('开发主体', 'Development entity'),
			citations: ['art-7-p3'],
			admission: [
				{
					id: 'announcement',
					kind: 'call',
					label: l('等待运营主体发布公告', 'Waiting for the operating entity’s call'),
					citations: ['art-12-4'],
					by: operating,
					event: 'PUBLISH_CALL',
					eventLabel: l('发布行业领域或特定场景授权运营公告', 'Publish a call for a domain or use case')
				},
				{
					id: 'application',
					kind: 'application',
					label: l('申请成为开发主体', 'Applying to become a development entity'),
					citations: ['art-9', 'art-10'],
					by: l('申请单位', 'The applicant'),
					event: 'SUBMIT_APPLICATION',
					eventLabel: l('提交申请', 'Submit the application')
				},
				{
					id: 'qualificationReview',
					kind: 'review',
					label: l('运营主体资质审核', 'Qualification review by the operating entity'),
					citations: ['art-12-4', 'art-8'],
					by: operating,
					event: 'PASS_QUALIFICATION_REVIEW',
					eventLabel: l('资质审核通过', 'Passes the qualification review'),
					requires: [
						{
							fact: 'goodCredit',
							equals: true,
							label: l(
								'单位及法定代表人无重大违法记录和重大不良信用记录',
								'No major illegal or bad-credit record (unit and legal representative)'
							),
							citations: ['art-9-1']
						},
						{
							fact: 'noMajorIncidentEver',
							equals: true,
							label: l('单位未发生过重大数据安全事件', 'Never had a major data-security incident'),
							citations: ['art-9-1']
						},
						{
							fact: 'goodOperatingCondition',
							equals: true,
							label: l(
								'经营情况稳定，具备专业团队和服务能力',
								'Stable operations, a professional team and capacity'
							),
							citations: ['art-9-2']
						},
						{
							fact: 'securityOfficer',
							equals: true,
							label: l('明确数据安全负责人和管理部门', 'A data-security officer and department'),
							citations: ['art-9-3']
						}
					],
					reject: { citations: ['art-12-4', 'art-10'] }
				}
			],
			agreement: {
				label: l('签订授权协议', 'Signing the agreement'),
				citations: ['art-8', 'art-11'],
				signedBy: operating,
				maxMonths: { dimension: 'term.maxMonths' }
			},
			dataRequest: {
				label: l('结合应用场景申请数据资源', 'Request data for a use case'),
				approvedBy: l('运营主体（确认后提供）', 'The operating entity (confirms, then provides)'),
				citations: ['art-17', 'art-13-3']
			},
			processing: {
				label: l('依托授权运营平台开发利用', 'Develop on the operation platform'),
				citations: ['art-7-p3', 'art-13-2']
			},
			socialData: { approvedBy: operating, citations: ['art-17'] },
			products: { reviewBy: operating, citations: ['art-18', 'art-12-4'] },
			trading: { venues: ['exchange'], citations: ['art-19'] },
			reporting: {
				cadence: { value: 'notSpecified', citations: ['art-13-3'] },
				to: operating,
				citations: ['art-13-3']
			},
			evaluation: {
				cadence: { value: 'regularly', citations: ['art-27', 'art-12-4'] },
				by: operating,
				onFail: 'warn',
				citations: ['art-28-4', 'art-27']
			},
			rectification: {
				orderedBy: authorities,
				orderCitations: ['art-26'],
				period: false,
				onLate: null,
				lateCitations: [],
				failureTerminates: true,
				failureCitations: ['art-26']
			},
			security: {
				incident: {
					duty: l('立即处置并向运营主体报告', 'act at once and report to the operating entity'),
					haltsProcessing: false,
					citations: ['art-13-1']
				}
			},
			voluntaryExit: { consentBy: operating, citations: ['art-28-2'] },
			grounds: [
				{ ground: 'breach', citations: ['art-28-3'], by: operating },
				{ ground: 'failedEvaluation', citations: ['art-28-4'], by: operating },
				{
					ground: 'securityIncident',
					citations: ['art-28-5'],
					by: operating,
					note: l('须“造成不良影响或者严重后果”。', 'It must have "bad effects or serious consequences".')
				},
				{ ground: 'policyChange', citations: ['art-28-6'], by: operating },
				{ ground: 'illegality', citations: ['art-28-7'], by: operating },
				{ ground: 'failedRectification', citations: ['art-26'], by: authorities }
			],
			expiryCitations: ['art-28-1', 'art-8'],
			afterTermination: {
				permissionsClosed: {
					citations: ['art-28'],
					note: l(
						'“按照相关规定或者协议约定”取消权限。',
						'Permissions withdrawn "under the rules or the agreement".'
					)
				},
				dataDeletion: {
					label: l('取消权限、下架产品或销毁数据', 'Withdraw permissions, delist products or destroy data'),
					citations: ['art-28'],
					note: l(
						'文本以“或”并列，依规定或协议选择。',
						'The text lists these with "or", chosen under the rules or agreement.'
					)
				}
			},
			prohibitions: [
				{
					event: 'EXPORT_RAW_DATA',
					label: l('导出原始数据', 'Export raw data'),
					reason: l(
						'落实“原始数据不出域、数据可用不可见”',
						'Raw data stays in the domain; usable but not visible'
					),
					citations: ['art-13-2']
				}
			]
		}
	],
	notes: [
		{
			text: l(
				'运营主体的授权协议由谁签订，办法未规定：第八条只规定其授权期限，第二十六条可终止“授权协议”；模拟只演示这两点。',
				'Who signs the operating entity’s authorization the text does not say: art. 8 gives only its term and art. 26 may end an "authorization agreement"; the simulator shows only these two.'
			),
			citations: ['art-8', 'art-26']
		},
		{
			text: l(
				'运营主体的授权协议终止情形，办法只写了整改不到位（第二十六条）；第二十八条各项只适用于开发主体。',
				'For the operating entity the text names only failed rectification (art. 26); the grounds of art. 28 are for development entities.'
			),
			citations: ['art-26', 'art-28']
		},
		{
			text: l(
				'报告、评估均为“定期”，未定频次：不设截止日。',
				'Reports and evaluations are "regular" with no cadence: no due dates are simulated.'
			),
			citations: ['art-22', 'art-27']
		},
		{
			text: l(
				'评估不合格“经提醒或约谈后仍无改善”：模拟以第二次不合格为“仍无改善”。',
				'"No improvement after a reminder or interview": the simulator reads a second failed evaluation as no improvement.'
			),
			citations: ['art-28-4']
		},
		{
			text: l(
				'办法未规定续约；期满即终止。',
				'The measures provide no renewal; the authorization ends at expiry.'
			),
			citations: ['art-8', 'art-28-1']
		}
	]
};
