// The shared catalogue of comparison dimensions, in the order of an operator's life. Every region's
// profile gives a value (possibly "not specified") for each. Ids are part of the open-data contract.

import type { Dimension, Localized, TopicId } from './types';

export const TOPICS: { id: TopicId; label: Localized }[] = [
	{ id: 'scope', label: { zh: '适用范围与定义', en: 'Scope and definitions' } },
	{ id: 'bodies', label: { zh: '机构与职责', en: 'Bodies and roles' } },
	{ id: 'authorization', label: { zh: '授权模式', en: 'Authorization model' } },
	{ id: 'scenario', label: { zh: '场景原则', en: 'Use-case principle' } },
	{ id: 'eligibility', label: { zh: '申请条件', en: 'Who may apply' } },
	{ id: 'application', label: { zh: '申请材料', en: 'Application materials' } },
	{ id: 'selection', label: { zh: '遴选与审查', en: 'Selection and review' } },
	{ id: 'publicNotice', label: { zh: '公示公开', en: 'Public notice' } },
	{ id: 'agreement', label: { zh: '协议与期限', en: 'Agreement and term' } },
	{ id: 'certificates', label: { zh: '证书', en: 'Certificates' } },
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

const l = (zh: string, en: string): Localized => ({ zh, en });

export const DIMENSIONS: Dimension[] = [
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
];
