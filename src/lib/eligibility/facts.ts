// What an applicant says about itself: the facts the eligibility engine reads. Every fact is optional:
// absent = not answered yet, 'unknown' = answered "I don't know". Both leave a criterion unknown, never met.
// Pure data and types; the valibot schema for imported profiles is in schema.ts.

import type { IsoDate, Localized } from '$lib/regions/types';

/** An answer, or an explicit "I don't know". A missing property means the question was not answered. */
export type Answer<T> = T | 'unknown';

/**
 * The roles the texts define, by the glossary's English word. A region has one or two of them; a role sought
 * that a region does not have is reported as such, not mapped onto another.
 */
export const ROLES = [
	'operator', // 授权运营单位 (Quzhou) / 运营机构 (Yingkou) / 数据运营单位 (Tai'an)
	'primaryDeveloper', // 一级开发主体 (Henan)
	'secondaryDeveloper', // 二级开发主体 (Henan)
	'operatingEntity', // 运营主体 (Jiangsu)
	'developmentEntity' // 开发主体 (Jiangsu)
] as const;
export type RoleId = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleId, Localized> = {
	operator: { zh: '运营单位', en: 'operator' },
	primaryDeveloper: { zh: '一级开发主体', en: 'primary developer' },
	secondaryDeveloper: { zh: '二级开发主体', en: 'secondary developer' },
	operatingEntity: { zh: '运营主体', en: 'operating entity' },
	developmentEntity: { zh: '开发主体', en: 'development entity' }
};

/**
 * Legal form, in the Civil Code's terms (民法典 第三章、第四章) plus the two kinds of natural-person applicant.
 * The texts ask for "法人或者非法人组织", "法人组织", "具备独立法人资格的市场主体" or "经营主体"; the groups below
 * say which forms each phrase covers.
 */
export const LEGAL_FORMS = [
	'forProfitLegalPerson', // 营利法人：有限责任公司、股份有限公司和其他企业法人
	'nonProfitLegalPerson', // 非营利法人：事业单位、社会团体、基金会、社会服务机构
	'specialLegalPerson', // 特别法人：机关法人、农村集体经济组织法人、合作经济组织法人等
	'unincorporatedEnterprise', // 非法人企业：合伙企业、个人独资企业、分公司等分支机构
	'otherUnincorporatedOrganization', // 其他非法人组织：不具有法人资格的专业服务机构等
	'individualBusiness', // 个体工商户
	'naturalPerson' // 自然人
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM_LABELS: Record<LegalForm, Localized> = {
	forProfitLegalPerson: {
		zh: '营利法人（公司及其他企业法人）',
		en: 'For-profit legal person (company or other enterprise legal person)'
	},
	nonProfitLegalPerson: {
		zh: '非营利法人（事业单位、社会团体、基金会等）',
		en: 'Non-profit legal person (public institution, association, foundation…)'
	},
	specialLegalPerson: {
		zh: '特别法人（机关法人、集体经济组织法人等）',
		en: 'Special legal person (state organ, collective economic organization…)'
	},
	unincorporatedEnterprise: {
		zh: '非法人企业（合伙企业、个人独资企业、分支机构）',
		en: 'Unincorporated enterprise (partnership, sole proprietorship, branch)'
	},
	otherUnincorporatedOrganization: {
		zh: '其他非法人组织',
		en: 'Other unincorporated organization'
	},
	individualBusiness: { zh: '个体工商户', en: 'Individual business (getihu)' },
	naturalPerson: { zh: '自然人', en: 'Natural person' }
};

/** "法人" — Henan's 法人组织; the forms with legal personality. */
export const LEGAL_PERSONS: readonly LegalForm[] = [
	'forProfitLegalPerson',
	'nonProfitLegalPerson',
	'specialLegalPerson'
];

/** "法人或者非法人组织" (Quzhou, Tai'an): any organization, not a natural person or individual business. */
export const ORGANIZATIONS: readonly LegalForm[] = [
	...LEGAL_PERSONS,
	'unincorporatedEnterprise',
	'otherUnincorporatedOrganization'
];

/**
 * "市场主体" / "经营主体" (Yingkou, Jiangsu): entities registered to do business (市场主体登记管理条例 第二条):
 * enterprise legal persons, unincorporated enterprises and their branches, individual businesses.
 */
export const MARKET_ENTITIES: readonly LegalForm[] = [
	'forProfitLegalPerson',
	'unincorporatedEnterprise',
	'individualBusiness'
];

/** Whether an incident was a network-security incident, a data-security incident, or both. */
export const INCIDENT_KINDS = ['network', 'data', 'networkAndData'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** One network or data security incident the unit suffered (发生网络安全或数据安全事件). */
export interface SecurityIncident {
	/** When it happened; 'unknown' counts as possibly inside any look-back window. */
	date?: Answer<IsoDate>;
	/** Whether it was major (重大); Jiangsu excludes major data-security incidents only. */
	major?: Answer<boolean>;
	kind?: Answer<IncidentKind>;
	/** Free text for the applicant's own reference; never read by the engine. */
	description?: string;
}

/**
 * The yes/no facts. Each is phrased so that the question asks it directly ("is the unit a judgment
 * defaulter?"); which answer helps depends on the criterion, not on the fact.
 */
export const BOOLEAN_FACTS = [
	// entity
	'independentLegalPersonality',
	// ownership
	'foreignCapitalInEquityChain',
	'foreignCapitalInAffiliates',
	'foreignCapitalInActualController',
	// operations and finances
	'operatingConditionSound',
	'financialConditionSoundLastYear',
	'capitalCoversEarlyOperation',
	'auditReportLastYear',
	'financialReportLastYear',
	// credit: the unit
	'creditStandingGood',
	'creditPlatformAdverseRecord',
	'unitMajorIllegalRecord',
	'unitMajorBadCreditRecord',
	'unitJudgmentDefaulter',
	'unitMajorTaxViolator',
	'unitSeriouslyDishonest',
	// credit: the legal representative
	'legalRepMajorIllegalRecord',
	'legalRepMajorBadCreditRecord',
	'legalRepJudgmentDefaulter',
	'legalRepMajorTaxViolator',
	'legalRepSeriouslyDishonest',
	// credit: the principal (主要负责人)
	'principalMajorAdministrativePenalty',
	'principalSeriouslyDishonest',
	// security
	'dataSecurityOfficer',
	'dataSecurityDepartment',
	'securitySystemsEstablished',
	'dataSecurityCapability',
	'commitsToDesignatedPlatform',
	'mlps3Experience',
	'commercialCryptoAssessmentExperience',
	// capabilities
	'professionalQualifications',
	'professionalTeam',
	'technicalCapacity',
	'dataManagementRules',
	'dataProductMarketExperience',
	'officeAndInfrastructure',
	'complianceSystem'
] as const;
export type BooleanFact = (typeof BOOLEAN_FACTS)[number];

/** Facts about one entity: the applicant itself, or a subsidiary or managed entity standing in for it. */
export interface EntityFacts {
	// ——— entity ———
	legalForm?: Answer<LegalForm>;
	/** 具备独立法人资格, able to bear civil liability alone (a branch office is not). */
	independentLegalPersonality?: Answer<boolean>;

	// ——— ownership: 股权穿透中各级股东、关联公司及实际控制人 ———
	/** Any foreign capital at any level of the equity chain, looked through to the top. */
	foreignCapitalInEquityChain?: Answer<boolean>;
	/** Any foreign capital in an affiliated company (关联公司). */
	foreignCapitalInAffiliates?: Answer<boolean>;
	/** Is the actual controller (实际控制人) foreign, or foreign-funded? */
	foreignCapitalInActualController?: Answer<boolean>;

	// ——— operations and finances ———
	/** 经营状况良好 / 经营情况稳定, in the applicant's own assessment. */
	operatingConditionSound?: Answer<boolean>;
	/** 近一年财务状况良好. */
	financialConditionSoundLastYear?: Answer<boolean>;
	/** Funds in reserve to cover data governance and early operation (覆盖数据治理及初期运营的资金储备). */
	capitalCoversEarlyOperation?: Answer<boolean>;
	/** A third-party audit report for the last year is available (最近1年的第三方审计报告). */
	auditReportLastYear?: Answer<boolean>;
	/** Financial and accounting reports for the last year are available (财务会计报告). */
	financialReportLastYear?: Answer<boolean>;

	// ——— credit: the unit ———
	/** 信用状况良好 / 商业信誉良好, in the applicant's own assessment. */
	creditStandingGood?: Answer<boolean>;
	/** A search of the national credit information platform (信用中国) shows an adverse record. */
	creditPlatformAdverseRecord?: Answer<boolean>;
	unitMajorIllegalRecord?: Answer<boolean>;
	unitMajorBadCreditRecord?: Answer<boolean>;
	/** On the list of judgment defaulters (失信被执行人名单). */
	unitJudgmentDefaulter?: Answer<boolean>;
	/** On the list of parties to major tax violation cases (重大税收违法案件当事人名单). */
	unitMajorTaxViolator?: Answer<boolean>;
	/** On a serious-dishonesty list (严重失信主体名单). */
	unitSeriouslyDishonest?: Answer<boolean>;

	// ——— credit: the legal representative (法定代表人) ———
	legalRepMajorIllegalRecord?: Answer<boolean>;
	legalRepMajorBadCreditRecord?: Answer<boolean>;
	legalRepJudgmentDefaulter?: Answer<boolean>;
	legalRepMajorTaxViolator?: Answer<boolean>;
	legalRepSeriouslyDishonest?: Answer<boolean>;

	// ——— credit: the principal (企业主要负责人) ———
	principalMajorAdministrativePenalty?: Answer<boolean>;
	principalSeriouslyDishonest?: Answer<boolean>;

	// ——— security ———
	/** Every network or data security incident; [] = none ever. */
	securityIncidents?: Answer<SecurityIncident[]>;
	/** A named data-security officer (数据安全负责人). */
	dataSecurityOfficer?: Answer<boolean>;
	/** A department in charge of data security (管理部门). */
	dataSecurityDepartment?: Answer<boolean>;
	/** Internal management and security systems for authorized operation (内部管理和安全保障制度) in place. */
	securitySystemsEstablished?: Answer<boolean>;
	/** Mature data-management and data-security capability, in the applicant's own assessment. */
	dataSecurityCapability?: Answer<boolean>;
	/** Commits to the government's data-security rules and to working on the designated platform. */
	commitsToDesignatedPlatform?: Answer<boolean>;
	/** Hands-on experience building and running systems that meet MLPS level 3 (等保三级). */
	mlps3Experience?: Answer<boolean>;
	/** … and the commercial cryptography security assessment (商用密码安全性评估). */
	commercialCryptoAssessmentExperience?: Answer<boolean>;

	// ——— capabilities ———
	/** The professional qualifications (资质) the field requires. */
	professionalQualifications?: Answer<boolean>;
	/** A professional team: know-how and talent (知识人才积累 / 专业人才 / 专业团队). */
	professionalTeam?: Answer<boolean>;
	/** Technical and service capacity: processing, development, production and service (技术、服务能力). */
	technicalCapacity?: Answer<boolean>;
	/** Data-management rules and working procedures (数据管理制度和工作规范流程). */
	dataManagementRules?: Answer<boolean>;
	/** Design or implementation experience in data-product pricing, trading, revenue distribution. */
	dataProductMarketExperience?: Answer<boolean>;
	/** Offices and the hardware and software environment (办公条件、软硬件环境). */
	officeAndInfrastructure?: Answer<boolean>;
	/** A compliance system able to answer regulators promptly (合规体系). */
	complianceSystem?: Answer<boolean>;
}

/** How a related entity stands to the applicant (Yingkou 二（二）5: 子公司或其代管机构). */
export const RELATIONS = ['subsidiary', 'managedEntity'] as const;
export type Relation = (typeof RELATIONS)[number];

/** A subsidiary or managed entity whose facts may count for the applicant where a region allows it. */
export interface RelatedEntity {
	relation: Relation;
	name?: string;
	facts: EntityFacts;
}

/** Everything the questionnaire collects: the applicant's own facts, the role sought, related entities, materials. */
export interface ApplicantFacts extends EntityFacts {
	/** The roles the applicant seeks; unanswered, 'unknown' or [] → every role of each region is evaluated. */
	rolesSought?: Answer<RoleId[]>;
	/** Subsidiaries or managed entities; [] = none. */
	relatedEntities?: Answer<RelatedEntity[]>;
	/** Whether each application material is ready, by material id ("securityCommitment"). */
	materials?: Record<string, Answer<boolean>>;
}

/** A fact a criterion reads: an EntityFacts key, or "materials.<id>". */
export type FactKey = keyof EntityFacts;

/** The state of one answer, for progress displays. */
export type AnswerState = 'unanswered' | 'unknown' | 'answered';

export function answerState(value: unknown): AnswerState {
	if (value === undefined) return 'unanswered';
	if (value === 'unknown') return 'unknown';
	return 'answered';
}

// Compile-time guard: BOOLEAN_FACTS lists exactly the yes/no facts of EntityFacts.
type BooleanKeysOf<T> = {
	[K in keyof T]-?: [NonNullable<T[K]>] extends [Answer<boolean>]
		? [Answer<boolean>] extends [NonNullable<T[K]>]
			? K
			: never
		: never;
}[keyof T];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _booleanFactsComplete: Same<BooleanKeysOf<EntityFacts>, BooleanFact> = true;
void _booleanFactsComplete;
