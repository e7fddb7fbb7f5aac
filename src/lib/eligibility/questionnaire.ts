// The questionnaire: topics of questions, one fact each, in both languages. The wording is written here;
// which clauses each question comes from is computed from the regions' criteria and materials, so it can
// never drift from the rules the engine applies.

import type { ClauseId, ClauseRef, Localized, RegionId } from '$lib/regions/types';
import { factsOf } from './engine';
import {
	INCIDENT_KINDS,
	LEGAL_FORMS,
	LEGAL_FORM_LABELS,
	RELATIONS,
	ROLE_LABELS,
	answerState,
	type AnswerState,
	type ApplicantFacts
} from './facts';
import { eligibilityRules } from './regions';
import type { RegionEligibility } from './types';

export type TopicId =
	| 'role'
	| 'entity'
	| 'ownership'
	| 'finance'
	| 'credit'
	| 'security'
	| 'capability'
	| 'related'
	| 'materials';

/**
 * How the UI asks: boolean (yes / no / don't know), choice (one option), roles (several options),
 * incidents (a list of dated incidents, [] for none), relatedEntities (a list of entities, each with the
 * questions of relatedEntityQuestions()), material (ready / not ready / don't know).
 */
export type QuestionKind = 'boolean' | 'choice' | 'roles' | 'incidents' | 'relatedEntities' | 'material';

export interface QuestionOption {
	value: string;
	label: Localized;
	/** For a role: each region's own word for it, with the clause that defines it, in region order. */
	terms?: { region: RegionId; term: Localized; citations: ClauseId[] }[];
}

/** Where a question's answer is used. */
export interface QuestionUse {
	region: RegionId;
	kind: 'criterion' | 'material' | 'role' | 'relatedEntities';
	/** The criterion, material or role id. */
	id: string;
}

export interface Question {
	/** Equal to `fact`. */
	id: string;
	topic: TopicId;
	/** The fact it sets: an ApplicantFacts key, or "materials.<id>". */
	fact: string;
	kind: QuestionKind;
	label: Localized;
	help: Localized;
	options?: QuestionOption[];
	/** Every clause of every criterion, material or role that reads this fact, as "region:clause". */
	citations: ClauseRef[];
	usedBy: QuestionUse[];
}

export interface Topic {
	id: TopicId;
	label: Localized;
	help: Localized;
	questions: Question[];
}

const l = (zh: string, en: string): Localized => ({ zh, en });

interface Wording {
	topic: TopicId;
	kind: QuestionKind;
	label: Localized;
	help: Localized;
	options?: QuestionOption[];
}

const TOPICS: { id: TopicId; label: Localized; help: Localized }[] = [
	{
		id: 'role',
		label: l('申请角色', 'Role sought'),
		help: l(
			'各地设定的角色不同：有的只有一级运营单位，有的分两级。',
			'The texts define different roles: some have a single operator, others two tiers.'
		)
	},
	{
		id: 'entity',
		label: l('主体资格', 'Legal form'),
		help: l('申请单位的法律形式。', "The applicant's legal form.")
	},
	{
		id: 'ownership',
		label: l('股权与控制', 'Ownership and control'),
		help: l(
			'股权穿透到最终持有人，包括关联公司和实际控制人。',
			'Ownership looked through to the ultimate holders, including affiliates and the actual controller.'
		)
	},
	{
		id: 'finance',
		label: l('经营与财务', 'Operations and finances'),
		help: l('最近一年的经营和财务情况。', 'Operations and finances over the last year.')
	},
	{
		id: 'credit',
		label: l('信用记录', 'Credit records'),
		help: l(
			'单位、法定代表人和主要负责人的信用记录。可在“信用中国”网站查询。',
			'Credit records of the unit, its legal representative and its principal. The national credit platform (Credit China) can be searched.'
		)
	},
	{
		id: 'security',
		label: l('网络与数据安全', 'Network and data security'),
		help: l(
			'安全事件、安全负责人、制度和等保、商密经验。',
			'Incidents, the security officer, internal rules, MLPS and commercial-crypto experience.'
		)
	},
	{
		id: 'capability',
		label: l('专业能力', 'Capabilities'),
		help: l(
			'资质、人才、技术和基础条件。多为主管部门评审时判断的事项。',
			'Qualifications, staff, technology and facilities — mostly judged by the authority at review.'
		)
	},
	{
		id: 'related',
		label: l('子公司或代管机构', 'Subsidiaries and managed entities'),
		help: l(
			'有的地方允许由子公司或代管机构满足部分条件。',
			'Some texts let a subsidiary or managed entity meet some conditions in the applicant’s stead.'
		)
	},
	{
		id: 'materials',
		label: l('申请材料', 'Application materials'),
		help: l(
			'缺少材料使申请不完整，但不影响是否具备资格。',
			'A missing document makes the application incomplete; it does not make the applicant ineligible.'
		)
	}
];

const yesNo = (topic: TopicId, label: Localized, help: Localized): Wording => ({
	topic,
	kind: 'boolean',
	label,
	help
});

/** The wording of every question but the materials', which come from the regions' checklists. */
const WORDING: Record<Exclude<keyof ApplicantFacts, 'materials'>, Wording> = {
	rolesSought: {
		topic: 'role',
		kind: 'roles',
		label: l('申请哪个角色？', 'Which role do you seek?'),
		help: l(
			'可多选。不选则按各地所有角色评估；某地没有所选角色时，结果会说明。',
			'Choose one or more. If you choose none, every role of each region is evaluated; where a region lacks the role you chose, the result says so.'
		)
	},
	legalForm: {
		topic: 'entity',
		kind: 'choice',
		label: l('申请单位的法律形式是什么？', 'What is the applicant’s legal form?'),
		help: l(
			'各地要求“法人或者非法人组织”“法人组织”“市场主体”或“经营主体”。',
			'The texts ask for "a legal person or unincorporated organization", "a legal person", "a market entity" or "a business entity".'
		),
		options: LEGAL_FORMS.map((value) => ({ value, label: LEGAL_FORM_LABELS[value] }))
	},
	independentLegalPersonality: yesNo(
		'entity',
		l('是否具备独立法人资格、能独立承担民事责任？', 'Does it have independent legal personality?'),
		l('分公司等分支机构不具备独立法人资格。', 'A branch office does not, even when registered.')
	),
	foreignCapitalInEquityChain: yesNo(
		'ownership',
		l('股权穿透后，各级股东中是否有外资成分？', 'Is there foreign capital at any level of the equity chain?'),
		l(
			'逐级向上穿透至最终持有人；任何一级有外资即为“是”。',
			'Look through each level up to the ultimate holders; foreign capital at any level means yes.'
		)
	),
	foreignCapitalInAffiliates: yesNo(
		'ownership',
		l('关联公司中是否有外资成分？', 'Is there foreign capital in any affiliated company?'),
		l('关联公司包括受同一控制的企业。', 'Affiliates include companies under common control.')
	),
	foreignCapitalInActualController: yesNo(
		'ownership',
		l('实际控制人是否为外资或含外资成分？', 'Is the actual controller foreign, or foreign-funded?'),
		l(
			'实际控制人指通过投资关系、协议或其他安排实际支配公司的人。',
			'The actual controller is whoever in fact controls the company through investment, agreement or other arrangement.'
		)
	),
	operatingConditionSound: yesNo(
		'finance',
		l('经营状况是否良好、稳定？', 'Is the business operating soundly and stably?'),
		l(
			'各地要求“经营状况良好”或“经营情况稳定”，由主管部门判断；此处填自我评估。',
			'The texts ask for "sound" or "stable" operation, judged by the authority; answer with your own assessment.'
		)
	),
	financialConditionSoundLastYear: yesNo(
		'finance',
		l('近一年财务状况是否良好？', 'Were your finances sound over the last year?'),
		l(
			'例如盈利或现金流为正、无重大亏损或债务违约。',
			'E.g. profit or positive cash flow, no major loss or default.'
		)
	),
	capitalCoversEarlyOperation: yesNo(
		'finance',
		l(
			'资金储备能否覆盖数据治理及初期运营？',
			'Do your funds in reserve cover data governance and early operation?'
		),
		l('按拟申请的运营规模估算。', 'Estimate against the scale of operation you intend.')
	),
	auditReportLastYear: yesNo(
		'finance',
		l('是否有最近1年的第三方审计报告？', 'Do you have a third-party audit report for the last year?'),
		l('由会计师事务所出具。', 'Issued by an accounting firm.')
	),
	financialReportLastYear: yesNo(
		'finance',
		l('是否有最近1年的财务会计报告？', 'Do you have financial and accounting reports for the last year?'),
		l(
			'资产负债表、利润表、现金流量表及附注。',
			'Balance sheet, income statement, cash-flow statement and notes.'
		)
	),
	creditStandingGood: yesNo(
		'credit',
		l('单位信用状况和商业信誉是否良好？', 'Is the unit’s credit standing and business reputation good?'),
		l('由主管部门判断；此处填自我评估。', 'Judged by the authority; answer with your own assessment.')
	),
	creditPlatformAdverseRecord: yesNo(
		'credit',
		l(
			'在全国信用信息公共服务平台（信用中国）查询，单位是否有不良记录？',
			'Does a search of the national credit information platform (Credit China) show an adverse record for the unit?'
		),
		l(
			'包括行政处罚、经营异常、失信名单等。',
			'Including administrative penalties, abnormal operation and blacklists.'
		)
	),
	unitMajorIllegalRecord: yesNo(
		'credit',
		l('单位是否有重大违法记录？', 'Does the unit have a record of a major violation of law?'),
		l(
			'通常指因经营活动受到刑事处罚或较大数额罚款、责令停产停业、吊销许可证等行政处罚。',
			'Usually a criminal penalty, or an administrative penalty such as a large fine, suspension of business or revocation of a licence.'
		)
	),
	unitMajorBadCreditRecord: yesNo(
		'credit',
		l('单位是否有重大不良信用记录？', 'Does the unit have a major bad credit record?'),
		l(
			'列入严重失信主体名单、失信被执行人名单等通常属于重大不良信用记录。',
			'Being on a serious-dishonesty or judgment-defaulter list usually counts.'
		)
	),
	unitJudgmentDefaulter: yesNo(
		'credit',
		l('单位是否被列入失信被执行人名单？', 'Is the unit on the list of judgment defaulters?'),
		l('可在中国执行信息公开网查询。', 'Searchable on the China Enforcement Information Disclosure site.')
	),
	unitMajorTaxViolator: yesNo(
		'credit',
		l('单位是否被列入重大税收违法案件当事人名单？', 'Is the unit on the list of major tax violators?'),
		l('由税务机关公布。', 'Published by the tax authorities.')
	),
	unitSeriouslyDishonest: yesNo(
		'credit',
		l('单位是否被列入严重失信主体名单？', 'Is the unit on a serious-dishonesty list?'),
		l('可在信用中国网站查询。', 'Searchable on Credit China.')
	),
	legalRepMajorIllegalRecord: yesNo(
		'credit',
		l(
			'法定代表人是否有重大违法记录？',
			'Does the legal representative have a record of a major violation of law?'
		),
		l(
			'泰安、江苏对单位及其法定代表人同样审查。',
			"Tai'an and Jiangsu check the legal representative as well as the unit."
		)
	),
	legalRepMajorBadCreditRecord: yesNo(
		'credit',
		l('法定代表人是否有重大不良信用记录？', 'Does the legal representative have a major bad credit record?'),
		l('江苏要求单位及其法定代表人均无。', 'Jiangsu requires none for the unit and its legal representative.')
	),
	legalRepJudgmentDefaulter: yesNo(
		'credit',
		l(
			'法定代表人是否被列入失信被执行人名单？',
			'Is the legal representative on the list of judgment defaulters?'
		),
		l('可在中国执行信息公开网查询。', 'Searchable on the China Enforcement Information Disclosure site.')
	),
	legalRepMajorTaxViolator: yesNo(
		'credit',
		l(
			'法定代表人是否被列入重大税收违法案件当事人名单？',
			'Is the legal representative on the list of major tax violators?'
		),
		l('由税务机关公布。', 'Published by the tax authorities.')
	),
	legalRepSeriouslyDishonest: yesNo(
		'credit',
		l('法定代表人是否被列入严重失信名单？', 'Is the legal representative on a serious-dishonesty list?'),
		l('可在信用中国网站查询。', 'Searchable on Credit China.')
	),
	principalMajorAdministrativePenalty: yesNo(
		'credit',
		l('企业主要负责人是否受过重大行政处罚？', 'Has the principal received a major administrative penalty?'),
		l(
			'主要负责人通常指董事长、总经理等实际负责人，可能与法定代表人不同。',
			'The principal is the person actually in charge (chair, general manager), who may differ from the legal representative.'
		)
	),
	principalSeriouslyDishonest: yesNo(
		'credit',
		l('企业主要负责人是否有严重失信记录？', 'Does the principal have a serious-dishonesty record?'),
		l('可在信用中国网站查询。', 'Searchable on Credit China.')
	),
	securityIncidents: {
		topic: 'security',
		kind: 'incidents',
		label: l(
			'单位发生过哪些网络安全或数据安全事件？',
			'Which network or data security incidents has the unit had?'
		),
		help: l(
			'逐一列出日期、是否重大、属网络安全还是数据安全；没有则填“无”。部分地方看近3年，江苏看是否发生过重大数据安全事件。',
			'List each with its date, whether it was major, and whether it was a network or a data incident; answer "none" if there were none. Some texts look back 3 years; Jiangsu asks whether a major data-security incident ever happened.'
		),
		options: INCIDENT_KINDS.map((value) => ({
			value,
			label: {
				network: l('网络安全事件', 'Network-security incident'),
				data: l('数据安全事件', 'Data-security incident'),
				networkAndData: l('网络安全和数据安全事件', 'Both network and data security')
			}[value]
		}))
	},
	dataSecurityOfficer: yesNo(
		'security',
		l('是否明确了数据安全负责人？', 'Is a data-security officer named?'),
		l('指定到人，并有书面任命。', 'A named person, appointed in writing.')
	),
	dataSecurityDepartment: yesNo(
		'security',
		l('是否明确了数据安全管理部门？', 'Is a department in charge of data security designated?'),
		l('可为专门部门或明确职责的现有部门。', 'A dedicated department, or an existing one given the duty.')
	),
	securitySystemsEstablished: yesNo(
		'security',
		l(
			'是否已建立授权运营的内部管理和数据安全保障制度？',
			'Are internal management and data-security systems for authorized operation in place?'
		),
		l('书面制度，而非计划。', 'Written rules in force, not plans.')
	),
	dataSecurityCapability: yesNo(
		'security',
		l(
			'是否具备成熟的数据管理能力和数据安全保障能力？',
			'Do you have mature data-management and data-security capability?'
		),
		l(
			'由主管部门判断；此处填自我评估，包括能否建立相应制度、是否符合国家数据安全保护要求。',
			'Judged by the authority; answer with your own assessment, including whether you can set up the required systems and meet national data-security requirements.'
		)
	),
	commitsToDesignatedPlatform: yesNo(
		'security',
		l(
			'是否承诺遵守政府数据安全管理要求、使用指定平台开展数据开发利用？',
			"Do you commit to the government's data-security rules and to working on the designated platform?"
		),
		l('营口要求此项承诺。', 'Yingkou requires this commitment.')
	),
	mlps3Experience: yesNo(
		'security',
		l(
			'是否有开发和运维符合等保三级标准的系统的实践经验？',
			'Have you built and run systems that meet MLPS level 3?'
		),
		l('例如通过等保三级测评的系统。', 'E.g. a system that passed a level-3 assessment.')
	),
	commercialCryptoAssessmentExperience: yesNo(
		'security',
		l(
			'是否有开发和运维符合商用密码安全性评估要求的系统的实践经验？',
			'Have you built and run systems that meet the commercial cryptography security assessment?'
		),
		l('例如通过密评的系统。', 'E.g. a system that passed the assessment.')
	),
	professionalQualifications: yesNo(
		'capability',
		l('是否具备运营领域所需的专业资质？', 'Do you hold the professional qualifications the field requires?'),
		l('如相关行业许可、认证。', 'E.g. the relevant sector licences and certifications.')
	),
	professionalTeam: yesNo(
		'capability',
		l('是否有专业团队和人才积累？', 'Do you have a professional team with the know-how?'),
		l('由主管部门判断；此处填自我评估。', 'Judged by the authority; answer with your own assessment.')
	),
	technicalCapacity: yesNo(
		'capability',
		l(
			'是否具备数据加工处理、开发利用和服务的技术能力？',
			'Do you have the technical capacity to process, develop and serve data?'
		),
		l('由主管部门判断；此处填自我评估。', 'Judged by the authority; answer with your own assessment.')
	),
	dataManagementRules: yesNo(
		'capability',
		l('是否有数据管理制度和工作规范流程？', 'Do you have data-management rules and working procedures?'),
		l('书面制度。', 'Written rules.')
	),
	dataProductMarketExperience: yesNo(
		'capability',
		l(
			'是否有数据产品定价、交易或收益分配机制的设计或实施经验？',
			'Have you designed or run pricing, trading or revenue distribution for data products?'
		),
		l('营口要求此项经验。', 'Yingkou asks for this experience.')
	),
	officeAndInfrastructure: yesNo(
		'capability',
		l(
			'是否具备所需的办公条件和软硬件环境？',
			'Do you have the offices and the hardware and software environment needed?'
		),
		l('可依托实施机构提供的平台。', "The implementing body's platform may be used.")
	),
	complianceSystem: yesNo(
		'capability',
		l(
			'是否有能及时响应政府监管要求的合规体系？',
			'Do you have a compliance system that answers regulators promptly?'
		),
		l('如合规岗位、流程和报告机制。', 'E.g. compliance staff, procedures and reporting.')
	),
	relatedEntities: {
		topic: 'related',
		kind: 'relatedEntities',
		label: l(
			'是否有可代为满足条件的子公司或代管机构？',
			'Is there a subsidiary or managed entity that could meet conditions for you?'
		),
		help: l(
			'营口允许子公司或代管机构具备具体条件时视同运营机构具备。逐一列出并回答相关问题；没有则填“无”。',
			'Yingkou counts a subsidiary or managed entity meeting the specific conditions as the operator meeting them. List each and answer its questions; answer "none" if there is none.'
		),
		options: RELATIONS.map((value) => ({
			value,
			label: { subsidiary: l('子公司', 'Subsidiary'), managedEntity: l('代管机构', 'Managed entity') }[value]
		}))
	}
};

/** Build the questionnaire over a set of regions' rules (all regions by default). */
export function buildQuestionnaire(rules: readonly RegionEligibility[] = eligibilityRules): Topic[] {
	const uses = new Map<string, QuestionUse[]>();
	const cites = new Map<string, Set<ClauseRef>>();
	const materialWording = new Map<string, { label: Localized; note?: Localized }>();
	const use = (fact: string, u: QuestionUse, citations: readonly string[]): void => {
		const list = uses.get(fact) ?? [];
		const set = cites.get(fact) ?? new Set<ClauseRef>();
		list.push(u);
		for (const c of citations) set.add(`${u.region}:${c}`);
		uses.set(fact, list);
		cites.set(fact, set);
	};
	for (const def of rules) {
		for (const r of def.roles)
			use('rolesSought', { region: def.region, kind: 'role', id: r.role }, r.citations);
		for (const c of def.criteria) {
			for (const f of factsOf(c.when))
				use(f, { region: def.region, kind: 'criterion', id: c.id }, c.citations);
			if (c.relatedEntityMay && def.relatedEntities)
				use(
					'relatedEntities',
					{ region: def.region, kind: 'relatedEntities', id: c.id },
					def.relatedEntities.citations
				);
		}
		for (const m of def.materials) {
			for (const f of factsOf(m.ready)) {
				use(f, { region: def.region, kind: 'material', id: m.id }, m.citations);
				if (f.startsWith('materials.') && !materialWording.has(f))
					materialWording.set(f, { label: m.label, ...(m.note ? { note: m.note } : {}) });
			}
		}
	}

	const question = (fact: string, w: Wording): Question => ({
		id: fact,
		topic: w.topic,
		fact,
		kind: w.kind,
		label: w.label,
		help: w.help,
		...(w.options ? { options: w.options } : {}),
		citations: [...(cites.get(fact) ?? [])],
		usedBy: uses.get(fact) ?? []
	});

	const all: Question[] = [];
	for (const [fact, w] of Object.entries(WORDING)) {
		if (!uses.has(fact)) continue; // no region reads it: do not ask
		const q = question(fact, w);
		if (fact === 'rolesSought')
			q.options = [...new Set(rules.flatMap((d) => d.roles.map((r) => r.role)))].map((value) => ({
				value,
				label: ROLE_LABELS[value],
				terms: rules.flatMap((d) =>
					d.roles
						.filter((r) => r.role === value)
						.map((r) => ({ region: d.region, term: r.term, citations: r.citations }))
				)
			}));
		all.push(q);
	}
	for (const [fact, m] of materialWording)
		all.push(
			question(fact, {
				topic: 'materials',
				kind: 'material',
				label: m.label,
				help: m.note ?? l('是否已准备好，可随申请提交？', 'Is it ready to file with the application?')
			})
		);

	return TOPICS.map((t) => ({ ...t, questions: all.filter((q) => q.topic === t.id) })).filter(
		(t) => t.questions.length > 0
	);
}

export const questionnaire: Topic[] = buildQuestionnaire();

/**
 * The questionnaire for the regions an applicant is applying in: only the questions their criteria and
 * materials read (fewer regions, fewer questions); all regions when none is chosen.
 */
export function questionnaireFor(
	regions: readonly RegionId[],
	rules: readonly RegionEligibility[] = eligibilityRules
): Topic[] {
	const chosen = rules.filter((r) => regions.includes(r.region));
	return chosen.length && chosen.length < rules.length ? buildQuestionnaire(chosen) : questionnaire;
}

/**
 * The questions to ask about each related entity: those whose facts a criterion lets a related entity meet.
 */
export function relatedEntityQuestions(
	topics: readonly Topic[] = questionnaire,
	rules: readonly RegionEligibility[] = eligibilityRules
): Question[] {
	const facts = new Set(
		rules.flatMap((d) =>
			d.relatedEntities ? d.criteria.filter((c) => c.relatedEntityMay).flatMap((c) => factsOf(c.when)) : []
		)
	);
	return topics.flatMap((t) => t.questions).filter((q) => facts.has(q.fact));
}

/** The answer a question holds in a set of facts. */
export function answerOf(facts: ApplicantFacts, q: Question): unknown {
	if (q.fact.startsWith('materials.')) return facts.materials?.[q.fact.slice('materials.'.length)];
	return facts[q.fact as Exclude<keyof ApplicantFacts, 'materials'>];
}

/** How far each topic is answered. */
export function progress(
	facts: ApplicantFacts,
	topics: readonly Topic[] = questionnaire
): { topic: TopicId; counts: Record<AnswerState, number>; total: number }[] {
	return topics.map((t) => {
		const counts: Record<AnswerState, number> = { answered: 0, unknown: 0, unanswered: 0 };
		for (const q of t.questions) counts[answerState(answerOf(facts, q))]++;
		return { topic: t.id, counts, total: t.questions.length };
	});
}
