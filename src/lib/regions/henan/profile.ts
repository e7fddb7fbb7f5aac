// Henan's rule profile: one cited value per catalogue dimension, read from source.txt (河南省公共数据资源授权运营
// 实施办法（试行）). Two tiers: the primary developer (一级开发主体, authorized by the provincial government) and
// secondary developers (二级开发主体, chosen by the primary developer). Most eligibility, renewal, exit and
// after-termination rules are left to the implementation plan (第十二条) and the agreement (第十四条).

import type { RegionProfile } from '../types';
import { l, profileKit, text, yes } from '../profile-kit';

const { v: one, ns: silent } = profileKit(null);

export const profile: RegionProfile = {
	region: 'henan',
	values: {
		// ——— scope ———
		'scope.activities': one(
			text(
				'河南省行政区域内开展的公共数据资源授权运营活动；中央驻豫单位在省内获取的公共数据资源参照适用；国家行业主管部门另有规定的从其规定。',
				'Authorized operation of public data resources within Henan; central-government units in Henan apply it by analogy for data obtained in the province; national industry authorities’ own rules prevail.'
			),
			l(
				'省内公共数据资源授权运营活动；中央驻豫单位参照适用',
				'Authorized operation of public data in Henan; central units in Henan by analogy'
			),
			['art-2']
		),
		'scope.publicDataDefinition': one(
			text(
				'各级党政机关、法律法规授权的具有管理公共事务职能的组织，以及供水、供电、供气、供热、公共交通、医疗、教育、文化旅游、公共资源交易等公共企业事业单位，在依法履职或提供公共服务过程中收集和产生的数据。',
				'Data collected or generated in performing duties or providing public services by Party and government bodies at all levels, organizations empowered by law to manage public affairs, and public enterprises and institutions (water, power, gas, heating, public transport, health, education, culture and tourism, public resource trading, etc.).'
			),
			l(
				'党政机关、授权组织及公共企事业单位履职或服务中的数据',
				'Data of government bodies, empowered organizations and public utilities'
			),
			['art-3']
		),
		'scope.excludedData': one(
			text(
				'危害国家安全、公共利益的；侵害个人隐私、个人信息、商业秘密的；国家行业主管部门禁止授权运营的；法律、法规规定不能社会化开发利用的。经政务数据共享获得的他地区、他部门数据，须征得提供单位同意。',
				'Data that endanger national security or the public interest; infringe privacy, personal information or trade secrets; are barred by national industry authorities; or may not be developed for society by law. Data obtained through government data sharing need the providing unit’s consent.'
			),
			l(
				'危害安全、侵害隐私商密、行业禁止、法规禁止的四类数据',
				'Four exclusions: security, privacy/trade secrets, industry bans, legal bans'
			),
			['art-6-1', 'art-6-2', 'art-6-3', 'art-6-4', 'art-6-p2']
		),

		// ——— bodies ———
		'bodies.authorizingBody': one(
			text(
				'省政府授权一级开发主体承担全省公共数据资源一级开发运营；实施机构（独立或会同本级行业主管部门）与一级开发主体签订授权运营协议。',
				'The provincial government authorizes the primary developer for the whole province; the implementing body (alone or with industry authorities at its level) signs the authorized-operation agreement with it.'
			),
			l(
				'省政府授权一级开发主体；实施机构签订授权运营协议',
				'Provincial government authorizes; implementing body signs the agreement'
			),
			['art-3-p3', 'art-13']
		),
		'bodies.dataAuthority': one(
			text(
				'省行政审批政务信息管理局为全省公共数据主管部门；省、市两级公共数据主管部门组织编制实施方案。',
				'The Provincial Bureau of Administrative Approval and Government Information Management is the public data authority for the province; public data authorities at provincial and city level organize the implementation plans.'
			),
			l(
				'省行政审批政务信息管理局（省、市两级主管部门）',
				'Provincial Administrative Approval and Government Information Bureau'
			),
			['art-4', 'art-11']
		),
		'bodies.implementingBody': one(
			text(
				'负责开展授权运营活动的单位：省级一般为各行业主管部门，市级由各省辖市政府结合授权运营模式确定；负责数据汇聚治理、分类分级、场景和数据需求审核、数据校核和业务安全监管。',
				'The unit that carries out authorized operation: at provincial level generally the industry authorities; at city level chosen by each city government. It governs and classifies the data, reviews use cases and data needs, checks data quality and supervises security from the business side.'
			),
			l(
				'省级一般为行业主管部门；市级由省辖市政府确定',
				'Provincial: generally industry authorities; city: set by city government'
			),
			['art-3-p5'],
			{
				qualifier: 'generally',
				note: l(
					'“一般”只修饰省级实施机构。',
					'"Generally" hedges only the provincial-level implementing bodies.'
				)
			}
		),
		'bodies.coordinationMechanism': silent(
			l('未规定（主管部门“统筹协调”实施工作）', 'Not specified (the authority "coordinates" the work)'),
			['art-4'],
			l(
				'第四条要求主管部门建立健全工作机制、统筹协调实施工作，但未设专门的协调机制。',
				'Article 4 has the authority build working mechanisms and coordinate, but sets up no dedicated coordination mechanism.'
			)
		),
		'bodies.expertPanel': silent(),

		// ——— authorization ———
		'authorization.tiers': one(
			{ kind: 'enum', value: 'two' },
			l('两级：一级开发主体、二级开发主体', 'Two tiers: primary and secondary developers'),
			['art-3-p2', 'art-3-p3', 'art-3-p4']
		),
		'authorization.modes': silent(
			l('未规定（授权运营模式由实施方案确定）', 'Not specified (the mode is set in the implementation plan)'),
			['art-12-3', 'art-3-p5'],
			l(
				'文本未列举授权方式，授权运营模式由实施方案确定（第十二条（三））；一级开发主体由省政府授权承担全省一级开发（第三条第三款，文本未规定其数量），各实施机构分别签订协议（第十三条）。“一场景一审核”（第十五条）和按应用场景选择二级开发主体（第十七条）是审核和遴选规则，不记为“依场景授权”；江苏按同一标准只记“分级授权”。',
				'The text names no authorization mode and leaves it to the implementation plan (art. 12(3)); the primary developer is authorized by the provincial government for the whole province (art. 3(3); the text does not say how many), and each implementing body signs its own agreement (art. 13). "One review per use case" (art. 15) and choosing secondary developers by use case (art. 17) are review and selection rules, not recorded as authorization by use case; Jiangsu is coded to the same standard (only "by government level").'
			)
		),
		'authorization.operatorTerm': one(
			text('一级开发主体（另有二级开发主体）', 'Primary developer (with secondary developers below it)'),
			l('一级开发主体；二级开发主体', 'Primary developer; secondary developer'),
			['art-3-p3', 'art-3-p4']
		),
		'authorization.rightsGranted': one(
			text(
				'承担全省公共数据资源一级开发运营：通过运营服务平台获取授权范围内经初步脱敏的数据，加工形成数据包、数据模型、数据接口等数据产品和服务，并通过市场化交易向二级开发主体提供。',
				'Province-wide primary development: obtain pre-de-identified data within the authorized scope through the operation platform, process it into data packages, models and interfaces, and supply them to secondary developers through market transactions.'
			),
			l(
				'一级开发：加工数据产品和服务并市场化提供给二级开发主体',
				'Primary development: build data products and sell them to secondary developers'
			),
			['art-3-p2', 'art-3-p3', 'art-3-p6']
		),

		// ——— scenario ———
		'scenario.principle': one(
			{ kind: 'enum', value: 'oneScenarioOneReview' },
			l('“一场景一审核”（一级开发主体）', '"One review per use case" (primary developer)'),
			['art-15']
		),
		'scenario.requirements': one(
			{ kind: 'list', value: ['feasibility'] },
			l('审核场景可行性、数据需求必要性', 'Use-case feasibility and necessity of data needs are reviewed'),
			['art-4', 'art-15'],
			{
				note: l(
					'第四条规定审核“场景可行性、数据需求必要性”。“数据需求必要性”是对数据需求的审核项，文本未出现“最小必要”原则，故不记“最小必要”（江苏第十三条（三）、衢州、泰安明文规定该原则）；必要性审核见摘要。',
					'Article 4 reviews "use-case feasibility" and the "necessity of data needs". The latter is a check on data requests; the text never states the principle of minimal necessity, so it is not coded as such (Jiangsu art. 13(3), Quzhou and Tai’an state it). The necessity review is in the summary.'
				)
			}
		),

		// ——— eligibility ———
		'eligibility.legalForm': one(
			text(
				'法人组织（一级、二级开发主体均为法人组织）',
				'A legal person (both primary and secondary developers)'
			),
			l('法人组织（两级均同）', 'Legal person (both tiers)'),
			['art-3-p3', 'art-3-p4']
		),
		'eligibility.domesticCapitalOnly': silent(),
		'eligibility.incidentLookbackYears': silent(),
		'eligibility.incidentSeverity': silent(),
		'eligibility.creditRequirements': one(
			{ kind: 'list', value: ['goodCredit'] },
			l('信用状况良好（一级开发主体）', 'Good credit standing (primary developer)'),
			['art-7']
		),
		'eligibility.creditCoversRepresentative': silent(),
		'eligibility.operatingCondition': one(
			text(
				'具备数据资源加工、运营所需的管理和技术服务能力，经营状况良好，符合国家数据安全保护要求。',
				'Management and technical capacity to process and operate data resources, sound operating condition, and compliance with national data-security requirements.'
			),
			l(
				'经营状况良好，具备加工运营能力（一级开发主体）',
				'Sound operations and processing capacity (primary developer)'
			),
			['art-7']
		),
		'eligibility.securityOfficer': silent(
			l(
				'未规定（第八条要求组建专业安全运维团队）',
				'Not specified (art. 8 requires a professional security team)'
			),
			['art-8-2'],
			l(
				'第八条是授权后的内控要求（安全运营维护团队、主要负责人为第一责任人），不是申请条件。',
				'Article 8 sets internal-control duties after authorization (a security operations team, the principal as first responsible), not an application condition.'
			)
		),
		'eligibility.mlps3Experience': silent(
			l(
				'未规定（仅要求运营服务平台落实等保、商密评估）',
				'Not specified (only the platform must apply MLPS and crypto assessment)'
			),
			['art-3-p6']
		),
		'eligibility.capitalRequirement': silent(),
		'eligibility.subsidiaryQualifies': silent(
			l(
				'未规定（一级开发职责不得交由第三方履行）',
				'Not specified (primary development may not be handed to a third party)'
			),
			['art-7-1']
		),

		// ——— application ———
		'application.materials': silent(
			l(
				'未规定（一级开发主体由省政府授权）',
				'Not specified (the primary developer is authorized by the provincial government)'
			),
			['art-3-p3'],
			l(
				'文本未规定一级开发主体的申请程序和材料；二级开发主体按“准入条件”选择，准入条件未列明。',
				'The text sets no application procedure or materials for the primary developer; secondary developers are chosen against "entry conditions" that are not listed.'
			)
		),

		// ——— selection ———
		'selection.method': one(
			{ kind: 'enum', value: 'marketSelectionByOperator' },
			l(
				'二级开发主体由一级开发主体按市场化原则公开公平选择',
				'Secondary developers chosen by the primary developer, openly and fairly'
			),
			['art-17'],
			{
				note: l(
					'仅适用于二级开发主体；一级开发主体由省政府授权（第三条第三款），遴选方式未规定。',
					'Applies to secondary developers only; the primary developer is authorized by the provincial government (art. 3(3)) and no selection method is given.'
				)
			}
		),
		'selection.reviewStages': one(
			{
				kind: 'list',
				value: ['preReview', 'finalReview', 'governmentApproval', 'filing', 'collectiveDecision']
			},
			l(
				'方案经“三重一大”和政府审议、备案；协议经“三重一大”审议、备案；二级开发主体经一级开发主体评估、实施机构审核',
				'Plan: collective decision, government approval, filing; agreement: collective decision, filing; tier 2: assessed by the primary developer, then reviewed by the implementing body'
			),
			['art-3-p3', 'art-11', 'art-11-p2', 'art-13', 'art-13-p2', 'art-17'],
			{
				note: l(
					'列表合并了三个程序：实施方案按“三重一大”决策机制经本级政府审议通过，省辖市方案报省行政审批政务信息管理局和省级行业主管部门备案（第十一条）；授权运营协议经实施机构“三重一大”审议后签订并备案（第十三条）；二级开发主体先由一级开发主体评估资质能力、需求合理性、场景合规性、安全风险性等（记为“材料预审”，与江苏运营主体的“资质审核”同码），再经实施机构审核（记为“终审”）（第十七条）。一级开发主体由省政府授权（第三条第三款），文本未规定其遴选程序。',
					'The list merges three procedures: the implementation plan goes through the collective-decision mechanism and the government’s approval, and city plans are filed with the provincial bureau and industry authorities (art. 11); the agreement is approved by the implementing body’s collective decision, then signed and filed (art. 13); a secondary developer is first assessed by the primary developer (qualifications, need, compliance, risk: coded pre-review, as Jiangsu’s qualification review) and then reviewed by the implementing body (coded final review) (art. 17). The primary developer is authorized by the provincial government (art. 3(3)); no procedure for choosing it is given.'
				)
			}
		),
		'selection.announcementRequired': silent(
			l(
				'未规定（仅要求公开公平选择二级开发主体）',
				'Not specified (secondary developers chosen openly and fairly)'
			),
			['art-17']
		),

		// ——— public notice ———
		'publicNotice.operatorsPublished': silent(
			l(
				'未规定（须公布产品和服务清单、定期披露使用情况）',
				'Not specified (product list published, data use disclosed regularly)'
			),
			['art-17-p2', 'art-14-6']
		),
		'publicNotice.objections': silent(),
		'registration.publicityDays': silent(
			l('未规定（按国家登记管理要求登记）', 'Not specified (registration under national rules)'),
			['art-10']
		),

		// ——— agreement ———
		'term.maxMonths': one(
			{ kind: 'number', value: 36, bound: 'atMost' },
			l('运营期限原则上最长不超过3年', 'Term in principle at most 3 years'),
			['art-14-2'],
			{ qualifier: 'inPrinciple' }
		),
		'agreement.signatories': one(
			text(
				'实施机构独立或会同本级有关行业主管部门与一级开发主体签订授权运营协议（经实施机构“三重一大”审议）；一级开发主体与二级开发主体签订应用协议。',
				'The implementing body, alone or with industry authorities at its level, signs the authorized-operation agreement with the primary developer (after its collective decision); the primary developer signs use agreements with secondary developers.'
			),
			l(
				'实施机构（可会同行业主管部门）与一级开发主体',
				'Implementing body (with industry authorities) and primary developer'
			),
			['art-13', 'art-17']
		),
		'agreement.contents': one(
			text(
				'数据资源范围及目录；运营期限；产品和服务清单及技术标准、审核要求；技术支撑平台；资产权属；信息披露要求；成本收入核算和收益分配；安全与应急措施；成效评价、续约或退出机制；违约责任；争议解决；变更、终止条件；其他事项。',
				'Data scope and catalogue; term; product and service list with technical standards and review requirements; supporting platform; asset ownership; disclosure; cost and revenue accounting and revenue sharing; security and emergency measures; performance evaluation, renewal or exit; liability for breach; dispute resolution; conditions for change and termination; other matters.'
			),
			l(
				'十三项：范围、期限、产品、平台、权属、收益、安全、退出等',
				'13 items: scope, term, products, platform, assets, revenue, security, exit…'
			),
			[
				'art-14-1',
				'art-14-2',
				'art-14-3',
				'art-14-4',
				'art-14-5',
				'art-14-6',
				'art-14-7',
				'art-14-8',
				'art-14-9',
				'art-14-10',
				'art-14-11',
				'art-14-12',
				'art-14-13'
			],
			{
				note: l(
					'二级开发主体的应用协议另须明确数据使用目的、范围、方式、期限、收益分配和安全保密要求（第十七条）。',
					'The use agreement with secondary developers must also state purpose, scope, manner, term, revenue sharing and security and confidentiality (art. 17).'
				)
			}
		),
		'agreement.modelText': silent(),

		// ——— certificates ———
		'certificates.issued': silent(
			l(
				'未规定（数据资源和产品须按国家要求登记）',
				'Not specified (data and products registered under national rules)'
			),
			['art-10', 'art-15-p2'],
			l(
				'文本要求登记，但未提及登记证书或其他证书。',
				'The text requires registration but mentions no registration or other certificate.'
			)
		),

		// ——— renewal ———
		'renewal.deadlineMonthsBeforeExpiry': silent(),
		'renewal.windowOpensMonthsBeforeExpiry': silent(),
		'renewal.basis': silent(
			l(
				'未规定（由授权运营协议约定运营成效评价、续约或退出机制）',
				'Not specified (the agreement sets performance evaluation and renewal or exit)'
			),
			['art-14-9'],
			l(
				'第十四条（九）只把“运营成效评价，续约或退出机制”列为协议内容，未规定续约依据；按目录约定，“由协议约定”记为未规定。',
				'Art. 14(9) only lists "performance evaluation, renewal or exit mechanism" among the agreement’s contents and sets no basis for renewal; by the catalogue’s convention, "the agreement settles it" is coded as not specified.'
			)
		),
		'renewal.lapseWithoutApplication': silent(),

		// ——— training ———
		'training.preJobRequired': silent(),
		'training.provider': silent(),

		// ——— data access ———
		'dataAccess.approval': one(
			text(
				'一级开发主体在省一体化大数据平台提交应用场景及数据需求申请，由公共数据主管部门、实施机构审核（主管部门审场景可行性、数据需求必要性）。',
				'The primary developer files use cases and data needs on the provincial integrated big-data platform; the public data authority and the implementing body review them (the authority checks feasibility and necessity).'
			),
			l(
				'公共数据主管部门、实施机构审核场景和数据需求',
				'Public data authority and implementing body review use cases and data needs'
			),
			['art-15', 'art-15-p2', 'art-4', 'art-3-p5']
		),
		'dataAccess.minimalNecessity': silent(
			l(
				'未规定（主管部门审核数据需求必要性，未称最小必要）',
				'Not specified (the authority reviews the necessity of data needs; "minimal necessity" is not stated)'
			),
			['art-4'],
			l(
				'第四条规定主管部门审核“数据需求必要性”，这是审核项，文本未出现“最小必要”原则，不与江苏第十三条（三）“按最小必要原则”等同。',
				'Art. 4 has the authority review the "necessity of data needs", a review item; the text never states the principle of minimal necessity, so it is not equated with Jiangsu art. 13(3) ("按最小必要原则").'
			)
		),
		'dataAccess.personalInfoConditions': one(
			text(
				'侵害个人隐私、个人信息、商业秘密的数据不得授权运营；运营服务平台统一获取授权范围内经过初步脱敏的公共数据资源。',
				'Data infringing privacy, personal information or trade secrets are excluded; the operation platform obtains the public data within the authorized scope already pre-de-identified.'
			),
			l(
				'侵害隐私和商密的不得运营；获取经初步脱敏的数据',
				'No data infringing privacy or trade secrets; data obtained pre-de-identified'
			),
			['art-6-2', 'art-3-p6'],
			{
				note: l(
					'按目录约定只记获取和加工时的条件；产品发布前审核“敏感数据脱敏”（第十五条第二款）是产品审核要点，见“审核要点”。',
					'By the catalogue’s convention only conditions on obtaining and processing the data count here; the pre-release check of "de-identification of sensitive data" (art. 15 para. 2) is a product review point (see review criteria).'
				)
			}
		),
		'dataQuality.feedbackWorkingDays': one(
			{ kind: 'number', value: 7, bound: 'atMost' },
			l('相关单位7个工作日内反馈校核结果', 'Data-check results returned within 7 working days'),
			['art-16'],
			{
				note: l(
					'一级开发主体“可”提出校核需求；反馈时限是相关单位的义务。',
					'The primary developer "may" request a check; the deadline binds the units that answer.'
				)
			}
		),

		// ——— processing ———
		'processing.inDomain': one(
			yes,
			l(
				'一级开发：依托按“原始数据不出域”原则搭建的平台统一获取数据（未明文规定加工须在平台内）；二级开发环境“根据需要”提供',
				'Primary development: data obtained through a platform built on "raw data stays in the domain" (processing on it is not expressly required); tier-2 environment provided "as needed"'
			),
			['art-3-p6', 'art-15-p2'],
			{
				note: l(
					'平台按“原始数据不出域”原则搭建，并“根据需要”向二级开发主体提供开发处理环境；文本未明文要求一切加工在平台内进行（对照江苏第十四条“确保……加工处理、开发利用不出域”）。记为“是”的理由：一级开发主体只能经该平台统一获取数据（第三条第六款），第十五条第二款把“原始数据不出域”列为审核要点；限于一级开发主体。',
					'The platform follows "raw data stays in the domain" and provides secondary developers an environment "as needed"; the text does not expressly require all processing on it (compare Jiangsu art. 14). Coded "yes" because the primary developer obtains data only through that platform (art. 3 para. 6) and art. 15 para. 2 reviews "raw data stays in the domain"; it holds for the primary developer.'
				)
			}
		),
		'processing.rawDataInvisible': one(
			yes,
			l('“原始数据不出域、数据可用不可见”', '"Raw data stays in the domain; usable but not visible"'),
			['art-3-p6', 'art-15-p2', 'art-7-2']
		),
		'processing.realNamePersonnel': silent(),
		'processing.ndaRequired': silent(
			l('未规定（应用协议须明确安全保密要求）', 'Not specified (use agreements state confidentiality terms)'),
			['art-17']
		),
		'processing.socialDataImport': silent(),

		// ——— products ———
		'products.reviewBy': one(
			text(
				'公共数据主管部门、实施机构在一级开发产品和服务发布前进行合规审核。',
				'The public data authority and the implementing body review primary-development products before release.'
			),
			l(
				'公共数据主管部门、实施机构（发布前合规审核）',
				'Public data authority and implementing body, before release'
			),
			['art-15', 'art-15-p2', 'art-4']
		),
		'products.reviewCriteria': one(
			text(
				'包括数据来源、敏感数据脱敏、原始数据不出域、访问控制、关联主体授权配置等情况；不通过的应说明理由和依据。',
				'Including data sources, de-identification of sensitive data, raw data staying in the domain, access control, authorization settings of related parties and the like; a refusal must give reasons and grounds.'
			),
			l(
				'包括数据来源、脱敏、不出域、访问控制、授权配置等',
				'Sources, de-identification, data in domain, access control, authorizations, etc.'
			),
			['art-15-p2'],
			{
				note: l(
					'第十五条第二款以“等情况”结尾，列举不封闭；主管部门另负责“数据产品和服务合规性审核”（第四条）。',
					'Art. 15 para. 2 ends with "等情况", so the list is open; the authority also reviews products "for compliance" (art. 4).'
				)
			}
		),

		// ——— trading ———
		'trading.venue': one(
			{ kind: 'enum', value: 'exchangeEncouraged' },
			l('鼓励通过数据交易场所开展交易', 'Trading on a data exchange encouraged'),
			['art-15-p2']
		),

		// ——— pricing ———
		'pricing.principle': one(
			text(
				'按国家和省价格主管部门有关规定定价；发展改革部门制定公共数据资源政府指导定价管理制度；遵循“合理收益”原则。',
				'Priced under national and provincial price authorities’ rules; the development and reform department sets government-guided pricing; "reasonable return" principle.'
			),
			l('按价格主管部门规定定价（政府指导定价）', 'Priced under price-authority rules (government-guided)'),
			['art-15-p2', 'art-4-p4', 'art-5']
		),
		'revenue.distribution': one(
			text(
				'按“谁投入、谁贡献、谁受益”原则制定收益分配办法；各省辖市对其数据形成的一级开发产品和服务享有收益权，非营利用途可无偿使用；协议约定成本收入核算和收益分配。',
				'Revenue-sharing rules follow "whoever invests and contributes benefits"; each city has revenue rights in products built from its data and may use them free for non-profit purposes; the agreement sets accounting and sharing.'
			),
			l(
				'“谁投入、谁贡献、谁受益”；省辖市享有收益权',
				'"Who invests and contributes benefits"; cities hold revenue rights'
			),
			['art-21', 'art-21-p3', 'art-4-p5', 'art-14-7']
		),

		// ——— ip ———
		'ip.protection': one(
			text(
				'知识产权主管部门负责公共数据知识产权保护工作。',
				'The intellectual-property authority protects IP in public data.'
			),
			l('知识产权主管部门负责保护', 'IP authority is responsible'),
			['art-4-p6']
		),

		// ——— reporting ———
		'reporting.operatorCadence': one(
			{ kind: 'enum', value: 'quarterlyPlusAnnualSummary' },
			l(
				'按季度报送，每年一季度报上年总结（一级开发主体）',
				'Quarterly, plus annual summary in Q1 (primary developer)'
			),
			['art-22-p3']
		),
		'reporting.contents': one(
			text(
				'授权运营情况报告，须包含二级开发主体对一级开发产品和服务的再开发利用情况；报送实施机构及同级公共数据主管部门。',
				'Operation reports, including how secondary developers re-use primary-development products; filed with the implementing body and the public data authority at its level.'
			),
			l('运营情况，含二级开发主体再开发利用情况', 'Operations, incl. secondary developers’ re-use'),
			['art-22-p3']
		),
		'reporting.authorityCadence': silent(),

		// ——— evaluation ———
		'evaluation.cadence': one(
			{ kind: 'enum', value: 'annual' },
			l('主管部门对一级开发主体年度评价', 'Annual evaluation of the primary developer'),
			['art-22-p2'],
			{
				note: l(
					'另有省行政审批政务信息管理局对实施机构的年度评价（第二十二条第一款）。',
					'The provincial bureau also evaluates implementing bodies annually (art. 22(1)).'
				)
			}
		),
		'evaluation.consequences': one(
			{ kind: 'list', value: ['rectification', 'suspension', 'interview'] },
			l(
				'限期整改；重大风险或整改不到位暂停；必要时约谈',
				'Rectification; suspension on major risk or failed rectification; interview'
			),
			['art-22-p2'],
			{
				note: l(
					'涉嫌违法违规的依法追责问责，目录无对应项；文本未规定评价结果导致终止或作为续约依据。',
					'Suspected violations lead to accountability, which has no code here; the text does not make evaluation a ground for termination or a basis for renewal.'
				)
			}
		),

		// ——— suspension ———
		'suspension.onFailedEvaluation': silent(
			l(
				'未规定（未设“不合格”；一般问题限期整改；评价发现重大安全风险或未按期整改到位的，应当暂停）',
				'Not specified (no "fail" grade; findings are rectified within a period; a major security risk found, or rectification not done on time, leads to suspension)'
			),
			['art-22-p2'],
			l(
				'第二十二条第二款没有“不合格”等级：评价指出的问题先“制定整改方案，限期整改”；“评价发现重大安全风险或未按期整改到位的，应当暂停”。本维度问“评估不合格即暂停”，河南的暂停有另外两个触发条件，故记为未规定并在摘要写明触发条件；模拟器按同一读法（评价后限期整改，重大风险或逾期才暂停）。',
				'Art. 22 para. 2 has no "fail" grade: findings lead first to a rectification plan within a set period; suspension follows only "a major security risk found by the evaluation, or rectification not done on time". This dimension asks whether a failed evaluation suspends at once; Henan suspends on two other triggers, so it is coded not specified with the triggers in the summary. The simulator reads it the same way (rectify within a period; suspend on a major risk or late rectification).'
			)
		),
		'suspension.restoration': silent(),
		'rectification.failureLeadsTo': one(
			text(
				'未按期整改到位的，应当暂停公共数据资源授权运营工作，必要时约谈主要负责人。',
				'Failure to rectify on time leads to suspension of authorized operation and, where necessary, an interview of the principal.'
			),
			l('暂停授权运营，必要时约谈主要负责人', 'Suspension; interview of the principal if necessary'),
			['art-22-p2']
		),

		// ——— termination ———
		'termination.grounds': silent(
			l('未规定（终止条件由协议约定）', 'Not specified (termination conditions set in the agreement)'),
			['art-14-12', 'art-14-9']
		),
		'exit.voluntaryNoticeMonths': silent(),
		'exit.forcedExit': silent(
			l('未规定（退出机制由实施方案和协议确定）', 'Not specified (exit set in the plan and the agreement)'),
			['art-12-5', 'art-14-9']
		),

		// ——— after termination ———
		'termination.permissionsClosed': silent(),
		'termination.dataDeletion': silent(),
		'termination.logRetentionMonths': silent(),

		// ——— security ———
		'security.incidentReporting': one(
			text(
				'加工使用中发现数据间隐含关系和规律可能危害国家安全、公共利益或侵害个人隐私、个人信息、商业秘密等风险隐患的，向实施机构和本级公共数据主管部门报告；发生数据丢失、泄露、篡改、毁损等重大数据安全事件时，同时向本级网信部门报告。',
				'Risks found in processing, where hidden relations and patterns among the data may endanger national security or the public interest or infringe privacy, personal information or trade secrets, are reported to the implementing body and the public data authority at the same level; major data-security incidents (loss, leak, tampering, destruction) also to the cyberspace administration at that level.'
			),
			l(
				'实施机构、本级主管部门；重大事件同时报网信部门',
				'Implementing body and data authority; major incidents also cyberspace administration'
			),
			['art-18']
		),
		'security.riskDiscoveryDuty': one(
			yes,
			l(
				'加工使用中发现数据间隐含关系和规律可能危害国家安全、公共利益或侵害个人信息等的，立即停止处理和运营并报告',
				'Where processing reveals hidden relations and patterns among the data that may endanger security or the public interest or infringe personal information etc., stop processing and operation at once and report'
			),
			['art-18'],
			{
				note: l(
					'触发条件限于第十八条所称“在加工使用公共数据资源过程中发现数据间隐含关系和规律”带来的风险隐患（关联、汇聚风险，参见第八条（四）），不是任何安全风险。',
					'The trigger is limited to risks from "hidden relations and patterns among the data" found "while processing and using public data resources" (art. 18; aggregation and correlation risk, cf. art. 8(4)), not any security risk.'
				)
			}
		),
		'security.emergencyPlan': one(
			yes,
			l('一级开发主体制定安全事件应急处置预案', 'Primary developer keeps an incident emergency plan'),
			['art-8-3', 'art-14-8']
		),
		'security.thirdPartyProhibited': one(
			yes,
			l(
				'原始数据不得直接进入市场；不得向二级以外主体营利性提供',
				'Raw data may not enter the market; for-profit supply only to tier 2'
			),
			['art-7-2', 'art-7-4'],
			{
				note: l(
					'文本禁止原始公共数据直接进入市场和向二级开发主体以外主体提供营利性产品和服务，并禁止将一级开发职责交由第三方（第七条（一））；未逐字规定“不得向第三方提供数据”。按目录约定，明文禁止数据（或原始数据）流向他人即记“是”，第七条（二）（四）是这样的明文禁止；仅有“不出域”要求的（江苏）不记。向二级开发主体以外主体非营利性提供未被禁止（参见第二十一条第三款）。',
					'The text bars raw public data from entering the market directly, for-profit supply to anyone but secondary developers, and handing primary development to a third party (art. 7(1)); it does not say "no data to third parties" in those words. By the catalogue’s convention an express ban on the data (or raw data) passing to others counts as "yes", and art. 7(2) and (4) are such bans; a bare "stays in the domain" rule (Jiangsu) does not. Non-profit supply to others is not barred (cf. art. 21 para. 3).'
				)
			}
		),

		// ——— responsibility ———
		'responsibility.principle': one(
			text(
				'一级开发主体履行一级开发安全主体责任；探索中出现失误但符合条件的，经尽职免责评估免除或减轻责任。',
				'The primary developer bears primary responsibility for security; good-faith errors in innovation may be excused or reduced after a due-diligence assessment.'
			),
			l(
				'一级开发主体负安全主体责任；尽职免责',
				'Primary developer bears security responsibility; due-diligence exemption'
			),
			['art-8', 'art-23']
		),
		'responsibility.principalFirstResponsible': one(
			yes,
			l('主要负责人是第一责任人（一级开发主体）', 'The principal is first responsible (primary developer)'),
			['art-8']
		),

		// ——— assets ———
		'assets.ownership': one(
			text(
				'由授权运营协议约定资产权属，包括软硬件设备、公共数据产品和服务的权属；形成公共数据资产的按国有资产管理规定管理。',
				'The agreement sets ownership of assets, including hardware, software and data products and services; public data assets are managed under state-owned asset rules.'
			),
			l(
				'协议约定（含软硬件、产品和服务）；按国有资产管理',
				'Set by agreement (hardware, software, products); state-owned asset rules'
			),
			['art-14-5', 'art-10']
		),

		// ——— regulation (agrees with meta.ts) ———
		'regulation.status': one({ kind: 'list', value: ['trial'] }, l('试行', 'Trial'), ['title']),
		'regulation.validFrom': one(
			{ kind: 'date', value: null },
			l('自印发之日起施行（印发日期未载明）', 'From the date of issue (not stated in the text)'),
			['art-25']
		),
		'regulation.validUntil': one(
			{ kind: 'date', value: null },
			l('印发之日起3年（日期未载明）', 'Three years from issue (date not stated)'),
			['art-25']
		),
		'regulation.validityYears': one(
			{ kind: 'number', value: 3, bound: 'exactly' },
			l('有效期3年', 'Valid for 3 years'),
			['art-25']
		),

		// ——— added with the national framework (2025): dimensions the national texts brought in ———
		'scope.sharedDataConsent': one(
			yes,
			l(
				'共享所得的其他地区或部门数据，须征得提供单位同意',
				'Data shared from other regions or departments needs the providing unit’s consent'
			),
			['art-6-p2']
		),
		'implementationPlan.required': one(
			yes,
			l(
				'省、市两级主管部门组织编制实施方案，经本级政府审议通过后实施',
				'Provincial and city authorities have plans drawn up, approved by the government before use'
			),
			['art-11']
		),
		'implementationPlan.contents': one(
			{
				kind: 'list',
				value: [
					'name',
					'feasibility',
					'authorizationMode',
					'dataResources',
					'termAndDelivery',
					'productList',
					'security',
					'costRevenueAccounting',
					'supervisionEvaluation',
					'rightsDuties',
					'other'
				]
			},
			l('十一项（第十二条（一）至（十一））', 'Eleven items (art. 12(1)–(11))'),
			[
				'art-12-1',
				'art-12-2',
				'art-12-3',
				'art-12-4',
				'art-12-5',
				'art-12-6',
				'art-12-7',
				'art-12-8',
				'art-12-9',
				'art-12-10',
				'art-12-11'
			],
			{
				note: l(
					'与实施规范第九条相比，少“运营机构的选择条件”一项（一级开发主体由省政府授权）；安全措施一项另含网络安全。',
					'Compared with spec art. 9, the conditions for choosing the operator are missing (the province authorizes the primary developer); the security item adds network security.'
				)
			}
		),
		'implementationPlan.approval': one(
			{ kind: 'list', value: ['collectiveDecision', 'governmentReview', 'filing'] },
			l(
				'按“三重一大”决策，经本级政府审议；省辖市方案报省级备案',
				'Collective decision, approved by the government; city plans filed with the province'
			),
			['art-11', 'art-11-p2']
		),
		'implementationPlan.changeRequiresReapproval': silent(),
		'selection.procurementMethods': silent(
			l(
				'未规定（一级开发主体由省政府授权）',
				'Not specified (the province authorizes the primary developer)'
			),
			['art-3-p3']
		),
		'disclosure.authorizationInfo': one(
			{ kind: 'list', value: ['unspecified'] },
			l(
				'协议须含授权运营情况信息披露要求（事项未列明）',
				'The agreement must set disclosure requirements (items not listed)'
			),
			['art-14-6']
		),
		'disclosure.productList': one(
			yes,
			l(
				'一级开发主体应当公布一级开发产品和服务清单',
				'The primary developer publishes its product and service list'
			),
			['art-17-p2']
		),
		'disclosure.dataUsage': one(
			yes,
			l(
				'一级开发主体定期向社会披露公共数据资源使用情况',
				'The primary developer regularly discloses its use of data'
			),
			['art-17-p2']
		),
		'disclosure.prices': silent(),
		'agreement.requiredContents': one(
			{
				kind: 'list',
				value: [
					'dataScope',
					'term',
					'productList',
					'platform',
					'assetOwnership',
					'disclosure',
					'costRevenueAccounting',
					'security',
					'evaluation',
					'renewalOrExit',
					'liability',
					'disputeResolution',
					'changeTermination',
					'other'
				]
			},
			l(
				'十三项（第十四条）；未列“不得参与再开发要求”',
				'Thirteen items (art. 14); no "no re-development" clause'
			),
			[
				'art-14-1',
				'art-14-2',
				'art-14-3',
				'art-14-4',
				'art-14-5',
				'art-14-6',
				'art-14-7',
				'art-14-8',
				'art-14-9',
				'art-14-10',
				'art-14-11',
				'art-14-12',
				'art-14-13'
			],
			{
				note: l(
					'再开发禁令由第七条（三）直接规定，未列为协议条款。',
					'The ban on re-development is in art. 7(3) directly, not among the agreement’s clauses.'
				)
			}
		),
		'products.noRedevelopment': one(
			yes,
			l(
				'一级开发主体不得参与已交付的一级开发产品和服务再开发',
				'The primary developer may not re-develop the products it delivered'
			),
			['art-7-3']
		),
		'registration.dataResourcesRequired': one(
			yes,
			l(
				'纳入授权运营范围的公共数据资源按照国家登记管理要求登记',
				'Resources in operation are registered under the national registration rules'
			),
			['art-10']
		),
		'registration.productsRequired': one(
			yes,
			l(
				'审核通过的一级开发产品和服务按照公共数据资源登记管理要求登记',
				'Approved primary products and services are registered'
			),
			['art-15-p2']
		),
		'registration.kinds': silent(
			l('未规定（按国家登记管理要求）', 'Not specified (national registration rules apply)'),
			['art-10']
		),
		'registration.firstWithinWorkingDays': silent(
			l('未规定（按国家登记管理要求）', 'Not specified (national registration rules apply)'),
			['art-10']
		),
		'registration.existingOperationsWorkingDays': silent(),
		'registration.acceptanceWorkingDays': silent(),
		'registration.formalReviewWorkingDays': silent(),
		'registration.publicityWorkingDays': silent(),
		'registration.cancellationWorkingDays': silent(),
		'registration.validityYears': silent(),
		'registration.renewalWindowDays': silent(),
		'registration.lapsesWithoutRenewal': silent(),
		'pricing.freeForPublicGood': one(
			yes,
			l(
				'省辖市为公共治理、公益事业等可无偿使用既有一级开发产品',
				'Cities may use existing primary products free for public governance and other non-profit work'
			),
			['art-21-p3'],
			{
				qualifier: 'discretionary',
				note: l(
					'无偿使用限于各省辖市、限于既有产品和服务。',
					'Free use is for the cities only, and for existing products and services.'
				)
			}
		),
		'pricing.serviceFeeRegime': one(
			{ kind: 'enum', value: 'governmentGuided' },
			l(
				'按国家和省价格主管部门规定定价；发展改革部门制定政府指导定价管理制度',
				'Prices per the price authorities; government-guided pricing rules'
			),
			['art-15-p2', 'art-4-p4']
		),
		'pricing.maxAllowedRevenue': silent(),
		'pricing.chargeCeiling': silent(),
		'pricing.deviationPercent': silent(),
		'pricing.evaluationCycleYears': silent(),
		'pricing.costRevenueAccounts': one(
			yes,
			l(
				'一级开发主体加强成本、收入和支出的内部管理，按现有财务管理制度管理',
				'The primary developer manages costs, revenue and spending under existing financial rules'
			),
			['art-21-p4']
		),
		'reporting.yearlyReportDue': one(
			{ kind: 'enum', value: 'firstQuarter' },
			l(
				'每年第一季度报送上一年度授权运营总结报告',
				'The previous year’s summary report in the first quarter'
			),
			['art-22-p3']
		),
		'security.classificationGrading': one(
			yes,
			l('落实国家数据分类、分级保护要求', 'National data classification and grading applies'),
			['art-8-1', 'art-19']
		),
		'regulation.nationalRulesPrevail': one(
			yes,
			l(
				'国家和省有新规定的，从其规定；国家行业主管部门另有规定的，从其规定',
				'New national or provincial rules, and national sector rules, prevail'
			),
			['art-26', 'art-2']
		)
	}
};
