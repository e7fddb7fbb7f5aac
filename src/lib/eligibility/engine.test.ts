// The engine's semantics: headline precedence, incident look-back on real dates, roles a region lacks,
// related entities; whole applicants per region through the public API; invariants over arbitrary answers.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plusYears } from '$lib/rules/dates';
import { evaluate, evaluateRegion, VERDICT_PRECEDENCE, VERDICT_RANK, yearsBefore } from './engine';
import { findContradictions } from './contradictions';
import { l, legalFormIn, materialReady, noIncidentEver, noIncidentWithinYears } from './define';
import type { ApplicantFacts, SecurityIncident } from './facts';
import { applicantFactsArb } from './arbitraries';
import { IDEAL } from './fixtures';
import { evaluateAll, evaluateEligibility } from './index';
import type { CriterionResult, RegionEligibility, RegionResult } from './types';
import { clause, region, role } from '$lib/regions/fixture-ids';

const AS_OF = '2025-06-30';

/** 市场主体 / 经营主体: enterprise legal persons, unincorporated enterprises, individual businesses. */
const MARKET_ENTITIES = ['forProfitLegalPerson', 'unincorporatedEnterprise', 'individualBusiness'];

/** A region with no discretion and one material: the only kind that can reach eligible or incomplete. */
const PLAIN: RegionEligibility = {
	region: region('plain'),
	roles: [{ role: role('operator'), term: l('运营单位', 'operator'), citations: [clause('art-1')] }],
	criteria: [
		{
			id: 'form',
			aspect: 'legalForm',
			roles: [role('operator')],
			label: l('经营主体', 'market entity'),
			quote: '经营主体',
			citations: [clause('art-1')],
			discretion: false,
			when: legalFormIn(MARKET_ENTITIES)
		},
		{
			id: 'incidents',
			aspect: 'securityIncidents',
			roles: [role('operator')],
			label: l('近3年无事件', 'no incident in 3 years'),
			quote: '近3年未发生',
			citations: [clause('art-2')],
			discretion: false,
			when: noIncidentWithinYears(3)
		}
	],
	materials: [
		{
			id: 'applicationForm',
			roles: [role('operator')],
			label: l('申请表', 'form'),
			quote: '申请表',
			citations: [clause('art-3')],
			ready: materialReady('applicationForm')
		}
	],
	facts: {},
	roleLabels: { [role('operator')]: l('运营单位', 'operator') }
};

const criterion = (r: RegionResult, id: string): CriterionResult => {
	const c = r.roles[0]?.criteria.find((x) => x.id === id);
	if (!c) throw new Error(`no criterion ${id}`);
	return c;
};
const withIncidents = (...securityIncidents: SecurityIncident[]): ApplicantFacts => ({
	...IDEAL,
	securityIncidents
});

describe('headline precedence: notApplicable > notEligible > incomplete > needsReview > eligible', () => {
	const base: ApplicantFacts = { legalForm: 'forProfitLegalPerson', securityIncidents: [] };

	test('all met, material ready → eligible', () => {
		const r = evaluateRegion(PLAIN, { ...base, materials: { applicationForm: true } }, AS_OF);
		expect(r.verdict).toBe('eligible');
	});
	test('the order is written down once, and the ranks are its reverse', () => {
		expect(VERDICT_PRECEDENCE).toEqual([
			'notApplicable',
			'notEligible',
			'incomplete',
			'needsReview',
			'eligible'
		]);
		expect(VERDICT_RANK).toEqual({
			eligible: 0,
			needsReview: 1,
			incomplete: 2,
			notEligible: 3,
			notApplicable: 4
		});
	});
	test('a material answered "not ready" → incomplete, naming it, not ineligible', () => {
		const r = evaluateRegion(PLAIN, { ...base, materials: { applicationForm: false } }, AS_OF);
		expect(r.verdict).toBe('incomplete');
		expect(r.roles[0]).toMatchObject({
			materialsMissing: ['applicationForm'],
			materialsOutstanding: ['applicationForm']
		});
		expect(r.roles[0]?.materials[0]?.status).toBe('missing');
	});
	test.each(['unknown' as const, undefined])('a material %s → needs review, not incomplete', (v) => {
		const materials: ApplicantFacts['materials'] = v === undefined ? {} : { applicationForm: v };
		const r = evaluateRegion(PLAIN, { ...base, materials }, AS_OF);
		expect(r.verdict).toBe('needsReview');
		expect(r.roles[0]).toMatchObject({ materialsMissing: [], materialsOutstanding: ['applicationForm'] });
		expect(r.roles[0]?.materials[0]?.status).toBe('unknown');
	});
	test('a missing material outranks an unknown criterion → incomplete', () => {
		const r = evaluateRegion(PLAIN, { securityIncidents: [], materials: { applicationForm: false } }, AS_OF);
		expect(r.verdict).toBe('incomplete');
		expect(criterion(r, 'form').missingFacts).toEqual(['legalForm']);
		// without the missing material it is an open question
		expect(evaluateRegion(PLAIN, { securityIncidents: [] }, AS_OF).verdict).toBe('needsReview');
	});
	test('a missing material outranks a criterion left to the authority → incomplete', () => {
		const def: RegionEligibility = {
			...PLAIN,
			criteria: PLAIN.criteria.map((c) => (c.id === 'form' ? { ...c, discretion: true } : c))
		};
		const r = evaluateRegion(def, { ...base, materials: { applicationForm: false } }, AS_OF);
		expect(r.roles[0]?.discretionary).toEqual(['form']);
		expect(r.verdict).toBe('incomplete');
	});
	test('an unmet criterion outranks everything → notEligible', () => {
		const r = evaluateRegion(PLAIN, { legalForm: 'naturalPerson' }, AS_OF);
		expect(r.verdict).toBe('notEligible');
		expect(r.roles[0]?.unmet).toEqual(['form']);
		expect(r.roles[0]?.unknown).toEqual(['incidents']);
		const missing = { legalForm: 'naturalPerson' as const, materials: { applicationForm: false } };
		expect(evaluateRegion(PLAIN, missing, AS_OF).verdict).toBe('notEligible');
	});
	test('a role the region does not have outranks everything → notApplicable', () => {
		const r = evaluateRegion(
			PLAIN,
			{ legalForm: 'naturalPerson', rolesSought: [role('primaryDeveloper')] },
			AS_OF
		);
		expect(r).toMatchObject({ verdict: 'notApplicable', roleExists: false, roles: [] });
	});
	test('a discretionary criterion met on the answers still needs review', () => {
		const def: RegionEligibility = {
			...PLAIN,
			criteria: PLAIN.criteria.map((c) => (c.id === 'form' ? { ...c, discretion: true } : c))
		};
		const r = evaluateRegion(def, { ...base, materials: { applicationForm: true } }, AS_OF);
		expect(criterion(r, 'form')).toMatchObject({ status: 'met', discretion: true, needsReview: true });
		expect(r.verdict).toBe('needsReview');
		expect(r.roles[0]?.discretionary).toEqual(['form']);
	});
	test('aspects the text does not impose are listed as notRequired, in catalogue order', () => {
		const r = evaluateRegion(PLAIN, base, AS_OF);
		const cs = r.roles[0]?.criteria ?? [];
		expect(cs[0]?.id).toBe('form');
		expect(cs.find((c) => c.aspect === 'domesticCapital')).toMatchObject({
			id: 'notRequired:domesticCapital',
			status: 'notRequired',
			needsReview: false,
			citations: []
		});
		expect(cs.filter((c) => c.status !== 'notRequired').map((c) => c.id)).toEqual(['form', 'incidents']);
	});
	test('asOf must be a real date', () => {
		expect(() => evaluateRegion(PLAIN, base, '2025-02-30')).toThrow(RangeError);
	});
});

describe('incident look-back on real dates', () => {
	const within3 = noIncidentWithinYears(3);
	const at = (date: string, asOf = AS_OF, p = within3) =>
		evaluate(p, withIncidents({ date, major: false, kind: 'network' }), asOf);

	test('近3年: the day three years before asOf is inside, the day before it is outside', () => {
		expect(at('2022-06-30')).toBe('unmet');
		expect(at('2022-06-29')).toBe('met');
		expect(at(AS_OF)).toBe('unmet');
	});
	test('the cut-off is calendar arithmetic, the same as date-fns', () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date('1901-01-01T00:00:00Z'),
					max: new Date('2099-12-31T00:00:00Z'),
					noInvalidDate: true
				}),
				fc.integer({ min: 0, max: 50 }),
				(d, n) => {
					const iso = d.toISOString().slice(0, 10);
					expect(yearsBefore(iso, n)).toBe(plusYears(iso, -n));
				}
			)
		);
	});
	test('from a leap day, three years back clamps to 28 February', () => {
		expect(at('2021-02-28', '2024-02-29')).toBe('unmet');
		expect(at('2021-02-27', '2024-02-29')).toBe('met');
	});
	test('an incident after the evaluation date had not happened yet', () => {
		expect(at('2025-07-01')).toBe('met');
		expect(evaluate(noIncidentEver(), withIncidents({ date: '2025-07-01' }), AS_OF)).toBe('met');
	});
	test('moving asOf moves the window', () => {
		expect(at('2022-06-30', '2025-06-30')).toBe('unmet');
		expect(at('2022-06-30', '2025-07-01')).toBe('met');
	});
	test('unknown answers leave it unknown; none ([]) meets it', () => {
		expect(evaluate(within3, { securityIncidents: 'unknown' }, AS_OF)).toBe('unknown');
		expect(evaluate(within3, {}, AS_OF)).toBe('unknown');
		expect(evaluate(within3, { securityIncidents: [] }, AS_OF)).toBe('met');
		expect(evaluate(within3, withIncidents({ date: 'unknown' }), AS_OF)).toBe('unknown');
		// One definite incident inside the window decides, whatever else is unknown.
		expect(evaluate(within3, withIncidents({ date: 'unknown' }, { date: '2024-01-01' }), AS_OF)).toBe(
			'unmet'
		);
	});
	test('"未发生过重大数据安全事件": any major data incident ever; not minor ones, not network-only ones', () => {
		const ever = noIncidentEver({ majorOnly: true, kinds: ['data', 'networkAndData'] });
		const run = (i: SecurityIncident) => evaluate(ever, withIncidents(i), AS_OF);
		expect(run({ date: '1999-01-01', major: true, kind: 'data' })).toBe('unmet');
		expect(run({ date: '2025-06-01', major: true, kind: 'networkAndData' })).toBe('unmet');
		expect(run({ date: 'unknown', major: true, kind: 'data' })).toBe('unmet'); // undated still happened
		expect(run({ date: '2025-06-01', major: false, kind: 'data' })).toBe('met');
		expect(run({ date: '2025-06-01', major: true, kind: 'network' })).toBe('met');
		expect(run({ date: '2025-06-01', major: 'unknown', kind: 'data' })).toBe('unknown');
		expect(run({ date: '2025-06-01', major: true })).toBe('unknown');
	});
});

describe('roles', () => {
	test('a role the region lacks: not applicable (不适用), no roles evaluated, its own roles cited', () => {
		const r = evaluateEligibility(
			region('quzhou'),
			{ ...IDEAL, rolesSought: [role('secondaryDeveloper')] },
			{ asOf: AS_OF }
		);
		expect(r).toMatchObject({ verdict: 'notApplicable', roleExists: false, roles: [] });
		expect(r.regionRoles).toEqual([
			expect.objectContaining({
				role: role('operator'),
				term: { zh: '授权运营单位', en: 'authorized operator' }
			})
		]);
		expect(r.regionRoles[0]?.citations).toEqual(['sec-4-p1']);
	});
	test('a role the region has, beside one it lacks: evaluated, never "not applicable"', () => {
		const r = evaluateEligibility(
			region('taian'),
			{ ...IDEAL, rolesSought: [role('secondaryDeveloper'), role('operator')] },
			{ asOf: AS_OF }
		);
		expect(r.roleExists).toBe(true);
		expect(r.roles.map((x) => x.term.zh)).toEqual(['数据运营单位']);
		expect(r.verdict).toBe('needsReview');
	});
	test('no role stated → every role of the region; the region verdict is the most favourable', () => {
		const r = evaluateEligibility(
			region('henan'),
			{ ...IDEAL, legalForm: 'forProfitLegalPerson' },
			{ asOf: AS_OF }
		);
		expect(r.rolesSought).toBeNull();
		expect(r.roles.map((x) => x.role)).toEqual(['primaryDeveloper', 'secondaryDeveloper']);
		expect(r.verdict).toBe('needsReview');
	});
	test('several roles sought: each region evaluates the ones it has', () => {
		const facts: ApplicantFacts = { ...IDEAL, rolesSought: [role('operator'), role('developmentEntity')] };
		const byRegion = Object.fromEntries(evaluateAll(facts, { asOf: AS_OF }).map((r) => [r.region, r]));
		expect(byRegion.quzhou?.roles.map((x) => x.role)).toEqual(['operator']);
		expect(byRegion.jiangsu?.roles.map((x) => x.role)).toEqual(['developmentEntity']);
		expect(byRegion.henan).toMatchObject({ roleExists: false, verdict: 'notApplicable' });
	});
	test('unknown region → an error', () => {
		expect(() => evaluateEligibility(region('atlantis'), IDEAL)).toThrow(/atlantis/);
	});
});

// ——— whole applicants, per region ———

describe('Quzhou', () => {
	const run = (f: ApplicantFacts) => evaluateEligibility(region('quzhou'), f, { asOf: AS_OF });

	test('a favourable applicant needs review: four criteria are left to judgement', () => {
		const r = run(IDEAL);
		expect(r.verdict).toBe('needsReview');
		expect(r.roles[0]?.unmet).toEqual([]);
		expect(r.roles[0]?.unknown).toEqual([]);
		expect(r.roles[0]?.discretionary.sort()).toEqual(
			['credit', 'operatingCondition', 'professionalCapacity', 'securityCapability'].sort()
		);
	});
	test('the sec-13-p1 checklist: a document answered "not ready" makes the headline incomplete, by name', () => {
		const r = run({ ...IDEAL, auditReportLastYear: false, materials: { applicationForm: true } });
		const role = r.roles[0];
		expect(role?.materials.map((m) => m.id)).toEqual([
			'applicationForm',
			'auditReport',
			'financialReport',
			'securityCommitment',
			'riskSelfAssessment',
			'useCaseList',
			'dataRequestList'
		]);
		expect(role?.materialsOutstanding).toEqual([
			'auditReport',
			'securityCommitment',
			'riskSelfAssessment',
			'useCaseList',
			'dataRequestList'
		]);
		expect(role?.materials.find((m) => m.id === 'auditReport')).toMatchObject({
			status: 'missing',
			citations: ['sec-13-p1']
		});
		// the audit report is answered "no"; the others are unanswered: only the first is named as missing
		expect(role?.materialsMissing).toEqual(['auditReport']);
		// … even though four criteria are left to the authority's judgement
		expect(role?.discretionary.length).toBe(4);
		expect(r.verdict).toBe('incomplete');
	});
	test('an empty questionnaire → needs review, never a pass', () => {
		const r = run({});
		expect(r.verdict).toBe('needsReview');
		expect(r.roles[0]?.criteria.filter((c) => c.status === 'unknown').length).toBe(9);
	});
	test('an incident two years ago → not eligible, citing 十三·1', () => {
		const r = run(withIncidents({ date: '2023-06-30', major: false, kind: 'network' }));
		expect(r.verdict).toBe('notEligible');
		expect(criterion(r, 'incidents')).toMatchObject({ status: 'unmet', citations: ['sec-13-1'] });
	});
	test('domestic capital is not required here, citing nothing', () => {
		const r = run({ ...IDEAL, foreignCapitalInEquityChain: true });
		expect(criterion(r, 'notRequired:domesticCapital')).toMatchObject({
			status: 'notRequired',
			citations: []
		});
		expect(r.verdict).toBe('needsReview');
	});
});

describe('Yingkou', () => {
	const run = (f: ApplicantFacts) => evaluateEligibility(region('yingkou'), f, { asOf: AS_OF });

	test.each([
		['equity chain', { foreignCapitalInEquityChain: true }],
		['affiliate', { foreignCapitalInAffiliates: true }],
		['actual controller', { foreignCapitalInActualController: true }]
	] as const)('foreign capital in the %s → not eligible, citing 二（一）', (_, f) => {
		const r = run({ ...IDEAL, ...f });
		expect(r.verdict).toBe('notEligible');
		expect(criterion(r, 'domesticCapital')).toMatchObject({ status: 'unmet', citations: ['sec-2-1-p1'] });
	});
	test('a public institution (non-profit legal person) is not a market entity', () => {
		expect(run({ ...IDEAL, legalForm: 'nonProfitLegalPerson' }).verdict).toBe('notEligible');
	});
	test('a subsidiary meeting a specific condition counts (二（二）5), with the clause cited', () => {
		const r = run({
			...IDEAL,
			capitalCoversEarlyOperation: false,
			relatedEntities: [
				{ relation: 'managedEntity', facts: { capitalCoversEarlyOperation: false } },
				{ relation: 'subsidiary', name: '数据公司', facts: { capitalCoversEarlyOperation: true } }
			]
		});
		expect(criterion(r, 'capital')).toMatchObject({
			status: 'met',
			via: { relation: 'subsidiary', index: 1, name: '数据公司' },
			citations: ['sec-2-2-1', 'sec-2-2-5']
		});
		expect(r.verdict).toBe('needsReview');
	});
	test('… but not the nature requirements of 二（一）: domestic capital must hold for the institution itself', () => {
		const r = run({
			...IDEAL,
			foreignCapitalInEquityChain: true,
			relatedEntities: [{ relation: 'subsidiary', facts: IDEAL }]
		});
		expect(criterion(r, 'domesticCapital').status).toBe('unmet');
	});
	test('related entities unanswered: a failed specific condition is unknown, not unmet', () => {
		const { relatedEntities: _, ...rest } = IDEAL;
		const r = run({ ...rest, capitalCoversEarlyOperation: false });
		expect(criterion(r, 'capital')).toMatchObject({ status: 'unknown', missingFacts: ['relatedEntities'] });
		expect(r.verdict).toBe('needsReview');
	});
	test('a related entity’s unknown answer is reported with its path', () => {
		const r = run({
			...IDEAL,
			capitalCoversEarlyOperation: false,
			relatedEntities: [{ relation: 'subsidiary', facts: { capitalCoversEarlyOperation: 'unknown' } }]
		});
		expect(criterion(r, 'capital')).toMatchObject({
			status: 'unknown',
			missingFacts: ['relatedEntities.0.capitalCoversEarlyOperation']
		});
	});
	test('no subsidiary ([]) and a failed condition → not eligible', () => {
		expect(run({ ...IDEAL, capitalCoversEarlyOperation: false }).verdict).toBe('notEligible');
	});
	test('the principal’s serious dishonesty → not eligible', () => {
		expect(run({ ...IDEAL, principalSeriouslyDishonest: true }).verdict).toBe('notEligible');
	});
});

describe("Tai'an", () => {
	const run = (f: ApplicantFacts) => evaluateEligibility(region('taian'), f, { asOf: AS_OF });

	test('a favourable applicant still needs review: 第十三条（四） leaves further conditions to the authority', () => {
		const r = run(IDEAL);
		expect(r.verdict).toBe('needsReview');
		expect(r.roles[0]?.unknown).toEqual(['otherConditions']);
		expect(criterion(r, 'otherConditions').citations).toContain('art-13-4');
	});
	test('the legal representative on the judgment-defaulter list → not eligible, citing 第十三条（二）', () => {
		const r = run({ ...IDEAL, legalRepJudgmentDefaulter: true });
		expect(r.verdict).toBe('notEligible');
		expect(criterion(r, 'legalRepCredit')).toMatchObject({ status: 'unmet', citations: ['art-13-2'] });
		expect(criterion(r, 'unitCredit').status).toBe('met');
	});
	test('a minor network incident within 3 years disqualifies; the same incident 4 years ago does not', () => {
		expect(run(withIncidents({ date: '2023-01-10', major: false, kind: 'network' })).verdict).toBe(
			'notEligible'
		);
		expect(criterion(run(withIncidents({ date: '2021-01-10' })), 'incidents').status).toBe('met');
	});
	test('the application materials are those of the call (第十四条（二）)', () => {
		const r = run({ ...IDEAL, materials: {} });
		expect(r.roles[0]?.materialsOutstanding).toEqual(['declarationMaterials']);
	});
});

describe('Henan', () => {
	const run = (f: ApplicantFacts) => evaluateEligibility(region('henan'), f, { asOf: AS_OF });

	test('no incident look-back: a recent major incident is not held against the applicant', () => {
		const r = run({
			...IDEAL,
			rolesSought: [role('primaryDeveloper')],
			securityIncidents: [{ date: '2025-06-01', major: true, kind: 'data' }]
		});
		expect(criterion(r, 'notRequired:securityIncidents').status).toBe('notRequired');
		expect(r.verdict).toBe('needsReview');
	});
	test('第七条 符合国家数据安全保护要求 is discretionary', () => {
		const r = run({ ...IDEAL, rolesSought: [role('primaryDeveloper')] });
		expect(criterion(r, 'dataSecurity')).toMatchObject({
			status: 'met',
			discretion: true,
			needsReview: true
		});
	});
	test('a secondary developer: a legal person, chosen against entry conditions not in the text', () => {
		const r = run({ ...IDEAL, rolesSought: [role('secondaryDeveloper')] });
		const active = r.roles[0]?.criteria.filter((c) => c.status !== 'notRequired').map((c) => c.id);
		expect(active).toEqual(['legalForm', 'secondaryEntry']);
		expect(r.verdict).toBe('needsReview');
		expect(
			run({ ...IDEAL, rolesSought: [role('secondaryDeveloper')], legalForm: 'unincorporatedEnterprise' })
				.verdict
		).toBe('notEligible');
	});
	test('"operator" is not a role here; the result cites 第三条 for the roles Henan has', () => {
		const r = run({ ...IDEAL, rolesSought: [role('operator')] });
		expect(r.roleExists).toBe(false);
		expect(r.regionRoles.flatMap((x) => x.citations)).toEqual(['art-3-p3', 'art-3-p4']);
	});
});

describe('Jiangsu', () => {
	const dev = (f: ApplicantFacts) =>
		evaluateEligibility(
			region('jiangsu'),
			{ ...f, rolesSought: [role('developmentEntity')] },
			{ asOf: AS_OF }
		);

	test('a major data-security incident in 2010 → not eligible as a development entity (第九条（一）)', () => {
		const r = dev(withIncidents({ date: '2010-05-01', major: true, kind: 'data' }));
		expect(r.verdict).toBe('notEligible');
		expect(criterion(r, 'majorDataIncident')).toMatchObject({ status: 'unmet', citations: ['art-9-1'] });
	});
	test('a non-major incident last month does not disqualify', () => {
		const r = dev(withIncidents({ date: '2025-06-01', major: false, kind: 'data' }));
		expect(criterion(r, 'majorDataIncident').status).toBe('met');
		expect(r.verdict).toBe('needsReview');
	});
	test('foreign capital is no bar (domestic capital not required, citing 第十条)', () => {
		const r = dev({ ...IDEAL, foreignCapitalInEquityChain: true, foreignCapitalInActualController: true });
		expect(criterion(r, 'notRequired:domesticCapital')).toMatchObject({
			status: 'notRequired',
			citations: ['art-10']
		});
		expect(r.verdict).toBe('needsReview');
	});
	test('the operating entity is determined by the authority: needs review whatever the answers', () => {
		const r = evaluateEligibility(
			region('jiangsu'),
			{ ...IDEAL, rolesSought: [role('operatingEntity')] },
			{ asOf: AS_OF }
		);
		expect(r.verdict).toBe('needsReview');
		expect(criterion(r, 'pilotDetermination')).toMatchObject({ status: 'unknown', discretion: true });
	});
});

describe('all regions at once', () => {
	test('one foreign-invested applicant: Yingkou alone says no', () => {
		const results = evaluateAll({ ...IDEAL, foreignCapitalInAffiliates: true }, { asOf: AS_OF });
		expect(Object.fromEntries(results.map((r) => [r.region, r.verdict]))).toMatchObject({
			quzhou: 'needsReview',
			yingkou: 'notEligible',
			taian: 'needsReview',
			henan: 'needsReview',
			jiangsu: 'needsReview'
		});
		expect(new Set(results.map((r) => r.asOf))).toEqual(new Set([AS_OF]));
	});
	test('default asOf is a date', () => {
		expect(evaluateAll({})[0]?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('invariants over arbitrary answers', () => {
	test('never a pass on unknown or discretion; each headline exactly when the precedence says; pure', () => {
		fc.assert(
			fc.property(applicantFactsArb, (facts) => {
				const frozen = structuredClone(facts);
				for (const r of evaluateAll(facts, { asOf: AS_OF })) {
					for (const role of r.roles) {
						const open = role.criteria.some((c) => c.needsReview);
						const unmet = role.criteria.some((c) => c.status === 'unmet');
						const missing = role.materials.some((m) => m.status === 'missing');
						const unknownMaterial = role.materials.some((m) => m.status === 'unknown');
						if (unmet) expect(role.verdict).toBe('notEligible');
						else if (missing) expect(role.verdict).toBe('incomplete');
						else if (open || unknownMaterial) expect(role.verdict).toBe('needsReview');
						else expect(role.verdict).toBe('eligible');
						expect(role.materialsMissing).toEqual(
							role.materials.filter((m) => m.status === 'missing').map((m) => m.id)
						);
						for (const c of role.criteria) {
							if (c.status !== 'notRequired') expect(c.citations.length).toBeGreaterThan(0);
							expect(c.needsReview).toBe(c.status === 'unknown' || (c.status === 'met' && c.discretion));
						}
					}
					const best = Math.min(...r.roles.map((x) => VERDICT_RANK[x.verdict]));
					if (r.roles.length) expect(VERDICT_RANK[r.verdict]).toBe(best);
					else expect(r.verdict).toBe('notApplicable');
				}
				expect(facts).toEqual(frozen);
			}),
			{ numRuns: 300 }
		);
	});

	test('more answers only settle criteria: a status settled on fewer answers never changes', () => {
		// Monotonic in information: drop some answers, and whatever is still settled agrees with the full set.
		// Answers that contradict each other are not more information (a bearing yes overrides a direct no):
		// they are caught and shown instead (contradictions.ts).
		fc.assert(
			fc.property(applicantFactsArb, fc.func(fc.boolean()), (facts, drop) => {
				fc.pre(findContradictions(facts).length === 0);
				const fewer = Object.fromEntries(Object.entries(facts).filter(([k]) => !drop(k))) as ApplicantFacts;
				const full = evaluateAll(facts, { asOf: AS_OF });
				for (const [i, r] of evaluateAll(fewer, { asOf: AS_OF }).entries())
					for (const role of r.roles) {
						const other = full[i]?.roles.find((x) => x.role === role.role);
						if (!other) continue;
						for (const c of role.criteria)
							if (c.status !== 'unknown')
								expect(other.criteria.find((x) => x.id === c.id)?.status, c.id).toBe(c.status);
					}
			}),
			{ numRuns: 200 }
		);
	});
});
// Timing: bench/timings.ts (eligibility), printed by `npm run bench`, never asserted.
