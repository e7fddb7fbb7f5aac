// Answers that cannot all be true at once, as data: each contradiction is a set of answers (a fact and the
// values that take part) and a message. The checker shows them beside the questions and above the verdicts.
// The engine still evaluates: a criterion that reads a bearing answer (`alsoUnmetIf`) takes the yes, so a
// contradiction never lets a criterion pass.

import type { Localized } from '$lib/regions/types';
import type { ApplicantFacts, EntityFacts, FactKey } from './facts';
import { l } from '$lib/regions/localized';

/** One answer taking part: the fact has one of these values. */
export interface AnswerIs {
	fact: FactKey;
	in: readonly (string | boolean)[];
}

export interface Contradiction {
	id: string;
	/** The answers that cannot all hold together. */
	answers: readonly AnswerIs[];
	message: Localized;
}

export interface FoundContradiction {
	id: string;
	/** The facts involved, as paths ("unitJudgmentDefaulter", "relatedEntities.0.legalForm"). */
	facts: string[];
	message: Localized;
}

const yes = (fact: FactKey): AnswerIs => ({ fact, in: [true] });
const no = (fact: FactKey): AnswerIs => ({ fact, in: [false] });

/** The dishonesty lists of the social credit system, for the unit and for its legal representative. */
const LISTS = [
	{
		id: 'judgmentDefaulter',
		unit: 'unitJudgmentDefaulter',
		legalRep: 'legalRepJudgmentDefaulter',
		name: l('失信被执行人名单', 'the judgment-defaulter list')
	},
	{
		id: 'seriouslyDishonest',
		unit: 'unitSeriouslyDishonest',
		legalRep: 'legalRepSeriouslyDishonest',
		name: l('严重失信主体名单', 'a serious-dishonesty list')
	},
	{
		id: 'majorTaxViolator',
		unit: 'unitMajorTaxViolator',
		legalRep: 'legalRepMajorTaxViolator',
		name: l('重大税收违法案件当事人名单', 'the list of major tax violators')
	}
] as const satisfies readonly { id: string; unit: FactKey; legalRep: FactKey; name: Localized }[];

/**
 * The legal-form answers (the `legalForm` fact's options, declared by the packs) in the Civil Code's terms: the
 * three kinds of legal person (民法典 第三章: 营利法人, 非营利法人, 特别法人), and the forms that are not legal
 * persons (第四章 非法人组织; 个体工商户 and natural persons, 第二章). A pack offering another form takes part in
 * neither contradiction.
 */
const LEGAL_PERSONS = ['forProfitLegalPerson', 'nonProfitLegalPerson', 'specialLegalPerson'] as const;
const NOT_LEGAL_PERSONS = [
	'unincorporatedEnterprise',
	'otherUnincorporatedOrganization',
	'individualBusiness',
	'naturalPerson'
] as const;

export const CONTRADICTIONS: readonly Contradiction[] = [
	...LISTS.flatMap((list) => [
		{
			id: `${list.id}:majorBadCredit`,
			answers: [yes(list.unit), no('unitMajorBadCreditRecord')],
			message: l(
				`单位被列入${list.name.zh}，却答“无重大不良信用记录”：列入失信名单即属重大不良信用记录。`,
				`The unit is on ${list.name.en}, yet the answer says it has no major bad credit record: a dishonesty listing is one.`
			)
		},
		{
			id: `${list.id}:creditPlatform`,
			answers: [yes(list.unit), no('creditPlatformAdverseRecord')],
			message: l(
				`单位被列入${list.name.zh}，却答“信用中国查询无不良记录”：该名单在全国信用信息公共服务平台公示。`,
				`The unit is on ${list.name.en}, yet the answer says Credit China shows no adverse record: the list is published there.`
			)
		},
		{
			id: `${list.id}:creditStanding`,
			answers: [yes(list.unit), yes('creditStandingGood')],
			message: l(
				`单位被列入${list.name.zh}，却答“信用状况良好”。`,
				`The unit is on ${list.name.en}, yet the answer says its credit standing is good.`
			)
		},
		{
			id: `${list.id}:legalRepMajorBadCredit`,
			answers: [yes(list.legalRep), no('legalRepMajorBadCreditRecord')],
			message: l(
				`法定代表人被列入${list.name.zh}，却答其“无重大不良信用记录”。`,
				`The legal representative is on ${list.name.en}, yet the answer says they have no major bad credit record.`
			)
		}
	]),
	{
		id: 'majorBadCredit:creditStanding',
		answers: [yes('unitMajorBadCreditRecord'), yes('creditStandingGood')],
		message: l(
			'单位有重大不良信用记录，却答“信用状况良好”。',
			'The unit has a major bad credit record, yet the answer says its credit standing is good.'
		)
	},
	{
		id: 'legalPerson:personality',
		answers: [{ fact: 'legalForm', in: LEGAL_PERSONS }, no('independentLegalPersonality')],
		message: l(
			'法人依法独立享有民事权利和承担民事义务（民法典第五十七条），却答“不具备独立法人资格”。',
			'A legal person bears rights and duties in its own name (Civil Code art. 57), yet the answer says it has no independent legal personality.'
		)
	},
	{
		id: 'notLegalPerson:personality',
		answers: [{ fact: 'legalForm', in: NOT_LEGAL_PERSONS }, yes('independentLegalPersonality')],
		message: l(
			'所选法律形式不是法人，却答“具备独立法人资格”。',
			'The legal form chosen is not a legal person, yet the answer says it has independent legal personality.'
		)
	}
];

function holds(a: AnswerIs, facts: EntityFacts): boolean {
	const v = facts[a.fact];
	return (typeof v === 'boolean' || typeof v === 'string') && a.in.includes(v);
}

function findIn(facts: EntityFacts, prefix: string, table: readonly Contradiction[]): FoundContradiction[] {
	return table
		.filter((c) => c.answers.every((a) => holds(a, facts)))
		.map((c) => ({ id: c.id, facts: c.answers.map((a) => prefix + a.fact), message: c.message }));
}

/** The contradictions among an applicant's answers, and among each related entity's. */
export function findContradictions(
	facts: ApplicantFacts,
	table: readonly Contradiction[] = CONTRADICTIONS
): FoundContradiction[] {
	const own = findIn(facts, '', table);
	const related = Array.isArray(facts.relatedEntities)
		? facts.relatedEntities.flatMap((e, i) => findIn(e.facts, `relatedEntities.${i}.`, table))
		: [];
	return [...own, ...related];
}
