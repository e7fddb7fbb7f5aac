// The national duties with a day count or a date that bind a regional journey: what the four 2025 national
// texts require of the operator (运营机构, a 登记主体 under 登记办法 第三条（二）), the registering body (登记机构)
// and the authorizing party (授权主体) while an operator works under a regional agreement. Law as data: each
// duty quotes its clause verbatim (a test checks it) and cites it as `document:clause`. Imports types only.
//
// The simulator (src/lib/machines/blocks/national.ts) and the timelines (src/lib/timeline/national.ts) read
// these; neither hard-codes a number the texts give.

import type { ClauseRef, IsoDate, Localized, RegionId } from './types';

/** 登记办法 第二十四条, 实施规范 第二十七条, 价格通知's closing sentence: all three take effect this day. */
export const NATIONAL_IN_FORCE: IsoDate = '2025-03-01';

export const NATIONAL_IN_FORCE_CITATIONS: ClauseRef[] = [
	'nationalRegistration:art-24',
	'nationalSpec:art-27',
	'nationalPricing:closing'
];

/** Whether a citation is a national clause (`nationalRegistration:art-9-1`): the UI marks it "国家规定". */
export function isNationalCitation(c: string): boolean {
	return /^national[A-Z]\w*:/.test(c);
}

/** Whether a trace entry, deadline, event or state rests on a national clause. */
export function isNational(x: { citations: readonly string[] }): boolean {
	return x.citations.some(isNationalCitation);
}

export type NationalDutyId =
	| 'firstRegistration'
	| 'transitionalRegistration'
	| 'acceptance'
	| 'formalReview'
	| 'publicity'
	| 'resultCode'
	| 'validity'
	| 'renewal'
	| 'lapse'
	| 'cancellation'
	| 'changeRegistration'
	| 'operatingReport'
	| 'chargeAdjustment'
	| 'revenueEvaluation'
	| 'disclosure'
	| 'feeListPublicity';

/** Who owes the duty, in the national texts' words. */
export type NationalParty = 'operator' | 'registeringBody' | 'authorizingParty' | 'implementingBody';

export const NATIONAL_PARTIES: Record<NationalParty, Localized> = {
	operator: { zh: '运营机构（登记主体）', en: 'The operator (registering entity)' },
	registeringBody: { zh: '登记机构', en: 'The registering body' },
	authorizingParty: { zh: '授权主体', en: 'The authorizing party' },
	implementingBody: { zh: '实施机构', en: 'The implementing body' }
};

/**
 * How the period is counted. Working days are counted on the official holiday calendar, from the day after
 * the act (the act's own day is not counted, 民法典第二百零一条); calendar days likewise; "yearly" is a fixed
 * day of the year; "none" is a duty the text sets no period for ("及时", "定期": shown as not specified).
 */
export type NationalCount =
	| { kind: 'workingDays'; n: number }
	| { kind: 'days'; n: number }
	| { kind: 'years'; n: number }
	| { kind: 'yearly'; month: number; day: number }
	| { kind: 'none'; words: string };

export interface NationalDuty {
	id: NationalDutyId;
	label: Localized;
	party: NationalParty;
	count: NationalCount;
	/** From when the period runs, said plainly. */
	from: Localized;
	/** The text's words, verbatim: a substring of the first cited clause. */
	quote: string;
	citations: ClauseRef[];
	/** Whether the simulator runs it as a deadline, the timeline dates it, or neither (why, in the note). */
	modelled: { machine: boolean; timeline: boolean };
	/** A reading of the text, or what the model leaves out, said plainly. */
	note?: Localized;
}

const l = (zh: string, en: string): Localized => ({ zh, en });

export const nationalDuties: readonly NationalDuty[] = [
	{
		id: 'firstRegistration',
		label: l('首次登记申请（20个工作日内）', 'First registration application (within 20 working days)'),
		party: 'operator',
		count: { kind: 'workingDays', n: 20 },
		from: l(
			'提供数据资源或交付数据产品和服务之日的次日起算',
			'from the day after data resources are first provided or products and services first delivered'
		),
		quote: '登记主体在开展授权运营活动并提供数据资源或交付数据产品和服务后，在20个工作日内提交首次登记申请',
		citations: ['nationalRegistration:art-9-1', 'nationalSpec:art-16'],
		modelled: { machine: true, timeline: true },
		note: l(
			'登记办法第五条对运营机构只称“鼓励”登记其产品和服务；实施规范第十六条则规定运营机构“应”按登记管理要求登记，故按义务处理。“交付”以首个数据产品上架（或经审核通过）之日计。',
			'Art. 5 of the measures only "encourages" the operator to register its products and services; art. 16 of the Specification says the operator "shall" register them under the registration rules, so it is modelled as a duty. "Delivered" is read as the day the first product is released (or passes review).'
		)
	},
	{
		id: 'transitionalRegistration',
		label: l(
			'施行前已开展运营的：施行后30个工作日内登记',
			'Operating before the measures took effect: register within 30 working days after'
		),
		party: 'operator',
		count: { kind: 'workingDays', n: 30 },
		from: l('自2025年3月1日（施行之日）起算', 'counted from 2025-03-01, the day the measures took effect'),
		quote: '本办法施行前已开展授权运营的，登记主体应按首次登记程序于本办法施行后的30个工作日内进行登记',
		citations: ['nationalRegistration:art-9-1', 'nationalRegistration:art-24'],
		modelled: { machine: true, timeline: true },
		note: l(
			'“施行后”的30个工作日从2025年3月1日起数（当日为星期六，是否计入结果相同：2025年4月14日为最后一日）。只适用于施行前已交付产品的旅程。',
			'The 30 working days "after" entry into force are counted from 2025-03-01 (a Saturday, so counting it or not gives the same last day, 2025-04-14). Only journeys that delivered a product before that day.'
		)
	},
	{
		id: 'acceptance',
		label: l('登记机构受理（3个工作日内）', 'Acceptance by the registering body (within 3 working days)'),
		party: 'registeringBody',
		count: { kind: 'workingDays', n: 3 },
		from: l(
			'收到申请（或补正后重新提交）之日的次日起算',
			'from the day after the application (or its resubmission after supplementing) is received'
		),
		quote: '登记机构应当自收到申请日起，3个工作日内予以受理',
		citations: ['nationalRegistration:art-10'],
		modelled: { machine: true, timeline: false },
		note: l(
			'材料不齐全的，一次性告知补充，“按新补充后重新提交申请之日起计算受理日期”（第十条）。',
			'Incomplete materials are to be listed at once; acceptance then runs "from the day the supplemented application is resubmitted" (art. 10).'
		)
	},
	{
		id: 'formalReview',
		label: l('形式审核（20个工作日内）', 'Formal review (within 20 working days)'),
		party: 'registeringBody',
		count: { kind: 'workingDays', n: 20 },
		from: l('受理之日的次日起算', 'from the day after acceptance'),
		quote: '自受理之日起20个工作日之内完成审核',
		citations: ['nationalRegistration:art-11'],
		modelled: { machine: true, timeline: false },
		note: l(
			'逾期未完成的，文本只要求“向登记主体说明原因”，未规定其他后果。',
			'If late, the text only requires the body to "explain the reason to the registering entity"; it sets no other consequence.'
		)
	},
	{
		id: 'publicity',
		label: l('登记公示（10个工作日）', 'Registration publicity (10 working days)'),
		party: 'registeringBody',
		count: { kind: 'workingDays', n: 10 },
		from: l('形式审核完成之日的次日起算', 'from the day after the formal review is completed'),
		quote: '公示期为10个工作日',
		citations: ['nationalRegistration:art-12', 'nationalRegistration:art-12-p2'],
		modelled: { machine: true, timeline: false },
		note: l(
			'公示期内异议成立的，“应终止登记”（第十二条第二款）。',
			'An objection upheld during publicity "terminates the registration" (art. 12 para. 2).'
		)
	},
	{
		id: 'resultCode',
		label: l('发放登记结果查询码', 'Registration result code issued'),
		party: 'registeringBody',
		count: { kind: 'none', words: '公示期满无异议的' },
		from: l('公示期满无异议', 'when publicity ends without objection'),
		quote: '公示期满无异议的，登记机构应按照国家数据局制定的统一编码规范向登记主体发放登记结果查询码',
		citations: ['nationalRegistration:art-13'],
		modelled: { machine: true, timeline: false },
		note: l(
			'文本未规定发码期限；模型在公示期满次日发码（赋码）。',
			'The text sets no period for issuing the code; the model issues it on the day after publicity ends.'
		)
	},
	{
		id: 'validity',
		label: l(
			'登记结果有效期（原则上三年）',
			'Validity of the registration result (three years in principle)'
		),
		party: 'registeringBody',
		count: { kind: 'years', n: 3 },
		from: l(
			'自赋码之日起计算（赋码当日为第一日）；协议运营期限不超过三年的，以实际运营期限为准',
			'from the day the code is issued (that day is the first); where the agreement term is three years or less, the actual operating period'
		),
		quote: '登记结果有效期原则上为三年，自赋码之日起计算',
		citations: ['nationalRegistration:art-15'],
		modelled: { machine: true, timeline: true },
		note: l(
			'“自赋码之日起计算”按协议期限的算法：含赋码当日，止于三年后同日的前一日。协议期限不超过36个月的，有效期止于协议期限最后一日（“以实际运营期限为准”）。',
			'"Counted from the day the code is issued" is read as a term is: it includes that day and ends the day before the same day three years later. Where the agreement runs 36 months or less, validity ends on the term\'s last day ("the actual operating period").'
		)
	},
	{
		id: 'renewal',
		label: l('期满前60日内续展', 'Renewal within the 60 days before expiry'),
		party: 'operator',
		count: { kind: 'days', n: 60 },
		from: l('有效期最后60日（含最后一日）', 'the last 60 days of validity, the last day included'),
		quote: '登记结果有效期届满的，登记主体可在期满前60日内按照规定续展',
		citations: ['nationalRegistration:art-15-p2'],
		modelled: { machine: true, timeline: true },
		note: l(
			'每次续展期最长三年，自上一届有效期满次日起计算（第十五条第二款）；模型按三年续展。',
			'Each renewal runs at most three years from the day after the previous validity ends (art. 15 para. 2); the model renews for three years.'
		)
	},
	{
		id: 'lapse',
		label: l('期满未续展的，登记机构予以注销', 'Not renewed by expiry: cancelled by the registering body'),
		party: 'registeringBody',
		count: { kind: 'none', words: '期满未按规定续展的' },
		from: l('有效期届满次日', 'the day after validity ends'),
		quote: '期满未按规定续展的，由登记机构予以注销',
		citations: ['nationalRegistration:art-15-p3'],
		modelled: { machine: true, timeline: true }
	},
	{
		id: 'cancellation',
		label: l(
			'注销登记（受理后10个工作日内完成）',
			'Cancellation registration (completed within 10 working days of acceptance)'
		),
		party: 'registeringBody',
		count: { kind: 'workingDays', n: 10 },
		from: l('受理注销申请之日的次日起算', 'from the day after the cancellation application is accepted'),
		quote: '登记机构自受理之日起10个工作日之内完成注销',
		citations: ['nationalRegistration:art-9-4', 'nationalRegistration:art-9-4-2'],
		modelled: { machine: false, timeline: false },
		note: l(
			'运营期限届满（“权益期限届满”）或运营机构终止存续时，登记主体应申请注销。申请本身无期限；模拟器在协议终止后不再运行国家区域，故未建模。',
			'When the term ends ("the period of the rights expires") or the operator ceases to exist, the registering entity shall apply for cancellation. The application has no period of its own; the simulator stops the national region when the agreement ends, so this is not modelled.'
		)
	},
	{
		id: 'changeRegistration',
		label: l('变更登记（及时）', 'Change registration (promptly)'),
		party: 'operator',
		count: { kind: 'none', words: '及时' },
		from: l('重要更新或重大变化时', 'on an important update or major change'),
		quote: '登记主体应及时向登记机构申请变更登记',
		citations: ['nationalRegistration:art-9-2'],
		modelled: { machine: false, timeline: false },
		note: l('“及时”：未规定天数。', '"Promptly": no number of days is set.')
	},
	{
		id: 'operatingReport',
		label: l(
			'上一年度运营机构经营情况报告（每年3月底前）',
			'Operating report on the operator for the previous year (by the end of March)'
		),
		party: 'authorizingParty',
		count: { kind: 'yearly', month: 3, day: 31 },
		from: l('每年3月31日前，报上一年度', 'by 31 March each year, on the previous calendar year'),
		quote: '每年3月底前，授权主体向发展改革部门、数据管理部门报送上一年度运营机构经营情况报告',
		citations: ['nationalPricing:sec-5-p2'],
		modelled: { machine: true, timeline: true },
		note: l(
			'报告要求载明“实际收入与最高准许收入的偏离”，以通知施行后的定价机制为前提；模型自2025年度起算（首份于2026年3月31日前报送），报告运营机构在该年度中持有授权的每一年。协议终止后的最后一份报告未建模。',
			'The report must state "the deviation of actual revenue from the maximum allowed revenue", which presupposes the mechanism the notice set up; the model starts with the 2025 year (first report due by 2026-03-31) and covers each year in which the operator held the authorization. The last report after the agreement ends is not modelled.'
		)
	},
	{
		id: 'chargeAdjustment',
		label: l('每年指导调整收费标准', 'Yearly guidance on adjusting charges'),
		party: 'authorizingParty',
		count: { kind: 'none', words: '每年' },
		from: l('评估周期内每年', 'each year of the evaluation cycle'),
		quote: '在评估周期内，授权主体每年根据运营机构实际收入、销售规模等情况，指导其合理调整收费标准',
		citations: ['nationalPricing:sec-4-p2'],
		modelled: { machine: false, timeline: false },
		note: l('每年一次，但未规定具体日期。', 'Once a year, but no day is set.')
	},
	{
		id: 'revenueEvaluation',
		label: l(
			'最高准许收入定期评估（原则上不超过3年）',
			'Periodic evaluation of the maximum allowed revenue (cycle of 3 years at most, in principle)'
		),
		party: 'authorizingParty',
		count: { kind: 'none', words: '评估周期原则上不超过3年' },
		from: l('由发展改革部门会同数据管理部门确定', 'set by the development-and-reform and data authorities'),
		quote: '评估周期原则上不超过3年',
		citations: ['nationalPricing:sec-4-p1'],
		modelled: { machine: false, timeline: false },
		note: l(
			'义务在发展改革部门和数据管理部门，周期起点文本未规定。',
			'The duty lies with the development-and-reform and data authorities; the text sets no start for the cycle.'
		)
	},
	{
		id: 'disclosure',
		label: l(
			'定期向社会披露（运营机构、实施机构）',
			'Regular public disclosure (operator, implementing body)'
		),
		party: 'operator',
		count: { kind: 'none', words: '定期' },
		from: l('未规定', 'not specified'),
		quote: '运营机构应公开公共数据产品和服务清单，定期向社会披露公共数据资源使用情况',
		citations: ['nationalSpec:art-19', 'nationalSpec:art-18'],
		modelled: { machine: false, timeline: false },
		note: l('“定期”：未规定周期。', '"Regularly": no period is set.')
	},
	{
		id: 'feeListPublicity',
		label: l('及时公示产品和服务清单及收费标准', 'Publish the product list and charges promptly'),
		party: 'operator',
		count: { kind: 'none', words: '及时' },
		from: l('未规定', 'not specified'),
		quote: '推动运营机构及时向社会公示数据产品和服务项目清单及相关收费标准',
		citations: ['nationalPricing:sec-5-p1'],
		modelled: { machine: false, timeline: false },
		note: l('“及时”：未规定天数。', '"Promptly": no number of days is set.')
	}
];

export function nationalDuty(id: NationalDutyId): NationalDuty {
	const d = nationalDuties.find((x) => x.id === id);
	if (!d) throw new Error(`no national duty "${id}"`);
	return d;
}

/** Which rule applies where a region's own text speaks to the same duty, per the texts' own words. */
export type NationalApplies = 'national' | 'both' | 'regionDefers';

export interface NationalOverlap {
	region: RegionId;
	duty: NationalDutyId;
	/** The region's own rule on the same thing, in one line. */
	regional: Localized;
	/** Region-local clause ids. */
	regionalCitations: string[];
	applies: NationalApplies;
	/** Why, citing the texts' own words. */
	reason: Localized;
	/** The national clauses that decide it. */
	nationalCitations: ClauseRef[];
}

const SCOPE: ClauseRef[] = [
	'nationalRegistration:art-2',
	'nationalRegistration:art-6',
	'nationalRegistration:art-22',
	'nationalSpec:art-24-p2'
];

export const nationalOverlaps: readonly NationalOverlap[] = [
	{
		region: 'taian',
		duty: 'publicity',
		regional: l('登记公示期为5天（自然日）', 'Registration publicity of 5 (calendar) days'),
		regionalCitations: ['art-9-3'],
		applies: 'national',
		reason: l(
			'国家期间适用：登记办法“在中华人民共和国境内开展公共数据资源的登记活动”均适用（第二条），登记机构“执行全国统一的登记管理要求”（第六条），实施细则只由省级数据管理部门“依照本办法”制定（第二十二条）；实施规范第二十四条要求施行前已开展的授权运营“逐步完善”。泰安文本是征求意见稿，尚未施行。泰安5天的公示仍照其文本显示为本地程序，但国家登记的公示按10个工作日。',
			'The national period applies: the measures cover "registration activities for public data resources within the People\'s Republic of China" (art. 2), registering bodies "execute the nationally uniform registration requirements" (art. 6), and only provincial data authorities write implementing rules, "under these measures" (art. 22); the Specification\'s art. 24 asks operations begun earlier to be "gradually brought into line". Tai\'an\'s text is a draft for comments, not in force. Its 5-day publicity is still shown as its own local step, but the national registration\'s publicity runs 10 working days.'
		),
		nationalCitations: ['nationalRegistration:art-12', ...SCOPE]
	},
	{
		region: 'taian',
		duty: 'firstRegistration',
		regional: l(
			'首次加工处理形成的数据资源“应及时”申请登记（未规定天数）',
			'Resources first formed by processing: apply "promptly" (no number of days)'
		),
		regionalCitations: ['art-8', 'art-9-1'],
		applies: 'national',
		reason: l(
			'泰安只说“及时”，未设天数；国家规定的20个工作日（第九条（一））给出期限，两者不冲突，按国家期限计。',
			'Tai\'an says only "promptly" and sets no number of days; the national 20 working days (art. 9(1)) give the period. They do not conflict; the national period is applied.'
		),
		nationalCitations: ['nationalRegistration:art-9-1', ...SCOPE]
	},
	{
		region: 'henan',
		duty: 'firstRegistration',
		regional: l(
			'纳入授权运营范围的公共数据资源“按照国家公共数据资源登记管理要求登记”',
			'Resources in the operation scope are registered "under the national registration requirements"'
		),
		regionalCitations: ['art-10'],
		applies: 'regionDefers',
		reason: l(
			'河南文本自己援引国家登记管理要求（第十条），国家期间直接适用。',
			"Henan's own text refers to the national registration requirements (art. 10); the national periods apply directly."
		),
		nationalCitations: ['nationalRegistration:art-9-1', 'nationalRegistration:art-2']
	},
	{
		region: 'jiangsu',
		duty: 'operatingReport',
		regional: l(
			'“严格执行国家和省公共数据价格管理政策”',
			'"Strictly apply national and provincial public-data pricing policy"'
		),
		regionalCitations: ['art-20'],
		applies: 'regionDefers',
		reason: l(
			'江苏文本自己要求执行国家价格政策（第二十条），价格通知的年度报告义务适用。江苏办法已于2026-11-30失效，国家义务不随之失效。',
			"Jiangsu's own text requires national pricing policy to be applied (art. 20), so the pricing notice's yearly report applies. Jiangsu's measures lapsed on 2026-11-30; the national duties do not lapse with them."
		),
		nationalCitations: ['nationalPricing:sec-5-p2']
	},
	{
		region: 'yingkou',
		duty: 'acceptance',
		regional: l(
			'市数据中心为数据资产确权的登记机构',
			'The city data centre is the registering body for data-asset rights confirmation'
		),
		regionalCitations: ['sec-3-p1'],
		applies: 'both',
		reason: l(
			'营口指定登记机构（登记办法第三条（三）：由地方数据管理部门“设立或指定”），未规定期间；受理、审核、公示期间按国家规定。',
			'Yingkou names the registering body (measures art. 3(3): set up "or designated" by local data authorities) and sets no periods; acceptance, review and publicity follow the national periods.'
		),
		nationalCitations: ['nationalRegistration:art-3-3', 'nationalRegistration:art-10']
	}
];

/** The overlaps of one region. */
export function overlapsOf(region: RegionId): NationalOverlap[] {
	return nationalOverlaps.filter((o) => o.region === region);
}
