// The shared catalogue of comparison dimensions, in the order of an operator's life. Every region's
// profile gives a value (possibly "not specified") for each. Ids are part of the open-data contract.
//
// How a value is coded (one convention for every profile; issue 22, item 4):
// - Silence. A text that does not answer the dimension's question gets notSpecified, never false; its summary
//   begins 「未规定」/"Not specified" and may say, in brackets and citing the clause, what the text says nearby.
//   false means the text says no; unlimited means it sets no bound (Jiangsu's 「未发生过」).
// - "The agreement (or the plan) settles it". A clause that only lists the matter among an agreement's or a
//   plan's required contents, without deciding it, is notSpecified with the summary 「未规定（由…协议约定…）」
//   citing that clause. Where the text also decides something (a state-asset rule, an ownership rule, a
//   basis for renewal), that substance is the value and the summary mentions the agreement.
// - Implementing body. A text with an 实施机构 (or the same role under another name) names it. A text with
//   none that gives the role's work (organizing selection, signing, supervising) to some body gets a text
//   value beginning 「未另设实施机构」 naming who does it, cited; notSpecified only where no one is given it.
//   An authorized market entity (Jiangsu's 运营主体) is never the implementing body.
// - Third-party prohibition (security.thirdPartyProhibited). true only where the text expressly bars the data
//   (or the raw data) from passing to others; a bare 「原始数据不出域」 / 不出域 rule is coded under
//   processing.inDomain and processing.rawDataInvisible, not here. The summary keeps the ban's hedges
//   (擅自, 违规, 营利性).
// - Personal-information conditions (dataAccess.personalInfoConditions). Conditions the text puts on obtaining
//   or processing personal information and confidential data (excluded data, de-identification before supply
//   or while developing, consent). Checks at product review belong to products.reviewCriteria; where they are
//   all the text has, the value is notSpecified and the summary names them.
// - Hedges and triggers. 原则上 inPrinciple, 一般 generally, 暂 provisional, 可 / 有权 / 经…同意 discretionary
//   go in the qualifier; a trigger the dimension's shape cannot hold (「经提醒或约谈后仍无改善的」,
//   「重大安全风险或未按期整改到位」) goes in the summary and the note, and a yes/no dimension whose question
//   the trigger does not answer ("suspension on a failed evaluation" where there is no fail grade) is
//   notSpecified with the trigger in the summary. An open list (「等」, 「包括但不限于」) says so in value
//   and summary. An inference is not a value: a principle the text does not state (最小必要 read into
//   「数据需求必要性」, a mode read into a call's subject) goes in the note, not the code.
// - Tiers (issue 22, item 1). Where a text has two tiers (Henan's 一级开发主体 / 二级开发主体, Jiangsu's 运营主体 /
//   开发主体), a value of a per-role dimension (PER_ROLE below) says which tier it binds: `roles`, the role ids
//   the region's eligibility.yaml declares. A value that binds both tiers, or a silence that holds for both,
//   lists both; one tier's value says in its note what the text says (or leaves unsaid) for the other.

import { l } from './localized';
import type { Dimension, DimensionSpec, Localized, Strictness, TopicId } from './types';

/** The dimensions as written: the catalogue infers the union of their ids (DimensionId). */
const specs = <Id extends string>(list: DimensionSpec<Id>[]): DimensionSpec<Id>[] => list;

export const TOPICS: { id: TopicId; label: Localized }[] = [
	{ id: 'scope', label: { zh: '适用范围与定义', en: 'Scope and definitions' } },
	{ id: 'bodies', label: { zh: '机构与职责', en: 'Bodies and roles' } },
	{ id: 'implementationPlan', label: { zh: '实施方案', en: 'Implementation plan' } },
	{ id: 'authorization', label: { zh: '授权模式', en: 'Authorization model' } },
	{ id: 'scenario', label: { zh: '场景原则', en: 'Use-case principle' } },
	{ id: 'eligibility', label: { zh: '申请条件', en: 'Who may apply' } },
	{ id: 'application', label: { zh: '申请材料', en: 'Application materials' } },
	{ id: 'selection', label: { zh: '遴选与审查', en: 'Selection and review' } },
	{ id: 'publicNotice', label: { zh: '公示公开', en: 'Public notice' } },
	{ id: 'disclosure', label: { zh: '信息披露', en: 'Disclosure' } },
	{ id: 'agreement', label: { zh: '协议与期限', en: 'Agreement and term' } },
	{ id: 'certificates', label: { zh: '证书', en: 'Certificates' } },
	{ id: 'registration', label: { zh: '公共数据资源登记', en: 'Public data resource registration' } },
	{ id: 'renewal', label: { zh: '续约与届满', en: 'Renewal and expiry' } },
	{ id: 'training', label: { zh: '岗前培训', en: 'Pre-job training' } },
	{ id: 'dataAccess', label: { zh: '数据申请与获取', en: 'Data requests and access' } },
	{ id: 'processing', label: { zh: '加工处理规则', en: 'Processing rules' } },
	{ id: 'products', label: { zh: '产品审核与发布', en: 'Product review and release' } },
	{ id: 'trading', label: { zh: '交易场所', en: 'Trading venue' } },
	{ id: 'pricing', label: { zh: '定价与收益', en: 'Pricing and revenue' } },
	{ id: 'ip', label: { zh: '知识产权', en: 'Intellectual property' } },
	{ id: 'reporting', label: { zh: '报告', en: 'Reporting' } },
	{ id: 'evaluation', label: { zh: '评估评价', en: 'Evaluation' } },
	{ id: 'suspension', label: { zh: '整改与暂停', en: 'Rectification and suspension' } },
	{ id: 'termination', label: { zh: '终止与退出', en: 'Termination and exit' } },
	{ id: 'afterTermination', label: { zh: '终止后处置', en: 'After termination' } },
	{ id: 'security', label: { zh: '安全义务', en: 'Security duties' } },
	{ id: 'responsibility', label: { zh: '责任原则', en: 'Responsibility' } },
	{ id: 'assets', label: { zh: '资产权属', en: 'Asset ownership' } },
	{ id: 'regulation', label: { zh: '文件状态与效力', en: 'Status and validity' } }
];

const BASE_DIMENSIONS = specs([
	// scope
	{
		id: 'scope.activities',
		topic: 'scope',
		label: l('适用的活动', 'Activities governed'),
		type: 'text'
	},
	{
		id: 'scope.publicDataDefinition',
		topic: 'scope',
		label: l('公共数据的范围', 'What counts as public data'),
		type: 'text'
	},
	{
		id: 'scope.excludedData',
		topic: 'scope',
		label: l('不得授权运营的数据', 'Data that may not be operated'),
		type: 'text'
	},
	// bodies
	{
		id: 'bodies.authorizingBody',
		topic: 'bodies',
		label: l('授权主体', 'Authorizing body'),
		type: 'text'
	},
	{
		id: 'bodies.dataAuthority',
		topic: 'bodies',
		label: l('公共数据主管部门', 'Public data authority'),
		type: 'text'
	},
	{
		id: 'bodies.implementingBody',
		topic: 'bodies',
		label: l('实施机构', 'Implementing body'),
		type: 'text'
	},
	{
		id: 'bodies.coordinationMechanism',
		topic: 'bodies',
		label: l('协调机制', 'Coordination mechanism'),
		type: 'boolean'
	},
	{
		id: 'bodies.expertPanel',
		topic: 'bodies',
		label: l('专家组 / 专家评审', 'Expert panel / expert review'),
		type: 'boolean'
	},
	// authorization
	{
		id: 'authorization.tiers',
		topic: 'authorization',
		label: l('主体层级', 'Tiers of operators'),
		type: 'enum',
		options: [
			{ value: 'single', label: l('单级（授权运营单位）', 'Single tier (operator)') },
			{
				value: 'two',
				label: l('两级（一级/二级或运营/开发主体）', 'Two tiers (primary/secondary or operating/development)')
			}
		]
	},
	{
		id: 'authorization.modes',
		topic: 'authorization',
		label: l('授权方式', 'Modes of authorization'),
		type: 'list',
		options: [
			{ value: 'comprehensive', label: l('综合授权 / 整体授权', 'Comprehensive (whole)') },
			{ value: 'domain', label: l('分领域授权', 'By domain') },
			{ value: 'scenario', label: l('依场景授权', 'By use case') },
			{ value: 'tiered', label: l('分级授权', 'By government level') }
		]
	},
	{
		id: 'authorization.operatorTerm',
		topic: 'authorization',
		label: l('运营方的称谓', 'What the text calls the operator'),
		type: 'text'
	},
	{
		id: 'authorization.rightsGranted',
		topic: 'authorization',
		label: l('授予的权利', 'Rights granted'),
		type: 'text'
	},
	// scenario
	{
		id: 'scenario.principle',
		topic: 'scenario',
		label: l('场景原则', 'Use-case principle'),
		type: 'enum',
		options: [
			{ value: 'noScenarioNoAuthorization', label: l('无场景不授权', 'No use case, no authorization') },
			{ value: 'oneScenarioOneAuthorization', label: l('一场景一授权', 'One authorization per use case') },
			{ value: 'oneScenarioOneApplication', label: l('一场景一申请', 'One application per use case') },
			{ value: 'oneScenarioOneReview', label: l('一场景一审核', 'One review per use case') },
			{ value: 'byScenario', label: l('依场景申请（未冠名）', 'Apply by use case (unnamed principle)') }
		]
	},
	{
		id: 'scenario.requirements',
		topic: 'scenario',
		label: l('应用场景要求', 'Requirements on use cases'),
		type: 'list',
		options: [
			{ value: 'value', label: l('具有经济社会价值', 'Economic or social value') },
			{ value: 'feasibility', label: l('可实施、有明确目标和计划', 'Feasible, with clear goals and plan') },
			{ value: 'minimalNecessity', label: l('最小必要', 'Minimal necessity') }
		]
	},
	// eligibility
	{
		id: 'eligibility.legalForm',
		topic: 'eligibility',
		label: l('主体形式', 'Legal form of applicant'),
		type: 'text'
	},
	{
		id: 'eligibility.domesticCapitalOnly',
		topic: 'eligibility',
		label: l('仅限内资', 'Domestic capital only'),
		type: 'boolean'
	},
	{
		id: 'eligibility.incidentLookbackYears',
		topic: 'eligibility',
		label: l('安全事件回溯期', 'Security-incident look-back'),
		description: l(
			'申请人不得发生网络安全或数据安全事件的期间',
			'The period in which the applicant must have had no network or data security incident'
		),
		type: 'number',
		unit: 'years'
	},
	{
		id: 'eligibility.incidentSeverity',
		topic: 'eligibility',
		label: l('被排除的事件程度', 'Which incidents disqualify'),
		type: 'enum',
		options: [
			{ value: 'any', label: l('任何安全事件', 'Any security incident') },
			{ value: 'major', label: l('重大安全事件', 'Major incidents only') }
		]
	},
	{
		id: 'eligibility.creditRequirements',
		topic: 'eligibility',
		label: l('信用要求', 'Credit requirements'),
		type: 'list',
		options: [
			{ value: 'goodCredit', label: l('信用状况良好', 'Good credit standing') },
			{ value: 'noMajorIllegalRecord', label: l('无重大违法记录', 'No major illegal record') },
			{ value: 'notJudgmentDefaulter', label: l('非失信被执行人', 'Not a judgment defaulter') },
			{ value: 'notMajorTaxViolator', label: l('非重大税收违法案件当事人', 'Not a major tax violator') },
			{ value: 'notSeriouslyDishonest', label: l('非严重失信主体', 'Not on a serious-dishonesty list') },
			{ value: 'noMajorAdminPenalty', label: l('负责人无重大行政处罚', 'No major administrative penalty') },
			{ value: 'noMajorBadCredit', label: l('无重大不良信用记录', 'No major bad credit record') },
			{
				value: 'cleanCreditPlatform',
				label: l('信用平台查询无不良记录', 'Clean national credit-platform record')
			},
			{
				value: 'unitemizedCreditConditions',
				label: l('符合相应信用条件（未列明）', 'Credit conditions required, not itemized')
			}
		]
	},
	{
		id: 'eligibility.creditCoversRepresentative',
		topic: 'eligibility',
		label: l('信用审查及于法定代表人/负责人', 'Credit check covers the legal representative'),
		type: 'boolean'
	},
	{
		id: 'eligibility.operatingCondition',
		topic: 'eligibility',
		label: l('经营与财务状况', 'Operating and financial condition'),
		type: 'text'
	},
	{
		id: 'eligibility.securityOfficer',
		topic: 'eligibility',
		label: l('数据安全负责人和管理部门', 'Data-security officer and department'),
		type: 'boolean'
	},
	{
		id: 'eligibility.mlps3Experience',
		topic: 'eligibility',
		label: l('等保三级与商密评估实践经验', 'MLPS level 3 and commercial-crypto assessment experience'),
		type: 'boolean'
	},
	{
		id: 'eligibility.capitalRequirement',
		topic: 'eligibility',
		label: l('资金实力', 'Capital to fund governance and early operation'),
		type: 'boolean'
	},
	{
		id: 'eligibility.subsidiaryQualifies',
		topic: 'eligibility',
		label: l('子公司或代管机构可视同具备条件', 'A subsidiary or managed entity may qualify in its stead'),
		type: 'boolean'
	},
	// application
	{
		id: 'application.materials',
		topic: 'application',
		label: l('申请材料', 'Application materials'),
		type: 'list',
		options: [
			{ value: 'applicationForm', label: l('授权运营申请表', 'Application form') },
			{ value: 'auditReport', label: l('最近1年第三方审计报告', 'Third-party audit report, last year') },
			{ value: 'financialReport', label: l('财务会计报告', 'Financial and accounting report') },
			{ value: 'securityCommitment', label: l('数据安全承诺书', 'Data-security commitment') },
			{ value: 'riskSelfAssessment', label: l('安全风险自评报告', 'Security-risk self-assessment') },
			{ value: 'useCaseList', label: l('业务场景清单', 'List of use cases') },
			{ value: 'dataRequestList', label: l('数据需求清单', 'List of data needs') },
			{
				value: 'declarationMaterials',
				label: l('申报材料（未列明）', 'Application materials (not itemized)')
			}
		]
	},
	// selection
	{
		id: 'selection.method',
		topic: 'selection',
		label: l('遴选方式', 'Selection method'),
		type: 'enum',
		options: [
			{ value: 'expertReview', label: l('资格审查与专家评审', 'Qualification check and expert review') },
			{ value: 'competitiveConsultation', label: l('竞争性磋商', 'Competitive consultation') },
			{
				value: 'marketSelectionByOperator',
				label: l('由上级主体按市场化原则选择', 'Chosen by the upper tier on market principles')
			},
			{
				value: 'fairCompetition',
				label: l(
					'公开招标、邀请招标、谈判等公平竞争方式',
					'Open or invited tender, negotiation or another fair competitive method'
				)
			}
		]
	},
	{
		id: 'selection.reviewStages',
		topic: 'selection',
		label: l('审查环节', 'Review stages'),
		type: 'list',
		options: [
			{ value: 'announcement', label: l('发布公告', 'Call announced') },
			{ value: 'preReview', label: l('材料预审', 'Pre-review of materials') },
			{ value: 'expertReview', label: l('专家评审', 'Expert review') },
			{ value: 'finalReview', label: l('终审/审核决议', 'Final review') },
			{ value: 'governmentApproval', label: l('政府审批/同意', 'Government approval') },
			{ value: 'filing', label: l('备案', 'Filing') },
			{ value: 'publicNotice', label: l('社会公示', 'Public notice') },
			{ value: 'collectiveDecision', label: l('“三重一大”决策', '"Three majors, one large" decision') }
		]
	},
	{
		id: 'selection.announcementRequired',
		topic: 'selection',
		label: l('发布申报公告', 'A public call for applications'),
		type: 'boolean'
	},
	// public notice
	{
		id: 'publicNotice.operatorsPublished',
		topic: 'publicNotice',
		label: l('公示/公开运营方', 'Operators publicly disclosed'),
		type: 'boolean'
	},
	{
		id: 'publicNotice.objections',
		topic: 'publicNotice',
		label: l('异议处理', 'Objections handled'),
		type: 'boolean'
	},
	{
		id: 'registration.publicityDays',
		topic: 'publicNotice',
		label: l('登记公示期', 'Registration publicity period'),
		type: 'number',
		unit: 'days'
	},
	// agreement
	{
		id: 'term.maxMonths',
		topic: 'agreement',
		label: l('授权期限上限', 'Maximum term'),
		type: 'number',
		unit: 'months'
	},
	{
		id: 'agreement.signatories',
		topic: 'agreement',
		label: l('协议签订方', 'Who signs the agreement'),
		type: 'text'
	},
	{
		id: 'agreement.contents',
		topic: 'agreement',
		label: l('协议必备内容', 'Required agreement contents'),
		type: 'text'
	},
	{
		id: 'agreement.modelText',
		topic: 'agreement',
		label: l('协议示范文本', 'Model agreement text'),
		type: 'boolean'
	},
	// certificates
	{
		id: 'certificates.issued',
		topic: 'certificates',
		label: l('发放的证书', 'Certificates issued'),
		type: 'list',
		options: [
			{ value: 'registration', label: l('公共数据资源登记证书', 'Registration certificate') },
			{ value: 'rightsConfirmation', label: l('公共数据确权证书', 'Rights certificate') },
			{ value: 'authorization', label: l('数据授权证书', 'Data authorization certificate') }
		]
	},
	// renewal
	{
		id: 'renewal.deadlineMonthsBeforeExpiry',
		topic: 'renewal',
		label: l('重新申请截止（届满前）', 'Renewal deadline before expiry'),
		type: 'number',
		unit: 'months'
	},
	{
		id: 'renewal.windowOpensMonthsBeforeExpiry',
		topic: 'renewal',
		label: l('重新申请窗口开启（届满前）', 'Renewal window opens before expiry'),
		type: 'number',
		unit: 'months'
	},
	{
		id: 'renewal.basis',
		topic: 'renewal',
		label: l('续约依据', 'What renewal depends on'),
		type: 'text'
	},
	{
		id: 'renewal.lapseWithoutApplication',
		topic: 'renewal',
		label: l('未申请即终止', 'Lapses if no reapplication'),
		type: 'boolean'
	},
	// training
	{
		id: 'training.preJobRequired',
		topic: 'training',
		label: l('岗前培训要求', 'Pre-job training required'),
		type: 'boolean'
	},
	{
		id: 'training.provider',
		topic: 'training',
		label: l('培训组织方', 'Who runs the training'),
		type: 'text'
	},
	// data access
	{
		id: 'dataAccess.approval',
		topic: 'dataAccess',
		label: l('数据申请审核', 'Who approves data requests'),
		type: 'text'
	},
	{
		id: 'dataAccess.minimalNecessity',
		topic: 'dataAccess',
		label: l('最小必要原则', 'Minimal necessity'),
		type: 'boolean'
	},
	{
		id: 'dataAccess.personalInfoConditions',
		topic: 'dataAccess',
		label: l('个人信息等数据的获取条件', 'Conditions for personal and confidential data'),
		description: l(
			'获取或加工个人信息、商业秘密等数据的条件（排除、供给前或开发时脱敏、同意）；产品发布审核要点见“审核要点”。',
			'Conditions on obtaining or processing personal information and confidential data (exclusion, de-identification before supply or while developing, consent); product-release checks are under review criteria.'
		),
		type: 'text'
	},
	{
		id: 'dataQuality.feedbackWorkingDays',
		topic: 'dataAccess',
		label: l('数据质量问题反馈时限', 'Data-quality feedback deadline'),
		type: 'number',
		unit: 'workingDays'
	},
	// processing
	{
		id: 'processing.inDomain',
		topic: 'processing',
		label: l('在授权运营域/平台内加工', 'Processing inside the domain or platform'),
		type: 'boolean'
	},
	{
		id: 'processing.rawDataInvisible',
		topic: 'processing',
		label: l('原始数据不可见/不出域', 'Raw data invisible / stays in the domain'),
		type: 'boolean'
	},
	{
		id: 'processing.realNamePersonnel',
		topic: 'processing',
		label: l('人员实名认证、备案与审查', 'Real-name, registered and vetted personnel'),
		type: 'boolean'
	},
	{
		id: 'processing.ndaRequired',
		topic: 'processing',
		label: l('签订保密协议', 'Non-disclosure agreements'),
		type: 'boolean'
	},
	{
		id: 'processing.socialDataImport',
		topic: 'processing',
		label: l('导入社会数据', 'Importing social data'),
		type: 'enum',
		options: [
			{
				value: 'withAuthorityApproval',
				label: l('经主管部门审核批准', 'With the data authority’s approval')
			},
			{
				value: 'withOperatorConfirmation',
				label: l('经运营主体确认', 'With the operating entity’s confirmation')
			}
		]
	},
	// products
	{
		id: 'products.reviewBy',
		topic: 'products',
		label: l('产品审核方', 'Who reviews products before release'),
		type: 'text'
	},
	{
		id: 'products.reviewCriteria',
		topic: 'products',
		label: l('审核要点', 'Review criteria'),
		type: 'text'
	},
	// trading
	{
		id: 'trading.venue',
		topic: 'trading',
		label: l('交易场所', 'Where products are traded'),
		type: 'enum',
		options: [
			{
				value: 'exchangeRequired',
				label: l('须在依法设立的数据交易场所', 'On a lawful data exchange (required)')
			},
			{ value: 'exchangeEncouraged', label: l('鼓励通过数据交易场所', 'On a data exchange (encouraged)') },
			{ value: 'marketRules', label: l('按数据要素市场规则流通', 'Under data-market rules') },
			{ value: 'cityPlatform', label: l('依托市级交易平台', 'On the city’s trading platform') }
		]
	},
	// pricing
	{
		id: 'pricing.principle',
		topic: 'pricing',
		label: l('定价原则', 'Pricing principle'),
		type: 'text'
	},
	{
		id: 'revenue.distribution',
		topic: 'pricing',
		label: l('收益分配', 'Revenue distribution'),
		type: 'text'
	},
	// ip
	{
		id: 'ip.protection',
		topic: 'ip',
		label: l('知识产权保护', 'Intellectual-property protection'),
		type: 'text'
	},
	// reporting
	{
		id: 'reporting.operatorCadence',
		topic: 'reporting',
		label: l('运营报告频次', 'Operation-report cadence'),
		type: 'enum',
		options: [
			{ value: 'annual', label: l('每年', 'Annual') },
			{ value: 'halfYearly', label: l('每半年', 'Half-yearly') },
			{
				value: 'quarterlyPlusAnnualSummary',
				label: l('每季度，另于一季度报上年总结', 'Quarterly, plus an annual summary in Q1')
			},
			{ value: 'regularly', label: l('定期（未定频次）', 'Regularly (cadence not set)') },
			{ value: 'onTime', label: l('按时报送（未定频次）', 'On time (cadence not set)') }
		]
	},
	{
		id: 'reporting.contents',
		topic: 'reporting',
		label: l('报告内容', 'Report contents'),
		type: 'text'
	},
	{
		id: 'reporting.authorityCadence',
		topic: 'reporting',
		label: l('主管部门向政府汇总报备', 'Authority’s roll-up to government'),
		type: 'enum',
		options: [{ value: 'halfYearly', label: l('每半年', 'Half-yearly') }]
	},
	// evaluation
	{
		id: 'evaluation.cadence',
		topic: 'evaluation',
		label: l('评估频次', 'Evaluation cadence'),
		type: 'enum',
		options: [
			{ value: 'annual', label: l('每年/年度', 'Annual') },
			{ value: 'regularly', label: l('定期（未定频次）', 'Regularly (cadence not set)') }
		]
	},
	{
		id: 'evaluation.consequences',
		topic: 'evaluation',
		label: l('评估结果的后果', 'What an evaluation can lead to'),
		type: 'list',
		options: [
			{ value: 'rectification', label: l('整改', 'Rectification') },
			{ value: 'suspension', label: l('暂停', 'Suspension') },
			{ value: 'termination', label: l('终止', 'Termination') },
			{ value: 'renewal', label: l('作为续约依据', 'Basis for renewal') },
			{ value: 'interview', label: l('约谈', 'Interview of principals') }
		]
	},
	// suspension
	{
		id: 'suspension.onFailedEvaluation',
		topic: 'suspension',
		label: l('评估不合格即暂停权限', 'Suspension on a failed evaluation'),
		type: 'boolean'
	},
	{
		id: 'suspension.restoration',
		topic: 'suspension',
		label: l('整改后恢复', 'Restoration after rectification'),
		type: 'boolean'
	},
	{
		id: 'rectification.failureLeadsTo',
		topic: 'suspension',
		label: l('整改不到位的后果', 'If rectification fails'),
		type: 'text'
	},
	// termination
	{
		id: 'termination.grounds',
		topic: 'termination',
		label: l('终止情形', 'Grounds for termination'),
		type: 'list',
		options: [
			{ value: 'expiry', label: l('期满未续', 'Term expired without renewal') },
			{ value: 'voluntary', label: l('主动申请退出', 'Voluntary exit') },
			{ value: 'breach', label: l('违反协议', 'Breach of agreement') },
			{ value: 'failedEvaluation', label: l('评估不合格', 'Failed evaluation') },
			{ value: 'failedRectification', label: l('整改不到位', 'Failed rectification') },
			{ value: 'securityIncident', label: l('发生（重大）数据安全事件', '(Major) data-security incident') },
			{ value: 'illegality', label: l('违法违规', 'Illegality') },
			{ value: 'policyChange', label: l('法律政策变化', 'Change of law or policy') },
			{ value: 'other', label: l('其他不适宜情形', 'Other unsuitability') }
		]
	},
	{
		id: 'exit.voluntaryNoticeMonths',
		topic: 'termination',
		label: l('自愿退出提前申请', 'Notice for voluntary exit'),
		type: 'number',
		unit: 'months'
	},
	{
		id: 'exit.forcedExit',
		topic: 'termination',
		label: l('强制退出', 'Forced exit'),
		type: 'boolean'
	},
	// after termination
	{
		id: 'termination.permissionsClosed',
		topic: 'afterTermination',
		label: l('关闭使用权限', 'Access closed'),
		type: 'boolean'
	},
	{
		id: 'termination.dataDeletion',
		topic: 'afterTermination',
		label: l('删除留存数据', 'Retained data deleted'),
		type: 'boolean'
	},
	{
		id: 'termination.logRetentionMonths',
		topic: 'afterTermination',
		label: l('日志留存期', 'Log retention after termination'),
		type: 'number',
		unit: 'months'
	},
	// security
	{
		id: 'security.incidentReporting',
		topic: 'security',
		label: l('安全事件报告对象', 'Who security incidents are reported to'),
		type: 'text'
	},
	{
		id: 'security.riskDiscoveryDuty',
		topic: 'security',
		label: l('发现风险须停止处理并报告', 'Stop and report when risks are discovered'),
		type: 'boolean'
	},
	{
		id: 'security.emergencyPlan',
		topic: 'security',
		label: l('应急预案', 'Emergency plan'),
		type: 'boolean'
	},
	{
		id: 'security.thirdPartyProhibited',
		topic: 'security',
		label: l('禁止向第三方提供数据', 'No passing data to third parties'),
		description: l(
			'文本是否明文禁止数据（或原始数据）流向他人；仅有“不出域”要求的记在加工规则。',
			'Whether the text expressly bars the data (or raw data) from passing to others; a bare "stays in the domain" rule is under processing.'
		),
		type: 'boolean'
	},
	// responsibility
	{
		id: 'responsibility.principle',
		topic: 'responsibility',
		label: l('责任原则', 'Responsibility principle'),
		type: 'text'
	},
	{
		id: 'responsibility.principalFirstResponsible',
		topic: 'responsibility',
		label: l('主要负责人为第一责任人', 'Principal is first responsible'),
		type: 'boolean'
	},
	// assets
	{
		id: 'assets.ownership',
		topic: 'assets',
		label: l('资产权属', 'Ownership of assets'),
		type: 'text'
	},
	// regulation
	{
		id: 'regulation.status',
		topic: 'regulation',
		label: l('文件状态', 'Document status'),
		type: 'list',
		options: [
			{ value: 'draft', label: l('征求意见稿', 'Draft for comments') },
			{ value: 'trial', label: l('试行', 'Trial') },
			{ value: 'interim', label: l('暂行', 'Interim') }
		]
	},
	{
		id: 'regulation.validFrom',
		topic: 'regulation',
		label: l('施行日期', 'In force from'),
		type: 'date'
	},
	{
		id: 'regulation.validUntil',
		topic: 'regulation',
		label: l('有效期至', 'In force until'),
		type: 'date'
	},
	{
		id: 'regulation.validityYears',
		topic: 'regulation',
		label: l('有效期', 'Period of validity'),
		type: 'number',
		unit: 'years'
	}
]);

// ——— added with the national framework (2025): what the four national documents regulate and the
// catalogue above could not say. Ids follow the glossary's "national framework" table. ———

const NATIONAL_FRAMEWORK_DIMENSIONS = specs([
	// scope
	{
		id: 'scope.sharedDataConsent',
		topic: 'scope',
		label: l('使用共享所得数据须经提供单位同意', 'Shared data used only with the provider’s consent'),
		description: l(
			'以政务数据共享方式获得的其他地区或部门的公共数据用于授权运营，是否须征得提供单位同意',
			'Whether public data obtained from other regions or departments through government data sharing may be operated only with the providing unit’s consent'
		),
		type: 'boolean'
	},
	// implementation plan
	{
		id: 'implementationPlan.required',
		topic: 'implementationPlan',
		label: l('须先编制实施方案', 'An implementation plan comes first'),
		description: l(
			'授权运营是否须依据经审定的实施方案开展',
			'Whether authorized operation must follow an approved implementation plan'
		),
		type: 'boolean'
	},
	{
		id: 'implementationPlan.contents',
		topic: 'implementationPlan',
		label: l('实施方案必备内容', 'Required contents of the implementation plan'),
		type: 'list',
		options: [
			{ value: 'name', label: l('授权运营名称', 'Name of the operation') },
			{ value: 'feasibility', label: l('必要性和可行性论证', 'Need and feasibility') },
			{
				value: 'operatorConditions',
				label: l('运营机构的选择条件', 'Conditions for choosing the operator')
			},
			{ value: 'authorizationMode', label: l('授权运营模式', 'Authorization mode') },
			{
				value: 'dataResources',
				label: l('数据资源范围、目录、更新频率及质量', 'Data scope, catalogue, update frequency and quality')
			},
			{
				value: 'termAndDelivery',
				label: l(
					'期限、建设内容、技术保障、进度、评价标准、退出机制、资产管理',
					'Term, build, technical support, schedule, evaluation standard, exit, asset management'
				)
			},
			{ value: 'productList', label: l('拟提供的产品和服务清单', 'List of planned products and services') },
			{
				value: 'costRevenueAccounting',
				label: l('成本收入核算和收益分配机制', 'Cost and revenue accounting, revenue distribution')
			},
			{
				value: 'security',
				label: l('数据安全、个人信息保护和应急处置措施', 'Data security, personal information, emergencies')
			},
			{ value: 'rightsDuties', label: l('各参与方权利义务', 'Rights and duties of the parties') },
			{
				value: 'supervisionEvaluation',
				label: l('监督管理及考核评价要求', 'Supervision and evaluation requirements')
			},
			{ value: 'other', label: l('应当明确的其他事项', 'Other matters to be settled') }
		]
	},
	{
		id: 'implementationPlan.approval',
		topic: 'implementationPlan',
		label: l('实施方案的审议与备案', 'Approval and filing of the plan'),
		type: 'list',
		options: [
			{
				value: 'collectiveDecision',
				label: l('按“三重一大”决策机制审议', '"Three majors, one large" collective decision')
			},
			{
				value: 'governmentReview',
				label: l('报本级人民政府审议', 'Reviewed by the government at its level')
			},
			{ value: 'filing', label: l('报上级备案', 'Filed with the level above') }
		]
	},
	{
		id: 'implementationPlan.changeRequiresReapproval',
		topic: 'implementationPlan',
		label: l('较大变更须重新报批', 'Major changes need approval again'),
		type: 'boolean'
	},
	// selection
	{
		id: 'selection.procurementMethods',
		topic: 'selection',
		label: l('选择运营机构的竞争方式', 'Competitive methods for choosing the operator'),
		type: 'list',
		options: [
			{ value: 'publicTender', label: l('公开招标', 'Open tender') },
			{ value: 'invitedTender', label: l('邀请招标', 'Invited tender') },
			{ value: 'negotiation', label: l('谈判', 'Negotiation') },
			{ value: 'competitiveConsultation', label: l('竞争性磋商', 'Competitive consultation') }
		]
	},
	// disclosure
	{
		id: 'disclosure.authorizationInfo',
		topic: 'disclosure',
		label: l('授权情况的公开内容', 'What is disclosed about authorizations'),
		description: l(
			'实施机构（或主管部门）向社会公开授权运营情况的事项',
			'What the implementing body (or authority) discloses to the public about authorizations'
		),
		type: 'list',
		options: [
			{ value: 'operator', label: l('授权对象', 'Who is authorized') },
			{ value: 'content', label: l('授权内容', 'What is authorized') },
			{ value: 'scope', label: l('授权范围', 'Scope') },
			{ value: 'term', label: l('授权时限', 'Term') },
			{ value: 'unspecified', label: l('披露事项未列明', 'Items not listed') }
		]
	},
	{
		id: 'disclosure.productList',
		topic: 'disclosure',
		label: l('运营方公开产品和服务清单', 'Operator publishes its product and service list'),
		type: 'boolean'
	},
	{
		id: 'disclosure.dataUsage',
		topic: 'disclosure',
		label: l('运营方定期披露数据资源使用情况', 'Operator regularly discloses its use of data'),
		type: 'boolean'
	},
	{
		id: 'disclosure.prices',
		topic: 'disclosure',
		label: l('公示收费标准', 'Charges made public'),
		type: 'boolean'
	},
	// agreement
	{
		id: 'agreement.requiredContents',
		topic: 'agreement',
		label: l('协议必备条款（逐项）', 'Required agreement clauses (itemized)'),
		type: 'list',
		options: [
			{ value: 'dataScope', label: l('数据资源范围及目录', 'Data scope and catalogue') },
			{ value: 'term', label: l('运营期限', 'Term') },
			{
				value: 'productList',
				label: l(
					'产品和服务清单及技术标准、审核要求',
					'Product list, technical standards, review requirements'
				)
			},
			{ value: 'platform', label: l('技术支撑平台', 'Supporting platform') },
			{ value: 'assetOwnership', label: l('资产权属', 'Asset ownership') },
			{ value: 'disclosure', label: l('信息披露要求', 'Disclosure requirements') },
			{ value: 'noRedevelopment', label: l('不得参与再开发要求', 'No re-development by the operator') },
			{
				value: 'costRevenueAccounting',
				label: l('成本收入核算、收益分配', 'Cost and revenue accounting, revenue distribution')
			},
			{
				value: 'security',
				label: l('数据安全、个人信息保护、应急处置', 'Data security, personal information, emergencies')
			},
			{ value: 'evaluation', label: l('运营成效评价', 'Evaluation of results') },
			{ value: 'renewalOrExit', label: l('续约或退出机制', 'Renewal or exit') },
			{ value: 'liability', label: l('违约责任', 'Liability for breach') },
			{ value: 'disputeResolution', label: l('争议解决方式', 'Dispute resolution') },
			{ value: 'changeTermination', label: l('协议变更、终止条件', 'Change and termination conditions') },
			{ value: 'other', label: l('需要明确的其他事项', 'Other matters') },
			{ value: 'parties', label: l('授权主体/相关方', 'The parties') },
			{ value: 'rightsDuties', label: l('权利和义务', 'Rights and duties') },
			{ value: 'assetDisposal', label: l('期满后资产处置', 'Disposal of assets at the end') },
			{ value: 'useCases', label: l('应用场景', 'Use cases') },
			{ value: 'fees', label: l('服务费用', 'Service fees') },
			{ value: 'prohibitions', label: l('禁止条款', 'Prohibitions') },
			{ value: 'creditCommitment', label: l('信用承诺', 'Credit commitment') }
		]
	},
	// products
	{
		id: 'products.noRedevelopment',
		topic: 'products',
		label: l('运营方不得再开发已交付的产品', 'Operator may not re-develop what it delivered'),
		description: l(
			'运营方不得直接或间接参与授权范围内已交付的公共数据产品和服务的再开发',
			'The operator may not take part, directly or indirectly, in re-developing public data products and services it has delivered'
		),
		type: 'boolean'
	},
	// registration
	{
		id: 'registration.dataResourcesRequired',
		topic: 'registration',
		label: l('授权运营的数据资源须登记', 'Data resources in operation must be registered'),
		type: 'boolean'
	},
	{
		id: 'registration.productsRequired',
		topic: 'registration',
		label: l('数据产品和服务须登记', 'Data products and services must be registered'),
		type: 'boolean'
	},
	{
		id: 'registration.kinds',
		topic: 'registration',
		label: l('登记类型', 'Kinds of registration'),
		type: 'list',
		options: [
			{ value: 'first', label: l('首次登记', 'First registration') },
			{ value: 'change', label: l('变更登记', 'Change registration') },
			{ value: 'correction', label: l('更正登记', 'Correction registration') },
			{ value: 'cancellation', label: l('注销登记', 'Cancellation registration') },
			{ value: 'renewal', label: l('续展', 'Registration renewal') }
		]
	},
	{
		id: 'registration.firstWithinWorkingDays',
		topic: 'registration',
		label: l('首次登记申请时限', 'First registration: deadline'),
		description: l(
			'开展授权运营并提供数据资源或交付数据产品和服务后，提交首次登记申请的时限',
			'How soon after first providing data resources or delivering products and services the first registration must be applied for'
		),
		type: 'number',
		unit: 'workingDays'
	},
	{
		id: 'registration.existingOperationsWorkingDays',
		topic: 'registration',
		label: l('已开展运营的补登时限', 'Operations already running: registration deadline'),
		description: l(
			'登记规定施行前已开展授权运营的，施行后办理登记的时限',
			'For operations begun before the registration rules took effect, the time after that date to register'
		),
		type: 'number',
		unit: 'workingDays'
	},
	{
		id: 'registration.acceptanceWorkingDays',
		topic: 'registration',
		label: l('登记受理时限', 'Acceptance of a registration application'),
		type: 'number',
		unit: 'workingDays'
	},
	{
		id: 'registration.formalReviewWorkingDays',
		topic: 'registration',
		label: l('形式审核时限', 'Formal review'),
		type: 'number',
		unit: 'workingDays'
	},
	{
		id: 'registration.publicityWorkingDays',
		topic: 'registration',
		label: l('登记公示期（工作日）', 'Registration publicity (working days)'),
		type: 'number',
		unit: 'workingDays'
	},
	{
		id: 'registration.cancellationWorkingDays',
		topic: 'registration',
		label: l('注销登记办结时限', 'Cancellation completed within'),
		type: 'number',
		unit: 'workingDays'
	},
	{
		id: 'registration.validityYears',
		topic: 'registration',
		label: l('登记结果有效期', 'Validity of a registration'),
		type: 'number',
		unit: 'years'
	},
	{
		id: 'registration.renewalWindowDays',
		topic: 'registration',
		label: l('续展申请窗口（期满前）', 'Registration renewal window before lapse'),
		type: 'number',
		unit: 'days'
	},
	{
		id: 'registration.lapsesWithoutRenewal',
		topic: 'registration',
		label: l('期满未续展即注销', 'Cancelled if not renewed'),
		type: 'boolean'
	},
	// pricing
	{
		id: 'pricing.freeForPublicGood',
		topic: 'pricing',
		label: l('用于公共治理、公益事业的免费', 'Free for public governance and public welfare'),
		type: 'boolean'
	},
	{
		id: 'pricing.serviceFeeRegime',
		topic: 'pricing',
		label: l('收费的定价方式', 'How charges are set'),
		type: 'enum',
		options: [
			{ value: 'governmentGuided', label: l('政府指导价', 'Government-guided price') },
			{ value: 'costBased', label: l('参考成本定价', 'Cost-based') },
			{ value: 'marketPriced', label: l('市场定价或运营方自行定价', 'Market price or set by the operator') }
		]
	},
	{
		id: 'pricing.maxAllowedRevenue',
		topic: 'pricing',
		label: l('核定最高准许收入', 'Maximum allowed revenue set'),
		type: 'boolean'
	},
	{
		id: 'pricing.chargeCeiling',
		topic: 'pricing',
		label: l('上限收费标准', 'Charge ceiling'),
		type: 'boolean'
	},
	{
		id: 'pricing.deviationPercent',
		topic: 'pricing',
		label: l(
			'实际收入偏离最高准许收入的调整阈值（%）',
			'Deviation from maximum allowed revenue that triggers a new ceiling (%)'
		),
		type: 'number'
	},
	{
		id: 'pricing.evaluationCycleYears',
		topic: 'pricing',
		label: l('价格评估周期', 'Price evaluation cycle'),
		type: 'number',
		unit: 'years'
	},
	{
		id: 'pricing.costRevenueAccounts',
		topic: 'pricing',
		label: l('运营成本和收入的内部管理与核算', 'Internal accounts of operating costs and revenue'),
		type: 'boolean'
	},
	// reporting
	{
		id: 'reporting.yearlyReportDue',
		topic: 'reporting',
		label: l('上年度经营（运营）报告的报送期限', 'When the previous year’s report is due'),
		type: 'enum',
		options: [
			{ value: 'endOfMarch', label: l('每年3月底前', 'By the end of March') },
			{ value: 'firstQuarter', label: l('每年第一季度', 'In the first quarter') }
		]
	},
	// security
	{
		id: 'security.classificationGrading',
		topic: 'security',
		label: l('落实数据分类分级保护', 'Data classification and grading'),
		type: 'boolean'
	},
	// regulation
	{
		id: 'regulation.nationalRulesPrevail',
		topic: 'regulation',
		label: l('国家另有（新）规定的从其规定', 'National rules prevail where they differ'),
		type: 'boolean'
	}
]);

// ——— added with the rule-data review (issue 22, item 6): rules the texts lay down that no dimension above could
// hold, read in both review reports (shared/reviews/, "rules that no dimension captures"). Each has a value in every
// profile and in the national framework's. ———

const REVIEW_DIMENSIONS = specs([
	// scenario
	{
		id: 'scenario.publicGoodFirst',
		topic: 'scenario',
		label: l('公益优先', 'Public good first'),
		description: l(
			'文本是否规定公共数据优先用于公共治理、公益事业（或以“公益优先”为原则）；其他优先领域见摘要',
			'Whether the text puts public governance and public welfare first (or has "public good first" as a principle); other priority fields are in the summary'
		),
		type: 'boolean'
	},
	// agreement
	{
		id: 'agreement.lowerTierContents',
		topic: 'agreement',
		label: l('与下一级主体所签协议的内容', 'Contents of the agreement with the tier below'),
		description: l(
			'两级授权的文本中，上一级主体与下一级主体（二级开发主体、开发主体）所签协议须明确的内容；单级授权的文本无此协议，为未规定',
			'In a two-tier text, what the agreement between the upper tier and the tier below (secondary developers, development entities) must set out; a single-tier text has no such agreement and is not specified'
		),
		type: 'text'
	},
	// authorization
	{
		id: 'authorization.singleChannel',
		topic: 'authorization',
		label: l('统一的授权运营通道或平台', 'One channel or platform for authorized operation'),
		description: l(
			'文本是否规定授权运营经一个统一的通道或平台进行（不另建、不多头建设）',
			'Whether the text has authorized operation go through one unified channel or platform (none built beside it)'
		),
		type: 'boolean'
	},
	{
		id: 'authorization.noSideAgreements',
		topic: 'authorization',
		label: l('数据提供方不得另与第三方签订授权运营协议', 'No side agreements by data providers'),
		description: l(
			'公共数据提供部门（公共管理和服务机构）是否不得绕开统一安排，另与第三方签订授权运营协议',
			'Whether the bodies that hold the data are barred from signing their own authorized-operation agreements with third parties'
		),
		type: 'boolean'
	},
	{
		id: 'authorization.noDelegation',
		topic: 'authorization',
		label: l('运营方不得将运营职责交由第三方履行', 'Operator may not hand its duties to a third party'),
		type: 'boolean'
	},
	{
		id: 'authorization.adjustmentPower',
		topic: 'authorization',
		label: l('扩大、调整或撤销（收回）授权', 'Widening, adjusting or withdrawing an authorization'),
		description: l(
			'文本是否规定某一机构可扩大、调整、收回或撤销已给予的授权（违约终止、评估后果另见各自维度）',
			'Whether the text lets a body widen, adjust, withdraw or revoke an authorization it has given (termination for breach and the consequences of an evaluation are dimensions of their own)'
		),
		type: 'boolean'
	},
	// dataAccess
	{
		id: 'dataAccess.useLimitedToAuthorization',
		topic: 'dataAccess',
		label: l('数据和产品限于授权的范围、场景或目的使用', 'Data and products used only as authorized'),
		description: l(
			'文本是否限定授权数据（或其产品）只能在授权范围、约定或审批的场景、目的内使用',
			'Whether the text confines the data (or its products) to the authorized scope, or to the use cases or purposes agreed or approved'
		),
		type: 'boolean'
	},
	{
		id: 'dataAccess.resourceCatalogue',
		topic: 'dataAccess',
		label: l('授权运营的数据以资源目录为据', 'The data in operation follows a resource catalogue'),
		description: l(
			'文本是否要求编制公共数据资源目录，授权运营的数据以目录为据（是否向社会公布见摘要）',
			'Whether the text has a catalogue of public data resources drawn up and the data in operation follow it (whether it is published is in the summary)'
		),
		type: 'boolean'
	},
	{
		id: 'dataAccess.paidAccess',
		topic: 'dataAccess',
		label: l('运营方有偿获取公共数据', 'Operator pays for the data'),
		description: l(
			'运营方（或下一级主体）获取、使用公共数据是否有偿',
			'Whether the operator (or the tier below) pays to obtain and use the public data'
		),
		type: 'enum',
		options: [
			{ value: 'paid', label: l('有偿（购买或付费）', 'Paid (bought or charged for)') },
			{ value: 'exploringPaid', label: l('探索有偿使用', 'Paid use being explored') }
		]
	},
	// processing
	{
		id: 'processing.platformBuiltBy',
		topic: 'processing',
		label: l('授权运营平台由谁建设', 'Who builds the operation platform'),
		type: 'enum',
		options: [
			{
				value: 'authority',
				label: l('主管部门或实施机构建设', 'The authority or the implementing body')
			},
			{ value: 'operator', label: l('运营方建设', 'The operator') }
		]
	},
	{
		id: 'processing.modelTrainingOnSampledData',
		topic: 'processing',
		label: l('模型训练与验证只用经抽样、脱敏的数据', 'Models trained only on sampled, de-identified data'),
		type: 'boolean'
	},
	{
		id: 'processing.environmentIsolation',
		topic: 'processing',
		label: l(
			'运营环境隔离（网络、租户、开发与生产）',
			'Isolated environment (network, tenants, development and production)'
		),
		description: l(
			'文本是否要求运营平台（运营域）实现网络隔离、租户隔离或开发与生产环境隔离；平台的其他安全能力见摘要',
			'Whether the text requires the platform (operation domain) to isolate networks, tenants, or development from production; the platform’s other security capabilities are in the summary'
		),
		type: 'boolean'
	},
	// products
	{
		id: 'products.operatorCustomersLimited',
		topic: 'products',
		label: l('运营方提供营利性产品的对象受限', 'Operator may sell only to named parties'),
		description: l(
			'运营方是否只能向文本指定的对象（如下一级主体）提供营利性数据产品和服务',
			'Whether the operator may provide for-profit data products and services only to parties the text names (such as the tier below)'
		),
		type: 'boolean'
	},
	// registration
	{
		id: 'registration.rightsConfirmation',
		topic: 'registration',
		label: l('公共数据确权程序', 'Rights confirmation of public data'),
		description: l(
			'文本是否设公共数据确权（确认权属、发放确权证书）程序',
			'Whether the text sets a procedure to confirm rights in public data (and issue a rights certificate)'
		),
		type: 'boolean'
	},
	{
		id: 'registration.commitmentBased',
		topic: 'registration',
		label: l('登记实行承诺制', 'Registration on the applicant’s commitment'),
		type: 'boolean'
	},
	// evaluation
	{
		id: 'evaluation.cooperationDuty',
		topic: 'evaluation',
		label: l('运营方须配合评估、监督检查', 'Operator must cooperate with evaluation and inspection'),
		description: l(
			'运营方是否须配合评估或监督检查（如实提供资料、接受检查）',
			'Whether the operator must cooperate with evaluation or inspection (provide true materials, submit to checks)'
		),
		type: 'boolean'
	},
	{
		id: 'evaluation.evaluator',
		topic: 'evaluation',
		label: l('评估评价主体', 'Who evaluates'),
		description: l(
			'由谁评估评价运营方（评价小组的组成见摘要）；对政府方的评价见“公共机构的责任”',
			'Who evaluates the operator (an evaluation panel’s make-up is in the summary); evaluation of the government side is under "Liability of public bodies"'
		),
		type: 'text'
	},
	{
		id: 'evaluation.criteria',
		topic: 'evaluation',
		label: l('评估评价标准', 'Evaluation criteria'),
		description: l(
			'文本规定的评估评价内容或标准；只规定由方案、协议或指标体系确定的，为未规定',
			'What the text says the evaluation measures; a text that leaves it to the plan, the agreement or an indicator system is not specified'
		),
		type: 'text'
	},
	// security
	{
		id: 'security.crossBorderChecked',
		topic: 'security',
		label: l('数据出境在审核或检查之列', 'Cross-border transfer is reviewed or inspected'),
		type: 'boolean'
	},
	{
		id: 'security.onSiteMeasures',
		topic: 'security',
		label: l('办公场所和设备的现场安全措施', 'On-site security at the operator’s premises'),
		description: l(
			'文本是否规定运营方办公场所和办公设备的具体安全措施（门禁、视频监控、禁止外接存储设备、防泄漏软件等）',
			'Whether the text prescribes security measures at the operator’s premises and on its office equipment (entry control, video surveillance, no external storage devices, data-leak-prevention software and the like)'
		),
		type: 'boolean'
	},
	{
		id: 'security.periodicSecurityReports',
		topic: 'security',
		label: l('运营方定期报告安全情况', 'Operator reports on security periodically'),
		description: l(
			'运营方是否须定期报告运营安全情况（单列的安全报告；运营报告含安全管理情况的见摘要，事件报告见“安全事件报告对象”）',
			'Whether the operator must report on its security periodically (a report of its own; an operations report that covers security management is in the summary, incident reports are under "Who security incidents are reported to")'
		),
		type: 'boolean'
	},
	// responsibility
	{
		id: 'responsibility.noMonopoly',
		topic: 'responsibility',
		label: l('不得垄断、排除限制竞争', 'No monopoly, no restraint of competition'),
		description: l(
			'文本是否禁止（或要求运营方不得）达成垄断协议、滥用市场支配地位或排除、限制竞争',
			'Whether the text bars monopoly agreements, abuse of a dominant position or restraint of competition (or requires the operator to keep to fair competition)'
		),
		type: 'boolean'
	},
	{
		id: 'responsibility.sanctions',
		topic: 'responsibility',
		label: l('违规的处理和责任', 'Sanctions for breaches'),
		description: l(
			'对违反本文件或法律法规的运营方（及其他单位）的处理措施和责任（评估后果见“评估后果”）',
			'What the text does to an operator (or other party) that breaches it or the law (the consequences of an evaluation are a dimension of their own)'
		),
		type: 'list',
		options: [
			{ value: 'criticism', label: l('通报批评', 'Public criticism') },
			{ value: 'rectificationOrder', label: l('责令（要求）整改', 'Ordered to rectify') },
			{ value: 'termination', label: l('终止授权（协议）', 'Authorization terminated') },
			{ value: 'legalLiability', label: l('依法追究责任', 'Liability under the law') },
			{ value: 'creditRecord', label: l('不良信息记入信用档案', 'Entered in the credit record') },
			{
				value: 'directLiability',
				label: l('侵权或损失由运营方直接承担', 'The operator bears infringement and losses itself')
			}
		]
	},
	{
		id: 'responsibility.publicBodyLiability',
		topic: 'responsibility',
		label: l('公共机构违规的责任', 'Liability of public bodies'),
		description: l(
			'文本是否对违规的公共管理和服务机构（数据提供部门、实施机构等政府方）及其工作人员规定处理或责任',
			'Whether the text names consequences for public bodies (data providers, the implementing body and other government-side bodies) and their staff that breach the rules'
		),
		type: 'boolean'
	},
	{
		id: 'responsibility.ecosystemSupport',
		topic: 'responsibility',
		label: l('运营方扶持下游、培育生态', 'Operator supports developers and fosters the ecosystem'),
		description: l(
			'运营方是否须为下一级开发者提供技术支持、咨询等服务，培育数据商和第三方专业服务机构',
			'Whether the operator must give the developers below it technical support, advice and other services, and foster data merchants and third-party professional service providers'
		),
		type: 'boolean'
	},
	// assets
	{
		id: 'assets.bookingRequiresConfirmation',
		topic: 'assets',
		label: l('未确权的数据资源不得入表', 'No booking as an asset before rights confirmation'),
		type: 'boolean'
	}
]);

/** Which way each dimension's values are stricter (see Strictness); dimensions not named are judged by hand. */
/** Every dimension id of the catalogue: the open-data contract's ids, and the only ones code may name. */
export type DimensionId =
	| (typeof BASE_DIMENSIONS)[number]['id']
	| (typeof NATIONAL_FRAMEWORK_DIMENSIONS)[number]['id']
	| (typeof REVIEW_DIMENSIONS)[number]['id'];

const STRICTNESS: Partial<Record<DimensionId, Strictness>> = {
	'scope.activities': 'describes',
	'bodies.dataAuthority': 'describes',
	'bodies.coordinationMechanism': 'yes',
	'bodies.expertPanel': 'yes',
	'authorization.modes': 'fewerItems',
	'authorization.operatorTerm': 'describes',
	'scenario.requirements': 'moreItems',
	'eligibility.domesticCapitalOnly': 'yes',
	'eligibility.incidentLookbackYears': 'higher',
	'eligibility.creditRequirements': 'moreItems',
	'eligibility.creditCoversRepresentative': 'yes',
	'eligibility.securityOfficer': 'yes',
	'eligibility.mlps3Experience': 'yes',
	'eligibility.capitalRequirement': 'yes',
	'application.materials': 'moreItems',
	'selection.reviewStages': 'moreItems',
	'selection.announcementRequired': 'yes',
	'publicNotice.operatorsPublished': 'yes',
	'publicNotice.objections': 'yes',
	'term.maxMonths': 'lower',
	'agreement.modelText': 'yes',
	'renewal.deadlineMonthsBeforeExpiry': 'higher',
	'renewal.lapseWithoutApplication': 'yes',
	'training.preJobRequired': 'yes',
	'dataAccess.minimalNecessity': 'yes',
	'dataQuality.feedbackWorkingDays': 'lower',
	'processing.inDomain': 'yes',
	'processing.rawDataInvisible': 'yes',
	'processing.realNamePersonnel': 'yes',
	'processing.ndaRequired': 'yes',
	'suspension.onFailedEvaluation': 'yes',
	'exit.voluntaryNoticeMonths': 'higher',
	'exit.forcedExit': 'yes',
	'termination.permissionsClosed': 'yes',
	'termination.dataDeletion': 'yes',
	'termination.logRetentionMonths': 'higher',
	'security.riskDiscoveryDuty': 'yes',
	'security.emergencyPlan': 'yes',
	'security.thirdPartyProhibited': 'yes',
	'responsibility.principalFirstResponsible': 'yes',
	'regulation.status': 'describes',
	'regulation.validFrom': 'describes',
	'regulation.validUntil': 'describes',
	'regulation.validityYears': 'describes',
	// added with the national framework
	'scope.sharedDataConsent': 'yes',
	'implementationPlan.required': 'yes',
	'implementationPlan.contents': 'moreItems',
	'implementationPlan.approval': 'moreItems',
	'implementationPlan.changeRequiresReapproval': 'yes',
	'disclosure.authorizationInfo': 'moreItems',
	'disclosure.productList': 'yes',
	'disclosure.dataUsage': 'yes',
	'disclosure.prices': 'yes',
	'agreement.requiredContents': 'moreItems',
	'products.noRedevelopment': 'yes',
	'registration.dataResourcesRequired': 'yes',
	'registration.productsRequired': 'yes',
	'registration.kinds': 'moreItems',
	'registration.firstWithinWorkingDays': 'lower',
	'registration.existingOperationsWorkingDays': 'lower',
	'registration.acceptanceWorkingDays': 'lower',
	'registration.formalReviewWorkingDays': 'lower',
	'registration.cancellationWorkingDays': 'lower',
	'registration.validityYears': 'lower',
	'registration.lapsesWithoutRenewal': 'yes',
	'pricing.freeForPublicGood': 'yes',
	'pricing.maxAllowedRevenue': 'yes',
	'pricing.chargeCeiling': 'yes',
	'pricing.evaluationCycleYears': 'lower',
	'pricing.costRevenueAccounts': 'yes',
	'security.classificationGrading': 'yes',
	'regulation.nationalRulesPrevail': 'describes',
	// added with the rule-data review
	'authorization.singleChannel': 'yes',
	'authorization.noSideAgreements': 'yes',
	'authorization.noDelegation': 'yes',
	'dataAccess.useLimitedToAuthorization': 'yes',
	'dataAccess.resourceCatalogue': 'yes',
	'processing.modelTrainingOnSampledData': 'yes',
	'products.operatorCustomersLimited': 'yes',
	'registration.rightsConfirmation': 'yes',
	'scenario.publicGoodFirst': 'yes',
	'evaluation.cooperationDuty': 'yes',
	'security.crossBorderChecked': 'yes',
	'responsibility.noMonopoly': 'yes',
	'responsibility.sanctions': 'moreItems',
	'authorization.adjustmentPower': 'yes',
	'responsibility.publicBodyLiability': 'yes',
	'responsibility.ecosystemSupport': 'yes',
	'processing.environmentIsolation': 'yes',
	'security.onSiteMeasures': 'yes',
	'security.periodicSecurityReports': 'yes',
	'assets.bookingRequiresConfirmation': 'yes'
};

/**
 * Dimensions a two-tier text answers tier by tier (issue 22, item 1): who may apply and on what conditions, how
 * a party is chosen, its agreement and term, what it reports and how it is evaluated, and the data-quality check
 * one tier asks for. In a region whose eligibility.yaml declares more than one role, every value of these names
 * the role(s) it binds (DatedValue.roles); the pack check and src/lib/regions/roles.test.ts enforce it, and the
 * test derives the same set from the data (the roles each eligibility criterion and each journey role names).
 */
const PER_ROLE: ReadonlySet<DimensionId> = new Set([
	'eligibility.legalForm',
	'eligibility.domesticCapitalOnly',
	'eligibility.incidentLookbackYears',
	'eligibility.incidentSeverity',
	'eligibility.creditRequirements',
	'eligibility.creditCoversRepresentative',
	'eligibility.operatingCondition',
	'eligibility.securityOfficer',
	'eligibility.mlps3Experience',
	'eligibility.capitalRequirement',
	'eligibility.subsidiaryQualifies',
	'application.materials',
	'selection.method',
	'selection.reviewStages',
	'selection.announcementRequired',
	'agreement.signatories',
	'agreement.contents',
	'term.maxMonths',
	'reporting.operatorCadence',
	'reporting.contents',
	'evaluation.cadence',
	'evaluation.evaluator',
	'dataQuality.feedbackWorkingDays'
]);

/** Free-text dimensions whose substance a typed twin compares. */
const COMPARED_AS: Partial<Record<DimensionId, DimensionId>> = {
	'agreement.contents': 'agreement.requiredContents'
};

const topicOrder = new Map(TOPICS.map((t, i) => [t.id, i]));

/**
 * The catalogue: grouped by topic in the order of TOPICS (the dimensions added with the national framework and
 * with the rule-data review join their topic's group; the order within a topic is the order written above).
 */
export const DIMENSIONS: Dimension[] = [
	...BASE_DIMENSIONS,
	...NATIONAL_FRAMEWORK_DIMENSIONS,
	...REVIEW_DIMENSIONS
]
	.map((d, i) => ({ d, i }))
	.sort((a, b) => topicOrder.get(a.d.topic)! - topicOrder.get(b.d.topic)! || a.i - b.i)
	.map(({ d }) => {
		const strictness = STRICTNESS[d.id];
		const comparedAs = COMPARED_AS[d.id];
		return {
			...d,
			...(strictness ? { strictness } : {}),
			...(comparedAs ? { comparedAs } : {}),
			...(PER_ROLE.has(d.id) ? { perRole: true } : {})
		};
	});

const DIMENSION_IDS: ReadonlySet<string> = new Set(DIMENSIONS.map((d) => d.id));

/** An id read from outside (a URL, a file, YAML keys) is a DimensionId only if the catalogue has it. */
export function isDimensionId(id: string): id is DimensionId {
	return DIMENSION_IDS.has(id);
}

/** An id read from outside, checked: the catalogue's id, or an error naming it. */
export function asDimensionId(id: string): DimensionId {
	if (!isDimensionId(id)) throw new Error(`dimension "${id}" is not in the catalogue`);
	return id;
}
