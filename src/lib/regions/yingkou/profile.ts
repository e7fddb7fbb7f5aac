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
					value: l('营口市公共数据授权运营', 'Authorized operation of public data in Yingkou')
				},
				summary: l('营口市公共数据授权运营', 'Authorized operation of public data in Yingkou'),
				citations: ['preamble'],
				note: l(
					'方案未设适用范围条款，序言只说“规范营口市公共数据授权运营”；内容涵盖运营机构选择、授权模式、数据资源、实施、核算与收益分配、安全与监督（各章标题），不是列举的适用范围。',
					'The plan has no scope clause; the preamble says only that it regulates authorized operation of public data in Yingkou. Its chapters cover choosing the operator, the authorization model, data resources, implementation, accounting and revenue, security and supervision; that is not an enumerated scope.'
				)
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
				value: { kind: 'notSpecified' },
				summary: l(
					'未规定（行业专家仅参加年度考核评价小组）',
					'Not specified (industry experts sit only on the annual evaluation panel)'
				),
				citations: ['sec-10-2-p1'],
				note: l(
					'本维度指对申请者或产品的专家评审（如衢州专家组综合评审、泰安第三方专家评审）。营口的专家只是考核评价小组（相关部门代表、行业专家及第三方机构）的成员之一；遴选运营机构以竞争性磋商进行（五（二）1），不涉及专家评审。',
					'This dimension means expert review of applicants or products (Quzhou’s expert panel, Tai’an’s third-party experts). In Yingkou experts are only members of the evaluation panel (department representatives, industry experts, third parties); the operator is chosen by competitive consultation (5(2)1), with no expert review.'
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
				value: { kind: 'list', value: ['scenario'] },
				qualifier: 'provisional',
				summary: l(
					'试点期间暂实行“一场景一授权”；整体、分领域、依场景授权待探索',
					'For now, during the pilot, one authorization per use case; whole, by-domain and by-use-case modes are to be explored'
				),
				citations: ['sec-3-p2'],
				note: l(
					'三种方式为"因地制宜探索采取"，不是已定的授权方式；数据资产管理试点期间"暂实行"一场景一授权（与“场景原则”同为暂行），之后可扩大、调整或收回授权事项。故值只记依场景授权，限定为“暂”。',
					'The three modes are to be "explored as local conditions allow", not modes in force; during the data-asset pilot "one authorization per use case" applies "for now" (provisional, as the use-case principle), and authorized matters may later be widened, adjusted or withdrawn. So only by-use-case is coded, qualified as provisional.'
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
					value: ['noMajorAdminPenalty', 'cleanCreditPlatform']
				},
				summary: l(
					'商业信誉良好；负责人无重大处罚、严重失信；信用平台无不良',
					'Good standing; principal without major penalty or serious dishonesty; clean platform record'
				),
				citations: ['sec-2-1-p1'],
				note: l(
					'只记文本所指对象相符的代码："负责人无重大行政处罚"和"信用平台查询无不良记录"。"商业信誉良好"是商业信誉，不等同"信用状况良好"，不记；"严重失信"记录的审查对象是企业主要负责人而非企业本身，不记"非严重失信主体"（主体本身），二者留在摘要，负责人审查见"信用审查及于法定代表人/负责人"。',
					'Only codes whose subject matches the text: "principal without a major administrative penalty" and "clean credit-platform record". "Good business reputation" is not "good credit standing" and is not coded; the "serious dishonesty" check is on the principal, not the company, so "not a seriously dishonest entity" is not coded; both stay in the summary, and the principal check is under credit covers the representative.'
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
		'selection.reviewStages': notSpecified(
			l(
				'未规定（以竞争性磋商选定，环节未写；协议文本经"三重一大"审议）',
				'Not specified (chosen by competitive consultation, steps not given; the agreement text passes a collective decision)'
			),
			['sec-5-2-1', 'sec-5-2-2'],
			l(
				'本维度列审查、遴选运营方的环节。方案只写遴选方式（竞争性磋商，五（二）1）；"三重一大"审议的是授权运营协议内容（五（二）2），不是对运营机构的审查，故不记为环节。',
				'This dimension lists the stages of reviewing and choosing the operator. The plan gives only the method (competitive consultation, 5(2)1); the collective decision approves the agreement text (5(2)2), not the operator, so it is not coded as a stage.'
			)
		),
		'selection.announcementRequired': notSpecified(),

		// ——— public notice ———
		'publicNotice.operatorsPublished': notSpecified(
			l(
				'未规定（仅要求"公开运营相关信息"）',
				'Not specified (only "disclose operation-related information")'
			),
			['sec-10-1-p1'],
			l(
				'读法从严：十（一）要求“公开运营相关信息，设立举报渠道”，运营机构的名称很可能在其中，但文本未明言公开运营机构，也未设遴选前公示，故不推定为“是”。',
				'A narrow reading: 10(1) requires "disclosing operation-related information" and a reporting channel; the operator’s name is likely among it, but the text does not say the operator is published and sets no notice before selection, so "yes" is not inferred.'
			)
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
					'按目录约定记获取和加工个人信息等数据的条件：八（二）第二段要求运营机构开发时对涉及个人信息的内容强制脱敏，是加工条件，故记为值；其余（对外提供的产品须脱敏、购买方查询须经授权）针对对外提供和购买方，一并写出。方案未对运营机构获取数据本身设条件。',
					"By the catalogue's convention this holds conditions on obtaining and processing personal and confidential data: 8(2) para. 2 makes the operator de-identify personal information while developing, a processing condition, so a value is given; the rest (products offered de-identified, buyers' queries authorized) governs supply and buyers and is written alongside. The plan sets no condition on the operator's own access."
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
		'pricing.principle': notSpecified(
			l(
				'未规定产品和服务定价（数据资产按市场、收益、成本法估值，或一元入账）',
				'Not specified for data products and services (data assets are valued by market, income and cost methods, else booked at ¥1)'
			),
			['sec-7-p2'],
			l(
				'七第二段是数据提供部门把公共数据形成数据资产时的估值和入账规则（“一元入账法入账”是记账规则），文本未说运营机构的购买价等于入账价值，也未规定数据产品和服务如何定价，故记为未规定；估值规则留在摘要。',
				'Section 7 para. 2 is how data providers value and book their data assets ("booked at one yuan" is an accounting rule); the text does not say the operator’s purchase price equals the booked value, nor how products and services are priced, so this is not specified; the valuation rule stays in the summary.'
			)
		),
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
				qualifier: 'discretionary',
				summary: l(
					'有权强制退出（违法违规、违约、重大事故等）；经同意自愿退出；期满依评价定续约',
					'The implementing body may force exit (illegality, breach, major incident…); voluntary exit with consent; expiry and evaluation decide renewal or termination'
				),
				citations: ['sec-5-1-p1', 'sec-5-4-1', 'sec-5-4-2', 'sec-9-1-p1', 'sec-10-2-p1'],
				note: l(
					'各项均非自动终止：违法违规、违约、重大数据安全事故等，实施机构“有权”强制退出，也可先责令限期整改，未按时完成、整改后仍不符合要求或拒不整改的终止协议（五（四）2）；自愿退出须“经实施机构同意”（五（四）1）；期满后“依据运营成效评价决定是否续约”（五（一）），评价结果是续约、整改或终止的“重要依据”（十（二））。"期满""评价不合格"由此推得；强制退出事由以"等情形"结尾，未另列"其他"。',
					'None is automatic: for illegality, breach, major incidents and the like the implementing body "may" force exit, or first order rectification within a period and end the agreement if it is late, still unsatisfactory or refused (5(4)2); voluntary exit needs its consent (5(4)1); at term end renewal is decided on the evaluation (5(1)), whose result is an "important basis" for renewal, rectification or termination (10(2)). "Expiry" and "failed evaluation" are inferred from these; the forced-exit list ends with "etc.", not coded as "other".'
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
