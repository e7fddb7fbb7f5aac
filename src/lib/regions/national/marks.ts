// Conformity marks judged by hand: where a region's value cannot be weighed against the national one from
// the types alone (free text, an enum with no order, a list whose direction the catalogue leaves open), or
// where the computed comparison would mislead. Each gives its reason; the mark cites both sides' clauses
// (the values' own, plus any named here). A hand mark holds only for the value it judged: a draft that
// changes the value loses it. Law as data: no engine is imported here.

import type { ClauseId, DimensionId, Localized, RegionId } from '../types';
import type { NationalRef } from './framework';
import { cites, type Spelled } from '../profile-kit';

export interface HandMark {
	region: RegionId;
	dimension: DimensionId;
	relation: 'same' | 'stricter' | 'looser' | 'conflicts' | 'regionSilent';
	reason: Localized;
	/** Clauses the judgement also rests on, beyond those the two values cite. */
	also?: { regional?: ClauseId[]; national?: NationalRef[] };
}

/**
 * The table names each region by its folder, written once here: the one cast, checked by the tests (every hand
 * mark's region has a rule profile, conformity.test.ts "hand marks"), as `cites` brands the clause ids.
 */
const handRegion = (folder: string): RegionId => folder as RegionId;

const mark = (
	folder: string,
	dimension: DimensionId,
	relation: HandMark['relation'],
	zh: string,
	en: string,
	also?: { regional?: string[]; national?: Spelled<NationalRef>[] }
): HandMark => ({
	region: handRegion(folder),
	dimension,
	relation,
	reason: { zh, en },
	...(also
		? {
				also: {
					...(also.regional ? { regional: cites(...also.regional) } : {}),
					...(also.national ? { national: cites<NationalRef>(...also.national) } : {})
				}
			}
		: {})
});

// Reasons shared by several regions.
const NOT_FAIR_COMPETITION = [
	'是对申请者逐一审查、由专家评审后确定，不是实施规范第十二条所列公开招标、邀请招标、谈判等公平竞争方式（可商榷：“等”留有余地，但逐一评审申请者并不是竞争择优的程序）。',
	'applicants are each reviewed and chosen after expert review, which is not the open or invited tender, negotiation or other fair competition of spec art. 12 (debatable: "等" leaves room, but reviewing applicants one by one is not a competition among them).'
] as const;
const DEIDENTIFIED_IS_NOT_ANONYMOUS = [
	'允许个人信息经脱敏（或脱密）处理后使用而无须本人同意；流通安全方案要求取得个人同意或经匿名化处理。脱敏不等于匿名化（匿名化指无法识别特定自然人且不能复原，个人信息保护法第七十三条）。',
	'personal information may be used after de-identification (脱敏) without consent; the circulation plan requires consent or anonymization. De-identification is not anonymization (which means the person cannot be identified and the data cannot be restored: PIPL art. 73).'
] as const;

export const HAND_MARKS: HandMark[] = [
	// ——— Quzhou ———
	mark(
		'quzhou',
		'eligibility.creditRequirements',
		'same',
		'衢州要求“符合相应的信用条件”而未列明，国家要求“信用状况良好”：都是概括的信用要求，都未逐项列明，不能据缺少某项代码判为更宽。',
		'Quzhou requires "the corresponding credit conditions" without listing them; nationally, "good credit standing": both are general credit requirements, neither itemized, so lacking a code does not make Quzhou looser.'
	),
	mark(
		'quzhou',
		'scope.excludedData',
		'stricter',
		'衢州排除一切“禁止开放”的公共数据（五类），宽于国家以“不危害国家安全、公共利益，不侵犯商业秘密、个人隐私和个人信息权益”为前提；经匿名化、脱敏脱密或权利人同意的例外仍在国家前提之内。',
		'Quzhou excludes all public data barred from opening (five classes), more than the national condition of not harming security, the public interest, trade secrets, privacy or personal information; its exceptions (anonymized, de-identified or consented data) stay within that condition.'
	),
	mark(
		'quzhou',
		'bodies.authorizingBody',
		'same',
		'市、县（市、区）政府是授权主体，即国家所称县级以上地方各级人民政府。',
		'City and county governments authorize: local governments at county level and above, as the national text says.'
	),
	mark(
		'quzhou',
		'bodies.implementingBody',
		'same',
		'未另设实施机构，由政府委托的公共数据主管部门牵头实施；国家允许政府结合授权模式确定实施机构。',
		'No separate implementing body: the authority acts on the government’s behalf, which the national definition (a unit the government designates) allows.'
	),
	mark(
		'quzhou',
		'authorization.rightsGranted',
		'stricter',
		'加工处理、形成产品和服务向社会提供，与国家一致；另限于在授权运营域内加工、产品仅用于协议约定的应用场景。',
		'Processing and providing products as nationally; in addition processing stays in the domain and products serve only the agreed use cases.'
	),
	mark(
		'quzhou',
		'eligibility.legalForm',
		'looser',
		'衢州允许非法人组织；国家规定运营机构是法人组织。',
		'Quzhou admits unincorporated organizations; the national operator is a legal person.'
	),
	mark(
		'quzhou',
		'eligibility.operatingCondition',
		'same',
		'经营状况良好、具备专业资质人才和生产服务能力，与国家“经营状况良好、具备管理和技术服务能力”相当（另须提交审计和财务报告）。',
		'Sound operation with qualifications, talent and service capacity: the national conditions in other words (plus audit and financial reports).'
	),
	mark(
		'quzhou',
		'selection.method',
		'conflicts',
		`衢州的资格审查、专家组综合评审、协调机制终审${NOT_FAIR_COMPETITION[0]}`,
		`Quzhou’s qualification check, expert review and coordination-mechanism decision: ${NOT_FAIR_COMPETITION[1]}`
	),
	mark(
		'quzhou',
		'agreement.signatories',
		'same',
		'公共数据主管部门受政府委托与授权运营单位签订，主管部门承担实施机构的角色。',
		'The authority signs on the government’s behalf, in the implementing body’s role.'
	),
	mark(
		'quzhou',
		'renewal.basis',
		'same',
		'届满前按程序重新申请，是一种续约机制；国家只要求协议约定成效评价、续约或退出机制。',
		'Reapplying by the procedure is a renewal mechanism; the national rule only requires the agreement to set one.'
	),
	mark(
		'quzhou',
		'dataAccess.personalInfoConditions',
		'looser',
		`衢州${DEIDENTIFIED_IS_NOT_ANONYMOUS[0]}`,
		`In Quzhou ${DEIDENTIFIED_IS_NOT_ANONYMOUS[1]}`
	),
	mark(
		'quzhou',
		'products.reviewCriteria',
		'stricter',
		'国家由协议约定技术标准和审核要求；衢州直接规定合法合规审核、仅用于约定场景、可还原原始数据的产品不得出域。',
		'Nationally the agreement sets the review requirements; Quzhou sets them itself: lawfulness, agreed use cases only, nothing that can restore raw data leaves the domain.'
	),
	mark(
		'quzhou',
		'pricing.principle',
		'conflicts',
		'衢州由授权运营单位按原则自行确定价格；国家对产业用途的运营服务费实行政府指导价（最高准许收入、上限收费标准），公共治理、公益用途免费。',
		'In Quzhou the operator sets its prices by principles; nationally, fees for industrial use are government-guided (allowed revenue, charge ceilings) and public-good use is free.',
		{ national: ['nationalPricing:sec-2-p1'] }
	),
	mark(
		'quzhou',
		'pricing.serviceFeeRegime',
		'conflicts',
		'运营单位自行定价，与政府指导价（由授权主体定上限、运营机构在上限内定具体标准）不合。',
		'The operator sets its own prices, at odds with government guidance (ceilings by the authorizing party, charges below them).',
		{ national: ['nationalPricing:sec-2-p1'] }
	),
	mark(
		'quzhou',
		'revenue.distribution',
		'same',
		'“谁投入、谁贡献、谁受益”，协议约定合理收益测算方法，与国家由方案和协议约定核算与收益分配机制一致。',
		'"Who invests, contributes, benefits", with the agreement setting returns: consistent with accounting and distribution set by plan and agreement.'
	),
	mark(
		'quzhou',
		'responsibility.principle',
		'same',
		'“谁运营谁负责、谁使用谁负责”，与国家运营机构负数据安全主体责任一致。',
		'"Whoever operates or uses is responsible": the operator’s primary responsibility, as nationally.'
	),

	// ——— Yingkou ———
	mark(
		'yingkou',
		'scope.publicDataDefinition',
		'stricter',
		'营口只含政府部门和授权组织履职中收集产生的数据，窄于国家（另含企事业单位提供公共服务中产生的数据）：可授权运营的数据更少。',
		'Yingkou covers only government departments and empowered organizations, narrower than the national definition (which adds enterprises and institutions providing public services): less data can be operated.'
	),
	mark(
		'yingkou',
		'bodies.authorizingBody',
		'same',
		'市政府委托市数据局作为实施机构授权，与国家由政府确定实施机构一致。',
		'The city government entrusts the data bureau as implementing body, as the national definition allows.'
	),
	mark(
		'yingkou',
		'bodies.implementingBody',
		'same',
		'市数据局受市政府委托为实施机构，合于国家定义。',
		'The city data bureau, designated by the city government: the national definition.'
	),
	mark(
		'yingkou',
		'implementationPlan.contents',
		'same',
		'营口文本本身即按实施规范第九条编写的实施方案：第九条（二）至（十一）项各有对应章节；未单列的“名称”即方案标题，“其他事项”是兜底项。',
		'Yingkou’s text is itself a plan written to spec art. 9: items (2)–(11) each have a section; the "name" is its title and "other matters" is a catch-all.'
	),
	mark(
		'yingkou',
		'authorization.rightsGranted',
		'same',
		'授予加工使用权、产品经营权，不转移所有权、持有权，与国家“治理、开发并面向市场提供”一致。',
		'Rights to process and to operate products, no ownership or holding: consistent with governing, developing and providing to the market.'
	),
	mark(
		'yingkou',
		'eligibility.legalForm',
		'stricter',
		'须为具备独立法人资格的市场主体，窄于国家的“法人组织”（不含非营利法人）。',
		'A market entity with independent legal personality: narrower than "a legal person" (no non-profit legal persons).'
	),
	mark(
		'yingkou',
		'eligibility.operatingCondition',
		'same',
		'经营状况和商业信誉良好、近一年财务状况良好，与国家的经营状况良好相当（能力要求另见各项）。',
		'Sound operation, reputation and finances: the national condition (capacities are separate dimensions).'
	),
	mark(
		'yingkou',
		'selection.method',
		'same',
		'竞争性磋商是政府采购的竞争方式之一，属第十二条“等公平竞争方式”。',
		'Competitive consultation is a government-procurement competitive method: one of art. 12’s "other fair competitive methods".'
	),
	mark(
		'yingkou',
		'selection.procurementMethods',
		'same',
		'竞争性磋商属第十二条“公开招标、邀请招标、谈判等公平竞争方式”的“等”。',
		'Competitive consultation falls within art. 12’s open list of fair competitive methods.'
	),
	mark(
		'yingkou',
		'agreement.signatories',
		'same',
		'实施机构与运营机构签订，经“三重一大”审议，与第十三条相同。',
		'The implementing body and the operator, after a collective decision: art. 13.'
	),
	mark(
		'yingkou',
		'renewal.basis',
		'same',
		'依运营成效评价决定是否续约，合于国家由协议约定成效评价、续约机制。',
		'Renewal decided on evaluated results: the national evaluation and renewal mechanism.'
	),
	mark(
		'yingkou',
		'dataAccess.personalInfoConditions',
		'looser',
		`营口对外提供个人信息相关产品以脱敏或转为统计、核验成果为条件（查询须信息主体授权）；即${DEIDENTIFIED_IS_NOT_ANONYMOUS[0]}`,
		`Yingkou’s products may rest on de-identified data or statistics (queries need the subject’s authorization); that is, ${DEIDENTIFIED_IS_NOT_ANONYMOUS[1]}`
	),
	mark(
		'yingkou',
		'products.reviewCriteria',
		'same',
		'“符合法律法规及合同约定”，与国家由协议约定审核要求一致。',
		'"Lawful and as agreed": the national review requirements set by the agreement.'
	),
	mark(
		'yingkou',
		'revenue.distribution',
		'same',
		'“谁投入、谁贡献、谁受益”，部门收益归财政统筹、运营收益自主安排，合于国家由方案约定收益分配。',
		'"Who invests, contributes, benefits", with revenue split set out: the distribution the national plan requires.'
	),
	mark(
		'yingkou',
		'assets.ownership',
		'same',
		'权属按协议约定，数据资产及产品资产归政府、自建资产归运营机构，合于国家由协议约定资产权属（且更具体）。',
		'Ownership by agreement, data and product assets to government, own-built assets to the operator: the national rule, made specific.'
	),

	// ——— Tai'an ———
	mark(
		'taian',
		'scope.publicDataDefinition',
		'same',
		'行政机关、授权组织、人民团体及公共服务企事业单位履职中收集产生的数据，与国家“党政机关、企事业单位履职或提供公共服务中产生的数据”相当。',
		'Public bodies, empowered organizations and public-service enterprises: the national definition in other words.'
	),
	mark(
		'taian',
		'scope.excludedData',
		'stricter',
		'禁止开放的数据不得授权运营，且未确权的数据资源不得纳入，比国家前提多一道门槛。',
		'Data barred from opening is excluded, and unconfirmed resources too: one gate more than nationally.'
	),
	mark(
		'taian',
		'bodies.authorizingBody',
		'same',
		'市人民政府授权，属县级以上地方人民政府。',
		'The city government authorizes: a local government at county level and above.'
	),
	mark(
		'taian',
		'bodies.implementingBody',
		'same',
		'未另设实施机构，由市大数据主管部门组织实施，合于国家定义。',
		'No separate body; the big-data authority organizes it, as the national definition allows.'
	),
	mark(
		'taian',
		'authorization.rightsGranted',
		'looser',
		'确权后运营单位可享有数据资源持有权；国家只授权运营机构治理、开发和提供产品服务，不授予持有权（可商榷：持有权仍“按照协议约定”）。',
		'After rights confirmation the operator may hold data resources; nationally the operator governs, develops and provides, without holding rights (debatable: holding is still "as the agreement provides").'
	),
	mark(
		'taian',
		'eligibility.legalForm',
		'looser',
		'泰安允许非法人组织；国家规定运营机构是法人组织。',
		'Tai’an admits unincorporated organizations; the national operator is a legal person.'
	),
	mark(
		'taian',
		'eligibility.operatingCondition',
		'same',
		'经营状况良好、具备专业资质人才和生产服务能力，与国家条件相当。',
		'Sound operation, qualifications, talent and capacity: the national conditions.'
	),
	mark(
		'taian',
		'selection.method',
		'conflicts',
		`泰安的第三方专家综合评审、市政府同意后公示${NOT_FAIR_COMPETITION[0]}`,
		`Tai’an’s third-party expert review, city consent and public notice: ${NOT_FAIR_COMPETITION[1]}`
	),
	mark(
		'taian',
		'agreement.signatories',
		'same',
		'市大数据主管部门（承担实施机构角色）与数据运营单位签订。',
		'The big-data authority (in the implementing body’s role) and the operator.'
	),
	mark(
		'taian',
		'renewal.basis',
		'same',
		'届满前重新申请是一种续约机制，合于国家由协议约定续约或退出机制。',
		'Reapplication is a renewal mechanism, which the agreement may set.'
	),
	mark(
		'taian',
		'dataAccess.personalInfoConditions',
		'looser',
		`泰安${DEIDENTIFIED_IS_NOT_ANONYMOUS[0]}`,
		`In Tai’an ${DEIDENTIFIED_IS_NOT_ANONYMOUS[1]}`
	),
	mark(
		'taian',
		'products.reviewCriteria',
		'stricter',
		'国家由协议约定审核要求；泰安直接规定合规安全审核、不得用于未审批场景、可还原原始数据的产品不得导出。',
		'Nationally the agreement sets the review; Tai’an sets compliance and security review, no unapproved use cases and no export of restorable products itself.'
	),
	mark(
		'taian',
		'pricing.principle',
		'looser',
		'公共治理、公益用途只是“有条件”无偿使用，产品价格由各方“合理确定”而未提政府指导；国家：公益免费，产业用途实行政府指导价（可商榷：泰安要求执行定价有关规定）。',
		'Public-good use is free only "on conditions", and prices are set "reasonably" with no government guidance named; nationally public-good use is free and industrial fees are government-guided (debatable: Tai’an does defer to pricing rules).'
	),
	mark(
		'taian',
		'pricing.freeForPublicGood',
		'looser',
		'泰安为“有条件”无偿使用，条件未列明；国家规定免费提供，不设条件。',
		'Free "on conditions" that are not stated; nationally free, unconditionally.'
	),
	mark(
		'taian',
		'revenue.distribution',
		'same',
		'探索建立收益分配机制，合理分配；合于国家由方案和协议约定收益分配。',
		'A distribution mechanism to be built: consistent with the national rule.'
	),
	mark(
		'taian',
		'responsibility.principle',
		'same',
		'“谁授权谁监管、谁运营谁负责”，运营单位负责，合于国家。',
		'"Whoever operates is responsible": as nationally.'
	),
	mark(
		'taian',
		'assets.ownership',
		'same',
		'确权后运营单位的权利按协议约定，协议约定期满资产处置，合于国家由协议约定资产权属。',
		'The operator’s rights follow the agreement, which settles assets: the national rule.'
	),
	mark(
		'taian',
		'registration.publicityDays',
		'conflicts',
		'泰安登记公示期为5天；国家登记办法规定公示期为10个工作日，5天（即便都是工作日）也短于10个工作日。',
		'Tai’an’s registration publicity lasts 5 days; the national measures require 10 working days, which 5 days (even all working days) fall short of.',
		{ national: ['nationalRegistration:art-12'] }
	),

	// ——— Henan ———
	mark(
		'henan',
		'scope.publicDataDefinition',
		'same',
		'党政机关、授权组织及供水、供电等公共企事业单位履职或提供公共服务中的数据，与国家定义相当（公用企业数据国家亦可参照，第二十五条）。',
		'Party and government bodies, empowered organizations and public enterprises: the national definition (utilities’ data may also follow it, art. 25).',
		{ national: ['nationalSpec:art-25-p2'] }
	),
	mark(
		'henan',
		'scope.excludedData',
		'same',
		'与实施规范第五条相同的排除情形（另列行业禁止和法律禁止，本属“依法持有”的前提），共享数据须经同意亦同。',
		'The exclusions of spec art. 5 (plus sector and statutory bans, implied by "lawfully held"), and the same consent rule for shared data.'
	),
	mark(
		'henan',
		'bodies.authorizingBody',
		'same',
		'省政府授权一级开发主体，属县级以上地方人民政府授权；实施机构签订协议，与第十三条同。',
		'The provincial government authorizes, and the implementing body signs: as nationally.'
	),
	mark(
		'henan',
		'bodies.implementingBody',
		'same',
		'省级一般为行业主管部门，市级由政府结合授权模式确定，合于国家定义。',
		'Industry authorities at provincial level, designated by city governments below: the national definition.'
	),
	mark(
		'henan',
		'authorization.tiers',
		'stricter',
		'二级开发主体对一级开发产品再开发，对应实施规范第六条第二款鼓励其他经营主体再开发；但河南要求按准入条件选择、经实施机构审核并签订应用协议，且一级开发主体只能向二级开发主体提供营利性产品，为再开发设了门槛（可商榷：亦可读作与“面向市场公平提供”不合）。',
		'Secondary developers re-develop primary products, as spec art. 6(2) encourages; but Henan gates them (entry conditions, review, an agreement) and lets the primary developer sell only to them (debatable: this can also be read as at odds with providing "fairly to the market").',
		{ regional: ['art-7-4', 'art-17'], national: ['nationalSpec:art-6-p2'] }
	),
	mark(
		'henan',
		'authorization.rightsGranted',
		'stricter',
		'一级开发主体加工形成产品，只能通过市场化交易向二级开发主体提供，窄于国家“面向市场公平提供”。',
		'The primary developer may supply only secondary developers, narrower than providing to the market at large.',
		{ regional: ['art-7-4'] }
	),
	mark('henan', 'eligibility.legalForm', 'same', '法人组织，与国家相同。', 'A legal person, as nationally.'),
	mark(
		'henan',
		'eligibility.operatingCondition',
		'same',
		'与实施规范第十二条第二款同文。',
		'The words of spec art. 12(2).'
	),
	mark(
		'henan',
		'selection.method',
		'regionSilent',
		'河南未规定一级开发主体如何选定（只说由省政府授权）；所记“按市场化原则选择”针对二级开发主体，国家对再开发主体不设遴选。国家的公平竞争方式因此无地方对应规定。',
		'Henan does not say how the primary developer is chosen (only that the province authorizes it); the market-based choice it records is of secondary developers, whom the national rules do not select at all.',
		{ regional: ['art-3-p3'] }
	),
	mark('henan', 'agreement.signatories', 'same', '与实施规范第十三条同文。', 'The words of spec art. 13.'),
	mark('henan', 'renewal.basis', 'same', '与实施规范第十四条（九）同文。', 'The words of spec art. 14(9).'),
	mark(
		'henan',
		'dataAccess.personalInfoConditions',
		'looser',
		'河南的平台获取“初步脱敏”的数据、产品审核看敏感数据脱敏，未设本人同意或匿名化的要求；脱敏不等于匿名化（可商榷：侵害个人信息的数据本不得授权运营）。',
		'Henan’s platform takes "preliminarily de-identified" data and reviews products for de-identification, with no consent or anonymization requirement; de-identification is not anonymization (debatable: data that would infringe personal information is excluded anyway).'
	),
	mark(
		'henan',
		'products.reviewCriteria',
		'stricter',
		'国家由协议约定审核要求；河南直接规定审核数据来源、敏感数据脱敏、原始数据不出域、访问控制和授权配置。',
		'Nationally the agreement sets the review; Henan lists the criteria itself.'
	),
	mark(
		'henan',
		'pricing.principle',
		'same',
		'按国家和省价格主管部门规定定价，发展改革部门制定政府指导定价制度，合于国家政府指导价。',
		'Prices per the price authorities under government-guided pricing: the national regime.'
	),
	mark(
		'henan',
		'revenue.distribution',
		'same',
		'收益分配办法和协议约定核算、收益分配，合于国家。',
		'Distribution rules and agreement-set accounting: as nationally.'
	),
	mark(
		'henan',
		'reporting.yearlyReportDue',
		'same',
		'一级开发主体每年第一季度（即3月底前）报送上年度总结报告，与国家3月底前报送上一年度经营情况报告的期限相同；报送人不同（河南：一级开发主体报实施机构；国家：授权主体报发展改革、数据管理部门）。',
		'The primary developer reports the past year in the first quarter, i.e. by the end of March, the national deadline; the reporter differs (Henan: the developer to the implementing body; nationally: the authorizing party to the price and data authorities).'
	),
	mark(
		'henan',
		'responsibility.principle',
		'same',
		'一级开发主体负安全主体责任，合于国家。',
		'The primary developer bears primary security responsibility, as nationally.'
	),
	mark(
		'henan',
		'assets.ownership',
		'same',
		'与实施规范第十四条（五）同文，另按国有资产管理。',
		'The words of spec art. 14(5), with state-asset rules.'
	),

	// ——— Jiangsu ———
	mark(
		'jiangsu',
		'bodies.implementingBody',
		'same',
		'未另设实施机构：本级政府授权数据主管部门试点确定运营主体、省数据主管部门牵头制定实施方案，即政府确定的组织开展授权运营的单位；开发主体的遴选由运营主体承担。',
		'No separate body: the data authority, authorized by the government, designates the operating entity and the provincial one leads the plan, which is the unit the government designates to organize authorized operation; development entities are chosen by the operating entity.'
	),
	mark(
		'jiangsu',
		'bodies.authorizingBody',
		'same',
		'省、设区的市政府授权本级数据主管部门确定运营主体，属县级以上地方人民政府授权。',
		'Provincial and city governments authorize their data authorities to determine operating entities: local governments at county level and above.'
	),
	mark(
		'jiangsu',
		'authorization.tiers',
		'conflicts',
		'开发主体由运营主体（一个经营主体）选择，签订“授权协议”，取得经协议授权的公共数据本身；国家框架中授权由政府确定的实施机构作出，运营机构以外的经营主体只对已交付的产品和服务再开发。',
		'Development entities are chosen by the operating entity (a business), sign an "authorization agreement" and get public data itself; nationally only the implementing body authorizes, and other businesses re-develop delivered products.',
		{ national: ['nationalSpec:art-6-p2', 'nationalSpec:art-13'] }
	),
	mark(
		'jiangsu',
		'authorization.modes',
		'stricter',
		'“分级授权”指省、市两级政府各自授权，是国家框架下的政府层级而非另一种授权模式；江苏所列模式（分领域、依场景）是国家所列的一部分。',
		'"Tiered" means provincial and city governments each authorize, a level of government within the national framework rather than another mode; the modes listed (by domain, by use case) are part of the national list.'
	),
	mark(
		'jiangsu',
		'authorization.rightsGranted',
		'conflicts',
		'开发主体经运营主体授权使用公共数据开发产品；国家框架中只有经实施机构授权的运营机构开发运营公共数据资源。',
		'Development entities use public data on the operating entity’s authorization; nationally only operators authorized by the implementing body develop public data.',
		{ national: ['nationalSpec:art-3-p3'] }
	),
	mark(
		'jiangsu',
		'eligibility.legalForm',
		'looser',
		'经营主体不限于法人组织；国家规定运营机构是法人组织。',
		'A "market entity" need not be a legal person; the national operator is one.'
	),
	mark(
		'jiangsu',
		'eligibility.operatingCondition',
		'same',
		'经营情况稳定、具备专业团队和服务能力，与国家条件相当。',
		'Stable operation, a team and service capacity: the national conditions.'
	),
	mark(
		'jiangsu',
		'selection.method',
		'conflicts',
		'运营主体由数据主管部门“试点确定”，未以公平竞争方式选择；开发主体由运营主体择优选择。',
		'The operating entity is "determined on a pilot basis" by the data authority, not chosen by fair competition; development entities are chosen by the operating entity.',
		{ regional: ['art-7'] }
	),
	mark(
		'jiangsu',
		'agreement.signatories',
		'conflicts',
		'江苏的授权协议由运营主体与开发主体签订；国家要求实施机构与依法选定的运营机构签订（运营主体与授权方之间的协议江苏未规定）。',
		'Jiangsu’s agreement is between the operating entity and a developer; nationally the implementing body signs with the chosen operator (Jiangsu says nothing of an agreement with the operating entity).'
	),
	mark(
		'jiangsu',
		'products.reviewCriteria',
		'stricter',
		'国家由协议约定审核要求；江苏直接列出六项评估重点（用途、来源、暴露、泄露、出境等）。',
		'Nationally the agreement sets the review; Jiangsu lists six criteria itself.'
	),
	mark(
		'jiangsu',
		'pricing.principle',
		'conflicts',
		'数据产品由市场定价，运营主体参考成本收费；国家对产业用途实行政府指导价，公益用途免费。',
		'Products are market-priced and the operating entity charges at cost; nationally, industrial fees are government-guided and public-good use is free.'
	),
	mark(
		'jiangsu',
		'pricing.serviceFeeRegime',
		'conflicts',
		'市场定价与政府指导价（最高准许收入、上限收费标准）不合。',
		'Market pricing is at odds with government guidance (allowed revenue, charge ceilings).',
		{ national: ['nationalPricing:sec-2-p1'] }
	),
	mark(
		'jiangsu',
		'revenue.distribution',
		'same',
		'多元化收益分配机制由授权协议明确，合于国家由协议约定收益分配。',
		'Distribution set by the agreement: as nationally.'
	),
	mark(
		'jiangsu',
		'responsibility.principle',
		'same',
		'“谁运营谁负责、谁使用谁负责”，合于国家。',
		'"Whoever operates or uses is responsible": as nationally.'
	)
];
