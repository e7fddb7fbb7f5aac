// Contradictory answers are caught (both sides of each rule of the table), and a criterion about bad credit
// reads every answer that bears on it: a yes to a listing fails it whatever the direct answer, and every such
// reading is one the table catches when the direct answer says otherwise.

import { describe, expect, test } from 'vitest';
import { CONTRADICTIONS, findContradictions } from './contradictions';
import { evaluateRole } from './engine';
import type { ApplicantFacts, BooleanFact, EntityFacts } from './facts';
import { IDEAL } from './fixtures';
import { questionnaire } from './questionnaire';
import { eligibilityRules } from './regions';
import type { Criterion, Predicate } from './types';
import { wordsIn } from '$lib/rules/words';

const AS_OF = '2026-12-05';

/** The answers of a contradiction, each taking its first value. */
const answersOf = (id: string): Partial<EntityFacts> =>
	Object.fromEntries(
		CONTRADICTIONS.find((c) => c.id === id)!.answers.map((a) => [a.fact, a.in[0]])
	) as Partial<EntityFacts>;

describe('the table of contradictions', () => {
	test('ids are unique; every message in both languages; every fact is a question of the questionnaire', () => {
		const ids = CONTRADICTIONS.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		const asked = new Set(questionnaire.flatMap((t) => t.questions.map((q) => q.fact)));
		for (const c of CONTRADICTIONS) {
			expect(wordsIn(c.message, 'zh-CN'), c.id).toMatch(/[\u4e00-\u9fff]/);
			expect(wordsIn(c.message, 'en'), c.id).toMatch(/^[^\u4e00-\u9fff]+$/);
			expect(c.answers.length, c.id).toBeGreaterThan(1);
			for (const a of c.answers) expect(asked.has(a.fact), `${c.id}: ${a.fact}`).toBe(true);
		}
	});

	test.each(CONTRADICTIONS.map((c) => [c.id, c] as const))('%s: caught when all its answers hold', (id) => {
		const found = findContradictions(answersOf(id));
		expect(found.map((f) => f.id)).toContain(id);
		const c = CONTRADICTIONS.find((x) => x.id === id)!;
		expect(found.find((f) => f.id === id)?.facts).toEqual(c.answers.map((a) => a.fact));
	});

	test.each(CONTRADICTIONS.map((c) => [c.id, c] as const))(
		'%s: not caught when any one answer differs, is unknown or is missing',
		(id, c) => {
			for (const a of c.answers) {
				const base = answersOf(id) as Record<string, unknown>;
				const flipped = typeof a.in[0] === 'boolean' ? !a.in[0] : 'naturalPerson';
				for (const other of [flipped, 'unknown', undefined]) {
					if (a.in.includes(other as string)) continue;
					const facts = { ...base, [a.fact]: other } as ApplicantFacts;
					if (other === undefined) delete (facts as Record<string, unknown>)[a.fact];
					expect(
						findContradictions(facts).map((f) => f.id),
						`${a.fact} = ${String(other)}`
					).not.toContain(id);
				}
			}
		}
	);

	test('the issue’s case: a judgment defaulter who says Credit China shows nothing adverse', () => {
		const found = findContradictions({ unitJudgmentDefaulter: true, creditPlatformAdverseRecord: false });
		expect(found.map(({ id, facts }) => ({ id, facts }))).toEqual([
			{
				id: 'judgmentDefaulter:creditPlatform',
				facts: ['unitJudgmentDefaulter', 'creditPlatformAdverseRecord']
			}
		]);
		// the list's name (a legal term, a pair) is said in the message's language
		expect(wordsIn(found[0]!.message, 'zh-CN')).toBe(
			'单位被列入失信被执行人名单，却答“信用中国查询无不良记录”：该名单在全国信用信息公共服务平台公示。'
		);
		expect(wordsIn(found[0]!.message, 'en')).toBe(
			'The unit is on the judgment-defaulter list, yet the answer says Credit China shows no adverse record: the list is published there.'
		);
	});

	test('a related entity’s answers are checked too, with their path', () => {
		const found = findContradictions({
			relatedEntities: [
				{ relation: 'subsidiary', facts: {} },
				{ relation: 'subsidiary', facts: { legalForm: 'naturalPerson', independentLegalPersonality: true } }
			]
		});
		expect(found.map((f) => f.facts)).toEqual([
			['relatedEntities.1.legalForm', 'relatedEntities.1.independentLegalPersonality']
		]);
	});

	test('the favourable applicant contradicts nothing', () => {
		expect(findContradictions(IDEAL)).toEqual([]);
	});
});

// ——— bad credit: every answer that bears on it ———

type Bearing = {
	region: string;
	criterion: Criterion;
	direct: BooleanFact;
	good: boolean;
	bearing: BooleanFact;
};

function bearings(): Bearing[] {
	const out: Bearing[] = [];
	const walk = (region: string, c: Criterion, p: Predicate): void => {
		if (p.test === 'allOf' || p.test === 'anyOf') p.of.forEach((q) => walk(region, c, q));
		else if ((p.test === 'isTrue' || p.test === 'isFalse') && p.alsoUnmetIf)
			for (const b of p.alsoUnmetIf)
				out.push({ region, criterion: c, direct: p.fact, good: p.test === 'isTrue', bearing: b });
	};
	for (const d of eligibilityRules) for (const c of d.criteria) walk(d.region, c, c.when);
	return out;
}

const rows = bearings();

describe('credit criteria read every answer that bears on them', () => {
	test('the readings the texts call for are there', () => {
		const keys = rows.map((r) => `${r.region}.${r.criterion.id}:${r.bearing}`);
		expect(keys).toEqual(
			expect.arrayContaining([
				// Jiangsu 第九条（一）“无…重大不良信用记录”: a dishonesty listing is one
				'jiangsu.unitCredit:unitJudgmentDefaulter',
				'jiangsu.unitCredit:unitSeriouslyDishonest',
				'jiangsu.legalRepCredit:legalRepJudgmentDefaulter',
				// Yingkou 二（一）“在全国信用信息公共服务平台查询中无不良记录”: the lists are published there
				'yingkou.creditPlatform:unitJudgmentDefaulter',
				'yingkou.creditPlatform:unitSeriouslyDishonest',
				'yingkou.creditPlatform:unitMajorTaxViolator',
				// “商业信誉良好” / “信用状况良好”
				'yingkou.businessReputation:unitJudgmentDefaulter',
				'henan.credit:unitMajorBadCreditRecord'
			])
		);
	});

	test.each(rows.map((r) => [`${r.region}.${r.criterion.id} ← ${r.bearing}`, r] as const))(
		'%s: a yes fails it even when the direct answer is favourable; no or unknown leaves the direct answer to decide',
		(_, { region, criterion, direct, good, bearing }) => {
			const def = eligibilityRules.find((d) => d.region === region)!;
			const role = criterion.roles[0]!;
			const status = (facts: ApplicantFacts) =>
				evaluateRole(def, role, facts, AS_OF).criteria.find((x) => x.id === criterion.id)!.status;
			const favourable = { ...IDEAL, [direct]: good } as ApplicantFacts;
			expect(status({ ...favourable, [bearing]: true })).toBe('unmet');
			expect(status({ ...favourable, [bearing]: false })).toBe('met');
			expect(status({ ...favourable, [bearing]: 'unknown' })).toBe('met');
			// unanswered direct question, a bearing yes: still unmet (a yes decides alone)
			const { [direct]: _drop, ...without } = favourable as Record<string, unknown>;
			expect(status({ ...(without as ApplicantFacts), [bearing]: true })).toBe('unmet');
			expect(status({ ...(without as ApplicantFacts), [bearing]: false })).toBe('unknown');
		}
	);

	test.each(rows.map((r) => [`${r.region}.${r.criterion.id} ← ${r.bearing}`, r] as const))(
		'%s: saying the direct answer is favourable while answering yes here is a caught contradiction',
		(_, { direct, good, bearing }) => {
			const found = findContradictions({ [direct]: good, [bearing]: true } as ApplicantFacts);
			expect(found.length, `${bearing} = yes with ${direct} = ${good}`).toBeGreaterThan(0);
		}
	);

	test('each criterion with a bearing reading says so in its note', () => {
		for (const r of rows) expect(r.criterion.note?.zh, `${r.region}.${r.criterion.id}`).toBeTruthy();
	});
});
