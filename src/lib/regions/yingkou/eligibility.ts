// Yingkou's eligibility rules as data: who may become the operating institution (运营机构), from
// 二、运营机构的选择 — （一）机构性质要求 and （二）具体条件 1–5. Read by $lib/eligibility.

import {
	allOf,
	allTrue,
	authorityDecides,
	isFalse,
	isTrue,
	l,
	legalFormIn,
	noIncidentWithinYears,
	noneTrue
} from '$lib/eligibility/define';
import { MARKET_ENTITIES } from '$lib/eligibility/facts';
import type { RegionEligibility } from '$lib/eligibility/types';

const operator = ['operator'] as const;
// The dishonesty lists published on the national credit information platform (信用中国).
const UNIT_LISTS = ['unitJudgmentDefaulter', 'unitSeriouslyDishonest', 'unitMajorTaxViolator'] as const;

export const eligibility: RegionEligibility = {
	region: 'yingkou',
	roles: [
		{ role: 'operator', term: l('运营机构', 'operating institution'), citations: ['sec-2', 'sec-5-2-1'] }
	],
	criteria: [
		// ——— （一）机构性质要求: the institution itself ———
		{
			id: 'legalForm',
			aspect: 'legalForm',
			roles: operator,
			label: l(
				'依法注册成立、具备独立法人资格的市场主体',
				'A lawfully registered market entity with independent legal personality'
			),
			quote: '依法注册成立、具备独立法人资格的市场主体',
			citations: ['sec-2-1-p1'],
			discretion: false,
			when: allOf(legalFormIn(MARKET_ENTITIES), isTrue('independentLegalPersonality'))
		},
		{
			id: 'domesticCapital',
			aspect: 'domesticCapital',
			roles: operator,
			label: l(
				'必须内资：各级股东、关联公司及实际控制人均无外资成分',
				'Domestic capital only: no foreign element in any shareholder up the chain, affiliate or actual controller'
			),
			quote: '主体资格必须内资，股权穿透中各级股东、关联公司及实际控制人均没有外资成分',
			citations: ['sec-2-1-p1'],
			discretion: false,
			when: noneTrue(
				'foreignCapitalInEquityChain',
				'foreignCapitalInAffiliates',
				'foreignCapitalInActualController'
			)
		},
		{
			id: 'operatingCondition',
			aspect: 'operatingCondition',
			roles: operator,
			label: l('经营状况良好', 'Sound operating condition'),
			quote: '经营状况和商业信誉良好',
			citations: ['sec-2-1-p1'],
			discretion: true,
			when: isTrue('operatingConditionSound')
		},
		{
			id: 'businessReputation',
			aspect: 'unitCredit',
			roles: operator,
			label: l('商业信誉良好', 'Good business reputation'),
			quote: '经营状况和商业信誉良好',
			citations: ['sec-2-1-p1'],
			discretion: true,
			when: isTrue('creditStandingGood', [...UNIT_LISTS, 'unitMajorBadCreditRecord']),
			note: l(
				'“商业信誉良好”按信用状况良好理解，与规则档案一致；列入失信名单或有重大不良信用记录的，不能算良好。',
				'"Good business reputation" is read as good credit standing, as in the rule profile; a dishonesty listing or a major bad credit record rules it out.'
			)
		},
		{
			id: 'creditPlatform',
			aspect: 'unitCredit',
			roles: operator,
			label: l(
				'全国信用信息公共服务平台查询无不良记录',
				'No adverse record on the national credit information platform'
			),
			quote: '在全国信用信息公共服务平台查询中无不良记录',
			citations: ['sec-2-1-p1'],
			discretion: false,
			when: isFalse('creditPlatformAdverseRecord', UNIT_LISTS),
			note: l(
				'失信被执行人、严重失信主体和重大税收违法案件当事人名单均在该平台公示：列入其一即“查询中有不良记录”，无论对查询结果如何作答。',
				'The judgment-defaulter, serious-dishonesty and major-tax-violator lists are all published on that platform: being on one is an adverse record there, whatever the answer about the search.'
			)
		},
		{
			id: 'principalCredit',
			aspect: 'representativeCredit',
			roles: operator,
			label: l(
				'主要负责人无重大行政处罚、严重失信记录',
				'The principal has no major administrative penalty or serious-dishonesty record'
			),
			quote: '企业主要负责人不存在重大行政处罚、严重失信等记录',
			citations: ['sec-2-1-p1'],
			discretion: false,
			when: noneTrue('principalMajorAdministrativePenalty', 'principalSeriouslyDishonest'),
			note: l(
				'文本称“主要负责人”，未提法定代表人；“等记录”未穷尽。',
				'The text says "principal", not legal representative; "and other records" is open-ended.'
			)
		},

		// ——— （二）具体条件 1–4: may be met by a subsidiary or managed entity (5) ———
		{
			id: 'capital',
			aspect: 'capital',
			roles: operator,
			label: l(
				'资金储备能覆盖数据治理及初期运营',
				'Funds in reserve to cover data governance and early operation'
			),
			quote: '具备一定的资金实力，能够覆盖数据治理及初期运营的资金储备',
			citations: ['sec-2-2-1'],
			discretion: true,
			relatedEntityMay: true,
			when: isTrue('capitalCoversEarlyOperation')
		},
		{
			id: 'financialCondition',
			aspect: 'financialCondition',
			roles: operator,
			label: l('近一年财务状况良好', 'Sound finances over the last year'),
			quote: '近一年财务状况良好',
			citations: ['sec-2-2-1'],
			discretion: true,
			relatedEntityMay: true,
			when: isTrue('financialConditionSoundLastYear')
		},
		{
			id: 'dataManagementRules',
			aspect: 'professionalCapacity',
			roles: operator,
			label: l('具有数据管理制度和工作规范流程', 'Data-management rules and working procedures'),
			quote: '具有数据管理制度和工作规范流程',
			citations: ['sec-2-2-2'],
			discretion: false,
			relatedEntityMay: true,
			when: isTrue('dataManagementRules')
		},
		{
			id: 'technicalCapacity',
			aspect: 'professionalCapacity',
			roles: operator,
			label: l('具有数据处理、开发利用等技术能力', 'Technical capacity to process, develop and use data'),
			quote: '具有数据处理、开发利用等技术能力',
			citations: ['sec-2-2-2'],
			discretion: true,
			relatedEntityMay: true,
			when: isTrue('technicalCapacity'),
			note: l(
				'文本允许依托实施机构提供的运营平台开展业务。',
				"The text allows working on the implementing body's operation platform."
			)
		},
		{
			id: 'marketExperience',
			aspect: 'professionalCapacity',
			roles: operator,
			label: l(
				'具有数据产品定价、交易、收益分配机制的设计或实施经验',
				'Design or implementation experience in data-product pricing, trading and revenue distribution'
			),
			quote: '具有数据产品定价策略、交易、收益分配机制等方面的设计或实施经验',
			citations: ['sec-2-2-2'],
			discretion: false,
			relatedEntityMay: true,
			when: isTrue('dataProductMarketExperience')
		},
		{
			id: 'basicSupport',
			aspect: 'professionalCapacity',
			roles: operator,
			label: l(
				'具有所需的办公条件、软硬件环境、专业资质、专业人才和技术能力',
				'The offices, hardware and software, qualifications, professional staff and technical capacity required'
			),
			quote: '具有开展公共数据运营所需的办公条件、软硬件环境、专业资质、专业人才和技术能力',
			citations: ['sec-2-2-3'],
			discretion: true,
			relatedEntityMay: true,
			when: allTrue(
				'officeAndInfrastructure',
				'professionalQualifications',
				'professionalTeam',
				'technicalCapacity'
			)
		},
		{
			id: 'complianceSystem',
			aspect: 'professionalCapacity',
			roles: operator,
			label: l(
				'具备及时响应政府监管要求所需的合规体系',
				'A compliance system able to answer regulators promptly'
			),
			quote: '具备及时响应政府监管要求所需的合规体系',
			citations: ['sec-2-2-3'],
			discretion: true,
			relatedEntityMay: true,
			when: isTrue('complianceSystem')
		},
		{
			id: 'securityCapability',
			aspect: 'securityCapability',
			roles: operator,
			label: l(
				'具备良好的数据安全保障能力，能够建立内部管理和安全保障制度',
				'Good data-security capability; able to set up internal management and security systems'
			),
			quote: '具备良好的数据安全保障能力，能够建立公共数据授权运营内部管理和安全保障制度',
			citations: ['sec-2-2-4'],
			discretion: true,
			relatedEntityMay: true,
			when: isTrue('dataSecurityCapability')
		},
		{
			id: 'platformCommitment',
			aspect: 'securitySystems',
			roles: operator,
			label: l(
				'承诺遵守政府数据安全管理要求，使用指定平台',
				"Commits to the government's data-security rules and to the designated platform"
			),
			quote: '承诺严格遵守政府数据安全管理要求，使用指定平台开展数据开发利用活动',
			citations: ['sec-2-2-4'],
			discretion: false,
			relatedEntityMay: true,
			when: isTrue('commitsToDesignatedPlatform')
		},
		{
			id: 'incidents',
			aspect: 'securityIncidents',
			roles: operator,
			label: l(
				'近3年内未发生网络安全、数据安全事件',
				'No network or data security incident in the last 3 years'
			),
			quote: '近3年内未发生网络安全、数据安全事件',
			citations: ['sec-2-2-4'],
			discretion: false,
			relatedEntityMay: true,
			when: noIncidentWithinYears(3)
		},
		{
			id: 'otherRequirements',
			aspect: 'otherConditions',
			roles: operator,
			label: l(
				'符合法律法规和上级文件关于运营机构的其他要求',
				'Meets any other requirement for operating institutions in laws, regulations and higher-level documents'
			),
			quote: '符合法律法规和上级有关法律、法规、规章、规范性文件中关于运营机构的其他相关要求',
			citations: ['sec-2-2-5'],
			discretion: true,
			when: authorityDecides
		}
	],
	materials: [],
	relatedEntities: {
		relations: ['subsidiary', 'managedEntity'],
		quote: '运营机构的子公司或其代管机构具备以上条件，视同运营机构具备相应条件',
		citations: ['sec-2-2-5'],
		note: l(
			'“以上条件”理解为（二）具体条件1–4；（一）机构性质要求（法人资格、内资、信用）须由运营机构自身满足。',
			'"The above conditions" is read as the specific conditions (二) 1–4; the nature requirements of (一) (legal personality, domestic capital, credit) must be met by the institution itself.'
		)
	},
	// Where the rule profile records the text as silent, with what it says nearby (checked against the
	// profile by criteria.test.ts).
	notImposed: {
		securityOfficer: {
			citations: ['sec-2-2-4'],
			note: l(
				'未规定（仅要求能建立内部管理和安全保障制度）',
				'Not specified (only the ability to set up internal management and security rules)'
			)
		},
		mlps3Experience: {
			citations: ['sec-2-2-3'],
			note: l('未规定（仅泛称“专业资质”）', 'Not specified (only "professional qualifications" in general)')
		}
	},
	notes: [
		l(
			'方案未列申请材料；运营机构由实施机构以竞争性磋商方式选定（五（二）1）。',
			'The plan lists no application materials; the implementing body chooses the operating institution by competitive consultation (5(2)1).'
		)
	]
};
