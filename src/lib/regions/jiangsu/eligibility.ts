// Jiangsu's eligibility rules as data: the operating entity (运营主体, determined by the data authority on a
// pilot basis, 第七条) and development entities (开发主体, 第九条). Read by $lib/eligibility.

import {
	allOf,
	allTrue,
	authorityDecides,
	isFalse,
	isTrue,
	l,
	legalFormIn,
	noIncidentEver
} from '$lib/eligibility/define';
import { MARKET_ENTITIES } from '$lib/eligibility/facts';
import type { RegionEligibility } from '$lib/eligibility/types';

const operating = ['operatingEntity'] as const;
const development = ['developmentEntity'] as const;
const ART9_1_QUOTE = '单位及其法定代表人无重大违法记录和重大不良信用记录';
// Listings that are themselves a major bad credit record (the dishonesty lists of the credit system).
const UNIT_LISTS = ['unitJudgmentDefaulter', 'unitSeriouslyDishonest', 'unitMajorTaxViolator'] as const;
const LEGAL_REP_LISTS = [
	'legalRepJudgmentDefaulter',
	'legalRepSeriouslyDishonest',
	'legalRepMajorTaxViolator'
] as const;

export const eligibility: RegionEligibility = {
	region: 'jiangsu',
	roles: [
		{ role: 'operatingEntity', term: l('运营主体', 'operating entity'), citations: ['art-7', 'art-7-p2'] },
		{
			role: 'developmentEntity',
			term: l('开发主体', 'development entity'),
			citations: ['art-7-p3', 'art-9']
		}
	],
	criteria: [
		{
			id: 'legalForm',
			aspect: 'legalForm',
			roles: [...operating, ...development],
			label: l('经营主体', 'A market entity'),
			quote: '经营主体',
			citations: ['art-7-p2', 'art-7-p3', 'art-10'],
			discretion: false,
			when: legalFormIn(MARKET_ENTITIES),
			note: l(
				'选择开发主体不受地域、行业、所有制等限制（第十条）。',
				'Development entities are chosen without restriction by region, industry or ownership (art. 10).'
			)
		},
		{
			id: 'pilotDetermination',
			aspect: 'otherConditions',
			roles: operating,
			label: l(
				'由本级数据主管部门试点确定',
				'Determined on a pilot basis by the public data authority at that level'
			),
			quote: '授权本级数据主管部门试点确定本级运营主体',
			citations: ['art-7', 'art-8'],
			discretion: true,
			when: authorityDecides,
			note: l(
				'办法未公开运营主体的条件或遴选方式。',
				'The text states no conditions or selection method for the operating entity.'
			)
		},
		{
			id: 'unitCredit',
			aspect: 'unitCredit',
			roles: development,
			label: l(
				'单位无重大违法记录和重大不良信用记录',
				'The unit: no major illegal record and no major bad credit record'
			),
			quote: ART9_1_QUOTE,
			citations: ['art-9-1'],
			discretion: false,
			when: allOf(isFalse('unitMajorIllegalRecord'), isFalse('unitMajorBadCreditRecord', UNIT_LISTS)),
			note: l(
				'列入失信被执行人、严重失信主体或重大税收违法案件当事人名单，即属“重大不良信用记录”，无论对该问题如何作答。',
				'Being on the judgment-defaulter, serious-dishonesty or major-tax-violator list is a "major bad credit record", whatever the answer to that question.'
			)
		},
		{
			id: 'legalRepCredit',
			aspect: 'representativeCredit',
			roles: development,
			label: l(
				'法定代表人无重大违法记录和重大不良信用记录',
				'The legal representative: no major illegal record and no major bad credit record'
			),
			quote: ART9_1_QUOTE,
			citations: ['art-9-1'],
			discretion: false,
			when: allOf(
				isFalse('legalRepMajorIllegalRecord'),
				isFalse('legalRepMajorBadCreditRecord', LEGAL_REP_LISTS)
			),
			note: l(
				'法定代表人列入失信被执行人、严重失信或重大税收违法案件当事人名单，即属其“重大不良信用记录”。',
				'The legal representative\'s listing as a judgment defaulter, seriously dishonest or a major tax violator is a "major bad credit record".'
			)
		},
		{
			id: 'majorDataIncident',
			aspect: 'securityIncidents',
			roles: development,
			label: l('单位未发生过重大数据安全事件', 'The unit has never had a major data-security incident'),
			quote: '单位未发生过重大数据安全事件',
			citations: ['art-9-1'],
			discretion: false,
			when: noIncidentEver({ majorOnly: true, kinds: ['data', 'networkAndData'] }),
			note: l(
				'不限年限；非重大事件及纯网络安全事件不计。',
				'No time limit; non-major incidents and purely network-security incidents do not count.'
			)
		},
		{
			id: 'operatingCondition',
			aspect: 'operatingCondition',
			roles: development,
			label: l('经营情况稳定', 'Stable operation'),
			quote: '经营情况稳定',
			citations: ['art-9-2'],
			discretion: true,
			when: isTrue('operatingConditionSound')
		},
		{
			id: 'professionalCapacity',
			aspect: 'professionalCapacity',
			roles: development,
			label: l(
				'具备开展公共数据开发利用工作的专业团队和服务能力',
				'A professional team and the service capacity for public data development and use'
			),
			quote: '具备开展公共数据开发利用工作的专业团队和服务能力',
			citations: ['art-9-2'],
			discretion: true,
			when: allTrue('professionalTeam', 'technicalCapacity')
		},
		{
			id: 'securityOfficer',
			aspect: 'securityOfficer',
			roles: development,
			label: l('具备明确的数据安全负责人和管理部门', 'A named data-security officer and department'),
			quote: '具备明确的数据安全负责人和管理部门',
			citations: ['art-9-3'],
			discretion: false,
			when: allTrue('dataSecurityOfficer', 'dataSecurityDepartment')
		},
		{
			id: 'securitySystems',
			aspect: 'securitySystems',
			roles: development,
			label: l(
				'健全的数据安全管理制度和工作机制',
				'Sound data-security management rules and working mechanisms'
			),
			quote: '健全的数据安全管理制度和工作机制',
			citations: ['art-9-3'],
			discretion: true,
			when: isTrue('securitySystemsEstablished'),
			note: l(
				'是否“健全”由运营主体审核判断。',
				'Whether they are "sound" is for the operating entity to judge.'
			)
		},
		{
			id: 'otherRules',
			aspect: 'otherConditions',
			roles: development,
			label: l('符合授权运营的其他规定要求', 'Meets the other rules on authorized operation'),
			quote: '符合公共数据授权运营的其他规定要求',
			citations: ['art-9-4', 'art-12-4'],
			discretion: true,
			when: authorityDecides,
			note: l(
				'运营主体在公告中明确开发主体申请条件（第十二条（四））。',
				"The operating entity's call states the conditions for development entities (art. 12(4))."
			)
		}
	],
	materials: [],
	// Where the rule profile records the text as silent, with what it says nearby (checked against the
	// profile by criteria.test.ts).
	notImposed: {
		domesticCapital: {
			citations: ['art-10'],
			note: l(
				'未规定（开发主体不受所有制等限制）',
				'Not specified (development entities: no restriction by ownership)'
			)
		},
		capital: {
			citations: ['art-9-2'],
			note: l('未规定（仅要求“经营情况稳定”）', 'Not specified (only "stable operation")')
		}
	},
	notes: [
		l(
			'办法未规定申请材料；开发主体由运营主体发布公告、资质审核后选择（第十二条（四））。',
			'The text sets no application materials; the operating entity issues a call and reviews qualifications (art. 12(4)).'
		)
	]
};
