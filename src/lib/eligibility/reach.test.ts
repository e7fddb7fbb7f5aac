// Which verdicts each text can ever produce: computed from the criteria, checked against the engine both
// ways — every verdict the engine produces on arbitrary answers is in the computed set, and every verdict in
// the set is produced by some answers (a witness).

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applicantFactsArb } from './arbitraries';
import { l, legalFormIn, materialReady, allOf, anyOf, authorityDecides, isTrue } from './define';
import { evaluateRegion } from './engine';
import type { ApplicantFacts, RoleId } from './facts';
import { IDEAL } from './fixtures';
import { eligibilityReach } from './index';
import { canBe, reachOfRegion } from './reach';
import { eligibilityRules, factCatalogue } from './regions';
import type { RegionEligibility, Verdict } from './types';
import { clause, region, role } from '$lib/regions/fixture-ids';

const AS_OF = '2026-12-05';
/** "经营主体": the legal forms a market entity can take (as the packs that use the phrase list them). */
const MARKET_ENTITIES = ['forProfitLegalPerson', 'unincorporatedEnterprise', 'individualBusiness'];
/** Every role some pack declares. */
const ROLES: RoleId[] = [...new Set(eligibilityRules.flatMap((d) => d.roles.map((r) => r.role)))];

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
		}
	],
	materials: [
		{
			id: 'applicationForm',
			roles: [role('operator')],
			label: l('申请表', 'form'),
			quote: '申请表',
			citations: [clause('art-2')],
			ready: materialReady('applicationForm')
		}
	],
	// The legal-form question as the packs declare it (its options decide whether a oneOf can fail).
	facts: { legalForm: factCatalogue['legalForm']! },
	roleLabels: { [role('operator')]: l('运营单位', 'operator') }
};

describe('canBe', () => {
	test.each([
		[authorityDecides, false, false],
		[isTrue('professionalTeam'), true, true],
		[legalFormIn(MARKET_ENTITIES), true, true],
		[allOf(isTrue('professionalTeam'), authorityDecides), false, true],
		[anyOf(isTrue('professionalTeam'), authorityDecides), true, false]
	])('%j → met %s, unmet %s', (p, met, unmet) => {
		const options = (fact: string) => factCatalogue[fact]?.options?.map((o) => o.value);
		expect(canBe(p, 'met', options)).toBe(met);
		expect(canBe(p, 'unmet', options)).toBe(unmet);
	});
});

describe('a text with no discretion can conclude "eligible"', () => {
	test('all five verdicts in reach, in precedence order, most favourable first', () => {
		const r = reachOfRegion(PLAIN, [
			PLAIN,
			{ ...PLAIN, region: region('other'), roles: [{ ...PLAIN.roles[0]!, role: role('primaryDeveloper') }] }
		]);
		expect(r.verdicts).toEqual(['eligible', 'needsReview', 'incomplete', 'notEligible', 'notApplicable']);
		expect(r.roles[0]).toMatchObject({ best: 'eligible', blockers: [], canFail: true, materials: 1 });
		expect(r.lacks).toEqual(['primaryDeveloper']);
	});
	test('one discretionary criterion puts "eligible" out of reach, and is named with its clause', () => {
		const def = { ...PLAIN, criteria: PLAIN.criteria.map((c) => ({ ...c, discretion: true })) };
		const r = reachOfRegion(def);
		expect(r.verdicts).toEqual(['needsReview', 'incomplete', 'notEligible']);
		expect(r.roles[0]?.blockers).toEqual([
			{
				criterion: 'form',
				label: PLAIN.criteria[0]!.label,
				quote: '经营主体',
				citations: ['art-1'],
				authorityDecides: false
			}
		]);
	});
	test('a text with no materials cannot be "incomplete"; one whose only criterion the authority decides cannot fail', () => {
		const def: RegionEligibility = {
			...PLAIN,
			materials: [],
			criteria: [{ ...PLAIN.criteria[0]!, discretion: true, when: authorityDecides }]
		};
		const r = reachOfRegion(def);
		expect(r.verdicts).toEqual(['needsReview']);
		expect(r.roles[0]?.blockers[0]?.authorityDecides).toBe(true);
	});
});

describe('the five texts', () => {
	const byRegion = Object.fromEntries(eligibilityReach.map((r) => [r.region, r]));

	test('none can conclude "eligible": each role has a condition the text leaves to the authority', () => {
		for (const r of eligibilityReach) {
			expect(r.best, r.region).toBe('needsReview');
			for (const role of r.roles) expect(role.blockers.length, `${r.region}/${role.role}`).toBeGreaterThan(0);
		}
	});

	test.each([
		['quzhou', ['needsReview', 'incomplete', 'notEligible', 'notApplicable']],
		['yingkou', ['needsReview', 'notEligible', 'notApplicable']],
		['taian', ['needsReview', 'incomplete', 'notEligible', 'notApplicable']],
		['henan', ['needsReview', 'notEligible', 'notApplicable']],
		['jiangsu', ['needsReview', 'notEligible', 'notApplicable']]
	])('%s can conclude %j', (region, verdicts) => {
		expect(byRegion[region]?.verdicts).toEqual(verdicts);
	});

	test('the blockers are the texts’ own clauses (Tai’an 第十三条（四）, Jiangsu 第七条, Henan 第三条)', () => {
		const cites = (region: string) =>
			byRegion[region]!.roles.flatMap((r) => r.blockers.flatMap((b) => b.citations));
		expect(cites('taian')).toContain('art-13-4');
		expect(cites('jiangsu')).toContain('art-7');
		expect(cites('henan')).toContain('art-3-p3');
		expect(cites('quzhou')).toContain('sec-13-1');
		expect(byRegion.jiangsu!.roles.find((r) => r.role === 'operatingEntity')?.canFail).toBe(true); // 经营主体
	});

	test('every region lacks a role some other text defines, so each can be "not applicable"', () => {
		expect(byRegion.taian?.lacks).toEqual([
			'primaryDeveloper',
			'secondaryDeveloper',
			'operatingEntity',
			'developmentEntity'
		]);
		expect(byRegion.henan?.lacks).toEqual(['operator', 'operatingEntity', 'developmentEntity']);
	});

	test('every verdict the engine gives on arbitrary answers is one the text can produce', () => {
		fc.assert(
			fc.property(applicantFactsArb, (facts) => {
				for (const def of eligibilityRules) {
					const r = evaluateRegion(def, facts, AS_OF);
					expect(byRegion[def.region]?.verdicts, `${def.region}: ${r.verdict}`).toContain(r.verdict);
				}
			}),
			{ numRuns: 300 }
		);
	});

	test('every verdict the texts can produce is produced by some answers (a witness for each)', () => {
		const allMaterialsMissing: ApplicantFacts = {
			...IDEAL,
			auditReportLastYear: false,
			financialReportLastYear: false,
			materials: Object.fromEntries(Object.keys(IDEAL.materials ?? {}).map((k) => [k, false]))
		};
		const witnesses: ApplicantFacts[] = [
			{},
			IDEAL,
			allMaterialsMissing,
			{ ...IDEAL, legalForm: 'naturalPerson' },
			...ROLES.map((role: RoleId) => ({ ...IDEAL, rolesSought: [role] }))
		];
		for (const def of eligibilityRules) {
			const seen = new Set<Verdict>(witnesses.map((f) => evaluateRegion(def, f, AS_OF).verdict));
			expect([...seen].sort(), def.region).toEqual([...byRegion[def.region]!.verdicts].sort());
		}
	});
});
