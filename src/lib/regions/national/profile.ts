// The national framework's rule profile: one cited value per catalogue dimension, read from the four 2025
// documents in shared/regulations/national/. Citations name their document ("nationalSpec:art-14-2"), in the
// corpus's clause ids: 实施规范 and 登记办法 by articles (art-N, items art-N-K, paragraphs art-N-pK), the 价格通知
// and the 流通安全方案 by sections (sec-N, sub-sections sec-N-M, paragraphs sec-N-pK). Values apply from
// 2025-03-01, the day the 实施规范, 登记办法 and 价格通知 took effect; a value resting on the 流通安全方案 alone,
// which states no date, applies from its own entry into force (from: null).

import type { RegionProfile } from '../types';
import { bool, en, l, list, num, profileKit, text } from '../profile-kit';
import { NATIONAL_EFFECTIVE, NATIONAL_ID, type NationalRef } from './framework';

const { v, ns } = profileKit<NationalRef>(NATIONAL_EFFECTIVE);
const circulation = profileKit<NationalRef>(null);

export const profile: RegionProfile<NationalRef> = {
	region: NATIONAL_ID,
	values: {
		// ——— scope ———
		'scope.activities': v(
			text(
				'在中华人民共和国境内开展公共数据资源授权运营活动；授权运营指将县级以上地方各级人民政府、国家行业主管部门持有的公共数据资源，授权符合条件的运营机构进行治理、开发，并面向市场公平提供数据产品和技术服务',
				'Authorized operation of public data resources within the People’s Republic of China: authorizing qualified operating institutions to govern and develop public data resources held by local governments at county level and above and by national industry authorities, and to provide data products and technical services fairly to the market'
			),
			l('全国境内的公共数据资源授权运营活动', 'Authorized operation of public data resources nationwide'),
			['nationalSpec:art-2', 'nationalSpec:art-3']
		),
		'scope.publicDataDefinition': v(
			text(
				'公共数据资源：各级党政机关、企事业单位依法履职或提供公共服务过程中产生的具有利用价值的数据集合；授权运营的是县级以上地方各级人民政府、国家行业主管部门持有的公共数据资源',
				'Public data resources: data sets of use value produced by Party and government bodies at every level and by enterprises and institutions in performing their duties or providing public services; what is operated is the public data held by local governments at county level and above and by national industry authorities'
			),
			l(
				'党政机关、企事业单位履职或提供公共服务中产生的数据集合',
				'Data sets produced by public bodies and enterprises in duties or public services'
			),
			['nationalRegistration:art-3-1', 'nationalSpec:art-3'],
			{
				note: l(
					'中央党群机关、地方党委持有的数据参照执行；供水、供气、供热、供电、公共交通等公用企业的数据可参考适用（实施规范第二十五条）。',
					'Data held by central Party bodies and local Party committees follows the specification by analogy; public utilities’ data may refer to it (spec art. 25).'
				)
			}
		),
		'scope.excludedData': v(
			text(
				'在落实数据分类分级保护制度要求，不危害国家安全、公共利益，不侵犯商业秘密和个人隐私、个人信息权益等合法权益的前提下，方可纳入授权运营范围',
				'Data may be brought into authorized operation only where data classification and grading protection is in place, and national security, the public interest, trade secrets, privacy and personal-information rights are not harmed'
			),
			l(
				'危害国家安全、公共利益或侵犯商业秘密、个人隐私和个人信息权益的不得纳入',
				'Nothing that harms national security, the public interest, trade secrets, privacy or personal information'
			),
			['nationalSpec:art-5']
		),
		'scope.sharedDataConsent': v(
			bool(true),
			l(
				'共享所得的其他地区或部门数据，应征得共享数据提供单位同意',
				'Data obtained from other regions or departments through government data sharing needs the providing unit’s consent'
			),
			['nationalSpec:art-5-p2']
		),

		// ——— bodies ———
		'bodies.authorizingBody': v(
			text(
				'县级以上地方各级人民政府、国家行业主管部门将依法持有的公共数据资源纳入授权运营；价格通知称开展授权运营的有关地区、部门和单位为“授权主体”',
				'Local governments at county level and above and national industry authorities bring the public data they hold into authorized operation; the pricing notice calls the regions, departments and units that do so the "authorizing party"'
			),
			l(
				'县级以上地方各级人民政府、国家行业主管部门（授权主体）',
				'Local governments at county level and above, national industry authorities (authorizing party)'
			),
			['nationalSpec:art-3', 'nationalSpec:art-5', 'nationalPricing:sec-1-p1']
		),
		'bodies.dataAuthority': v(
			text(
				'国家数据局统筹协调管理全国授权运营；省级数据管理部门综合协调、监督管理本地区；国家行业主管部门数据管理机构推动本部门工作；县级以上地方各级数据管理部门组织编制实施方案',
				'The National Data Administration coordinates nationwide; provincial data administrations coordinate and supervise in their regions; national industry authorities’ data bodies lead in their sectors; local data administrations at county level and above organize implementation plans'
			),
			l(
				'国家数据局；省级数据管理部门；县级以上地方各级数据管理部门',
				'National Data Administration; provincial and local data administrations'
			),
			['nationalSpec:art-7', 'nationalSpec:art-7-p2', 'nationalSpec:art-7-p3', 'nationalSpec:art-8']
		),
		'bodies.implementingBody': v(
			text(
				'由县级以上地方各级人民政府或国家行业主管部门结合授权模式确定的、具体负责组织开展授权运营活动的单位',
				'The unit that local governments at county level and above or national industry authorities designate, according to the authorization mode, to organize authorized operation'
			),
			l('由政府或国家行业主管部门结合授权模式确定', 'Designated by the government or industry authority'),
			['nationalSpec:art-3-p2']
		),
		'bodies.coordinationMechanism': ns(
			l(
				'未规定（省级数据管理部门发挥综合协调作用）',
				'Not specified (provincial data administrations coordinate)'
			),
			['nationalSpec:art-7-p2']
		),
		'bodies.expertPanel': ns(),

		// ——— implementation plan ———
		'implementationPlan.required': v(
			bool(true),
			l(
				'编制实施方案，审议通过后实施；实施机构根据审定同意后的实施方案选择运营机构',
				'An implementation plan is drawn up and approved first; the operator is chosen under it'
			),
			['nationalSpec:art-8', 'nationalSpec:art-11', 'nationalSpec:art-12']
		),
		'implementationPlan.contents': v(
			list(
				'name',
				'feasibility',
				'operatorConditions',
				'authorizationMode',
				'dataResources',
				'termAndDelivery',
				'productList',
				'costRevenueAccounting',
				'security',
				'rightsDuties',
				'supervisionEvaluation',
				'other'
			),
			l('十二项（第九条（一）至（十二））', 'Twelve items (art. 9(1)–(12))'),
			[
				'nationalSpec:art-9',
				'nationalSpec:art-9-1',
				'nationalSpec:art-9-2',
				'nationalSpec:art-9-3',
				'nationalSpec:art-9-4',
				'nationalSpec:art-9-5',
				'nationalSpec:art-9-6',
				'nationalSpec:art-9-7',
				'nationalSpec:art-9-8',
				'nationalSpec:art-9-9',
				'nationalSpec:art-9-10',
				'nationalSpec:art-9-11',
				'nationalSpec:art-9-12'
			],
			{
				note: l(
					'可行性论证应包括数据全生命周期管理服务、社会需求、市场规模、预期成效、风险防控等（第十条）。',
					'The feasibility study covers life-cycle data management, demand, market size, expected results and risk control (art. 10).'
				)
			}
		),
		'implementationPlan.approval': v(
			list('collectiveDecision', 'governmentReview', 'filing'),
			l(
				'按“三重一大”审议；报本级人民政府审议；省级备案',
				'Collective decision; reviewed by the government at its level; filed at provincial level'
			),
			['nationalSpec:art-11', 'nationalSpec:art-11-p2', 'nationalSpec:art-11-p4'],
			{
				note: l(
					'国家行业主管部门的方案报本部门的部（委、局）务会审议。',
					'A national industry authority’s plan goes to its own ministerial meeting.'
				)
			}
		),
		'implementationPlan.changeRequiresReapproval': v(
			bool(true),
			l(
				'审定的实施方案原则上不得随意变更，确需较大变更的按原流程重新报请审议',
				'An approved plan in principle is not changed at will; a major change goes through approval again'
			),
			['nationalSpec:art-11-p3'],
			{ qualifier: 'inPrinciple' }
		),

		// ——— authorization ———
		'authorization.tiers': v(
			en('single'),
			l('单级：运营机构', 'Single tier: operating institution'),
			['nationalSpec:art-3', 'nationalSpec:art-3-p3'],
			{
				note: l(
					'运营机构交付的产品和服务，鼓励其他经营主体再开发（第六条第二款），但这些经营主体不经授权，不构成第二级。',
					'Other businesses are encouraged to re-develop what the operator delivers (art. 6(2)), but they are not authorized and form no second tier.'
				)
			}
		),
		'authorization.modes': v(
			list('comprehensive', 'domain', 'scenario'),
			l(
				'整体授权、分领域授权或依场景授权等（由实施方案确定）',
				'Whole, by domain or by use case, among others (set by the plan)'
			),
			['nationalSpec:art-9-4'],
			{
				note: l(
					'“等”表示列举不尽；授权运营模式是实施方案的内容。',
					'"等" leaves the list open; the mode is part of the implementation plan.'
				)
			}
		),
		'authorization.operatorTerm': v(
			text('运营机构', 'operating institution'),
			l('运营机构（法人组织）', 'Operating institution (a legal person)'),
			['nationalSpec:art-3-p3']
		),
		'authorization.rightsGranted': v(
			text(
				'对授权范围内的公共数据资源进行治理、开发运营，面向市场公平提供数据产品和技术服务；不得超授权范围使用公共数据资源',
				'To govern, develop and operate the public data resources within the authorization and provide data products and technical services fairly to the market; no use beyond the authorization'
			),
			l(
				'治理、开发运营，面向市场公平提供产品和服务',
				'Govern, develop and operate; provide products fairly to the market'
			),
			['nationalSpec:art-3', 'nationalSpec:art-3-p3', 'nationalSpec:art-21-p2']
		),

		// ——— use-case principle ———
		'scenario.principle': ns(
			l('未规定（依场景授权是可选的授权模式之一）', 'Not specified (by use case is one possible mode)'),
			['nationalSpec:art-9-4']
		),
		'scenario.requirements': ns(),

		// ——— eligibility ———
		'eligibility.legalForm': v(
			text('法人组织', 'A legal person'),
			l('按照规范程序获得授权的法人组织', 'A legal person authorized by proper procedure'),
			['nationalSpec:art-3-p3']
		),
		'eligibility.domesticCapitalOnly': ns(),
		'eligibility.incidentLookbackYears': ns(),
		'eligibility.incidentSeverity': ns(),
		'eligibility.creditRequirements': v(list('goodCredit'), l('信用状况良好', 'Good credit standing'), [
			'nationalSpec:art-12-p2'
		]),
		'eligibility.creditCoversRepresentative': ns(),
		'eligibility.operatingCondition': v(
			text(
				'具备数据资源加工、运营所需的管理和技术服务能力，经营状况和信用状况良好，符合国家数据安全保护要求',
				'The management and technical service capacity that processing and operating data resources need; sound operation and credit; meets national data-security protection requirements'
			),
			l(
				'管理和技术服务能力；经营状况良好；符合数据安全保护要求',
				'Management and technical capacity; sound operation; data-security compliant'
			),
			['nationalSpec:art-12-p2']
		),
		'eligibility.securityOfficer': ns(
			l(
				'未规定（仅要求“符合国家数据安全保护要求”）',
				'Not specified (only "meets data-security requirements")'
			),
			['nationalSpec:art-12-p2']
		),
		'eligibility.mlps3Experience': ns(),
		'eligibility.capitalRequirement': v(
			bool(true),
			l(
				'实施方案须规定运营机构的选择条件，包括资金能力',
				'The plan must set the conditions for choosing the operator, capital capacity among them'
			),
			['nationalSpec:art-9-3'],
			{
				note: l(
					'规范本身不设资金门槛，而要求实施方案在选择条件中写明资金、管理、技术、服务、安全能力等。',
					'The specification sets no capital threshold itself; it requires the plan to state conditions on capital, management, technology, service and security capacity.'
				)
			}
		),
		'eligibility.subsidiaryQualifies': ns(),

		// ——— application ———
		'application.materials': ns(
			l(
				'未规定（依招标、采购、谈判文件）',
				'Not specified (per the tender, procurement or negotiation documents)'
			),
			['nationalSpec:art-12']
		),

		// ——— selection ———
		'selection.method': v(
			en('fairCompetition'),
			l(
				'以公开招标、邀请招标、谈判等公平竞争方式选择运营机构',
				'Open tender, invited tender, negotiation or another fair competitive method'
			),
			['nationalSpec:art-12']
		),
		'selection.procurementMethods': v(
			list('publicTender', 'invitedTender', 'negotiation'),
			l('公开招标、邀请招标、谈判等', 'Open tender, invited tender, negotiation, etc.'),
			['nationalSpec:art-12'],
			{
				note: l(
					'“等公平竞争方式”：列举不尽，其他公平竞争方式亦可。',
					'"Or other fair competitive methods": the list is open.'
				)
			}
		),
		'selection.reviewStages': v(
			list('collectiveDecision', 'filing'),
			l(
				'签约前经实施机构“三重一大”审议；协议报省级数据管理部门备案',
				'Collective decision before signing; the agreement is filed at provincial level'
			),
			['nationalSpec:art-13'],
			{
				note: l(
					'实施方案另须经“三重一大”审议并报本级人民政府审议（第十一条），见“实施方案的审议与备案”。',
					'The plan itself goes through a collective decision and the government (art. 11): see the plan’s approval.'
				)
			}
		),
		'selection.announcementRequired': ns(
			l(
				'未规定（公开招标以外，邀请招标、谈判亦可）',
				'Not specified (invited tender and negotiation also allowed)'
			),
			['nationalSpec:art-12']
		),

		// ——— public notice ———
		'publicNotice.operatorsPublished': v(
			bool(true),
			l('实施机构定期向社会披露授权对象等', 'The implementing body regularly discloses who is authorized'),
			['nationalSpec:art-18']
		),
		'publicNotice.objections': ns(
			l('未规定（登记公示期内可提出异议）', 'Not specified (objections only in registration publicity)'),
			['nationalRegistration:art-12-p2']
		),
		'registration.publicityDays': ns(
			l('未规定天数（公示期以工作日计：10个工作日）', 'No calendar days (publicity runs 10 working days)'),
			['nationalRegistration:art-12'],
			l(
				'登记办法以工作日计公示期，见“登记公示期（工作日）”。',
				'The registration measures count publicity in working days: see "Registration publicity (working days)".'
			)
		),

		// ——— disclosure ———
		'disclosure.authorizationInfo': v(
			list('operator', 'content', 'scope', 'term'),
			l(
				'定期向社会披露授权对象、内容、范围和时限',
				'Regularly discloses who is authorized, what, the scope and the term'
			),
			['nationalSpec:art-18']
		),
		'disclosure.productList': v(
			bool(true),
			l('运营机构应公开公共数据产品和服务清单', 'The operator publishes its product and service list'),
			['nationalSpec:art-19', 'nationalPricing:sec-5-p1']
		),
		'disclosure.dataUsage': v(
			bool(true),
			l(
				'运营机构定期向社会披露公共数据资源使用情况',
				'The operator regularly discloses its use of public data'
			),
			['nationalSpec:art-19']
		),
		'disclosure.prices': v(
			bool(true),
			l(
				'推动运营机构及时向社会公示产品和服务项目清单及收费标准',
				'Operators are to publish their product lists and charges promptly'
			),
			['nationalPricing:sec-5-p1'],
			{
				note: l(
					'通知的措辞是价格和数据管理部门“推动”运营机构公示，并查处不按规定明码标价的行为。',
					'The notice has the price and data authorities "push" operators to publish, and act against failures to mark prices.'
				)
			}
		),

		// ——— agreement ———
		'term.maxMonths': v(
			num(60, 'atMost'),
			l('运营期限原则上最长不超过5年', 'Term in principle at most 5 years'),
			['nationalSpec:art-14-2'],
			{ qualifier: 'inPrinciple' }
		),
		'agreement.signatories': v(
			text(
				'实施机构独立或会同本级有关业务主管部门，经“三重一大”审议后，与依法选定的运营机构签订',
				'The implementing body, alone or with the competent departments at its level, after a collective decision, and the lawfully chosen operator'
			),
			l('实施机构（可会同业务主管部门）与运营机构', 'Implementing body (with departments) and the operator'),
			['nationalSpec:art-13']
		),
		'agreement.contents': v(
			text(
				'数据资源范围及目录；运营期限；产品和服务清单及技术标准、安全审核要求、业务规范性审核要求；技术支撑平台；资产权属；信息披露要求和不得参与再开发要求；成本收入核算和收益分配；数据安全、个人信息保护、风险监测和应急处置；运营成效评价、续约或退出机制；违约责任；争议解决方式；协议变更、终止条件；其他事项',
				'Data scope and catalogue; term; product list with technical standards and security and business review requirements; supporting platform; asset ownership; disclosure and no re-development; cost and revenue accounting and distribution; data security, personal information, risk monitoring and emergencies; evaluation, renewal or exit; liability; dispute resolution; change and termination; other matters'
			),
			l('十三项（第十四条（一）至（十三））', 'Thirteen items (art. 14(1)–(13))'),
			['nationalSpec:art-14']
		),
		'agreement.requiredContents': v(
			list(
				'dataScope',
				'term',
				'productList',
				'platform',
				'assetOwnership',
				'disclosure',
				'noRedevelopment',
				'costRevenueAccounting',
				'security',
				'evaluation',
				'renewalOrExit',
				'liability',
				'disputeResolution',
				'changeTermination',
				'other'
			),
			l('十三项（第十四条（一）至（十三））', 'Thirteen items (art. 14(1)–(13))'),
			[
				'nationalSpec:art-14-1',
				'nationalSpec:art-14-2',
				'nationalSpec:art-14-3',
				'nationalSpec:art-14-4',
				'nationalSpec:art-14-5',
				'nationalSpec:art-14-6',
				'nationalSpec:art-14-7',
				'nationalSpec:art-14-8',
				'nationalSpec:art-14-9',
				'nationalSpec:art-14-10',
				'nationalSpec:art-14-11',
				'nationalSpec:art-14-12',
				'nationalSpec:art-14-13'
			],
			{
				note: l(
					'第十四条（六）含两项（信息披露、不得再开发），（九）含两项（成效评价、续约或退出），故为15个条款代码。',
					'Item (6) holds two clauses (disclosure; no re-development) and item (9) two (evaluation; renewal or exit): 15 codes for 13 items.'
				)
			}
		),
		'agreement.modelText': ns(),

		// ——— certificates ———
		'certificates.issued': ns(
			l('未规定证书（登记后发放登记结果查询码）', 'No certificate (a registration query code is issued)'),
			['nationalRegistration:art-13']
		),

		// ——— registration ———
		'registration.dataResourcesRequired': v(
			bool(true),
			l(
				'纳入授权运营范围的公共数据资源应当登记',
				'Public data resources brought into authorized operation must be registered'
			),
			['nationalSpec:art-16', 'nationalRegistration:art-5']
		),
		'registration.productsRequired': v(
			bool(true),
			l('运营机构应将公共数据产品和服务登记', 'The operator registers its public data products and services'),
			['nationalSpec:art-16', 'nationalRegistration:art-5-p2'],
			{
				note: l(
					'实施规范第十六条规定运营机构“应”登记产品和服务；登记办法第五条第二款对经授权运营的法人组织只说“鼓励”登记。本表按实施规范读作义务：它专门规定授权运营，且要求“按照登记管理要求”登记，即登记程序依登记办法。',
					'Spec art. 16 says the operator "shall" register its products and services; the registration measures (art. 5(2)) only "encourage" authorized operators to. Read here as a duty under the specification, the rule made for authorized operation, with the procedure of the measures.'
				)
			}
		),
		'registration.kinds': v(
			list('first', 'change', 'correction', 'cancellation', 'renewal'),
			l('首次、变更、更正、注销登记；期满续展', 'First, change, correction, cancellation; renewal at lapse'),
			[
				'nationalRegistration:art-9',
				'nationalRegistration:art-9-1',
				'nationalRegistration:art-9-2',
				'nationalRegistration:art-9-3',
				'nationalRegistration:art-9-4',
				'nationalRegistration:art-15-p2'
			],
			{
				note: l(
					'第九条列四类申请（“主要包括”）；续展规定在第十五条。',
					'Article 9 lists four kinds ("mainly"); renewal is in article 15.'
				)
			}
		),
		'registration.firstWithinWorkingDays': v(
			num(20, 'atMost'),
			l(
				'提供数据资源或交付产品和服务后20个工作日内申请首次登记',
				'Apply for first registration within 20 working days of first providing data or delivering products'
			),
			['nationalRegistration:art-9-1']
		),
		'registration.existingOperationsWorkingDays': v(
			num(30, 'atMost'),
			l(
				'办法施行前已开展授权运营的，施行后30个工作日内按首次登记程序登记',
				'Operations begun before the measures: register within 30 working days after they took effect'
			),
			['nationalRegistration:art-9-1', 'nationalRegistration:art-24']
		),
		'registration.acceptanceWorkingDays': v(
			num(3, 'atMost'),
			l('自收到申请日起3个工作日内受理', 'Accepted within 3 working days of receipt'),
			['nationalRegistration:art-10'],
			{
				note: l(
					'材料不齐全的一次性告知补正，受理期限自补正后重新提交之日起计算。',
					'Incomplete files are sent back once with everything missing; the period restarts on resubmission.'
				)
			}
		),
		'registration.formalReviewWorkingDays': v(
			num(20, 'atMost'),
			l('自受理之日起20个工作日内完成形式审核', 'Formal review within 20 working days of acceptance'),
			['nationalRegistration:art-11']
		),
		'registration.publicityWorkingDays': v(
			num(10, 'exactly'),
			l('登记信息公示期为10个工作日', 'Registration publicity lasts 10 working days'),
			['nationalRegistration:art-12'],
			{
				note: l(
					'公示期内可实名提出异议，异议成立的终止登记；期满无异议的发放登记结果查询码（第十二条第二款、第十三条）。',
					'Named objections may be raised during publicity; a founded objection ends the registration; without objection a query code is issued (art. 12(2), 13).'
				)
			}
		),
		'registration.cancellationWorkingDays': v(
			num(10, 'atMost'),
			l('自受理之日起10个工作日内完成注销', 'Cancellation completed within 10 working days of acceptance'),
			['nationalRegistration:art-9-4']
		),
		'registration.validityYears': v(
			num(3, 'exactly'),
			l(
				'登记结果有效期原则上为三年，自赋码之日起计算',
				'A registration is valid in principle for 3 years from coding'
			),
			['nationalRegistration:art-15'],
			{
				qualifier: 'inPrinciple',
				note: l(
					'授权协议运营期限不超过三年的产品和服务登记，以实际运营期限为准。',
					'For products and services under an agreement of at most three years, the actual term applies.'
				)
			}
		),
		'registration.renewalWindowDays': v(
			num(60, 'atMost'),
			l(
				'可在期满前60日内续展，每次续展期最长三年',
				'May renew within 60 days before lapse, for up to 3 years each time'
			),
			['nationalRegistration:art-15-p2'],
			{ qualifier: 'discretionary' }
		),
		'registration.lapsesWithoutRenewal': v(
			bool(true),
			l('期满未按规定续展的，由登记机构注销', 'Cancelled by the registering body if not renewed'),
			['nationalRegistration:art-15-p3']
		),

		// ——— renewal ———
		'renewal.deadlineMonthsBeforeExpiry': ns(),
		'renewal.windowOpensMonthsBeforeExpiry': ns(),
		'renewal.basis': v(
			text(
				'授权运营协议约定运营成效评价及续约或退出机制',
				'The agreement sets how results are evaluated and the renewal or exit mechanism'
			),
			l('协议约定运营成效评价、续约或退出机制', 'Evaluation and renewal or exit set by the agreement'),
			['nationalSpec:art-14-9']
		),
		'renewal.lapseWithoutApplication': ns(),

		// ——— training ———
		'training.preJobRequired': ns(),
		'training.provider': ns(),

		// ——— data access ———
		'dataAccess.approval': ns(),
		'dataAccess.minimalNecessity': ns(),
		'dataAccess.personalInfoConditions': circulation.v(
			text(
				'个人数据流通应当依法依规取得个人同意或经过匿名化处理，不得通过强迫、欺诈、误导等方式取得个人同意',
				'Personal data circulates only with the individual’s lawful consent or after anonymization; consent may not be obtained by coercion, fraud or misleading'
			),
			l(
				'取得个人同意或经匿名化处理；不得强迫、欺诈、误导取得同意',
				'Consent or anonymization; no coerced, fraudulent or misled consent'
			),
			['nationalCirculation:sec-2-3'],
			{
				note: l(
					'流通安全方案就一切个人数据流通而言，未专门针对授权运营；方案文本未载明施行日期。',
					'The circulation plan speaks of all circulation of personal data, not of authorized operation alone; its text states no date.'
				)
			}
		),
		'dataQuality.feedbackWorkingDays': ns(),

		// ——— processing ———
		'processing.inDomain': ns(
			l(
				'未规定（实施机构建立安全可控的开发利用环境）',
				'Not specified (the implementing body builds a secure environment)'
			),
			['nationalSpec:art-15'],
			l(
				'第十五条要求实施机构建设安全可控的开发利用环境，未规定加工必须在其中进行。',
				'Article 15 has the implementing body build a secure environment; it does not require processing to happen in it.'
			)
		),
		'processing.rawDataInvisible': v(
			bool(true),
			l(
				'严格管控未依法依规公开的原始公共数据资源直接进入市场',
				'Unpublished raw public data may not go directly to the market'
			),
			['nationalSpec:art-21', 'nationalCirculation:sec-2-5'],
			{
				note: l(
					'实施规范要求管控原始数据直接进入市场；流通安全方案对重要数据“鼓励”以“原始数据不出域、数据可用不可见”等方式开发。两者均未要求原始数据对加工人员不可见。',
					'The specification bars raw data from going straight to the market; the circulation plan "encourages" "raw data stays in the domain, usable but not visible" for important data. Neither requires raw data to be hidden from processing staff.'
				)
			}
		),
		'processing.realNamePersonnel': ns(),
		'processing.ndaRequired': ns(),
		'processing.socialDataImport': ns(),

		// ——— products ———
		'products.reviewBy': ns(
			l('未规定（审核要求由协议约定）', 'Not specified (review requirements set by the agreement)'),
			['nationalSpec:art-14-3']
		),
		'products.reviewCriteria': v(
			text(
				'协议约定产品和服务的技术标准、安全审核要求、业务规范性审核要求',
				'The agreement sets technical standards and security and business review requirements for products and services'
			),
			l(
				'技术标准、安全审核、业务规范性审核（协议约定）',
				'Technical, security and business review (per agreement)'
			),
			['nationalSpec:art-14-3']
		),
		'products.noRedevelopment': v(
			bool(true),
			l(
				'运营机构不得直接或间接参与已交付的产品和服务再开发；鼓励其他经营主体再开发',
				'The operator may not re-develop what it delivered; other businesses are encouraged to'
			),
			['nationalSpec:art-6-p2', 'nationalSpec:art-14-6']
		),

		// ——— trading ———
		'trading.venue': ns(),

		// ——— pricing ———
		'pricing.principle': v(
			text(
				'用于公共治理、公益事业的免费提供；用于产业发展、行业发展的可收取公共数据运营服务费，实行政府指导价；价格按照国家有关价格政策执行',
				'Free for public governance and public welfare; for industry and sector development a public-data operation service fee may be charged, under government guidance; prices follow national price policy'
			),
			l(
				'公益免费；产业用途收取运营服务费，实行政府指导价',
				'Free for the public good; service fees for industry under government guidance'
			),
			['nationalPricing:sec-1-p1', 'nationalSpec:art-17', 'nationalSpec:art-4']
		),
		'pricing.freeForPublicGood': v(
			bool(true),
			l('用于公共治理、公益事业的，免费提供', 'Free for public governance and public welfare'),
			['nationalPricing:sec-1-p1']
		),
		'pricing.serviceFeeRegime': v(
			en('governmentGuided'),
			l(
				'公共数据运营服务费实行政府指导价，纳入中央或地方定价目录',
				'Government-guided price, in the central or local pricing catalogue'
			),
			['nationalPricing:sec-1-p1'],
			{
				note: l(
					'地方登记的产品和服务原则上由省级发展改革部门会同数据管理等部门制定收费标准，确有必要的可授权地级及以上人民政府制定。',
					'For locally registered products, in principle the provincial development and reform department sets the charges with the data administration; it may delegate to governments at prefecture level and above.'
				)
			}
		),
		'pricing.maxAllowedRevenue': v(
			bool(true),
			l(
				'发展改革部门会同数据管理部门按“补偿成本、合理盈利”核定最高准许收入',
				'Development and reform and data administrations set a maximum allowed revenue: costs plus reasonable profit'
			),
			['nationalPricing:sec-2-p1', 'nationalPricing:sec-3-1-p1'],
			{
				note: l(
					'最高准许收入＝经营成本＋准许利润＋税金；准许利润率为成本调查前一年10年期国债平均收益率加不超过6个百分点。',
					'Allowed revenue = operating costs + allowed profit + taxes; the allowed profit rate is the previous year’s average 10-year treasury yield plus at most 6 points.'
				)
			}
		),
		'pricing.chargeCeiling': v(
			bool(true),
			l(
				'授权主体在最高准许收入内制定上限收费标准，运营机构在上限内确定具体收费',
				'The authorizing party sets charge ceilings within the allowed revenue; the operator sets charges below them'
			),
			['nationalPricing:sec-2-p1', 'nationalPricing:sec-3-2-p1'],
			{
				note: l(
					'尚无完整年度运营情况的，由授权主体指导运营机构制定试行收费标准（二第二段）。',
					'Without a full year of operation, the authorizing party guides the operator to set trial charges (sec. 2, para. 2).'
				)
			}
		),
		'pricing.deviationPercent': v(
			num(10, 'exactly'),
			l(
				'偏离10%及以下的调整具体收费标准；超过10%的调整上限收费标准',
				'Up to 10% off: the operator’s charges are adjusted; over 10%: the ceilings are'
			),
			['nationalPricing:sec-4-p2']
		),
		'pricing.evaluationCycleYears': v(
			num(3, 'atMost'),
			l('定期评估，评估周期原则上不超过3年', 'Regular evaluation, in principle at most every 3 years'),
			['nationalPricing:sec-4-p1'],
			{ qualifier: 'inPrinciple' }
		),
		'pricing.costRevenueAccounts': v(
			bool(true),
			l(
				'运营机构单独核算并准确记录经营成本和收入，按现有财务管理制度管理',
				'The operator keeps separate, accurate accounts of costs and revenue under existing financial rules'
			),
			['nationalPricing:sec-5-p1', 'nationalSpec:art-22']
		),
		'revenue.distribution': v(
			text(
				'实施方案和授权运营协议明确经营成本和收入等核算机制、收益分配机制；鼓励通过技术、产品和服务、收益等方式支持各地区、各部门数据治理和服务能力建设',
				'The plan and the agreement set cost and revenue accounting and revenue distribution; technology, products, services and revenue may support data governance and service capacity'
			),
			l('方案和协议约定核算与收益分配机制', 'Accounting and distribution set by the plan and agreement'),
			['nationalSpec:art-9-8', 'nationalSpec:art-14-7', 'nationalSpec:art-20']
		),

		// ——— intellectual property ———
		'ip.protection': ns(),

		// ——— reporting ———
		'reporting.operatorCadence': ns(
			l(
				'未规定（授权主体每年3月底前报送运营机构上年度经营情况）',
				'Not specified (the authorizing party reports the operator’s year by end of March)'
			),
			['nationalPricing:sec-5-p2']
		),
		'reporting.contents': ns(
			l('未规定（运营机构自身的报告）', 'Not specified (for the operator’s own report)'),
			[],
			l(
				'授权主体报送的年度经营情况报告须包括整体经营状况、成本开支、实际收入及利润、产品和服务的销售规模及收入、收入偏离和收费调整等（价格通知五第二段）。',
				'The authorizing party’s yearly report covers overall business, costs, revenue and profit, sales of each product, deviation from allowed revenue and charge adjustments (pricing notice sec. 5 para. 2).'
			)
		),
		'reporting.authorityCadence': ns(),
		'reporting.yearlyReportDue': v(
			en('endOfMarch'),
			l(
				'每年3月底前，授权主体报送上一年度运营机构经营情况报告',
				'By the end of March each year the authorizing party reports the operator’s previous year'
			),
			['nationalPricing:sec-5-p2']
		),

		// ——— evaluation ———
		'evaluation.cadence': ns(
			l('未规定（评价要求由实施方案和协议约定）', 'Not specified (set by the plan and the agreement)'),
			['nationalSpec:art-9-11', 'nationalSpec:art-14-9']
		),
		'evaluation.consequences': ns(),

		// ——— suspension ———
		'suspension.onFailedEvaluation': ns(),
		'suspension.restoration': ns(),
		'rectification.failureLeadsTo': ns(),

		// ——— termination ———
		'termination.grounds': ns(
			l('未规定（协议约定变更、终止条件）', 'Not specified (the agreement sets termination conditions)'),
			['nationalSpec:art-14-12']
		),
		'exit.voluntaryNoticeMonths': ns(),
		'exit.forcedExit': ns(),
		'termination.permissionsClosed': ns(),
		'termination.dataDeletion': ns(),
		'termination.logRetentionMonths': ns(),

		// ——— security ———
		'security.incidentReporting': ns(),
		'security.riskDiscoveryDuty': ns(
			l(
				'未规定（须加强数据关联汇聚风险识别和管控）',
				'Not specified (aggregation risks must be identified and controlled)'
			),
			['nationalSpec:art-21-p3']
		),
		'security.emergencyPlan': v(
			bool(true),
			l('实施方案和协议须含应急处置措施', 'The plan and the agreement must provide for emergency handling'),
			['nationalSpec:art-9-9', 'nationalSpec:art-14-8']
		),
		'security.thirdPartyProhibited': ns(
			l('未规定（不得超授权范围使用）', 'Not specified (no use beyond the authorization)'),
			['nationalSpec:art-21-p2']
		),
		'security.classificationGrading': v(
			bool(true),
			l('落实数据分类分级保护制度要求', 'Data classification and grading protection applies'),
			['nationalSpec:art-5', 'nationalSpec:art-21']
		),

		// ——— responsibility ———
		'responsibility.principle': v(
			text(
				'运营机构履行数据安全主体责任；公共数据流通中数据提供方“谁主管、谁提供、谁负责”，数据接收方“谁经手、谁使用、谁管理、谁负责”',
				'The operator bears primary responsibility for data security; in public-data circulation the provider is responsible for what it governs and provides, the recipient for what it handles, uses and manages'
			),
			l('运营机构负数据安全主体责任', 'The operator bears primary data-security responsibility'),
			['nationalSpec:art-21-p2', 'nationalCirculation:sec-2-2']
		),
		'responsibility.principalFirstResponsible': ns(),

		// ——— assets ———
		'assets.ownership': v(
			text(
				'授权运营协议约定资产权属，包括软硬件设备、公共数据产品和服务的权属；实施方案含资产管理',
				'The agreement sets ownership of assets, including hardware, software and data products and services; the plan covers asset management'
			),
			l('协议约定（含软硬件、产品和服务）', 'Set by the agreement (hardware, software, products)'),
			['nationalSpec:art-14-5', 'nationalSpec:art-9-6']
		),

		// ——— regulation ———
		'regulation.status': v(
			list('trial', 'interim'),
			l('实施规范（试行）；登记办法（暂行）', 'Specification (trial); registration measures (interim)'),
			['nationalSpec:title', 'nationalRegistration:title']
		),
		'regulation.validFrom': v(
			{ kind: 'date', value: NATIONAL_EFFECTIVE },
			l('2025年3月1日起施行', 'In force from 1 March 2025'),
			['nationalSpec:art-27', 'nationalRegistration:art-24']
		),
		'regulation.validUntil': v(
			{ kind: 'date', value: '2030-02-28' },
			l('有效期5年（至2030年2月28日）', 'Valid for 5 years (to 28 February 2030)'),
			['nationalSpec:art-27', 'nationalRegistration:art-24'],
			{
				note: l(
					'文本写“有效期5年”；截止日按本应用的期间计算（含起始日，至五周年前一日）推算。价格通知未设有效期。',
					'The texts say "valid for 5 years"; the last day is computed by the app’s period convention (start day included, to the eve of the fifth anniversary). The pricing notice sets no end.'
				)
			}
		),
		'regulation.validityYears': v(num(5, 'exactly'), l('有效期5年', 'Valid for 5 years'), [
			'nationalSpec:art-27',
			'nationalRegistration:art-24'
		]),
		'regulation.nationalRulesPrevail': ns(
			l('不适用（国家框架本身）', 'Not applicable (the national framework itself)'),
			['nationalSpec:art-24'],
			l(
				'第二十四条：地方可根据本规范制定实施细则；规范实施前已开展的授权运营应参照本规范逐步完善。',
				'Article 24: local authorities may write implementing rules under the specification; operations begun before it are to be brought into line gradually.'
			)
		),

		// ——— added with the rule-data review (issue 22, item 6) ———
		'scenario.publicGoodFirst': v(
			bool(true),
			l('“公益优先”是授权运营原则之一', '"Public good first" is one of the principles'),
			['nationalSpec:art-4']
		),
		'dataAccess.paidAccess': ns(),
		'authorization.singleChannel': ns(
			l(
				'未规定（协议须载明技术支撑平台）',
				'Not specified (the agreement must name the supporting platform)'
			),
			['nationalSpec:art-14-4']
		),
		'authorization.noSideAgreements': ns(),
		'authorization.noDelegation': ns(),
		'dataAccess.useLimitedToAuthorization': v(
			bool(true),
			l(
				'运营机构不得超授权范围使用公共数据资源',
				'The operating institution may not use public data resources beyond its authorization'
			),
			['nationalSpec:art-21-p2']
		),
		'dataAccess.resourceCatalogue': v(
			bool(true),
			l(
				'实施方案和授权运营协议须载明授权运营的数据资源范围及数据资源目录',
				'The implementation plan and the agreement must state the scope and the catalogue of the data in operation'
			),
			['nationalSpec:art-9-5', 'nationalSpec:art-14-1']
		),
		'processing.platformBuiltBy': ns(
			l(
				'未规定（协议须载明技术支撑平台）',
				'Not specified (the agreement must name the supporting platform)'
			),
			['nationalSpec:art-14-4']
		),
		'processing.modelTrainingOnSampledData': ns(),
		'products.operatorCustomersLimited': ns(
			l(
				'未规定（运营机构面向市场公平提供数据产品和技术服务）',
				'Not specified (the operating institution provides data products and technical services fairly to the market)'
			),
			['nationalSpec:art-3']
		),
		'registration.rightsConfirmation': ns(),
		'registration.commitmentBased': ns(),
		'evaluation.cooperationDuty': ns(),
		'security.crossBorderChecked': ns(),
		'evaluation.evaluator': ns(
			l(
				'未规定（考核评价要求由实施方案载明）',
				'Not specified (the implementation plan states the evaluation requirements)'
			),
			['nationalSpec:art-9-11']
		),
		'evaluation.criteria': ns(
			l(
				'未规定（实施方案载明评价标准，协议约定运营成效评价）',
				'Not specified (the implementation plan states the evaluation standards; the agreement settles the evaluation of results)'
			),
			['nationalSpec:art-9-6', 'nationalSpec:art-14-9']
		),
		'authorization.adjustmentPower': ns(),
		'responsibility.publicBodyLiability': ns(
			l(
				'未规定（坚决防止以数谋私）',
				'Not specified (using data for private gain is to be firmly prevented)'
			),
			['nationalSpec:art-23']
		),
		'responsibility.ecosystemSupport': ns(),
		'processing.environmentIsolation': ns(
			l(
				'未规定（实施机构建立安全可控的开发利用环境，可管、可控、可追溯）',
				'Not specified (the implementing body builds a secure, controllable development environment, manageable, controllable and traceable)'
			),
			['nationalSpec:art-15']
		),
		'security.onSiteMeasures': ns(),
		'security.periodicSecurityReports': ns(),
		'agreement.lowerTierContents': ns(
			l('未规定（单级授权：运营机构）', 'Not specified (a single tier: the operating institution)'),
			['nationalSpec:art-3']
		),
		'responsibility.noMonopoly': v(
			bool(true),
			l(
				'开展授权运营不得滥用行政权力或市场支配地位排除、限制竞争，不得利用数据和算法、技术、资本优势等从事垄断行为',
				'Authorized operation may not abuse administrative power or a dominant position to exclude or restrict competition, nor use data, algorithms, technology or capital to monopolize'
			),
			['nationalSpec:art-6']
		),
		'responsibility.sanctions': v(
			list('legalLiability'),
			l(
				'登记机构、登记主体违反有关法律的依法承担相关责任，构成犯罪的依法追究刑事责任',
				'Registration bodies and registrants that break the law bear liability under it, and criminal liability for a crime'
			),
			['nationalRegistration:art-21'],
			{
				note: l(
					'只有登记办法第二十一条就违法规定了责任；实施规范、价格通知和流通安全方案未规定违规的处理。',
					'Only art. 21 of the registration measures speaks of liability; the specification, the pricing notice and the circulation plan set no sanctions.'
				)
			}
		),
		'assets.bookingRequiresConfirmation': ns(
			l(
				'未规定（应有效识别和管控数据资产化、数据资产资本化不当操作带来的安全隐患）',
				'Not specified (the risks of improper assetization and capitalization of data are to be identified and controlled)'
			),
			['nationalSpec:art-23-p2']
		)
	}
};
