// Henan's eligibility rules as data: the primary developer (一级开发主体, 第七条; authorized by the provincial
// government, 第三条第三款) and the secondary developers it chooses (二级开发主体, 第十七条). Read by
// $lib/eligibility.

import { allOf, allTrue, authorityDecides, isFalse, isTrue, l, legalFormIn } from '$lib/eligibility/define';
import { LEGAL_PERSONS } from '$lib/eligibility/facts';
import type { RegionEligibility } from '$lib/eligibility/types';

const primary = ['primaryDeveloper'] as const;
const secondary = ['secondaryDeveloper'] as const;
const ART7_QUOTE = '经营状况和信用状况良好';

export const eligibility: RegionEligibility = {
	region: 'henan',
	roles: [
		{ role: 'primaryDeveloper', term: l('一级开发主体', 'primary developer'), citations: ['art-3-p3'] },
		{ role: 'secondaryDeveloper', term: l('二级开发主体', 'secondary developer'), citations: ['art-3-p4'] }
	],
	criteria: [
		{
			id: 'legalForm',
			aspect: 'legalForm',
			roles: [...primary, ...secondary],
			label: l('法人组织', 'A legal person'),
			quote: '法人组织',
			citations: ['art-3-p3', 'art-3-p4'],
			discretion: false,
			when: legalFormIn(LEGAL_PERSONS)
		},
		{
			id: 'provincialAuthorization',
			aspect: 'otherConditions',
			roles: primary,
			label: l(
				'由省政府授权承担全省一级开发运营',
				'Authorized by the provincial government for the whole province'
			),
			quote: '省政府授权承担全省公共数据资源一级开发运营工作的法人组织',
			citations: ['art-3-p3'],
			discretion: true,
			when: authorityDecides,
			note: l(
				'一级开发主体由省政府授权承担全省一级开发（文本未规定其数量）；办法未规定申请程序或遴选标准。',
				'The primary developer is authorized by the provincial government for province-wide primary development (the text does not say how many); the text sets no application procedure or selection standard.'
			)
		},
		{
			id: 'operatingCondition',
			aspect: 'operatingCondition',
			roles: primary,
			label: l('经营状况良好', 'Sound operating condition'),
			quote: ART7_QUOTE,
			citations: ['art-7'],
			discretion: true,
			when: isTrue('operatingConditionSound')
		},
		{
			id: 'credit',
			aspect: 'unitCredit',
			roles: primary,
			label: l('信用状况良好', 'Good credit standing'),
			quote: ART7_QUOTE,
			citations: ['art-7'],
			discretion: true,
			when: allOf(
				isTrue('creditStandingGood', ['unitMajorBadCreditRecord', 'unitMajorTaxViolator']),
				isFalse('unitSeriouslyDishonest'),
				isFalse('unitJudgmentDefaulter')
			),
			note: l(
				'列入严重失信名单或失信被执行人名单视为信用状况不良；有重大不良信用记录或列入重大税收违法案件当事人名单的，同样不能算“信用状况良好”。',
				'Being on a serious-dishonesty or judgment-defaulter list is read as poor credit standing; so is a major bad credit record, or being on the list of major tax violators.'
			)
		},
		{
			id: 'capacity',
			aspect: 'professionalCapacity',
			roles: primary,
			label: l(
				'具备数据资源加工、运营所需的管理和技术服务能力',
				'The management and technical service capacity to process and operate data resources'
			),
			quote: '具备数据资源加工、运营所需的管理和技术服务能力',
			citations: ['art-7'],
			discretion: true,
			when: isTrue('technicalCapacity')
		},
		{
			id: 'dataSecurity',
			aspect: 'securityCapability',
			roles: primary,
			label: l('符合国家数据安全保护要求', 'Meets national data-security protection requirements'),
			quote: '符合国家数据安全保护要求',
			citations: ['art-7'],
			discretion: true,
			when: allTrue('securitySystemsEstablished', 'dataSecurityCapability'),
			note: l(
				'第八条的安全团队、制度和预案是授权后的内控义务，不计为申请条件。',
				"Article 8's security team, rules and contingency plans are duties after authorization, not application conditions."
			)
		},
		{
			id: 'secondaryEntry',
			aspect: 'otherConditions',
			roles: secondary,
			label: l(
				'符合一级开发主体公布的准入条件，经评估并由实施机构审核',
				"Meets the primary developer's entry conditions; assessed, and approved by the implementing body"
			),
			quote: '按照准入条件和应用场景公开公平选择二级开发主体',
			citations: ['art-17'],
			discretion: true,
			when: authorityDecides,
			note: l(
				'准入条件未在办法中列明；评估涉及资质能力、需求合理性、场景合规性、安全风险性。',
				'The entry conditions are not in the text; the assessment covers qualifications and capacity, the need, the use case and the security risk.'
			)
		}
	],
	materials: [],
	// Where the rule profile records the text as silent, with what it says nearby (checked against the
	// profile by criteria.test.ts).
	notImposed: {
		securityOfficer: {
			citations: ['art-8-2'],
			note: l(
				'未规定（第八条的专业安全运维团队是授权后的义务）',
				'Not specified (the security team of art. 8 is a duty after authorization)'
			)
		},
		mlps3Experience: {
			citations: ['art-3-p6'],
			note: l(
				'未规定（仅要求运营服务平台落实等保、商密评估）',
				'Not specified (only the operation platform must apply MLPS and the crypto assessment)'
			)
		}
	},
	notes: [
		l(
			'办法未规定申请材料，也未对安全事件设回溯期。',
			'The text sets no application materials and no security-incident look-back.'
		)
	]
};
