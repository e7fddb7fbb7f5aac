// Jiangsu's rule profile: one cited value per catalogue dimension, read from source.txt (江苏省公共数据授权运营
// 管理暂行办法, 苏政办规〔2024〕5号). Two tiers ("两级主体、分级授权", 第七条): the operating entity (运营主体),
// determined on a pilot basis by the provincial or city data authority, and development entities (开发主体), chosen
// by the operating entity. Eligibility (第九条), selection (第十条) and termination (第二十八条) concern development
// entities. Every value applies from the regulation's entry into force, 2024-12-01 (第二十九条).

import type { RegionProfile } from '../types';
import { l, profileKit, text, yes } from '../profile-kit';

const { v: one, ns: silent } = profileKit('2024-12-01');

export const profile: RegionProfile = {
	region: 'jiangsu',
	values: {
		// ——— scope ———
		'scope.activities': one(
			text(
				'本省行政区域内公共数据授权运营及其相关管理活动；授权运营指依法依规授权符合条件的经营主体加工处理公共数据，开发形成数据产品和服务并以市场化方式向社会提供。',
				'Authorized operation of public data in Jiangsu and the related administration; authorized operation means authorizing eligible market entities to process public data, develop data products and services and provide them to society on market terms.'
			),
			l(
				'省内公共数据授权运营及相关管理活动',
				'Authorized operation of public data in Jiangsu and its administration'
			),
			['art-2', 'art-3']
		),
		'scope.publicDataDefinition': silent(
			l(
				'未规定（第一条援引《江苏省公共数据管理办法》）',
				'Not specified (art. 1 cites the Jiangsu Public Data Measures)'
			),
			['art-1'],
			l(
				'本办法未定义“公共数据”，只定义了授权运营、授权运营域、授权运营平台和数据产品；定义应在其上位规章中。',
				'The text does not define "public data"; it defines only authorized operation, the authorized operation domain, the operation platform and data products. The definition sits in the higher-level rules it cites.'
			)
		),
		'scope.excludedData': silent(),

		// ——— bodies ———
		'bodies.authorizingBody': one(
			text(
				'省、设区的市人民政府授权本级数据主管部门试点确定本级运营主体；运营主体再选择开发主体并签订授权协议。',
				'The provincial and districted-city governments authorize their own public data authority to determine, on a pilot basis, an operating entity at that level; the operating entity then chooses development entities and signs authorization agreements with them.'
			),
			l(
				'省、设区市政府授权本级数据主管部门试点确定运营主体',
				'Province/city governments, via their data authority (pilot)'
			),
			['art-7', 'art-8'],
			{
				qualifier: 'provisional',
				note: l(
					'“试点确定”记为暂行（provisional）。开发主体由运营主体选择，不由政府授权。',
					'"试点确定" (determined on a pilot basis) is recorded as provisional. Development entities are chosen by the operating entity, not by the government.'
				)
			}
		),
		'bodies.dataAuthority': one(
			text(
				'数据主管部门：会同网信、发展改革、公安、财政、市场监管等部门统筹管理本行政区域授权运营；向运营主体供给数据，指导监督授权运营平台建设和运营，推动发布数据产品目录，建立授权运营情况披露机制。省数据主管部门牵头制定统一实施方案。',
				'The public data authority: with the cyberspace administration, development and reform, public security, finance and market regulation departments, it oversees authorized operation in its area; supplies data to the operating entity, guides and supervises the operation platform, promotes the data-product catalogue and sets up disclosure of authorized operation. The provincial authority leads a unified implementation plan.'
			),
			l(
				'数据主管部门统筹管理、供给数据、指导监督平台',
				'Data authority oversees, supplies data and supervises the platform'
			),
			['art-5', 'art-6', 'art-8']
		),
		'bodies.implementingBody': one(
			text(
				'未另设实施机构：省、设区的市数据主管部门受本级政府授权试点确定本级运营主体，省数据主管部门牵头制定统一的实施方案；开发主体的公告、资质审核和协议签订由运营主体承担。',
				'No separate implementing body: the provincial and city data authorities, authorized by their governments, determine the operating entity on a pilot basis, and the provincial data authority leads the single implementation plan; calls, qualification review and agreements for development entities are the operating entity’s.'
			),
			l(
				'未另设实施机构；数据主管部门试点确定运营主体，运营主体遴选开发主体',
				'None separate; the data authority designates, the operating entity selects'
			),
			['art-7', 'art-8', 'art-12-4'],
			{
				note: l(
					'按目录约定：文本未设实施机构但把其职能交给某一机构的，以“未另设实施机构”开头写明由谁承担（与衢州、泰安同）；运营主体本身是被授权的经营主体，不是实施机构。',
					'By the catalogue’s convention, a text with no implementing body that gives its functions to someone is coded as text beginning "no separate implementing body" and naming who does them (as Quzhou and Tai’an); the operating entity is itself an authorized market entity, not an implementing body.'
				)
			}
		),
		'bodies.coordinationMechanism': one(
			yes,
			l(
				'有：数据主管部门会同网信等部门建立工作机制',
				'Yes: the data authority sets up a working mechanism with other departments'
			),
			['art-5', 'art-25'],
			{
				note: l(
					'第五条为“工作机制”（非“协调机制”之名），负责统筹管理并协调重大问题；第二十五条另有网信部门牵头的数据安全协同监管机制。',
					'Art. 5 calls it a "working mechanism" (not "coordination mechanism"); it coordinates major issues. Art. 25 adds a data-security joint supervision mechanism led by the cyberspace administration.'
				)
			}
		),
		'bodies.expertPanel': silent(),

		// ——— authorization ———
		'authorization.tiers': one(
			{ kind: 'enum', value: 'two' },
			l('两级：运营主体和开发主体', 'Two tiers: operating entity and development entities'),
			['art-7', 'art-7-p2', 'art-7-p3']
		),
		'authorization.modes': one(
			{ kind: 'list', value: ['tiered'] },
			l(
				'“两级主体、分级授权”：省、设区的市政府授权本级数据主管部门试点确定运营主体',
				'"Two tiers, tiered authorization": province and cities each determine their operating entity'
			),
			['art-7'],
			{
				note: l(
					'文本只命名“两级主体、分级授权”一种模式（第七条）。运营主体可发布“行业领域或特定场景”授权运营公告（第十二条（四）），开发主体“依场景开发利用”（第七条第三款）并按应用场景被选择（第八条）：这些说明公告的对象和数据的使用方式，未被称为授权方式，故不记“分领域”“依场景”（与河南同一标准）。',
					'The text names one mode only, "two tiers, tiered authorization" (art. 7). The operating entity may issue calls "for an industry domain or a specific use case" (art. 12(4)), and development entities use data "by use case" (art. 7 para. 3) and are chosen by use case (art. 8): these describe what a call is about and how data is used, and are not named as authorization modes, so "by domain" and "by use case" are not coded (the same standard as Henan).'
				)
			}
		),
		'authorization.operatorTerm': one(
			text(
				'运营主体（承担授权运营、平台建设等的经营主体）；开发主体（依托平台依场景开发利用数据、形成数据产品的经营主体）',
				'Operating entity (运营主体: the market entity running authorized operation and the platform); development entity (开发主体: the market entity developing data products on the platform by use case)'
			),
			l('运营主体 / 开发主体', 'Operating entity / development entity'),
			['art-7-p2', 'art-7-p3']
		),
		'authorization.rightsGranted': one(
			text(
				'运营主体：承担授权运营平台建设、数据加工处理、开发利用管理、服务能力支撑、市场生态培育和安全保障等；开发主体：依托平台依场景开发利用经协议授权的公共数据，形成数据产品并向社会提供。',
				'Operating entity: builds the operation platform, processes data, manages development and use, provides service capacity, fosters the market ecosystem and ensures security. Development entity: develops and uses the public data authorized by agreement, by use case on the platform, and provides data products to society.'
			),
			l(
				'运营主体建平台、加工数据；开发主体依场景开发并提供产品',
				'Operating entity runs platform; development entities build and sell products'
			),
			['art-3', 'art-7-p2', 'art-7-p3']
		),

		// ——— use-case principle ———
		'scenario.principle': one(
			{ kind: 'enum', value: 'byScenario' },
			l(
				'依场景开发利用、依应用场景申请数据（未冠名）',
				'Develop and request data by use case (no named principle)'
			),
			['art-7-p3', 'art-13-3', 'art-17']
		),
		'scenario.requirements': one(
			{ kind: 'list', value: ['minimalNecessity'] },
			l('按最小必要原则依应用场景申请数据', 'Request data by use case on minimal necessity'),
			['art-13-3'],
			{
				note: l(
					'最小必要原则是对依场景申请数据的要求，文本未对应用场景本身提出价值或可行性要求。',
					'Minimal necessity governs requesting data for a use case; the text sets no value or feasibility test for the use case itself.'
				)
			}
		),

		// ——— eligibility (development entities, 第九条) ———
		'eligibility.legalForm': one(
			text(
				'经营主体（“单位”，有法定代表人）；选择开发主体不受地域、行业、所有制等限制。',
				'A market entity (a "unit" with a legal representative); choosing development entities is not restricted by region, industry or ownership.'
			),
			l(
				'开发主体：经营主体，不受地域、行业、所有制限制',
				'Development entity: a market entity, any region, industry or ownership'
			),
			['art-7-p3', 'art-9-1', 'art-10'],
			{
				note: l(
					'“单位及其法定代表人”推断为有法定代表人的单位；运营主体的形式仅称“经营主体”（第七条第二款）。',
					'"The unit and its legal representative" is read as an entity with a legal representative. For the operating entity the text says only "market entity" (art. 7 para. 2).'
				)
			}
		),
		'eligibility.domesticCapitalOnly': silent(
			l(
				'未规定（开发主体：不受所有制等限制，未明言外资；运营主体未规定）',
				'Not specified (development entities: no ownership restriction, foreign capital not named; operating entity: nothing)'
			),
			['art-10'],
			l(
				'第十条“不受地域、行业、所有制等限制”是选择开发主体的竞争原则，未明言外资能否参与；外资准入另由外商投资法律规定，故不记为 false（也不记为营口式的“必须内资”）。运营主体的条件文本未规定（第七条“试点确定”）。',
				'Art. 10 ("not restricted by region, industry, ownership") is a competition principle for choosing development entities and does not say whether foreign capital may take part; foreign-investment access is governed by foreign-investment law, so this is not recorded as false (nor as Yingkou’s "domestic capital only"). The text sets no conditions for the operating entity (art. 7, "pilot").'
			)
		),
		'eligibility.incidentLookbackYears': one(
			{ kind: 'unlimited' },
			l(
				'开发主体：单位未发生过重大数据安全事件',
				'Development entity: never had a major data-security incident'
			),
			['art-9-1']
		),
		'eligibility.incidentSeverity': one(
			{ kind: 'enum', value: 'major' },
			l('重大数据安全事件', 'Major data-security incidents'),
			['art-9-1']
		),
		'eligibility.creditRequirements': one(
			{ kind: 'list', value: ['noMajorIllegalRecord', 'noMajorBadCredit'] },
			l('无重大违法记录和重大不良信用记录', 'No major illegal record and no major bad credit record'),
			['art-9-1']
		),
		'eligibility.creditCoversRepresentative': one(
			yes,
			l('是：单位及其法定代表人', 'Yes: the entity and its legal representative'),
			['art-9-1']
		),
		'eligibility.operatingCondition': one(
			text(
				'经营情况稳定，具备开展公共数据开发利用工作的专业团队和服务能力。',
				'Stable operation, with a professional team and the service capacity for public data development and use.'
			),
			l('经营稳定，有专业团队和服务能力', 'Stable operation, a professional team and service capacity'),
			['art-9-2']
		),
		'eligibility.securityOfficer': one(
			yes,
			l('是：明确的数据安全负责人和管理部门', 'Yes: a named data-security officer and department'),
			['art-9-3'],
			{
				note: l(
					'同条还要求健全的数据安全管理制度和工作机制。',
					'The same item also requires sound data-security rules and working mechanisms.'
				)
			}
		),
		'eligibility.mlps3Experience': silent(),
		'eligibility.capitalRequirement': silent(
			l('未规定（仅要求“经营情况稳定”）', 'Not specified (only "stable operation")'),
			['art-9-2']
		),
		'eligibility.subsidiaryQualifies': silent(),

		// ——— application ———
		'application.materials': silent(),

		// ——— selection ———
		'selection.method': one(
			{ kind: 'enum', value: 'marketSelectionByOperator' },
			l(
				'运营主体按市场化原则公平公开竞争择优选择开发主体',
				'Operating entity picks development entities by open competition'
			),
			['art-8', 'art-10'],
			{
				note: l(
					'仅就开发主体而言；运营主体由数据主管部门“试点确定”，方式未规定（第七条）。',
					'For development entities only; the operating entity is "determined on a pilot basis" by the data authority, by a method the text does not set (art. 7).'
				)
			}
		),
		'selection.reviewStages': one(
			{ kind: 'list', value: ['announcement', 'preReview'] },
			l(
				'运营主体发布公告、资质审核后签订协议',
				'Operating entity issues a call, reviews qualifications, signs'
			),
			['art-12-4'],
			{
				note: l(
					'“资质审核”记为“材料预审”：它是选择者（运营主体）自己对申请者资质的审查，与河南一级开发主体对二级开发主体的评估同码；“终审”留给另一机构的决定性审核（河南实施机构的审核），江苏没有。第十条“公平公开竞争择优”是遴选方式（见“遴选方式”），未规定为单独的审查环节。文本未规定专家评审、政府审批、备案或公示。',
					'"资质审核" (qualification review) is coded pre-review: it is the selecting party’s (the operating entity’s) own check of applicants, coded as Henan’s primary-developer assessment of secondary developers; "final review" is kept for a decisive review by another body (Henan’s implementing body), which Jiangsu lacks. Art. 10’s "fair, open competition, best chosen" is the selection method (see selection method), not set out as a separate stage. The text sets no expert review, government approval, filing or public notice.'
				)
			}
		),
		'selection.announcementRequired': one(
			yes,
			l(
				'是：运营主体发布公告，明确开发主体申请条件',
				'Yes: the operating entity issues a call stating the conditions'
			),
			['art-12-4']
		),

		// ——— public notice ———
		'publicNotice.operatorsPublished': silent(
			l(
				'未规定（仅要求建立授权运营情况披露机制）',
				'Not specified (only a disclosure mechanism for authorized operation)'
			),
			['art-6', 'art-12-1']
		),
		'publicNotice.objections': silent(),
		'registration.publicityDays': silent(),

		// ——— agreement and term ———
		'term.maxMonths': one(
			{ kind: 'number', value: 36, bound: 'atMost' },
			l(
				'运营主体、开发主体授权期限均不超过3年',
				'At most 3 years, for both operating and development entities'
			),
			['art-8']
		),
		'agreement.signatories': one(
			text(
				'运营主体与其选择的开发主体签订授权协议；运营主体的授权协议签订方未规定（第八条规定其授权期限，第二十六条可终止“授权协议”）。',
				'The operating entity and each development entity it chooses sign an authorization agreement; who signs the operating entity’s own authorization is not provided for (art. 8 gives its term; art. 26 may end an "authorization agreement").'
			),
			l('运营主体与开发主体', 'Operating entity and development entity'),
			['art-8', 'art-12-4'],
			{
				note: l(
					'模拟器同此读法：运营主体一方的签订方标为“未规定”，只演示其授权期限（第八条）和第二十六条的终止。',
					'The simulator reads it the same way: the operating entity’s counterparty is shown as not specified; only its term (art. 8) and termination under art. 26 are simulated.'
				)
			}
		),
		'agreement.contents': one(
			text(
				'授权运营相关方权利义务、资产权属、收益分配、授权范围、服务期限、服务费用、安全要求、禁止条款、信用承诺、退出机制和违约责任等。',
				'Rights and duties of the parties, asset ownership, revenue distribution, scope of authorization, service term, service fees, security requirements, prohibitions, credit commitments, exit mechanism and liability for breach, among others.'
			),
			l(
				'权利义务、资产权属、收益分配、期限、费用、退出等',
				'Rights, asset ownership, revenue, scope, term, fees, exit, liability'
			),
			['art-11']
		),
		'agreement.modelText': silent(
			l(
				'未规定（省市运营主体共同制定配套规范）',
				'Not specified (operating entities draw up supporting rules)'
			),
			['art-8']
		),

		// ——— certificates ———
		'certificates.issued': silent(),

		// ——— renewal ———
		'renewal.deadlineMonthsBeforeExpiry': silent(),
		'renewal.windowOpensMonthsBeforeExpiry': silent(),
		'renewal.basis': silent(),
		'renewal.lapseWithoutApplication': silent(
			l(
				'未规定（协议期满为开发主体协议终止情形）',
				'Not specified (expiry is a ground to end a development agreement)'
			),
			['art-28-1']
		),

		// ——— training ———
		'training.preJobRequired': silent(),
		'training.provider': silent(),

		// ——— data access ———
		'dataAccess.approval': one(
			text(
				'开发主体结合应用场景申请数据资源，运营主体确认后提供（审核开发利用申请）；运营主体依据授权运营数据资源目录向数据主管部门申请数据。',
				'Development entities request data for a use case and the operating entity confirms before providing it (it reviews development requests); the operating entity in turn requests data from the public data authority under the authorized-operation data catalogue.'
			),
			l(
				'运营主体确认开发主体申请；运营主体向数据主管部门申请',
				'Operating entity confirms; it requests data from the data authority'
			),
			['art-12-4', 'art-16', 'art-17']
		),
		'dataAccess.minimalNecessity': one(
			yes,
			l(
				'是：开发主体按最小必要原则依场景申请数据',
				'Yes: development entities request data on minimal necessity'
			),
			['art-13-3']
		),
		'dataAccess.personalInfoConditions': silent(
			l(
				'未规定获取条件（产品发布评估原始、敏感数据暴露及个人信息泄露滥用风险；平台须具备脱敏、隐私计算能力）',
				'Not specified for access (product release weighs exposure of raw or sensitive data and leaks or misuse of personal information; the platform must be able to de-identify and compute privately)'
			),
			['art-18-3', 'art-18-4', 'art-15-p2'],
			l(
				'按目录约定只记获取和加工个人信息等数据的条件：文本只有一般的“保护个人信息和商业秘密”（第四条、第十三条（二））、平台的安全技术能力（第十五条第二款）和产品发布评估要点（第十八条（三）（四），见“审核要点”），未对获取或加工设条件。',
				'By the catalogue’s convention only conditions on obtaining and processing personal and confidential data count here: the text has only a general duty to protect personal information and trade secrets (art. 4, art. 13(2)), the platform’s security capabilities (art. 15 para. 2) and product-release review points (art. 18(3)(4), see review criteria); it sets no condition on access or processing.'
			)
		),
		'dataQuality.feedbackWorkingDays': silent(
			l(
				'未规定（运营主体跟踪反馈数据质量，无时限）',
				'Not specified (operating entity reports quality, no deadline)'
			),
			['art-12-3']
		),

		// ——— processing ———
		'processing.inDomain': one(
			yes,
			l(
				'是：平台建在授权运营域，申请、加工、开发利用不出域',
				'Yes: the platform runs in the domain; nothing leaves it'
			),
			['art-3-p2', 'art-14']
		),
		'processing.rawDataInvisible': one(
			yes,
			l('是：原始数据不出域、数据可用不可见', 'Yes: raw data stays in the domain; usable but not visible'),
			['art-4', 'art-12-2', 'art-13-2']
		),
		'processing.realNamePersonnel': silent(
			l(
				'未规定（平台须具备身份认证等能力）',
				'Not specified (the platform must offer identity authentication)'
			),
			['art-15-p2']
		),
		'processing.ndaRequired': silent(),
		'processing.socialDataImport': one(
			{ kind: 'enum', value: 'withOperatorConfirmation' },
			l(
				'经运营主体确认，可依法导入合规获取的社会数据',
				'May import lawfully obtained social data once the operating entity confirms'
			),
			['art-17', 'art-13-3'],
			{ qualifier: 'discretionary' }
		),

		// ——— products ———
		'products.reviewBy': one(
			text(
				'运营主体：开发主体经平台提交发布申请，运营主体评估审核后发布。',
				'The operating entity: development entities submit release requests on the platform; the operating entity evaluates, reviews and releases.'
			),
			l('运营主体评估审核后发布', 'The operating entity, which evaluates and releases'),
			['art-18', 'art-12-4']
		),
		'products.reviewCriteria': one(
			text(
				'包括但不限于：是否符合申请用途和使用范围；是否注明数据来源及其合法合规性；是否存在原始数据、敏感数据直接暴露风险；是否存在个人信息和商业秘密泄露、滥用风险；是否涉及数据出境；其他危害数据安全和运营合规的风险。',
				'Including but not limited to: fit with the stated purpose and scope; data sources and their lawfulness stated; risk of exposing raw or sensitive data; risk of leaking or misusing personal information or trade secrets; whether data leave the country; other risks to data security or compliance.'
			),
			l(
				'用途范围、来源合规、原始敏感数据暴露、出境等六项',
				'Six points: purpose, sources, exposure, privacy, export, other risks'
			),
			['art-18-1', 'art-18-2', 'art-18-3', 'art-18-4', 'art-18-5', 'art-18-6']
		),

		// ——— trading ———
		'trading.venue': one(
			{ kind: 'enum', value: 'exchangeRequired' },
			l(
				'场内交易：须在依法设立的数据交易场所登记和交易',
				'On-exchange: register and trade on a lawful data exchange'
			),
			['art-19'],
			{
				note: l(
					'运营主体与开发主体之间的交易也须在数据交易场所登记；开发主体接受价格主管部门监测。',
					'Transactions between the operating entity and development entities must also be registered on a data exchange; development entities are subject to price monitoring.'
				)
			}
		),

		// ——— pricing and revenue ———
		'pricing.principle': one(
			text(
				'执行国家和省公共数据价格管理政策；运营主体参考成本定价，按协议向开发主体收取合理费用；数据产品由市场定价；接受价格主管部门监测。',
				'National and provincial public-data pricing policy applies; the operating entity prices by reference to cost and charges development entities reasonable fees under the agreement; data products are priced by the market; subject to price monitoring.'
			),
			l(
				'运营主体参考成本收费；数据产品市场定价',
				'Operating entity charges cost-based fees; products priced by market'
			),
			['art-20', 'art-20-p2', 'art-19']
		),
		'revenue.distribution': one(
			text(
				'创新成本分摊、利润分配、知识产权共享等多元化收益分配机制；收益分配由授权协议明确。',
				'Innovate diversified revenue-distribution mechanisms such as cost sharing, profit distribution and shared intellectual property; the agreement states the revenue distribution.'
			),
			l('多元化收益分配机制，由授权协议明确', 'Diversified mechanisms; set in the agreement'),
			['art-20-p3', 'art-11']
		),

		// ——— intellectual property ———
		'ip.protection': silent(
			l(
				'未规定（仅提出“知识产权共享”收益分配机制）',
				'Not specified (only "shared IP" as a revenue mechanism)'
			),
			['art-20-p3']
		),

		// ——— reporting ———
		'reporting.operatorCadence': one(
			{ kind: 'enum', value: 'regularly' },
			l('运营主体定期向数据主管部门报告', 'Operating entity reports to the data authority regularly'),
			['art-22']
		),
		'reporting.contents': one(
			text(
				'运营主体报告授权运营整体情况，包括开发主体数据开发利用情况、应用成效等；开发主体须报告应用成效。',
				'The operating entity reports on authorized operation as a whole, including development entities’ development and use of data and its results; development entities report their results.'
			),
			l(
				'整体运营情况、开发主体开发利用情况和应用成效',
				'Overall operation, development entities’ use and results'
			),
			['art-22', 'art-13-3']
		),
		'reporting.authorityCadence': silent(),

		// ——— evaluation ———
		'evaluation.cadence': one(
			{ kind: 'enum', value: 'regularly' },
			l(
				'定期：主管部门评运营主体，运营主体评开发主体',
				'Regularly: authority evaluates operating entity, it evaluates developers'
			),
			['art-27', 'art-12-4']
		),
		'evaluation.consequences': one(
			{ kind: 'list', value: ['interview', 'termination'] },
			l(
				'开发主体：评估不合格，经提醒或约谈后仍无改善的，运营主体有权终止协议',
				'Development entity: failed evaluation not improved after a reminder or interview; the operating entity may terminate'
			),
			['art-28-4', 'art-27'],
			{
				qualifier: 'discretionary',
				note: l(
					'“提醒或约谈”记为约谈；终止为运营主体的权利（“有权终止”）。第二十七条另规定：运营主体为本省国有企业的，评价结果纳入本级国资监管重大专项任务，目录无对应代码。',
					'"Reminder or interview" is recorded as interview; termination is the operating entity’s right ("有权终止"). Art. 27 also feeds results for an operating entity that is a Jiangsu state-owned enterprise into state-asset supervision, which has no code here.'
				)
			}
		),

		// ——— rectification and suspension ———
		'suspension.onFailedEvaluation': silent(
			l(
				'未规定（无暂停；不合格经提醒约谈无改善可终止）',
				'Not specified (no suspension; failure can lead to termination)'
			),
			['art-28-4']
		),
		'suspension.restoration': silent(),
		'rectification.failureLeadsTo': one(
			text(
				'违规或检查发现影响数据安全、使用不合规的，数据等主管部门及时处置并要求整改；拒不整改或者整改不到位的，终止授权协议；违法的依法追究法律责任。',
				'For breaches, or conduct found in inspections that affects data security or is non-compliant, the data and other authorities act and order rectification; refusal or failed rectification ends the authorization agreement; illegality incurs legal liability.'
			),
			l('拒不整改或整改不到位的，终止授权协议', 'Refused or failed rectification ends the agreement'),
			['art-26']
		),

		// ——— termination and exit ———
		'termination.grounds': one(
			{
				kind: 'list',
				value: [
					'expiry',
					'voluntary',
					'breach',
					'failedEvaluation',
					'failedRectification',
					'securityIncident',
					'policyChange',
					'illegality'
				]
			},
			l(
				'期满、申请提前终止、违约、评估不合格、安全事件、政策变化等',
				'Expiry, own request, breach, failed evaluation, incident, policy change…'
			),
			['art-26', 'art-28-1', 'art-28-2', 'art-28-3', 'art-28-4', 'art-28-5', 'art-28-6', 'art-28-7'],
			{
				note: l(
					'第二十八条七项为运营主体可终止开发主体协议的情形（“有权终止”）；“发生数据安全事件”须造成不良影响或严重后果；“评估不合格”须经提醒或约谈后仍无改善。第二十六条“拒不整改或整改不到位”终止授权协议，位于监督管理章，两级主体均可适用（运营主体的授权协议签订方未规定，见“协议签订方”）。',
					'The seven grounds of art. 28 let the operating entity end a development entity’s agreement ("有权终止"); an incident must have bad effects or serious consequences, and a failed evaluation must persist after a reminder or interview. Art. 26 (refused or failed rectification) ends an authorization agreement; it sits in the supervision chapter and can apply to either tier (who signs the operating entity’s agreement is not provided for: see signatories).'
				)
			}
		),
		'exit.voluntaryNoticeMonths': silent(
			l('未规定（开发主体可因自身原因申请提前终止）', 'Not specified (a developer may ask to end early)'),
			['art-28-2']
		),
		'exit.forcedExit': one(
			yes,
			l(
				'有：拒不整改终止协议；开发主体违约等可被终止',
				'Yes: failed rectification; breach etc. for developers'
			),
			['art-26', 'art-28-3', 'art-28-4', 'art-28-5', 'art-28-7'],
			{
				note: l(
					'文本未用“强制退出”一词；记为“是”是因为协议可违背主体意愿被终止。',
					'The text does not use the term "forced exit"; recorded as yes because agreements can be ended against the entity’s will.'
				)
			}
		),

		// ——— after termination ———
		'termination.permissionsClosed': one(
			yes,
			l(
				'开发主体：按规定或协议取消相关权限',
				'Development entity: permissions withdrawn under rules or agreement'
			),
			['art-28'],
			{
				qualifier: 'discretionary',
				note: l(
					'运营主体“有权终止协议，并按照相关规定或者协议约定，取消其相关权限、下架已发布的数据产品或销毁数据”，记为可选措施。',
					'The operating entity "may end the agreement and, under the rules or the agreement, withdraw permissions, delist released data products or destroy data"; recorded as discretionary.'
				)
			}
		),
		'termination.dataDeletion': one(
			yes,
			l(
				'开发主体：按规定或协议下架数据产品或销毁数据',
				'Development entity: products delisted or data destroyed'
			),
			['art-28'],
			{
				qualifier: 'discretionary',
				note: l(
					'文本为“销毁数据”，与“下架已发布的数据产品”以“或”并列，按规定或协议约定适用。',
					'The text says "destroy data", listed with "or" beside delisting products, applied under the rules or the agreement.'
				)
			}
		),
		'termination.logRetentionMonths': silent(),

		// ——— security ———
		'security.incidentReporting': one(
			text(
				'运营主体发生安全事件立即处置并向数据、网信等主管部门报告；开发主体立即处置并向运营主体报告。',
				'On a security incident the operating entity acts at once and reports to the data, cyberspace and other authorities; a development entity acts at once and reports to the operating entity.'
			),
			l(
				'运营主体报数据、网信等部门；开发主体报运营主体',
				'Operating entity to data/cyberspace authorities; developers to it'
			),
			['art-12-1', 'art-13-1']
		),
		'security.riskDiscoveryDuty': silent(
			l(
				'未规定（仅规定发生安全事件时立即处置并报告）',
				'Not specified (only act and report when incidents occur)'
			),
			['art-12-1', 'art-13-1']
		),
		'security.emergencyPlan': one(
			yes,
			l('是：两级主体均须制定安全事件应急处置预案', 'Yes: both tiers must have an incident emergency plan'),
			['art-12-1', 'art-13-1']
		),
		'security.thirdPartyProhibited': silent(
			l(
				'未规定（协议须含“禁止条款”，内容未列明；“不出域”见加工规则）',
				'Not specified (the agreement needs "prohibitions", unlisted; "stays in the domain" is under processing)'
			),
			['art-11'],
			l(
				'按目录约定，只有明文禁止数据（或原始数据）流向他人才记“是”（河南第七条（二）（四）即是）。江苏没有这样的明文；“原始数据不出域、数据可用不可见”（第四条、第十三条（二））和“确保……不出域”（第十四条）已记入“在授权运营域/平台内加工”和“原始数据不可见/不出域”，不重复记在此处。',
				'By the catalogue’s convention only an express ban on the data (or raw data) passing to others counts as "yes" (as Henan art. 7(2)(4)). Jiangsu has none; "raw data stays in the domain" (art. 4, art. 13(2)) and "ensure … stays in the domain" (art. 14) are recorded under processing in the domain and raw data invisible, not again here.'
			)
		),

		// ——— responsibility ———
		'responsibility.principle': one(
			text(
				'“谁运营谁负责、谁使用谁负责”；运营主体是授权运营的责任主体，开发主体是数据开发利用的责任主体。',
				'"Whoever operates is responsible; whoever uses is responsible": the operating entity answers for authorized operation, development entities for development and use of data.'
			),
			l('谁运营谁负责、谁使用谁负责', 'Whoever operates, and whoever uses, is responsible'),
			['art-23', 'art-12', 'art-13']
		),
		'responsibility.principalFirstResponsible': silent(),

		// ——— assets ———
		'assets.ownership': silent(
			l('未规定（由授权协议明确资产权属）', 'Not specified (the agreement states asset ownership)'),
			['art-11'],
			l(
				'第十一条只把“资产权属”列为协议内容；按目录约定，“由协议约定”记为未规定。',
				'Art. 11 only lists "asset ownership" among the agreement’s contents; by the catalogue’s convention, "the agreement settles it" is coded as not specified.'
			)
		),

		// ——— status and validity ———
		'regulation.status': one({ kind: 'list', value: ['interim'] }, l('暂行办法', 'Interim measures'), [
			'title'
		]),
		'regulation.validFrom': one(
			{ kind: 'date', value: '2024-12-01' },
			l('2024年12月1日起施行', 'In force from 1 December 2024'),
			['art-29']
		),
		'regulation.validUntil': one(
			{ kind: 'date', value: '2026-11-30' },
			l('有效期至2026年11月30日', 'Valid until 30 November 2026'),
			['art-29']
		),
		'regulation.validityYears': one(
			{ kind: 'number', value: 2, bound: 'exactly' },
			l('2年（2024年12月1日至2026年11月30日）', '2 years (1 Dec 2024 to 30 Nov 2026)'),
			['art-29'],
			{
				note: l(
					'文本给出起止日期而非年数；2年由日期推算。国家另有规定的，从其规定。',
					'The text gives dates, not a number of years; 2 years is computed from them. National rules, where made, prevail.'
				)
			}
		),

		// ——— added with the national framework (2025): dimensions the national texts brought in ———
		'scope.sharedDataConsent': silent(),
		'implementationPlan.required': one(
			yes,
			l(
				'省数据主管部门牵头制定统一的实施方案，运营主体遵守',
				'The provincial data authority draws up one plan, which the operating entity follows'
			),
			['art-8', 'art-12-1'],
			{
				note: l(
					'江苏是全省一个统一方案，而非每项授权运营各编一个方案。',
					'Jiangsu has one province-wide plan, not a plan for each operation.'
				)
			}
		),
		'implementationPlan.contents': silent(),
		'implementationPlan.approval': silent(),
		'implementationPlan.changeRequiresReapproval': silent(),
		'selection.procurementMethods': silent(
			l(
				'未规定（公平公开竞争择优选择开发主体）',
				'Not specified (development entities chosen by open, fair competition)'
			),
			['art-10']
		),
		'disclosure.authorizationInfo': one(
			{ kind: 'list', value: ['unspecified'] },
			l(
				'数据主管部门建立授权运营情况披露机制（事项未列明）',
				'The data authority sets up a disclosure mechanism (items not listed)'
			),
			['art-6', 'art-12-1']
		),
		'disclosure.productList': one(
			yes,
			l(
				'运营主体汇集数据产品形成目录并动态更新；主管部门推动发布数据产品目录',
				'The operating entity keeps a product catalogue; the authority has it published'
			),
			['art-21', 'art-6'],
			{
				note: l(
					'文本要求形成并发布产品目录，未明言由运营主体向社会公开。',
					'The text has a product catalogue formed and published; it does not say in so many words that the operating entity discloses it.'
				)
			}
		),
		'disclosure.dataUsage': silent(),
		'disclosure.prices': silent(),
		'agreement.requiredContents': one(
			{
				kind: 'list',
				value: [
					'rightsDuties',
					'assetOwnership',
					'costRevenueAccounting',
					'dataScope',
					'term',
					'fees',
					'security',
					'prohibitions',
					'creditCommitment',
					'renewalOrExit',
					'liability'
				]
			},
			l(
				'权利义务、权属、收益、范围、期限、费用、安全、禁止、信用、退出、违约',
				'Rights, assets, revenue, scope, term, fees, security, prohibitions, credit commitment, exit, liability'
			),
			['art-11'],
			{
				note: l(
					'江苏的“授权协议”是运营主体与开发主体之间的协议；“收益分配”计为成本收入核算、收益分配一项。',
					'Jiangsu’s "authorization agreement" is between the operating entity and a development entity; "revenue distribution" is coded as cost and revenue accounting.'
				)
			}
		),
		'products.noRedevelopment': silent(),
		'registration.dataResourcesRequired': silent(
			l(
				'未规定（运营主体结合场景登记形成数据资源目录）',
				'Not specified (the operating entity lists resources in a catalogue)'
			),
			['art-16'],
			l(
				'第十六条的“登记形成授权运营数据资源目录”是编目，不是登记办法意义上的公共数据资源登记。',
				'Article 16’s "registering" resources into a catalogue is cataloguing, not registration in the sense of the national measures.'
			)
		),
		'registration.productsRequired': silent(
			l('未规定（数据产品在数据交易场所登记）', 'Not specified (products are registered at a data exchange)'),
			['art-19'],
			l(
				'第十九条要求在数据交易场所登记和交易，属交易登记，不是公共数据资源登记。',
				'Article 19 requires registration at a data exchange for trading, not public data resource registration.'
			)
		),
		'registration.kinds': silent(),
		'registration.firstWithinWorkingDays': silent(),
		'registration.existingOperationsWorkingDays': silent(),
		'registration.acceptanceWorkingDays': silent(),
		'registration.formalReviewWorkingDays': silent(),
		'registration.publicityWorkingDays': silent(),
		'registration.cancellationWorkingDays': silent(),
		'registration.validityYears': silent(),
		'registration.renewalWindowDays': silent(),
		'registration.lapsesWithoutRenewal': silent(),
		'pricing.freeForPublicGood': silent(),
		'pricing.serviceFeeRegime': one(
			{ kind: 'enum', value: 'marketPriced' },
			l(
				'数据产品由市场定价；运营主体参考成本向开发主体收取合理费用',
				'Products are market-priced; the operating entity charges developers cost-based fees'
			),
			['art-20-p2']
		),
		'pricing.maxAllowedRevenue': silent(),
		'pricing.chargeCeiling': silent(),
		'pricing.deviationPercent': silent(),
		'pricing.evaluationCycleYears': silent(),
		'pricing.costRevenueAccounts': silent(),
		'reporting.yearlyReportDue': silent(
			l('未规定（定期报告，未定报送日期）', 'Not specified (regular reports, no due date)'),
			['art-22']
		),
		'security.classificationGrading': one(
			yes,
			l('落实国家数据分类分级保护制度要求', 'National data classification and grading applies'),
			['art-12-2', 'art-24']
		),
		'regulation.nationalRulesPrevail': one(
			yes,
			l('国家另有规定的，从其规定', 'National rules prevail where they differ'),
			['art-29']
		)
	}
};
