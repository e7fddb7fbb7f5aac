// Quzhou's rule profile: one cited value per catalogue dimension, read from source.txt
// (衢州市公共数据授权运营管理实施细则（试行）（征求意见稿）). Clause ids are the parser's ("sec-16-p1").
// Every value applies from the regulation's own entry into force (from: null), a date the draft leaves blank.

import type { RegionProfile } from '../types';
import { bool, en, l, list, num, profileKit, text } from '../profile-kit';

const { v, ns } = profileKit(null);

export const profile: RegionProfile = {
	region: 'quzhou',
	values: {
		// ——— scope ———
		'scope.activities': v(
			text(
				'本市行政区域内与公共数据授权运营相关的授权、加工、经营、安全监管等数据活动',
				'Authorization, processing, operation, security supervision and other data activities related to authorized operation within the city'
			),
			l(
				'本市内授权运营相关的授权、加工、经营、安全监管等活动',
				'Authorization, processing, operation and security supervision in the city'
			),
			['sec-2-p1']
		),
		'scope.publicDataDefinition': ns(
			l(
				'未规定（未界定“公共数据”；依据《浙江省公共数据条例》等制定）',
				'Not specified (no definition; the rules rest on the Zhejiang Public Data Regulations)'
			),
			['sec-1-p1'],
			l(
				'细则未界定“公共数据”，仅在制定依据中列出《浙江省公共数据条例》等；该条例的定义未在本文中出现。',
				'The rules do not define "public data"; they only list the Zhejiang Public Data Regulations among their legal bases. That definition is not in this text.'
			)
		),
		'scope.excludedData': v(
			text(
				'禁止开放的公共数据不得授权运营：危及或可能危及国家安全的、可能损害公共利益的、涉及个人信息和保密商务信息的、数据获取协议约定不得开放的、法律法规规定不得开放的；涉及个人信息、保密商务信息的数据经匿名化、脱敏脱密或经权利人依法授权同意的，可列入受限开放或无条件开放数据',
				'Public data barred from opening may not be operated: data endangering national security, harming the public interest, involving personal or confidential business information, barred by the data-collection agreement or by law. Personal or confidential business data may be reclassified as restricted or unconditionally open once anonymized, de-identified/declassified, or with the lawful consent of the persons concerned'
			),
			l(
				'禁止开放的公共数据不得授权运营（五类；个人信息等经处理或同意可例外）',
				'Data barred from opening may not be operated (five kinds; exceptions after anonymization or consent)'
			),
			['sec-3-p3', 'sec-10-p2', 'sec-10-1', 'sec-10-2', 'sec-10-3'],
			{
				note: l(
					'例外条款只说此类数据“可以列入受限开放或者无条件开放数据”，未明言随后即可授权运营；此处理解为不再属于禁止开放数据。',
					'The exceptions only say such data "may be listed as restricted or unconditionally open data"; they do not say in so many words that it may then be operated. Read here as no longer barred.'
				)
			}
		),

		// ——— bodies ———
		'bodies.authorizingBody': v(
			text(
				'市、县（市、区）政府是公共数据授权主体，设置公共数据授权运营合同专用章',
				'The city and county (county-level city, district) governments are the authorizing bodies, each with a dedicated seal for authorized-operation contracts'
			),
			l(
				'市、县（市、区）政府；设授权运营合同专用章',
				'City and county governments; a dedicated contract seal'
			),
			['sec-5-p1', 'sec-4-p1']
		),
		'bodies.dataAuthority': v(
			text(
				'公共数据主管部门受本级政府委托牵头实施具体工作、管理使用合同专用章，负责本行政区域授权运营的统筹管理和监督评价',
				'The public data authority, entrusted by its government, leads the concrete work, keeps the contract seal, and manages, supervises and evaluates authorized operation in its area'
			),
			l(
				'公共数据主管部门：受托牵头实施、统筹管理和监督评价',
				'Public data authority: entrusted to lead, manage and supervise'
			),
			['sec-5-p2', 'sec-8-1']
		),
		'bodies.implementingBody': v(
			text(
				'未另设实施机构；公共数据主管部门在本级政府委托下牵头实施公共数据授权运营的具体工作',
				'No separate implementing body; the public data authority, entrusted by its government, leads the concrete work of authorized operation'
			),
			l(
				'未另设实施机构，由公共数据主管部门受托牵头实施',
				'None separate; the public data authority leads the work'
			),
			['sec-5-p2'],
			{
				note: l(
					'细则不使用“实施机构”一词；此处把主管部门“牵头实施……具体工作”的职责视为实施机构的角色。',
					'The rules do not use the term "implementing body"; the authority\'s duty to "lead the concrete work" is read as that role.'
				)
			}
		),
		'bodies.coordinationMechanism': v(
			bool(true),
			l(
				'市、县两级政府建立协调机制，审议给予、终止或撤销授权等',
				'City and county coordination mechanisms; decide on granting, ending or revoking'
			),
			['sec-6-p1', 'sec-6-4', 'sec-14-3']
		),
		'bodies.expertPanel': v(
			bool(true),
			l(
				'依托政府投资数字化项目专家库组建专家组，综合评审申请单位',
				'Expert panel from the government digital-project expert pool reviews applicants'
			),
			['sec-7-p1', 'sec-7-1', 'sec-7-p2', 'sec-14-2'],
			{
				note: l(
					'县（市、区）“可以”组建本级专家组，也可以委托市级专家组评审。',
					'Counties "may" form their own panel or entrust the city panel with reviews.'
				)
			}
		),

		// ——— authorization ———
		'authorization.tiers': v(en('single'), l('单级：授权运营单位', 'Single tier: authorized operator'), [
			'sec-4-p1'
		]),
		'authorization.modes': v(
			list('scenario'),
			l('按应用场景申请授权（“无场景不授权”）', 'By use case ("no use case, no authorization")'),
			['sec-9-p1'],
			{
				note: l(
					'市、县（市、区）政府各为授权主体（五），重点领域优先（十），协调机制确定授权运营领域（六·3），但细则未将分级或分领域列为授权方式，故未编码为 tiered / domain。',
					'City and county governments each authorize (s. 5), key fields have priority (s. 10) and the coordination mechanism sets the fields (s. 6.3), but the rules do not name tiered or by-domain authorization as modes, so those codes are not used.'
				)
			}
		),
		'authorization.operatorTerm': v(
			text('授权运营单位', 'authorized operator'),
			l(
				'授权运营单位（法人或者非法人组织）',
				'Authorized operator (a legal person or unincorporated organization)'
			),
			['sec-4-p1']
		),
		'authorization.rightsGranted': v(
			text(
				'对授权的公共数据在授权运营域内加工处理，开发形成数据产品和服务并向社会提供；产品和服务仅用于运营协议约定的应用场景',
				'To process the authorized public data inside the authorized operation domain and develop data products and services for the public, used only in the use cases the agreement names'
			),
			l(
				'域内加工授权数据，形成产品和服务向社会提供（限约定场景）',
				'Process data in the domain and offer data products and services (agreed use cases only)'
			),
			['sec-4-p1', 'sec-10-p1']
		),

		// ——— scenario ———
		'scenario.principle': v(
			en('noScenarioNoAuthorization'),
			l('无场景不授权', 'No use case, no authorization'),
			['sec-9-p1']
		),
		'scenario.requirements': v(
			list('value', 'feasibility', 'minimalNecessity'),
			l(
				'重大经济社会价值；可实施、有目标计划；最小必要',
				'Major economic or social value; feasible with goals and plan; minimal necessity'
			),
			['sec-9-1', 'sec-9-2', 'sec-9-3'],
			{
				note: l(
					'价值要求为“重大”经济社会价值；短期无成效但有长期效益的场景“也可酌情纳入”。',
					'The value must be "major"; use cases with no short-term results but long-term local benefit "may also be admitted at discretion".'
				)
			}
		),

		// ——— eligibility ———
		'eligibility.legalForm': v(
			text('法人或者非法人组织', 'A legal person or unincorporated organization'),
			l('法人或者非法人组织', 'Legal person or unincorporated organization'),
			['sec-4-p1']
		),
		'eligibility.domesticCapitalOnly': ns(),
		'eligibility.incidentLookbackYears': v(
			num(3, 'exactly'),
			l('近3年未发生网络安全或数据安全事件', 'No network or data security incident in the last 3 years'),
			['sec-13-1']
		),
		'eligibility.incidentSeverity': v(
			en('any'),
			l(
				'任何网络安全或数据安全事件（未限“重大”）',
				'Any network or data security incident (not only major ones)'
			),
			['sec-13-1']
		),
		'eligibility.creditRequirements': v(
			list('unitemizedCreditConditions'),
			l(
				'符合相应的信用条件（未列明），终审时核实',
				'Meets the corresponding credit conditions (not itemized), checked at final review'
			),
			['sec-13-1', 'sec-14-3'],
			{
				note: l(
					'细则要求申请单位“符合相应的信用条件”，并由协调机制在终审时核实信用条件，但未列明具体条件：记为“符合相应信用条件（未列明）”，不推定为任何具体信用条件。',
					'Applicants must "meet the corresponding credit conditions", checked by the coordination mechanism at final review, but none is itemized: coded as unitemized credit conditions, without reading in any specific one.'
				)
			}
		),
		'eligibility.creditCoversRepresentative': ns(),
		'eligibility.operatingCondition': v(
			text(
				'经营状况良好，具备授权运营领域所需的专业资质、知识人才积累和生产服务能力；须提交最近1年的第三方审计报告和财务会计报告',
				"Sound operation, with the professional qualifications, know-how, staff and production and service capacity the field requires; must file the last year's third-party audit and financial reports"
			),
			l(
				'经营状况良好，具备专业资质、人才和生产服务能力',
				'Sound operation; qualifications, staff and service capacity'
			),
			['sec-13-1', 'sec-13-p1']
		),
		'eligibility.securityOfficer': v(
			bool(true),
			l(
				'明确数据安全负责人和管理部门，建立内部管理和安全制度',
				'Named data-security officer and department; internal security rules'
			),
			['sec-13-2']
		),
		'eligibility.mlps3Experience': v(
			bool(true),
			l(
				'具有符合等保三级和商密评估要求的系统开发运维经验',
				'Experience building and running systems meeting MLPS level 3 and crypto assessment'
			),
			['sec-13-3']
		),
		'eligibility.capitalRequirement': ns(),
		'eligibility.subsidiaryQualifies': ns(),

		// ——— application ———
		'application.materials': v(
			list(
				'applicationForm',
				'auditReport',
				'financialReport',
				'securityCommitment',
				'riskSelfAssessment',
				'useCaseList',
				'dataRequestList'
			),
			l(
				'申请表、近1年审计和财务报告、安全承诺书、自评报告、场景和数据清单',
				'Form, last-year audit and financial reports, commitment, self-assessment, use-case and data lists'
			),
			['sec-13-p1', 'sec-9-p1'],
			{
				note: l(
					'材料清单以“等材料”结尾，并非穷尽；财务会计报告也限“最近1年”。业务场景清单和数据需求清单见“九、授权方式”。',
					'The list ends with "and other materials", so it is not exhaustive; the financial report is also for the last year. The use-case and data-needs lists come from section 9.'
				)
			}
		),

		// ——— selection ———
		'selection.method': v(
			en('expertReview'),
			l(
				'资格审查，专家组综合评审，协调机制审核',
				'Qualification check, expert-panel review, coordination-mechanism review'
			),
			['sec-14-p1', 'sec-14-2']
		),
		'selection.reviewStages': v(
			list(
				'announcement',
				'preReview',
				'expertReview',
				'finalReview',
				'governmentApproval',
				'filing',
				'publicNotice'
			),
			l(
				'公告、预审、专家评审、协调机制终审、政府决策、报市省备案、公开',
				'Call, pre-review, expert review, final review, government decision, filing, disclosure'
			),
			['sec-12-p1', 'sec-14-1', 'sec-14-2', 'sec-14-3', 'sec-15-p1'],
			{
				note: l(
					'备案为本级政府确定后“上报市政府和省政府备案”；“社会公示”对应“十五、社会公开”（及时公开、答复异议），细则未设公示期。保留此项的理由：细则按十四（审查、确定、备案）、十五（公开、答复处理异议）、十六（签订协议）的顺序安排，公开在签约之前且须处理异议（模拟器同此）；但异议成立的后果未规定，不同于泰安“公示无异议后”方可签约（泰安第十四条（四））。',
					'Filing is with the city and provincial governments after the local government decides; "public notice" stands for section 15\'s disclosure with objections answered, which sets no notice period. Kept because the rules run 14 (review, decision, filing), 15 (disclosure, objections handled), 16 (agreement): disclosure comes before signing and objections must be handled (the simulator reads it so); but what a sustained objection does is not said, unlike Tai’an, where signing waits until there is no objection (Tai’an art. 14(4)).'
				)
			}
		),
		'selection.announcementRequired': v(
			bool(true),
			l(
				'主管部门通过政府网站等发布公告，明确申报条件',
				'The authority publishes a call, with conditions, on government websites etc.'
			),
			['sec-12-p1']
		),

		// ——— public notice ———
		'publicNotice.operatorsPublished': v(
			bool(true),
			l('及时向社会公开授权运营单位等信息', 'Operators and related information disclosed promptly'),
			['sec-15-p1']
		),
		'publicNotice.objections': v(
			bool(true),
			l('对异议及时答复和处理', 'Objections answered and handled promptly'),
			['sec-15-p1']
		),
		'registration.publicityDays': ns(
			l(
				'未规定（细则未设公共数据资源登记制度）',
				'Not specified (the rules set no registration of public data resources)'
			),
			[],
			l(
				'本维度是公共数据资源登记的公示期。十五“社会公开”公开的是授权运营单位等信息，不是登记公示，见“公示/公开运营方”和“审查环节”。',
				'This dimension is the publicity period of public data resource registration. Section 15’s disclosure concerns the operators, not registration: see operators published and review stages.'
			)
		),

		// ——— agreement ———
		'term.maxMonths': v(
			num(36, 'atMost'),
			l('授权运营协议有效期最长不超过3年', 'Agreement valid for at most 3 years'),
			['sec-16-p1']
		),
		'agreement.signatories': v(
			text(
				'市、县（市、区）政府委托公共数据主管部门与授权运营单位签订；协议定义为县级以上政府与授权运营单位之间的书面协议',
				'The public data authority signs with the operator on behalf of the city or county government; the agreement is defined as one between the government and the operator'
			),
			l(
				'主管部门受政府委托与授权运营单位签订',
				'The public data authority, for the government, and the operator'
			),
			['sec-16-p1', 'sec-4-p2', 'sec-5-p2']
		),
		'agreement.contents': v(
			text(
				'双方权利义务、授权运营范围、运营期限、合理收益的测算方法、数据安全要求、期限届满后资产处置、退出机制和违约责任等；并约定数据清单和应用场景',
				'Rights and duties, scope, term, how reasonable revenue is calculated, data-security requirements, disposal of assets at expiry, exit mechanism and liability for breach, among others; plus the data list and use cases'
			),
			l(
				'权利义务、范围、期限、收益测算、安全、资产处置、退出、违约责任等',
				'Rights, scope, term, revenue method, security, asset disposal, exit, breach'
			),
			['sec-4-p2', 'sec-10-p1']
		),
		'agreement.modelText': ns(),

		// ——— certificates ———
		'certificates.issued': ns(),

		// ——— renewal ———
		'renewal.deadlineMonthsBeforeExpiry': v(
			num(3, 'atLeast'),
			l('届满三个月前按程序重新申请', 'Reapply at least 3 months before expiry'),
			['sec-16-p2']
		),
		'renewal.windowOpensMonthsBeforeExpiry': ns(),
		'renewal.basis': v(
			text(
				'需要继续开展授权运营的，按程序重新申请公共数据授权运营',
				'An operator wishing to continue reapplies through the ordinary procedure'
			),
			l(
				'按程序重新申请（未规定以评估结果为依据）',
				'Reapplication through the procedure (evaluation results not named)'
			),
			['sec-16-p2']
		),
		'renewal.lapseWithoutApplication': v(
			bool(true),
			l('未提交申请的，默认终止授权', 'Without an application, the authorization ends by default'),
			['sec-16-p2', 'sec-17-1']
		),

		// ——— training ———
		'training.preJobRequired': v(
			bool(true),
			l('相关管理、技术人员应通过岗前培训', 'Managers and technical staff must pass pre-job training'),
			['sec-18-p1']
		),
		'training.provider': v(
			text('省、市公共数据主管部门', 'The provincial and city public data authorities'),
			l('省、市公共数据主管部门组织', 'Provincial and city public data authorities'),
			['sec-18-p1']
		),

		// ——— data access ———
		'dataAccess.approval': v(
			text(
				'经一体化数字资源系统提交需求清单，由公共数据主管部门及数源部门审核同意；省回流数据须经省公共数据主管部门同意，市回流县（市、区）数据须经市公共数据主管部门同意',
				"Requests go through the integrated digital-resource system and need the consent of the public data authority and the data provider; data passed down from the province needs the provincial authority's consent, and from the city the city authority's"
			),
			l(
				'主管部门及数源部门审核同意；回流数据须上级主管部门同意',
				'Authority and data provider approve; data passed down needs the upper authority'
			),
			['sec-19-p1', 'sec-8-2']
		),
		'dataAccess.minimalNecessity': v(
			bool(true),
			l('申请使用公共数据应当符合最小必要原则', 'Data requested must meet minimal necessity'),
			['sec-9-3']
		),
		'dataAccess.personalInfoConditions': v(
			text(
				'涉及个人信息、商业秘密、保密商务信息的，须经脱敏、脱密处理，或经所指向的自然人、法人、非法人组织依法授权同意后获取；不得以“一揽子授权”、强制同意等方式获取',
				'Personal, trade-secret or confidential business data is obtained only after de-identification/declassification or with the lawful consent of the persons concerned; never by blanket authorization or forced consent'
			),
			l(
				'须脱敏脱密或经权利人同意；禁止一揽子授权、强制同意',
				'De-identified/declassified or with consent; no blanket or forced consent'
			),
			['sec-19-p2']
		),
		'dataQuality.feedbackWorkingDays': ns(
			l(
				'未规定（可提数据治理需求，数源单位在“规定期限”内完成）',
				'Not specified (governance requests; provider fixes them "within the set period")'
			),
			['sec-20-p3']
		),

		// ——— processing ———
		'processing.inDomain': v(
			bool(true),
			l(
				'在授权运营域内加工处理，并有偿使用域内资源',
				'Processing inside the authorized operation domain, paying for its resources'
			),
			['sec-20-p1', 'sec-10-p1', 'sec-25-p1']
		),
		'processing.rawDataInvisible': v(
			bool(true),
			l(
				'原始数据对加工人员不可见；原始数据包不得导出域',
				'Raw data invisible to processing staff; raw data packages never leave the domain'
			),
			['sec-20-2', 'sec-21-p1', 'sec-3-p1']
		),
		'processing.realNamePersonnel': v(
			bool(true),
			l(
				'参与加工人员须实名认证、备案与审查，操作可审查',
				'Processing staff real-name verified, registered and vetted; actions auditable'
			),
			['sec-20-1']
		),
		'processing.ndaRequired': v(
			bool(true),
			l('签订保密协议，明确保密期限和违约责任', 'NDAs stating the confidentiality period and liability'),
			['sec-20-1']
		),
		'processing.socialDataImport': v(
			en('withAuthorityApproval'),
			l(
				'经主管部门审核批准后可导入社会数据融合计算',
				"With the authority's approval, may import social data for joint computation"
			),
			['sec-20-3'],
			{ qualifier: 'discretionary' }
		),

		// ——— products ———
		'products.reviewBy': v(
			text('公共数据主管部门审核同意后上架', 'Listed after review and consent of the public data authority'),
			l('公共数据主管部门审核同意后上架', 'The public data authority approves listing'),
			['sec-21-p1', 'sec-10-p1']
		),
		'products.reviewCriteria': v(
			text(
				'经合法合规审核后提供，仅用于协议约定场景；原始数据包及可通过可逆模型或算法还原原始数据包的产品和服务不得导出授权运营域',
				'Lawfulness and compliance; use only in the agreed use cases; raw data packages, and products from which a reversible model or algorithm can restore them, may not leave the domain'
			),
			l(
				'合法合规；限约定场景；可还原原始数据的产品不得出域',
				'Lawful and compliant; agreed use cases; nothing that restores raw data leaves the domain'
			),
			['sec-10-p1', 'sec-21-p1'],
			{
				note: l(
					'细则未列审核标准清单；此处汇总“合法合规审核”和出域限制。',
					'The rules give no list of review criteria; this gathers the "lawfulness and compliance review" and the export limits.'
				)
			}
		),

		// ——— trading ———
		'trading.venue': v(
			en('marketRules'),
			l(
				'按国家和省、市数据要素市场规则流通交易',
				'Traded under national, provincial and city data-market rules'
			),
			['sec-21-p2']
		),

		// ——— pricing ———
		'pricing.principle': v(
			text(
				'授权运营单位按依法合规、普惠公平、收益合理的原则确定价格',
				'The operator sets prices by lawfulness, fairness and inclusiveness, and reasonable returns'
			),
			l(
				'运营单位按依法合规、普惠公平、收益合理定价',
				'Operator prices: lawful, fair and inclusive, reasonable returns'
			),
			['sec-21-p3']
		),
		'revenue.distribution': v(
			text(
				'探索纳入政府国有资源资产有偿使用范围，按“谁投入、谁贡献、谁受益”保护各方收益；鼓励探索成本分摊、利润分成、股权参股、知识产权共享等分配机制；协议约定合理收益的测算方法',
				'Explores treating authorized operation as paid use of state resource assets; "who invests, contributes, benefits"; encourages cost sharing, profit sharing, equity stakes and shared IP; the agreement sets how reasonable revenue is calculated'
			),
			l(
				'“谁投入、谁贡献、谁受益”；探索多元化利益分配',
				'"Who invests and contributes, benefits"; varied sharing to be explored'
			),
			['sec-11-p1', 'sec-4-p2'],
			{
				note: l(
					'均为“探索”“鼓励”的方向性规定，未定分配比例。',
					'All "explore" and "encourage" language; no shares are fixed.'
				)
			}
		),

		// ——— ip ———
		'ip.protection': v(
			text(
				'知识产权主管部门会同有关单位建立数据知识产权保护制度；专家组评估知识产权风险；违反知识产权法律法规的依法处置并记入信用档案',
				'The IP authority and others build a data-IP protection system; the expert panel assesses IP risk; IP-law violations are handled by law and entered in credit records'
			),
			l(
				'建立数据知识产权保护制度；专家组评估知识产权风险',
				'A data-IP protection system; expert panel assesses IP risks'
			),
			['sec-8-3', 'sec-7-4', 'sec-28-p4']
		),

		// ——— reporting ———
		'reporting.operatorCadence': v(
			en('annual'),
			l('运营期限内提交年度运营报告', 'Annual operation report during the term'),
			['sec-22-p1']
		),
		'reporting.contents': v(
			text(
				'与授权运营相关的数据产品和服务存储、加工处理、分析利用、安全管理及市场运营情况等',
				'Storage, processing, analysis and use, security management and market operation of the data products and services, among others'
			),
			l(
				'存储、加工、分析利用、安全管理及市场运营情况',
				'Storage, processing, use, security and market operation'
			),
			['sec-22-p1']
		),
		'reporting.authorityCadence': ns(),

		// ——— evaluation ———
		'evaluation.cadence': v(
			en('annual'),
			l('年度评估，协调机制监督指导', 'Annual evaluation, overseen by the coordination mechanism'),
			['sec-6-5', 'sec-17-4']
		),
		'evaluation.consequences': v(
			list('termination'),
			l('年度评估不合格的，终止授权', 'A failed annual evaluation ends the authorization'),
			['sec-17-4'],
			{
				note: l(
					'细则未规定评估主体、标准或合格以外的其他结果。',
					'The rules do not say who evaluates, by what criteria, or any other outcome.'
				)
			}
		),

		// ——— suspension ———
		'suspension.onFailedEvaluation': ns(
			l(
				'未规定（评估不合格即终止授权，未设暂停）',
				'Not specified (a failed evaluation ends the authorization; no suspension)'
			),
			['sec-17-4']
		),
		'suspension.restoration': ns(),
		'rectification.failureLeadsTo': ns(
			l(
				'未规定（授权运营单位无整改程序；年度评估不合格即终止授权）',
				'Not specified (no rectification procedure for operators; a failed annual evaluation ends the authorization)'
			),
			['sec-17-4', 'sec-29-1'],
			l(
				'本维度问运营方整改不到位的后果。细则对授权运营单位未设整改程序，年度评估不合格即为终止情形（十七·4）。二十九（一）的整改只针对公共管理和服务机构及其工作人员：逾期未完成整改的，由主管部门报本级政府纳入督查督办并责令改正，涉嫌违纪的提请纪检监察，涉及违法的交网信、公安、国安等部门处置。',
				'This dimension asks what follows an operator’s failed rectification. The rules set no rectification procedure for operators; a failed annual evaluation is a termination ground (17.4). Rectification under 29(1) binds only public administration and service institutions and their staff: overdue rectification goes to the government for supervision and correction, suspected discipline breaches to the discipline inspectors, illegality to the cyberspace, police and state-security bodies.'
			)
		),

		// ——— termination ———
		'termination.grounds': v(
			list('expiry', 'voluntary', 'breach', 'failedEvaluation', 'other'),
			l(
				'到期未申请、主动退出、违约、年度评估不合格、其他不适宜',
				'Expiry, voluntary exit, breach, failed evaluation, other unsuitability'
			),
			['sec-17-1', 'sec-17-2', 'sec-17-3', 'sec-17-4', 'sec-17-5']
		),
		'exit.voluntaryNoticeMonths': ns(
			l('未规定（主动申请退出须理由充分）', 'Not specified (voluntary exit needs sufficient reasons)'),
			['sec-17-2']
		),
		'exit.forcedExit': v(
			bool(true),
			l(
				'违约、评估不合格等情形由主管部门终止授权',
				'The authority ends the authorization on breach, failed evaluation etc.'
			),
			['sec-17-p1', 'sec-17-3', 'sec-17-4', 'sec-17-5', 'sec-6-4'],
			{
				note: l(
					'细则未用“强制退出”一词；主管部门依违约、评估不合格、其他不适宜情形终止授权，以及协调机制审议撤销授权，视为强制退出。',
					'The rules do not use the term "forced exit"; termination by the authority for breach, failed evaluation or other unsuitability, and revocation decided by the coordination mechanism, are read as forced exit.'
				)
			}
		),

		// ——— after termination ———
		'termination.permissionsClosed': v(
			bool(true),
			l('关闭授权运营域使用权限', 'Access to the authorized operation domain closed'),
			['sec-17-p1']
		),
		'termination.dataDeletion': v(
			bool(true),
			l('及时删除授权运营域内留存的相关数据', 'Data kept in the domain deleted promptly'),
			['sec-17-p1']
		),
		'termination.logRetentionMonths': v(
			num(6, 'atLeast'),
			l('相关网络日志留存不少于6个月', 'Network logs kept for at least 6 months'),
			['sec-17-p1']
		),

		// ——— security ———
		'security.incidentReporting': v(
			text(
				'发现数据间隐含关系危害国家安全、公共利益或侵犯个人信息等的，立即停止处理并向公共数据主管部门报告；发生数据安全事件时由主管部门按应急预案启动响应',
				'Operators that find hidden links in the data endangering national security or the public interest, or infringing personal information etc., stop and report to the public data authority; on a data-security incident the authority launches its emergency plan'
			),
			l('向公共数据主管部门报告数据风险', 'Data risks reported to the public data authority'),
			['sec-27-p7', 'sec-27-p5'],
			{
				note: l(
					'报告对象只在发现数据风险的情形下写明；对一般安全事件，细则只规定主管部门启动应急响应，未明写运营单位向谁报告。',
					'The addressee is named only for risks found in the data; for incidents in general the rules only say the authority launches emergency response, not whom the operator reports to.'
				)
			}
		),
		'security.riskDiscoveryDuty': v(
			bool(true),
			l(
				'发现危害性隐含关系应立即停止处理并报告',
				'Stop processing and report on finding harmful hidden links'
			),
			['sec-27-p7']
		),
		'security.emergencyPlan': v(
			bool(true),
			l('按“一授权一预案”制定应急预案并组织演练', 'One emergency plan per authorization, with drills'),
			['sec-28-p3', 'sec-27-p5']
		),
		'security.thirdPartyProhibited': v(
			bool(true),
			l(
				'不得擅自留存或违规将授权数据提供给第三方',
				'No unauthorized retention or irregular provision of data to third parties'
			),
			['sec-27-p6'],
			{
				note: l(
					'禁止的是“擅自”“违规”提供，而非一概禁止；另禁止公共管理和服务机构未经批准与第三方签订授权运营协议（二十三）。',
					'What is barred is provision "without authorization" or "in breach of rules", not all provision; public institutions also may not sign operation agreements with third parties without approval (s. 23).'
				)
			}
		),

		// ——— responsibility ———
		'responsibility.principle': v(
			text(
				'“谁运营谁负责、谁使用谁负责”；侵犯他人合法权益或造成财产损失的，由授权运营单位直接承担',
				'"Whoever operates is responsible; whoever uses is responsible"; the operator bears infringement and property losses directly'
			),
			l('谁运营谁负责、谁使用谁负责', 'Whoever operates or uses is responsible'),
			['sec-27-p2', 'sec-29-2']
		),
		'responsibility.principalFirstResponsible': v(
			bool(true),
			l('授权运营单位主要负责人是第一责任人', "The operator's principal is first responsible"),
			['sec-27-p2']
		),

		// ——— assets ———
		'assets.ownership': ns(
			l(
				'未规定（协议须约定期限届满后资产处置）',
				'Not specified (the agreement must cover asset disposal at expiry)'
			),
			['sec-4-p2']
		),

		// ——— regulation ———
		'regulation.status': v(list('draft', 'trial'), l('试行；征求意见稿', 'Trial; draft for comments'), [
			'title'
		]),
		'regulation.validFrom': v(
			{ kind: 'date', value: null },
			l('自2023年*月*日起施行（日期未填）', 'In force from "2023, month * day *" (date left blank)'),
			['sec-30-p1']
		),
		'regulation.validUntil': ns(
			l('未规定（未设有效期；上位新规定优先）', 'Not specified (no end date; newer higher rules prevail)'),
			['sec-30-p1']
		),
		'regulation.validityYears': ns(l('未规定（未设有效期）', 'Not specified (no period of validity)'), [
			'sec-30-p1'
		]),

		// ——— added with the national framework (2025): dimensions the national texts brought in ———
		'scope.sharedDataConsent': v(
			bool(true),
			l(
				'回流数据须经上级（省或市）公共数据主管部门同意',
				'Data returned from the province needs the provincial authority’s consent; from the city, the city’s'
			),
			['sec-19-p1'],
			{
				note: l(
					'衢州规定的是“回流”数据须经上级公共数据主管部门同意；其余数据须经主管部门及数源部门审核同意。',
					'Quzhou requires the higher-level authority’s consent for data returned downwards; other data needs the authority’s and the source department’s approval.'
				)
			}
		),
		'implementationPlan.required': ns(),
		'implementationPlan.contents': ns(),
		'implementationPlan.approval': ns(),
		'implementationPlan.changeRequiresReapproval': ns(),
		'selection.procurementMethods': ns(
			l('未规定（资格审查与专家评审）', 'Not specified (qualification check and expert review)'),
			['sec-14-p1']
		),
		'disclosure.authorizationInfo': v(
			list('operator'),
			l('及时向社会公开授权运营单位等相关信息', 'Operators and related information made public promptly'),
			['sec-15-p1'],
			{
				note: l(
					'“授权运营单位等相关信息”：除授权对象外的事项未列明。',
					'"Operators and related information": nothing besides who is authorized is named.'
				)
			}
		),
		'disclosure.productList': ns(),
		'disclosure.dataUsage': ns(),
		'disclosure.prices': ns(),
		'agreement.requiredContents': v(
			list(
				'rightsDuties',
				'dataScope',
				'term',
				'costRevenueAccounting',
				'security',
				'assetDisposal',
				'renewalOrExit',
				'liability',
				'useCases'
			),
			l(
				'权利义务、范围、期限、收益测算、安全、资产处置、退出、违约、场景',
				'Rights, scope (data list), term, revenue calculation, security, asset disposal, exit, liability, use cases'
			),
			['sec-4-p2', 'sec-10-p1'],
			{
				note: l(
					'“合理收益的测算方法”计为成本收入核算、收益分配一项；“退出机制”计为续约或退出机制一项。',
					'"How reasonable returns are calculated" is coded as cost and revenue accounting; "exit mechanism" as renewal or exit.'
				)
			}
		),
		'products.noRedevelopment': ns(),
		'registration.dataResourcesRequired': ns(),
		'registration.productsRequired': ns(),
		'registration.kinds': ns(),
		'registration.firstWithinWorkingDays': ns(),
		'registration.existingOperationsWorkingDays': ns(),
		'registration.acceptanceWorkingDays': ns(),
		'registration.formalReviewWorkingDays': ns(),
		'registration.publicityWorkingDays': ns(),
		'registration.cancellationWorkingDays': ns(),
		'registration.validityYears': ns(),
		'registration.renewalWindowDays': ns(),
		'registration.lapsesWithoutRenewal': ns(),
		'pricing.freeForPublicGood': ns(),
		'pricing.serviceFeeRegime': v(
			en('marketPriced'),
			l('授权运营单位按原则确定数据产品和服务的价格', 'The operator sets its prices, following principles'),
			['sec-21-p3']
		),
		'pricing.maxAllowedRevenue': ns(),
		'pricing.chargeCeiling': ns(),
		'pricing.deviationPercent': ns(),
		'pricing.evaluationCycleYears': ns(),
		'pricing.costRevenueAccounts': ns(),
		'reporting.yearlyReportDue': ns(
			l('未规定（年度运营报告，未定报送时间）', 'Not specified (an annual report, no due date)'),
			['sec-22-p1']
		),
		'security.classificationGrading': v(
			bool(true),
			l('按照“公共数据分类分级”要求加强全生命周期安全', 'Public data classification and grading applies'),
			['sec-27-p1']
		),
		'regulation.nationalRulesPrevail': v(
			bool(true),
			l('国家、省和市对授权运营管理有新规定的，从其规定', 'New national, provincial or city rules prevail'),
			['sec-30-p1']
		)
	}
};
