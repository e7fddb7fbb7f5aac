// Quzhou's eligibility rules as data: who may apply to be an authorized operator (授权运营单位), from
// 十三、申请提交 (conditions and materials) and 四 (the definition). Read by $lib/eligibility.

import {
	allTrue,
	isTrue,
	l,
	legalFormIn,
	materialReady,
	noIncidentWithinYears,
	noneTrue
} from '$lib/eligibility/define';
import { ORGANIZATIONS } from '$lib/eligibility/facts';
import type { RegionEligibility } from '$lib/eligibility/types';

const operator = ['operator'] as const;

export const eligibility: RegionEligibility = {
	region: 'quzhou',
	roles: [{ role: 'operator', term: l('授权运营单位', 'authorized operator'), citations: ['sec-4-p1'] }],
	criteria: [
		{
			id: 'legalForm',
			aspect: 'legalForm',
			roles: operator,
			label: l('法人或者非法人组织', 'A legal person or unincorporated organization'),
			quote: '法人或者非法人组织',
			citations: ['sec-4-p1'],
			discretion: false,
			when: legalFormIn(ORGANIZATIONS)
		},
		{
			id: 'operatingCondition',
			aspect: 'operatingCondition',
			roles: operator,
			label: l('经营状况良好', 'Sound operating condition'),
			quote: '经营状况良好',
			citations: ['sec-13-1'],
			discretion: true,
			when: isTrue('operatingConditionSound')
		},
		{
			id: 'professionalCapacity',
			aspect: 'professionalCapacity',
			roles: operator,
			label: l(
				'具备所需的专业资质、知识人才积累和生产服务能力',
				'The qualifications, know-how and staff, and production and service capacity the field requires'
			),
			quote: '具备授权运营领域所需的专业资质、知识人才积累和生产服务能力',
			citations: ['sec-13-1'],
			discretion: true,
			when: allTrue('professionalQualifications', 'professionalTeam', 'technicalCapacity')
		},
		{
			id: 'credit',
			aspect: 'unitCredit',
			roles: operator,
			label: l('符合相应的信用条件', 'Meets the corresponding credit conditions'),
			quote: '并符合相应的信用条件',
			citations: ['sec-13-1', 'sec-14-3'],
			discretion: true,
			when: noneTrue('unitJudgmentDefaulter', 'unitMajorTaxViolator', 'unitSeriouslyDishonest'),
			note: l(
				'细则未列明信用条件，由协调机制终审时核实（十四·3）；此处只把列入失信被执行人、重大税收违法案件当事人或严重失信名单视为不符合。',
				'The conditions are not itemized and are checked by the coordination mechanism at final review (14.3); here only being on the judgment-defaulter, major-tax-violator or serious-dishonesty list counts as failing them.'
			)
		},
		{
			id: 'incidents',
			aspect: 'securityIncidents',
			roles: operator,
			label: l(
				'近3年未发生网络安全或数据安全事件',
				'No network or data security incident in the last 3 years'
			),
			quote: '近３年未发生网络安全或数据安全事件',
			citations: ['sec-13-1'],
			discretion: false,
			when: noIncidentWithinYears(3)
		},
		{
			id: 'securityOfficer',
			aspect: 'securityOfficer',
			roles: operator,
			label: l('明确数据安全负责人和管理部门', 'A named data-security officer and department'),
			quote: '明确数据安全负责人和管理部门',
			citations: ['sec-13-2'],
			discretion: false,
			when: allTrue('dataSecurityOfficer', 'dataSecurityDepartment')
		},
		{
			id: 'securitySystems',
			aspect: 'securitySystems',
			roles: operator,
			label: l(
				'建立授权运营内部管理和安全保障制度',
				'Internal management and security systems for authorized operation'
			),
			quote: '建立公共数据授权运营内部管理和安全保障制度',
			citations: ['sec-13-2'],
			discretion: false,
			when: isTrue('securitySystemsEstablished')
		},
		{
			id: 'securityCapability',
			aspect: 'securityCapability',
			roles: operator,
			label: l(
				'具备成熟的数据管理能力和数据安全保障能力',
				'Mature data-management and data-security capability'
			),
			quote: '具备成熟的数据管理能力和数据安全保障能力',
			citations: ['sec-13-2'],
			discretion: true,
			when: isTrue('dataSecurityCapability')
		},
		{
			id: 'mlps3',
			aspect: 'mlps3Experience',
			roles: operator,
			label: l(
				'具有等保三级和商密评估要求的系统开发和运维实践经验',
				'Hands-on experience building and running systems to MLPS level 3 and the commercial-crypto assessment'
			),
			quote: '具有符合网络安全等级保护三级标准和商用密码安全性评估要求的系统开发和运维实践经验',
			citations: ['sec-13-3'],
			discretion: false,
			when: allTrue('mlps3Experience', 'commercialCryptoAssessmentExperience')
		}
	],
	materials: [
		{
			id: 'applicationForm',
			roles: operator,
			label: l('授权运营申请表', 'Application form'),
			quote: '授权运营申请表',
			citations: ['sec-13-p1'],
			ready: materialReady('applicationForm'),
			note: l(
				'清单以“等材料”结尾，并非穷尽，公告可另有要求。',
				'The list ends "and other materials": not exhaustive; the call may ask for more.'
			)
		},
		{
			id: 'auditReport',
			roles: operator,
			label: l('最近1年的第三方审计报告', 'Third-party audit report for the last year'),
			quote: '最近1年的第三方审计报告',
			citations: ['sec-13-p1'],
			ready: isTrue('auditReportLastYear')
		},
		{
			id: 'financialReport',
			roles: operator,
			label: l('最近1年的财务会计报告', 'Financial and accounting report for the last year'),
			quote: '财务会计报告',
			citations: ['sec-13-p1'],
			ready: isTrue('financialReportLastYear')
		},
		{
			id: 'securityCommitment',
			roles: operator,
			label: l('数据安全承诺书', 'Data-security commitment'),
			quote: '数据安全承诺书',
			citations: ['sec-13-p1'],
			ready: materialReady('securityCommitment')
		},
		{
			id: 'riskSelfAssessment',
			roles: operator,
			label: l('安全风险自评报告', 'Security-risk self-assessment report'),
			quote: '安全风险自评报告',
			citations: ['sec-13-p1'],
			ready: materialReady('riskSelfAssessment')
		},
		{
			id: 'useCaseList',
			roles: operator,
			label: l('业务场景清单', 'List of use cases'),
			quote: '业务场景清单',
			citations: ['sec-9-p1'],
			ready: materialReady('useCaseList')
		},
		{
			id: 'dataRequestList',
			roles: operator,
			label: l('数据需求清单', 'List of data needs'),
			quote: '数据需求清单',
			citations: ['sec-9-p1'],
			ready: materialReady('dataRequestList')
		}
	]
};
