// Answers that cannot all be true at once, as data: each contradiction is a set of answers (a fact and the
// values that take part) and a message. The checker shows them beside the questions and above the verdicts.
// The engine still evaluates: a criterion that reads a bearing answer (`alsoUnmetIf`) takes the yes, so a
// contradiction never lets a criterion pass.
// Words: the messages are the app's own sentences (Paraglide `elig_say_*`, named here, said when shown); the
// dishonesty lists' names (失信被执行人名单 …) are legal terms of the social credit system and stay {zh, en}
// pairs, passed to the messages as inputs.

import type { Localized } from '$lib/regions/types';
import type { ApplicantFacts, EntityFacts, FactKey } from './facts';
import { l } from '$lib/regions/localized';
import { m } from '$lib/paraglide/messages';
import { said, type Words } from '$lib/rules/words';

/** One answer taking part: the fact has one of these values. */
export interface AnswerIs {
	fact: FactKey;
	in: readonly (string | boolean)[];
}

export interface Contradiction {
	id: string;
	/** The answers that cannot all hold together. */
	answers: readonly AnswerIs[];
	message: Words;
}

export interface FoundContradiction {
	id: string;
	/** The facts involved, as paths ("unitJudgmentDefaulter", "relatedEntities.0.legalForm"). */
	facts: string[];
	message: Words;
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
			message: said(m.elig_say_list_major_bad_credit, { list: list.name })
		},
		{
			id: `${list.id}:creditPlatform`,
			answers: [yes(list.unit), no('creditPlatformAdverseRecord')],
			message: said(m.elig_say_list_credit_platform, { list: list.name })
		},
		{
			id: `${list.id}:creditStanding`,
			answers: [yes(list.unit), yes('creditStandingGood')],
			message: said(m.elig_say_list_credit_standing, { list: list.name })
		},
		{
			id: `${list.id}:legalRepMajorBadCredit`,
			answers: [yes(list.legalRep), no('legalRepMajorBadCreditRecord')],
			message: said(m.elig_say_list_legal_rep, { list: list.name })
		}
	]),
	{
		id: 'majorBadCredit:creditStanding',
		answers: [yes('unitMajorBadCreditRecord'), yes('creditStandingGood')],
		message: said(m.elig_say_major_bad_credit_standing)
	},
	{
		id: 'legalPerson:personality',
		answers: [{ fact: 'legalForm', in: LEGAL_PERSONS }, no('independentLegalPersonality')],
		message: said(m.elig_say_legal_person_personality)
	},
	{
		id: 'notLegalPerson:personality',
		answers: [{ fact: 'legalForm', in: NOT_LEGAL_PERSONS }, yes('independentLegalPersonality')],
		message: said(m.elig_say_not_legal_person_personality)
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
