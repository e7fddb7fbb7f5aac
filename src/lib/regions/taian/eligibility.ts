// Tai'an's eligibility rules as data: the conditions for a data operator (数据运营单位), 第十三条, and the
// application materials of 第十四条. Read by $lib/eligibility.

import {
	allTrue,
	authorityDecides,
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
const CREDIT_QUOTE =
	'单位及其法定代表人无重大违法记录，未被列入失信被执行人名单、重大税收违法案件当事人名单、严重失信名单';

export const eligibility: RegionEligibility = {
	region: 'taian',
	roles: [{ role: 'operator', term: l('数据运营单位', 'data operator'), citations: ['art-3-p3'] }],
	criteria: [
		{
			id: 'legalForm',
			aspect: 'legalForm',
			roles: operator,
			label: l('法人或者非法人组织', 'A legal person or unincorporated organization'),
			quote: '符合条件的法人或者非法人组织',
			citations: ['art-3-p3'],
			discretion: false,
			when: legalFormIn(ORGANIZATIONS)
		},
		{
			id: 'operatingCondition',
			aspect: 'operatingCondition',
			roles: operator,
			label: l('经营状况良好', 'Sound operating condition'),
			quote: '经营状况良好',
			citations: ['art-13-1'],
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
			quote: '具备运营领域所需的专业资质、知识人才积累和生产服务能力',
			citations: ['art-13-1'],
			discretion: true,
			when: allTrue('professionalQualifications', 'professionalTeam', 'technicalCapacity')
		},
		{
			id: 'unitCredit',
			aspect: 'unitCredit',
			roles: operator,
			label: l(
				'单位无重大违法记录，未列入失信被执行人、重大税收违法案件当事人、严重失信名单',
				'The unit: no major illegal record; not a judgment defaulter, major tax violator or on a serious-dishonesty list'
			),
			quote: CREDIT_QUOTE,
			citations: ['art-13-2'],
			discretion: false,
			when: noneTrue(
				'unitMajorIllegalRecord',
				'unitJudgmentDefaulter',
				'unitMajorTaxViolator',
				'unitSeriouslyDishonest'
			)
		},
		{
			id: 'legalRepCredit',
			aspect: 'representativeCredit',
			roles: operator,
			label: l(
				'法定代表人无重大违法记录，未列入失信被执行人、重大税收违法案件当事人、严重失信名单',
				'The legal representative: no major illegal record; not a judgment defaulter, major tax violator or on a serious-dishonesty list'
			),
			quote: CREDIT_QUOTE,
			citations: ['art-13-2'],
			discretion: false,
			when: noneTrue(
				'legalRepMajorIllegalRecord',
				'legalRepJudgmentDefaulter',
				'legalRepMajorTaxViolator',
				'legalRepSeriouslyDishonest'
			)
		},
		{
			id: 'securityOfficer',
			aspect: 'securityOfficer',
			roles: operator,
			label: l('落实数据安全负责人和管理部门', 'A data-security officer and department in place'),
			quote: '落实数据安全负责人和管理部门',
			citations: ['art-13-3'],
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
			citations: ['art-13-3'],
			discretion: false,
			when: isTrue('securitySystemsEstablished')
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
			citations: ['art-13-3'],
			discretion: false,
			when: allTrue('mlps3Experience', 'commercialCryptoAssessmentExperience')
		},
		{
			id: 'incidents',
			aspect: 'securityIncidents',
			roles: operator,
			label: l(
				'近3年未发生网络安全或数据安全事件',
				'No network or data security incident in the last 3 years'
			),
			quote: '近3年未发生网络安全或数据安全事件',
			citations: ['art-13-3'],
			discretion: false,
			when: noIncidentWithinYears(3)
		},
		{
			id: 'otherConditions',
			aspect: 'otherConditions',
			roles: operator,
			label: l(
				'其余具体条件及技术要求由大数据主管部门会同数据提供单位研究确定',
				'Further conditions and technical requirements set by the big-data authority with the data providers'
			),
			quote: '其余各项具体条件及技术要求，由大数据主管部门会同相关数据提供单位研究确定',
			citations: ['art-13-4', 'art-14-1'],
			discretion: true,
			when: authorityDecides,
			note: l(
				'这些条件写在申报公告里（第十四条（一）），本办法未列出。',
				'They are set in the call for applications (art. 14(1)), not in this text.'
			)
		}
	],
	materials: [
		{
			id: 'declarationMaterials',
			roles: operator,
			label: l('申报材料（按申报公告）', 'Application materials (as the call requires)'),
			quote: '提交申报材料',
			citations: ['art-14-2', 'art-14-1'],
			ready: materialReady('declarationMaterials'),
			note: l(
				'办法未列明材料清单，以申报公告为准。',
				'The text does not itemize them; the call for applications does.'
			)
		}
	],
	// Where the rule profile records the text as silent, with what it says nearby (checked against the
	// profile by criteria.test.ts).
	notImposed: {
		capital: {
			citations: ['art-13-1'],
			note: l('未规定（仅要求“经营状况良好”）', 'Not specified (only "sound operation")')
		}
	}
};
