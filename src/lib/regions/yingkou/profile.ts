// Yingkou's rule profile: one cited value per comparison dimension, read from source.txt
// (营口市公共数据授权运营实施方案（征求意见稿）). The plan is a draft with no dates, so every value applies
// from its (unset) entry into force: from = null.
import type { RegionProfile } from '../types';
import { bool, l, list, profileKit } from '../profile-kit';

const { v, ns: notSpecified } = profileKit(null);

export const profile: RegionProfile = {
	region: 'yingkou',
	values: {
		// ——— scope ———
		'scope.activities': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'营口市公共数据授权运营（运营机构的选择、授权、开发利用、收益分配、安全与监管）',
						'Authorized operation of public data in Yingkou: choosing the operating institution, authorization, development and use, revenue, security and supervision'
					)
				},
				summary: l('营口市公共数据授权运营', 'Authorized operation of public data in Yingkou'),
				citations: ['preamble']
			}
		],
		'scope.publicDataDefinition': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'政府部门和法律、法规授权的具有管理公共事务职能的组织在依法履行职责过程中收集和产生的各类数据',
						'All data collected and produced by government departments, and by organizations empowered by laws and regulations to manage public affairs, in performing their duties'
					)
				},
				summary: l(
					'政府部门及授权组织履职中收集和产生的数据',
					'Data collected or produced by government bodies and empowered organizations in their duties'
				),
				citations: ['sec-4-1-p1'],
				note: l(
					'文本未定义"公共数据"，此为"可授权的数据资源范围"。',
					'The text does not define "public data"; this is its "scope of data resources that may be authorized".'
				)
			}
		],
		'scope.excludedData': notSpecified(),

		// ——— bodies ———
		'bodies.authorizingBody': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'营口市人民政府委托市数据局作为实施机构，由实施机构向运营机构授予加工使用权和产品经营权',
						'The Yingkou city government commissions the city data bureau as implementing body, which grants the operating institution the rights'
					)
				},
				summary: l(
					'市政府委托市数据局（实施机构）授权',
					'City government, through the data bureau as implementing body'
				),
				citations: ['sec-3-p1', 'sec-3-p3']
			}
		],
		'bodies.dataAuthority': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'市数据局（牵头编制数据资源目录、建立数据质量管理制度、建设流通交易平台）',
						'The city data bureau (leads the data resource catalogue, data-quality rules and the trading platform)'
					)
				},
				summary: l('市数据局（同时为实施机构）', 'City data bureau (also the implementing body)'),
				citations: ['sec-3-p1', 'sec-4-2-p1', 'sec-4-3-p1', 'sec-5-2-4'],
				note: l(
					'文本未使用"公共数据主管部门"一词；按其职能将市数据局视为主管部门。市财政局参与数据资产核算指导（七）。',
					'The text never uses the term "public data authority"; the city data bureau is taken as such from its functions. The finance bureau co-guides data-asset accounting (sec. 7).'
				)
			}
		],
		'bodies.implementingBody': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'市数据局，受营口市人民政府委托作为公共数据授权运营的实施机构',
						'The city data bureau, commissioned by the Yingkou city government as implementing body'
					)
				},
				summary: l('市数据局（受市政府委托）', 'City data bureau, commissioned by the city government'),
				citations: ['sec-3-p1']
			}
		],
		'bodies.coordinationMechanism': notSpecified(
			l(
				'未规定（仅背景中提及已建立跨部门数据共享协调机制）',
				'Not specified (background mentions an existing cross-department data-sharing coordination mechanism)'
			),
			['sec-1-2-3']
		),
		'bodies.expertPanel': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l('年度考核评价小组含行业专家', 'The annual evaluation panel includes industry experts'),
				citations: ['sec-10-2-p1'],
				note: l(
					'专家仅见于考核评价小组（相关部门代表、行业专家及第三方机构）；遴选运营机构不涉及专家评审。',
					'Experts appear only on the evaluation panel (department representatives, industry experts, third parties); no expert review in selecting the operating institution.'
				)
			}
		],

		// ——— authorization ———
		'authorization.tiers': [
			{
				from: null,
				value: { kind: 'enum', value: 'single' },
				summary: l('单级：运营机构', 'Single tier: the operating institution'),
				citations: ['sec-2-1-p1', 'sec-3-p3']
			}
		],
		'authorization.modes': [
			{
				from: null,
				value: { kind: 'list', value: ['comprehensive', 'domain', 'scenario'] },
				summary: l(
					'探索整体、分领域、依场景授权；试点期间暂一场景一授权',
					'Whole, by-domain and by-use-case explored; one per use case during the pilot'
				),
				citations: ['sec-3-p2'],
				note: l(
					'三种方式为"因地制宜探索采取"；数据资产管理试点期间暂实行"一场景一授权"，之后可扩大、调整或收回授权事项。',
					'The three modes are to be "explored as local conditions allow"; during the data-asset pilot only "one authorization per use case" applies for now, and authorized matters may later be widened, adjusted or withdrawn.'
				)
			}
		],
		'authorization.operatorTerm': [
			{
				from: null,
				value: { kind: 'text', value: l('运营机构', 'operating institution') },
				summary: l('运营机构', 'Operating institution'),
				citations: ['sec-2-1-p1', 'sec-3-p3']
			}
		],
		'authorization.rightsGranted': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'公共数据加工使用权、数据产品经营权；不涉及公共数据所有权、持有权的转移',
						'The right to process and use public data and the right to operate data products; no transfer of ownership or holding rights'
					)
				},
				summary: l(
					'加工使用权、产品经营权，不转移所有权持有权',
					'Processing/use and product-operation rights; no ownership transfer'
				),
				citations: ['sec-3-p3']
			}
		],

		// ——— use-case principle ———
		'scenario.principle': [
			{
				from: null,
				value: { kind: 'enum', value: 'oneScenarioOneAuthorization' },
				qualifier: 'provisional',
				summary: l('试点期间暂实行"一场景一授权"', 'One authorization per use case, for now (pilot period)'),
				citations: ['sec-3-p2']
			}
		],
		'scenario.requirements': notSpecified(),

		// ——— eligibility ———
		'eligibility.legalForm': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'依法注册成立、具备独立法人资格、能够独立承担民事责任的市场主体',
						'A lawfully registered market entity with independent legal personality, able to bear civil liability alone'
					)
				},
				summary: l('具备独立法人资格的市场主体', 'A market entity with independent legal personality'),
				citations: ['sec-2-1-p1']
			}
		],
		'eligibility.domesticCapitalOnly': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'必须内资，股权穿透后无外资成分',
					'Domestic capital only, with no foreign element anywhere up the ownership chain'
				),
				citations: ['sec-2-1-p1']
			}
		],
		'eligibility.incidentLookbackYears': [
			{
				from: null,
				value: { kind: 'number', value: 3, bound: 'exactly' },
				summary: l(
					'近3年内未发生网络安全、数据安全事件',
					'No network or data security incident in the last 3 years'
				),
				citations: ['sec-2-2-4']
			}
		],
		'eligibility.incidentSeverity': [
			{
				from: null,
				value: { kind: 'enum', value: 'any' },
				summary: l('任何网络安全、数据安全事件', 'Any network or data security incident'),
				citations: ['sec-2-2-4']
			}
		],
		'eligibility.creditRequirements': [
			{
				from: null,
				value: {
					kind: 'list',
					value: ['goodCredit', 'noMajorAdminPenalty', 'notSeriouslyDishonest', 'cleanCreditPlatform']
				},
				summary: l(
					'商业信誉良好；负责人无重大处罚、严重失信；信用平台无不良',
					'Good standing; principal without major penalty or serious dishonesty; clean platform record'
				),
				citations: ['sec-2-1-p1'],
				note: l(
					'"商业信誉良好"计为信用状况良好；"严重失信"记录的审查对象是企业主要负责人，而非企业本身。',
					'"Good business reputation" is read as good credit standing; the "serious dishonesty" check is on the principal, not the company itself.'
				)
			}
		],
		'eligibility.creditCoversRepresentative': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'企业主要负责人无重大行政处罚、严重失信记录',
					'Principal has no major administrative penalty or serious-dishonesty record'
				),
				citations: ['sec-2-1-p1'],
				note: l(
					'文本称"主要负责人"，未提法定代表人。',
					'The text says "principal", not legal representative.'
				)
			}
		],
		'eligibility.operatingCondition': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'经营状况和商业信誉良好；近一年财务状况良好',
						'Sound operation and business reputation; sound finances over the last year'
					)
				},
				summary: l('经营状况良好，近一年财务状况良好', 'Sound operation; sound finances over the last year'),
				citations: ['sec-2-1-p1', 'sec-2-2-1']
			}
		],
		'eligibility.securityOfficer': notSpecified(
			l(
				'未规定（仅要求能建立内部管理和安全保障制度）',
				'Not specified (only the ability to set up internal management and security rules)'
			),
			['sec-2-2-4']
		),
		'eligibility.mlps3Experience': notSpecified(
			l('未规定（仅泛称"专业资质"）', 'Not specified (only "professional qualifications" in general)'),
			['sec-2-2-3']
		),
		'eligibility.capitalRequirement': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l('资金储备能覆盖数据治理及初期运营', 'Funds to cover data governance and early operation'),
				citations: ['sec-2-2-1']
			}
		],
		'eligibility.subsidiaryQualifies': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'子公司或代管机构具备条件的，视同运营机构具备',
					'A subsidiary or managed entity meeting the conditions counts for the operator'
				),
				citations: ['sec-2-2-5']
			}
		],

		// ——— application ———
		'application.materials': notSpecified(),

		// ——— selection ———
		'selection.method': [
			{
				from: null,
				value: { kind: 'enum', value: 'competitiveConsultation' },
				summary: l(
					'实施机构以竞争性磋商方式选定',
					'Chosen by the implementing body through competitive consultation'
				),
				citations: ['sec-5-2-1']
			}
		],
		'selection.reviewStages': [
			{
				from: null,
				value: { kind: 'list', value: ['collectiveDecision'] },
				summary: l(
					'协议内容经市数据局"三重一大"审议',
					'Agreement contents pass the data bureau\'s "three majors, one large" decision'
				),
				citations: ['sec-5-2-2'],
				note: l(
					'"三重一大"审议的是授权运营协议内容，而非运营机构人选；竞争性磋商的具体环节文本未写。',
					'The "three majors, one large" decision approves the agreement text, not the choice of operator; the steps of the competitive consultation are not described.'
				)
			}
		],
		'selection.announcementRequired': notSpecified(),

		// ——— public notice ———
		'publicNotice.operatorsPublished': notSpecified(
			l(
				'未规定（仅要求"公开运营相关信息"）',
				'Not specified (only "disclose operation-related information")'
			),
			['sec-10-1-p1']
		),
		'publicNotice.objections': notSpecified(
			l('未规定（仅要求设立举报渠道）', 'Not specified (only a channel for reports from the public)'),
			['sec-10-1-p1']
		),
		'registration.publicityDays': notSpecified(
			l(
				'未规定（仅指定市数据中心为数据资产确权登记机构）',
				'Not specified (the city data center is named registrar of data-asset rights)'
			),
			['sec-3-p1']
		),

		// ——— agreement and term ———
		'term.maxMonths': [
			{
				from: null,
				value: { kind: 'number', value: 36, bound: 'exactly' },
				qualifier: 'inPrinciple',
				summary: l(
					'原则上3年，自协议签订日起算',
					'3 years in principle, from the date the agreement is signed'
				),
				citations: ['sec-5-1-p1'],
				note: l(
					'文本规定期限"为3年"，不是上限，故取"等于"。',
					'The text sets the term at 3 years rather than capping it, hence "exactly".'
				)
			}
		],
		'agreement.signatories': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l('实施机构与运营机构', 'The implementing body and the operating institution')
				},
				summary: l('实施机构与运营机构签订', 'Implementing body and operating institution'),
				citations: ['sec-5-2-2']
			}
		],
		'agreement.contents': notSpecified(
			l(
				'未规定必备条款（协议内容经"三重一大"审议）',
				'No required clauses (contents pass a collective decision)'
			),
			['sec-5-2-2', 'sec-3-p3', 'sec-5-5-p1', 'sec-5-4-1'],
			l(
				'文本未列协议条款，但把若干事项交由协议约定：数据使用范围（三）、资产权属（五（五））、退出时的交接与资产处置（五（四）1）。',
				'No clause list is given, but several matters are left to the agreement: permitted use (sec. 3), asset ownership (5(5)), handover and asset disposal on exit (5(4)1).'
			)
		),
		'agreement.modelText': notSpecified(
			l(
				'未规定（《公共数据资源授权运营协议》内容经审议通过）',
				"Not specified (the agreement's contents are approved by collective decision)"
			),
			['sec-5-2-2']
		),

		// ——— certificates ———
		'certificates.issued': notSpecified(
			l(
				'未规定（仅指定市数据中心为数据资产确权登记机构）',
				'Not specified (the city data center is named registrar of data-asset rights)'
			),
			['sec-3-p1']
		),

		// ——— renewal ———
		'renewal.deadlineMonthsBeforeExpiry': notSpecified(),
		'renewal.windowOpensMonthsBeforeExpiry': notSpecified(),
		'renewal.basis': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'期满后依据运营成效评价决定是否续约；年度考核评价结果是续约的重要依据',
						'At expiry, renewal is decided on the evaluation of operating results; annual evaluation results are an important basis'
					)
				},
				summary: l('依据运营成效评价决定是否续约', 'Decided on the evaluation of operating results'),
				citations: ['sec-5-1-p1', 'sec-9-1-p1', 'sec-10-2-p1']
			}
		],
		'renewal.lapseWithoutApplication': notSpecified(),

		// ——— training ———
		'training.preJobRequired': notSpecified(
			l('未规定（仅要求定期开展安全培训与考核）', 'Not specified (only regular security training and tests)'),
			['sec-8-1-p2', 'sec-5-2-6']
		),
		'training.provider': notSpecified(
			l(
				'未规定岗前培训（定期安全培训由运营机构开展）',
				'No pre-job training (the operator runs regular security training)'
			),
			['sec-8-1-p2']
		),

		// ——— data access ———
		'dataAccess.approval': notSpecified(
			l(
				'未规定（运营机构通过购买公共数据资产获取数据）',
				'Not specified (the operator obtains data by buying public data assets)'
			),
			['sec-7-p2', 'sec-9-1-p1']
		),
		'dataAccess.minimalNecessity': notSpecified(
			l('未规定（仅要求按角色和业务需求分配权限）', 'Not specified (only role- and need-based permissions)'),
			['sec-8-1-p1']
		),
		'dataAccess.personalInfoConditions': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'涉个人信息的产品和服务须脱敏（去除姓名、身份证号等）或转化为统计类、核验类成果；核验"数据不落地"，只返回结果；购买方查询个人、企业信息须经信息主体明确授权',
						"Products involving personal information must be de-identified (names, ID numbers removed) or turned into statistical or verification results; verification returns only a result; buyers need the data subject's explicit authorization to query personal or company data"
					)
				},
				summary: l(
					'须脱敏或转为统计、核验结果；查询须经信息主体授权',
					"De-identified or aggregated; queries need the data subject's consent"
				),
				citations: ['sec-8-2-p1', 'sec-8-2-p2'],
				note: l(
					'这些条件针对对外提供的产品和购买方的查询，而非运营机构自身获取数据。',
					"These conditions govern products offered and buyers' queries, not the operator's own access to data."
				)
			}
		],
		'dataQuality.feedbackWorkingDays': notSpecified(
			l(
				'未规定（数据提供部门在"约定时间内"响应修复）',
				'Not specified (the data provider responds and fixes "within the agreed time")'
			),
			['sec-9-3-p1']
		),

		// ——— processing ———
		'processing.inDomain': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'使用指定平台，依托市一体化数据要素流通交易平台开发',
					'On the designated platform: the city data-element trading platform'
				),
				citations: ['sec-2-2-4', 'sec-5-2-4', 'sec-5-2-5', 'sec-3-p4']
			}
		],
		'processing.rawDataInvisible': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'"原始数据不出域、数据可用不可见"',
					'Raw data stays in the domain; data usable but not visible'
				),
				citations: ['sec-8-1-p1']
			}
		],
		'processing.realNamePersonnel': notSpecified(
			l(
				'未规定（仅要求身份认证、人脸识别准入）',
				'Not specified (only identity authentication and face-recognition entry)'
			),
			['sec-8-1-p1', 'sec-8-1-p2']
		),
		'processing.ndaRequired': notSpecified(),
		'processing.socialDataImport': notSpecified(),

		// ——— products ———
		'products.reviewBy': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'实施机构审核运营机构的工作计划、数据产品及服务方案',
						"The implementing body reviews the operator's work plans and its data product and service plans"
					)
				},
				summary: l('实施机构', 'The implementing body'),
				citations: ['sec-9-1-p1'],
				note: l(
					'审核列为实施机构全程监管职责之一，文本未设上架前的审核程序。',
					"Review is listed among the implementing body's supervisory duties; no pre-release procedure is set."
				)
			}
		],
		'products.reviewCriteria': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l('符合法律法规及合同约定', 'Compliance with laws and regulations and with the agreement')
				},
				summary: l('符合法律法规及合同约定', 'Lawful and in line with the agreement'),
				citations: ['sec-9-1-p1']
			}
		],

		// ——— trading ———
		'trading.venue': [
			{
				from: null,
				value: { kind: 'enum', value: 'cityPlatform' },
				summary: l(
					'依托营口市一体化数据要素流通交易平台',
					'On the Yingkou integrated data-element trading platform'
				),
				citations: ['sec-5-2-4', 'sec-5-2-5', 'sec-3-p4']
			}
		],

		// ——— pricing and revenue ———
		'pricing.principle': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'数据资产价值按市场法、收益法、成本法综合确定，无法准确估值的按一元入账',
						'Data assets are valued by combining market, income and cost methods; those that cannot be valued are booked at one yuan'
					)
				},
				summary: l(
					'数据资产按市场、收益、成本法估值，或一元入账',
					'Data assets valued by market/income/cost, else booked at ¥1'
				),
				citations: ['sec-7-p2'],
				note: l(
					'这是运营机构购买的公共数据资产的估值规则；数据产品和服务的定价文本未作规定。',
					'This values the public data assets the operator buys; the pricing of data products and services is not regulated.'
				)
			}
		],
		'revenue.distribution': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'"谁投入、谁贡献、谁受益"，动态调整；数据提供部门提供API、数据集的收益由市财政局统筹，运营机构开发利用收益自主安排',
						'"Who invests, contributes, benefits", adjusted dynamically; data providers\' API and dataset income is pooled by the finance bureau; the operator keeps its own development income'
					)
				},
				summary: l(
					'谁投入谁贡献谁受益；部门收益归财政统筹，运营收益自主',
					'Who invests benefits; provider income to the treasury, operator keeps its own'
				),
				citations: ['sec-7-p1', 'sec-7-p2']
			}
		],

		// ——— intellectual property ———
		'ip.protection': notSpecified(),

		// ——— reporting ———
		'reporting.operatorCadence': [
			{
				from: null,
				value: { kind: 'enum', value: 'onTime' },
				summary: l('按时报送（未定频次）', 'On time (cadence not set)'),
				citations: ['sec-9-2-p1']
			}
		],
		'reporting.contents': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'运营情况报告、财务报表等信息',
						'Operation reports, financial statements and similar information'
					)
				},
				summary: l('运营情况报告、财务报表等', 'Operation reports, financial statements, etc.'),
				citations: ['sec-9-2-p1']
			}
		],
		'reporting.authorityCadence': notSpecified(),

		// ——— evaluation ———
		'evaluation.cadence': [
			{
				from: null,
				value: { kind: 'enum', value: 'annual' },
				summary: l('考核评价小组每年考核评价', 'Annual evaluation by an evaluation panel'),
				citations: ['sec-10-2-p1']
			}
		],
		'evaluation.consequences': [
			{
				from: null,
				value: { kind: 'list', value: ['renewal', 'rectification', 'termination'] },
				summary: l('作为续约、整改或终止授权的依据', 'Basis for renewal, rectification or termination'),
				citations: ['sec-10-2-p1', 'sec-9-1-p1']
			}
		],

		// ——— rectification and suspension ———
		'suspension.onFailedEvaluation': notSpecified(),
		'suspension.restoration': notSpecified(),
		'rectification.failureLeadsTo': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'未按时完成整改、整改后仍不符合要求或拒不整改的，终止协议并依法追究责任',
						'If rectification is late, still falls short, or is refused: the agreement is terminated and liability pursued'
					)
				},
				summary: l('终止协议并依法追究责任', 'Agreement terminated, liability pursued'),
				citations: ['sec-5-4-2']
			}
		],

		// ——— termination and exit ———
		'termination.grounds': [
			{
				from: null,
				value: {
					kind: 'list',
					value: [
						'expiry',
						'voluntary',
						'breach',
						'failedEvaluation',
						'failedRectification',
						'securityIncident',
						'illegality'
					]
				},
				summary: l(
					'期满、自愿退出、违法违规、违约、重大安全事故、评价或整改不合格',
					'Expiry, voluntary exit, illegality, breach, major incident, failed evaluation or rectification'
				),
				citations: ['sec-5-1-p1', 'sec-5-4-1', 'sec-5-4-2', 'sec-9-1-p1', 'sec-10-2-p1'],
				note: l(
					'"期满"据期满后决定是否续约推得；"评价不合格"据评价结果可导致强制退出、终止授权推得；强制退出事由以"等情形"结尾，未另列"其他"。',
					'"Expiry" is inferred from renewal being decided at term end; "failed evaluation" from evaluation results leading to forced exit or termination; the forced-exit list ends with "etc.", not coded as "other".'
				)
			}
		],
		'exit.voluntaryNoticeMonths': [
			{
				from: null,
				value: { kind: 'number', value: 3, bound: 'atLeast' },
				summary: l(
					'提前3个月书面申请，经实施机构同意',
					'Written request 3 months ahead; implementing body must agree'
				),
				citations: ['sec-5-4-1']
			}
		],
		'exit.forcedExit': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'违法违规、违约、重大安全事故等，实施机构有权强制退出',
					'For illegality, breach, major incidents etc. the implementing body may force exit'
				),
				citations: ['sec-5-4-2']
			}
		],

		// ——— after termination ———
		'termination.permissionsClosed': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'协议终止、解除或撤销的，及时关闭运营权限',
					'Operating permissions closed when the agreement ends'
				),
				citations: ['sec-5-4-p1'],
				note: l(
					'原文主语为"运营机构应当及时关闭授权运营机构的运营权限"，疑为实施机构之误；此处只记录权限须关闭。',
					'The text literally has the operating institution closing "the operating institution\'s" permissions, likely meaning the implementing body; only the duty to close is recorded.'
				)
			}
		],
		'termination.dataDeletion': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l('督促其及时删除销毁留存数据', 'Retained data to be deleted and destroyed promptly'),
				citations: ['sec-5-4-p1']
			}
		],
		'termination.logRetentionMonths': notSpecified(),

		// ——— security ———
		'security.incidentReporting': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'运营机构向实施机构报告；实施机构及时上报上级监管部门',
						'The operator reports to the implementing body, which reports promptly to the higher supervisory authority'
					)
				},
				summary: l(
					'运营机构报实施机构，实施机构报上级监管部门',
					'Operator → implementing body → higher supervisory authority'
				),
				citations: ['sec-8-3-p2', 'sec-8-3-p1', 'sec-9-2-p1']
			}
		],
		'security.riskDiscoveryDuty': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'发现隐患即隔离数据、暂停操作并报告实施机构',
					'On a risk: isolate data, halt operations, report to the implementing body'
				),
				citations: ['sec-8-3-p2']
			}
		],
		'security.emergencyPlan': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'实施机构制定预案，运营机构制定专项预案并演练',
					"Implementing body's plan; operator's own plan and drills"
				),
				citations: ['sec-8-3-p1', 'sec-8-3-p2']
			}
		],
		'security.thirdPartyProhibited': [
			{
				from: null,
				value: { kind: 'boolean', value: true },
				summary: l(
					'不得直接或间接将授权数据交由第三方使用',
					'Authorized data may not be passed to third parties, directly or not'
				),
				citations: ['sec-3-p3']
			}
		],

		// ——— responsibility ———
		'responsibility.principle': notSpecified(
			l(
				'未规定（仅规定数据提供部门对数据质量负责）',
				'Not specified (data providers answer for data quality)'
			),
			['sec-9-3-p1']
		),
		'responsibility.principalFirstResponsible': notSpecified(),

		// ——— assets ———
		'assets.ownership': [
			{
				from: null,
				value: {
					kind: 'text',
					value: l(
						'权属按协议约定；公共数据资产及开发的数据产品和服务相关资产归政府所有；运营机构投入建设的资产归其所有，可自行处置但不得影响正常运营和安全',
						'As agreed; public data assets and assets of the data products and services developed belong to the government; assets the operator built belong to it and may be disposed of without harming operation or security'
					)
				},
				summary: l(
					'数据资产及产品资产归政府，运营机构自建资产归其所有',
					'Data and product assets to government; operator-built assets to the operator'
				),
				citations: ['sec-5-5-p1', 'sec-3-p3']
			}
		],

		// ——— status and validity ———
		'regulation.status': [
			{
				from: null,
				value: { kind: 'list', value: ['draft'] },
				summary: l('征求意见稿', 'Draft for comments'),
				citations: ['title']
			}
		],
		'regulation.validFrom': notSpecified(
			l('未规定（文本未写施行日期）', 'Not specified (the text gives no effective date)')
		),
		'regulation.validUntil': notSpecified(
			l('未规定（文本未写有效期）', 'Not specified (the text gives no end date)')
		),
		'regulation.validityYears': notSpecified(
			l('未规定（文本未写有效期）', 'Not specified (the text gives no period of validity)')
		),

		// ——— added with the national framework (2025): dimensions the national texts brought in ———
		'scope.sharedDataConsent': notSpecified(),
		'implementationPlan.required': v(
			bool(true),
			l('本文件即营口市公共数据授权运营实施方案', 'This document is Yingkou’s implementation plan'),
			['title', 'preamble'],
			{
				note: l(
					'序言援引《公共数据资源授权运营实施规范（试行）》，本方案按其要求制定。',
					'The preamble cites the national Implementing Specification, under which the plan is made.'
				)
			}
		),
		'implementationPlan.contents': v(
			list(
				'feasibility',
				'operatorConditions',
				'authorizationMode',
				'dataResources',
				'termAndDelivery',
				'productList',
				'costRevenueAccounting',
				'security',
				'rightsDuties',
				'supervisionEvaluation'
			),
			l(
				'方案自身含第九条（二）至（十一）各项内容（一至十）',
				'The plan itself covers need, operator selection, mode, data, delivery, products, accounting, security, rights, supervision'
			),
			['sec-1', 'sec-2', 'sec-3', 'sec-4', 'sec-5', 'sec-6', 'sec-7', 'sec-8', 'sec-9', 'sec-10'],
			{
				note: l(
					'营口文本本身是实施方案：此处列其所含的内容（一至十），而非对方案内容的要求。',
					'Yingkou’s text is itself a plan: this lists what it contains (sections 1–10), not a rule on what plans must contain.'
				)
			}
		),
		'implementationPlan.approval': notSpecified(),
		'implementationPlan.changeRequiresReapproval': notSpecified(),
		'selection.procurementMethods': v(
			list('competitiveConsultation'),
			l('以竞争性磋商方式选定运营机构', 'The operator is chosen by competitive consultation'),
			['sec-5-2-1']
		),
		'disclosure.authorizationInfo': v(
			list('unspecified'),
			l(
				'公开运营相关信息，主动接受社会监督（事项未列明）',
				'Operation information made public (items not listed)'
			),
			['sec-10-1-p1']
		),
		'disclosure.productList': notSpecified(),
		'disclosure.dataUsage': notSpecified(),
		'disclosure.prices': notSpecified(),
		'agreement.requiredContents': notSpecified(
			l('未规定（协议内容经“三重一大”审议）', 'Not specified (contents decided collectively)'),
			['sec-5-2-2']
		),
		'products.noRedevelopment': notSpecified(),
		'registration.dataResourcesRequired': notSpecified(
			l(
				'未规定（市数据中心为数据资产确权登记机构）',
				'Not specified (the city data center registers data-asset rights)'
			),
			['sec-3-p1']
		),
		'registration.productsRequired': notSpecified(),
		'registration.kinds': notSpecified(),
		'registration.firstWithinWorkingDays': notSpecified(),
		'registration.existingOperationsWorkingDays': notSpecified(),
		'registration.acceptanceWorkingDays': notSpecified(),
		'registration.formalReviewWorkingDays': notSpecified(),
		'registration.publicityWorkingDays': notSpecified(),
		'registration.cancellationWorkingDays': notSpecified(),
		'registration.validityYears': notSpecified(),
		'registration.renewalWindowDays': notSpecified(),
		'registration.lapsesWithoutRenewal': notSpecified(),
		'pricing.freeForPublicGood': notSpecified(
			l(
				'未规定（产品和服务分公共治理、公益事业和产业、行业发展两大类）',
				'Not specified (products in two groups: public good and industry)'
			),
			['sec-6-p1']
		),
		'pricing.serviceFeeRegime': notSpecified(),
		'pricing.maxAllowedRevenue': notSpecified(),
		'pricing.chargeCeiling': notSpecified(),
		'pricing.deviationPercent': notSpecified(),
		'pricing.evaluationCycleYears': notSpecified(),
		'pricing.costRevenueAccounts': notSpecified(),
		'reporting.yearlyReportDue': notSpecified(
			l('未规定（按时报送运营情况报告）', 'Not specified (reports "on time")'),
			['sec-9-2-p1']
		),
		'security.classificationGrading': notSpecified(),
		'regulation.nationalRulesPrevail': notSpecified()
	}
};
