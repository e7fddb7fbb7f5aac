import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { applicantFactsArb } from '$lib/eligibility/arbitraries';
import { evaluateRegion, factsOf } from '$lib/eligibility/engine';
import type { ApplicantFacts } from '$lib/eligibility/facts';
import { IDEAL } from '$lib/eligibility/fixtures';
import { eligibilityRules, getEligibilityRules } from '$lib/eligibility/regions';
import type { CriterionResult, RegionEligibility, RegionResult } from '$lib/eligibility/types';
import { asDimensionId, DIMENSIONS } from '$lib/regions/dimensions';
import { loadProfile, loadRegionDetails, loadSource } from '$lib/regions/registry';
import type { ByDimension, DatedValue, RegionProfile, RuleValue } from '$lib/regions/types';
import { blankDraft, cloneRegion } from './create';
import { draftEligibility, type DraftEligibilityBase } from './eligibility';
import type { Draft } from './types';
import { clause, region, role } from '$lib/regions/fixture-ids';

const AS_OF = '2025-06-30'; // three years back: 2022-06-30
const REGION = region('draft-x');

interface Loaded {
	draft: Draft;
	base: DraftEligibilityBase;
	profile: RegionProfile;
}
/** The regions with eligibility rules (a folder just scaffolded has none yet). */
const withRules = eligibilityRules.map((r) => r.region);
const loaded = new Map<string, Loaded>();

beforeAll(async () => {
	for (const id of withRules) {
		const profile = await loadProfile(id);
		const eligibility = getEligibilityRules(id)!;
		loaded.set(id, {
			draft: cloneRegion(await loadRegionDetails(id), profile, await loadSource(id)),
			base: { eligibility, profile },
			profile
		});
	}
});

const clone = (id: string) => {
	const l = loaded.get(id)!;
	return { draft: structuredClone(l.draft), base: l.base };
};

const cited = (value: RuleValue, summary = '草案的取值'): DatedValue[] => [
	{ from: null, value, summary: { zh: summary, en: 'the draft’s value' }, citations: [clause('art-5')] }
];
const yes: RuleValue = { kind: 'boolean', value: true };
const no: RuleValue = { kind: 'boolean', value: false };
const text = (zh: string): RuleValue => ({ kind: 'text', value: { zh, en: zh } });
const years = (n: number): RuleValue => ({ kind: 'number', value: n, bound: 'exactly' });
const list = (...codes: string[]): RuleValue => ({ kind: 'list', value: codes });

function blankWith(values: ByDimension<RuleValue>): Draft {
	const d = blankDraft('某市办法', '某市');
	for (const { id } of DIMENSIONS) {
		const v = values[id];
		if (v) d.values[id] = cited(v);
	}
	return d;
}

/** What a verdict rests on, without the region id or wording: compared between a clone and its region. */
const shape = (r: RegionResult) => ({
	verdict: r.verdict,
	roleExists: r.roleExists,
	rolesSought: r.rolesSought,
	roles: r.roles.map((x) => ({
		role: x.role,
		verdict: x.verdict,
		criteria: x.criteria.map((c) => [c.id, c.aspect, c.status, c.needsReview, c.missingFacts, c.citations]),
		materials: x.materials.map((m) => [m.id, m.status, m.missingFacts]),
		unmet: x.unmet,
		unknown: x.unknown,
		discretionary: x.discretionary,
		materialsOutstanding: x.materialsOutstanding
	}))
});

const FIXTURES: [string, ApplicantFacts][] = [
	['ideal', IDEAL],
	['nothing answered', {}],
	[
		'every answer unknown',
		Object.fromEntries(Object.keys(IDEAL).map((k) => [k, 'unknown'])) as ApplicantFacts
	],
	['an incident on the look-back boundary', { ...IDEAL, securityIncidents: [{ date: '2022-06-30' }] }],
	[
		'a major data incident long ago',
		{ ...IDEAL, securityIncidents: [{ date: '2005-01-01', major: true, kind: 'data' }] }
	],
	['foreign capital', { ...IDEAL, foreignCapitalInAffiliates: true }],
	['a judgment defaulter', { ...IDEAL, unitJudgmentDefaulter: true, legalRepJudgmentDefaulter: true }],
	[
		'no capital, but a subsidiary has it',
		{
			...IDEAL,
			capitalCoversEarlyOperation: false,
			relatedEntities: [{ relation: 'subsidiary', facts: { capitalCoversEarlyOperation: true } }]
		}
	],
	['materials missing', { ...IDEAL, materials: {}, auditReportLastYear: false }],
	[
		'seeking a developer role',
		{ ...IDEAL, rolesSought: [role('developmentEntity'), role('secondaryDeveloper')] }
	]
];
const SAMPLES = fc.sample(applicantFactsArb, { numRuns: 150, seed: 20261201 });

describe.each(withRules)('a clone of %s', (id) => {
	test('keeps the region’s criteria, materials, roles, related-entity rule and not-imposed entries', () => {
		const { draft, base } = clone(id);
		const rules = draftEligibility(draft, REGION, base);
		const own = base.eligibility;
		expect(rules.region).toBe(REGION);
		expect(rules.criteria).toEqual(own.criteria);
		expect(rules.materials).toEqual(own.materials);
		expect(rules.roles).toEqual(own.roles);
		expect(rules.relatedEntities).toEqual(own.relatedEntities);
		expect(rules.notImposed).toEqual(own.notImposed);
	});

	test('evaluates exactly like the region: fixtures and sampled applicants', () => {
		const { draft, base } = clone(id);
		const rules = draftEligibility(draft, REGION, base);
		for (const [name, facts] of FIXTURES)
			expect(shape(evaluateRegion(rules, facts, AS_OF)), name).toEqual(
				shape(evaluateRegion(base.eligibility, facts, AS_OF))
			);
		for (const facts of SAMPLES)
			expect(shape(evaluateRegion(rules, facts, AS_OF))).toEqual(
				shape(evaluateRegion(base.eligibility, facts, AS_OF))
			);
	});

	test('a value deep-equal but written in another key order is unchanged', () => {
		const { draft, base } = clone(id);
		for (const dim of DIMENSIONS.filter((d) => d.topic === 'eligibility')) {
			const v = draft.values[dim.id]![0]!;
			v.value = Object.fromEntries(Object.entries(v.value).reverse()) as RuleValue;
		}
		expect(draftEligibility(draft, REGION, base).criteria).toEqual(base.eligibility.criteria);
	});
});

/** The operator's result for the aspect's criteria in a draft started blank. */
function operator(d: Draft, facts: ApplicantFacts) {
	const r = evaluateRegion(draftEligibility(d, REGION), facts, AS_OF);
	expect(r.roles.map((x) => x.role)).toEqual(['operator']);
	return r.roles[0]!;
}
const ofAspect = (r: { criteria: CriterionResult[] }, aspect: string) =>
	r.criteria.filter((c) => c.aspect === aspect);

describe('aspects derived from a blank draft’s values, both sides', () => {
	test.each<[string, Record<string, RuleValue>, string, Partial<ApplicantFacts>, Partial<ApplicantFacts>]>([
		[
			'domestic capital',
			{ 'eligibility.domesticCapitalOnly': yes },
			'domesticCapital',
			{},
			{ foreignCapitalInActualController: true }
		],
		[
			'domestic capital (equity chain)',
			{ 'eligibility.domesticCapitalOnly': yes },
			'domesticCapital',
			{},
			{ foreignCapitalInEquityChain: true }
		],
		[
			'capital',
			{ 'eligibility.capitalRequirement': yes },
			'capital',
			{},
			{ capitalCoversEarlyOperation: false }
		],
		[
			'security officer',
			{ 'eligibility.securityOfficer': yes },
			'securityOfficer',
			{},
			{ dataSecurityDepartment: false }
		],
		[
			'MLPS 3',
			{ 'eligibility.mlps3Experience': yes },
			'mlps3Experience',
			{},
			{ commercialCryptoAssessmentExperience: false }
		],
		[
			'operating condition',
			{ 'eligibility.operatingCondition': text('经营状况良好') },
			'operatingCondition',
			{},
			{ operatingConditionSound: false }
		],
		[
			'legal representative (all five records)',
			{ 'eligibility.creditCoversRepresentative': yes },
			'representativeCredit',
			{},
			{ legalRepMajorTaxViolator: true }
		],
		[
			'legal representative (the unit’s codes)',
			{
				'eligibility.creditCoversRepresentative': yes,
				'eligibility.creditRequirements': list('noMajorBadCredit')
			},
			'representativeCredit',
			{ legalRepJudgmentDefaulter: true }, // not a code the draft names
			{ legalRepMajorBadCreditRecord: true }
		],
		[
			'good credit',
			{ 'eligibility.creditRequirements': list('goodCredit') },
			'unitCredit',
			{},
			{ creditStandingGood: false }
		],
		[
			'no major illegal record',
			{ 'eligibility.creditRequirements': list('noMajorIllegalRecord') },
			'unitCredit',
			{ unitMajorBadCreditRecord: true },
			{ unitMajorIllegalRecord: true }
		],
		[
			'not a judgment defaulter',
			{ 'eligibility.creditRequirements': list('notJudgmentDefaulter') },
			'unitCredit',
			{},
			{ unitJudgmentDefaulter: true }
		],
		[
			'not a major tax violator',
			{ 'eligibility.creditRequirements': list('notMajorTaxViolator') },
			'unitCredit',
			{},
			{ unitMajorTaxViolator: true }
		],
		[
			'not seriously dishonest',
			{ 'eligibility.creditRequirements': list('notSeriouslyDishonest') },
			'unitCredit',
			{},
			{ unitSeriouslyDishonest: true }
		],
		[
			'no major bad credit',
			{ 'eligibility.creditRequirements': list('noMajorBadCredit') },
			'unitCredit',
			{ unitMajorIllegalRecord: true },
			{ unitMajorBadCreditRecord: true }
		],
		[
			'clean credit platform',
			{ 'eligibility.creditRequirements': list('cleanCreditPlatform') },
			'unitCredit',
			{},
			{ creditPlatformAdverseRecord: true }
		],
		[
			'no major admin penalty',
			{ 'eligibility.creditRequirements': list('noMajorAdminPenalty') },
			'unitCredit',
			{},
			{ principalMajorAdministrativePenalty: true }
		],
		[
			'look-back 3 years: 3 years and a day before passes, the boundary fails',
			{ 'eligibility.incidentLookbackYears': years(3) },
			'securityIncidents',
			{ securityIncidents: [{ date: '2022-06-29', major: true, kind: 'data' }] },
			{ securityIncidents: [{ date: '2022-06-30', major: false, kind: 'network' }] }
		],
		[
			'look-back 3 years: an incident after the evaluation date has not happened yet',
			{ 'eligibility.incidentLookbackYears': years(3) },
			'securityIncidents',
			{ securityIncidents: [{ date: '2025-07-01' }] },
			{ securityIncidents: [{ date: '2025-06-30' }] }
		],
		[
			'look-back 1 year, major only',
			{
				'eligibility.incidentLookbackYears': years(1),
				'eligibility.incidentSeverity': { kind: 'enum', value: 'major' }
			},
			'securityIncidents',
			{
				securityIncidents: [
					{ date: '2025-01-01', major: false },
					{ date: '2024-06-29', major: true }
				]
			},
			{ securityIncidents: [{ date: '2024-06-30', major: true }] }
		],
		[
			'ever',
			{ 'eligibility.incidentLookbackYears': { kind: 'unlimited' } },
			'securityIncidents',
			{ securityIncidents: [] },
			{ securityIncidents: [{ date: '1999-01-01', major: false }] }
		],
		[
			'ever, major only',
			{
				'eligibility.incidentLookbackYears': { kind: 'unlimited' },
				'eligibility.incidentSeverity': { kind: 'enum', value: 'major' }
			},
			'securityIncidents',
			{ securityIncidents: [{ date: '1999-01-01', major: false }] },
			{ securityIncidents: [{ date: '1999-01-01', major: true }] }
		]
	])('%s', (_name, values, aspect, pass, fail) => {
		const d = blankWith(values);
		const met = ofAspect(operator(d, { ...IDEAL, ...pass }), aspect);
		expect(met.length).toBeGreaterThan(0);
		for (const c of met) {
			expect(c.status, c.id).toBe('met');
			expect(c.citations).toEqual(['art-5']);
			expect(c.note?.en).toMatch(/Derived from the draft's value/);
		}
		const failed = operator(d, { ...IDEAL, ...fail });
		expect(ofAspect(failed, aspect).map((c) => c.status)).toContain('unmet');
		expect(failed.verdict).toBe('notEligible');
	});

	test('every credit code has its own criterion, labelled as the catalogue labels it', () => {
		const codes = DIMENSIONS.find((d) => d.id === 'eligibility.creditRequirements')!.options!;
		const rules = draftEligibility(
			blankWith({ 'eligibility.creditRequirements': list(...codes.map((o) => o.value)) }),
			REGION
		);
		expect(rules.criteria.map((c) => [c.id, c.label])).toEqual(
			codes.map((o) => [`draft.unitCredit.${o.value}`, o.label])
		);
		// "Good credit" is the applicant's own assessment: met, but left to the authority; unlisted credit
		// conditions are the authority's alone.
		expect(rules.criteria.filter((c) => c.discretion).map((c) => c.id)).toEqual([
			'draft.unitCredit.goodCredit',
			'draft.unitCredit.unitemizedCreditConditions'
		]);
	});

	test('free text: the legal form is for the authority (needs review, never a pass), the quote is the drafter’s', () => {
		const d = blankWith({ 'eligibility.legalForm': text('依法设立的企业法人') });
		d.clauseTexts['eligibility.legalForm'] = '申请单位应当是依法设立的企业法人';
		const rules = draftEligibility(d, REGION);
		expect(rules.criteria).toEqual([
			expect.objectContaining({
				aspect: 'legalForm',
				label: { zh: '依法设立的企业法人', en: '依法设立的企业法人' },
				quote: '申请单位应当是依法设立的企业法人',
				discretion: true,
				when: { test: 'authorityDecides' }
			})
		]);
		const r = operator(d, IDEAL);
		expect(ofAspect(r, 'legalForm')[0]).toMatchObject({
			status: 'unknown',
			needsReview: true,
			missingFacts: []
		});
		expect(r.verdict).toBe('needsReview');
	});

	test('the operating condition is checked on the answer but stays discretionary', () => {
		const r = operator(blankWith({ 'eligibility.operatingCondition': text('经营状况良好') }), IDEAL);
		expect(ofAspect(r, 'operatingCondition')[0]).toMatchObject({
			status: 'met',
			discretion: true,
			needsReview: true
		});
		expect(r.verdict).toBe('needsReview');
	});

	test('without a clause text, the quote is the value’s Chinese summary', () => {
		const rules = draftEligibility(blankWith({ 'eligibility.securityOfficer': yes }), REGION);
		expect(rules.criteria[0]!.quote).toBe('草案的取值');
	});

	test('an automatic condition alone can pass', () => {
		const r = operator(blankWith({ 'eligibility.securityOfficer': yes }), IDEAL);
		expect(r.verdict).toBe('eligible');
	});

	test.each<[string, Record<string, RuleValue>, string]>([
		['not specified', { 'eligibility.domesticCapitalOnly': { kind: 'notSpecified' } }, 'domesticCapital'],
		['false', { 'eligibility.domesticCapitalOnly': no }, 'domesticCapital'],
		['false', { 'eligibility.capitalRequirement': no }, 'capital'],
		['an empty credit list', { 'eligibility.creditRequirements': list() }, 'unitCredit']
	])('%s → not required, citing the value', (_name, values, aspect) => {
		const d = blankWith({ ...values, 'eligibility.securityOfficer': yes });
		const [c] = ofAspect(operator(d, IDEAL), aspect);
		expect(c).toMatchObject({ status: 'notRequired', citations: ['art-5'] });
	});

	test('a value of the wrong kind is never a pass', () => {
		for (const [dim, v] of [
			['eligibility.legalForm', yes],
			['eligibility.domesticCapitalOnly', years(1)],
			['eligibility.incidentLookbackYears', years(-1)],
			['eligibility.incidentLookbackYears', years(2.5)],
			['eligibility.creditRequirements', list('goodCredit', 'bogus')]
		] as const) {
			const r = operator(blankWith({ [dim]: v }), IDEAL);
			expect(r.verdict, `${dim} ${JSON.stringify(v)}`).not.toBe('eligible');
		}
	});

	test('materials: labels from the catalogue; the audit and financial reports read the questionnaire’s facts', () => {
		const rules = draftEligibility(
			blankWith({ 'application.materials': list('securityCommitment', 'auditReport', 'financialReport') }),
			REGION
		);
		expect(rules.materials.map((m) => [m.id, m.label.en, m.ready])).toEqual([
			[
				'securityCommitment',
				'Data-security commitment',
				{ test: 'materialReady', material: 'securityCommitment' }
			],
			['auditReport', 'Third-party audit report, last year', { test: 'isTrue', fact: 'auditReportLastYear' }],
			[
				'financialReport',
				'Financial and accounting report',
				{ test: 'isTrue', fact: 'financialReportLastYear' }
			]
		]);
		const d = blankWith({
			'application.materials': list('securityCommitment', 'auditReport'),
			'eligibility.securityOfficer': yes
		});
		expect(operator(d, IDEAL).verdict).toBe('eligible');
		expect(operator(d, { ...IDEAL, auditReportLastYear: false }).materialsOutstanding).toEqual([
			'auditReport'
		]);
		const none = operator(d, { ...IDEAL, materials: { securityCommitment: false } });
		expect([none.verdict, none.materialsMissing]).toEqual(['incomplete', ['securityCommitment']]);
		// unanswered: an open question, not a missing document
		const open = operator(d, { ...IDEAL, materials: {} });
		expect([open.verdict, open.materialsOutstanding]).toEqual(['needsReview', ['securityCommitment']]);
	});

	test('the operator role takes the draft’s own word and the citations of its value', () => {
		const d = blankWith({ 'authorization.operatorTerm': text('数据运营商') });
		d.operatorTerm = { zh: '数据运营商', en: 'authorized operator' };
		expect(draftEligibility(d, REGION).roles).toEqual([
			{ role: role('operator'), term: { zh: '数据运营商', en: 'authorized operator' }, citations: ['art-5'] }
		]);
	});
});

describe('a blank draft', () => {
	test('states no conditions: one discretionary criterion, needs review for the ideal applicant', () => {
		const rules = draftEligibility(blankDraft('某市办法', '某市'), REGION);
		expect(rules.criteria).toEqual([
			expect.objectContaining({
				aspect: 'otherConditions',
				roles: [role('operator')],
				discretion: true,
				when: { test: 'authorityDecides' },
				citations: []
			})
		]);
		expect(rules.materials).toEqual([]);
		const r = evaluateRegion(rules, IDEAL, AS_OF);
		expect(r.verdict).toBe('needsReview');
		expect(ofAspect(r.roles[0]!, 'otherConditions')[0]).toMatchObject({
			status: 'unknown',
			needsReview: true
		});
	});

	test('never eligible, whatever the answers', () => {
		const rules = draftEligibility(blankDraft('某市办法', '某市'), REGION);
		fc.assert(
			fc.property(applicantFactsArb, (facts) => {
				expect(evaluateRegion(rules, facts, AS_OF).verdict).not.toBe('eligible');
			}),
			{ numRuns: 200 }
		);
	});

	test('only materials, no condition: still needs review', () => {
		const d = blankWith({ 'application.materials': list('securityCommitment') });
		expect(operator(d, IDEAL).verdict).toBe('needsReview');
	});
});

describe('a clone with a changed value', () => {
	test('Tai’an, look-back 3 → 5 years: that criterion is derived, the others are kept', () => {
		const { draft, base } = clone('taian');
		draft.values['eligibility.incidentLookbackYears'] = cited(years(5), '近5年未发生网络安全或数据安全事件');
		const rules = draftEligibility(draft, REGION, base);
		const own = base.eligibility.criteria;
		expect(rules.criteria.filter((c) => c.aspect !== 'securityIncidents')).toEqual(
			own.filter((c) => c.aspect !== 'securityIncidents')
		);
		const [inc] = rules.criteria.filter((c) => c.aspect === 'securityIncidents');
		expect(inc).toMatchObject({
			id: 'draft.securityIncidents',
			roles: [role('operator')],
			when: { test: 'noIncidentWithinYears', years: 5 },
			quote: '近5年未发生网络安全或数据安全事件',
			// the look-back's citation, then the unchanged severity's
			citations: ['art-5', 'art-13-3']
		});
		const fourYearsAgo = { ...IDEAL, securityIncidents: [{ date: '2021-06-30' }] };
		const status = (def: RegionEligibility) =>
			ofAspect(evaluateRegion(def, fourYearsAgo, AS_OF).roles[0]!, 'securityIncidents')[0]!.status;
		expect(status(base.eligibility)).toBe('met');
		expect(status(rules)).toBe('unmet');
	});

	test('Jiangsu, "ever" → 3 years: still the development entity’s, still major data incidents only', () => {
		const { draft, base } = clone('jiangsu');
		draft.values['eligibility.incidentLookbackYears'] = cited(years(3));
		const inc = draftEligibility(draft, REGION, base).criteria.filter(
			(c) => c.aspect === 'securityIncidents'
		);
		expect(inc).toEqual([
			expect.objectContaining({
				roles: [role('developmentEntity')],
				when: {
					test: 'noIncidentWithinYears',
					fact: 'securityIncidents',
					years: 3,
					majorOnly: true,
					kinds: ['data', 'networkAndData']
				}
			})
		]);
	});

	test('a changed severity alone re-derives the incident criterion', () => {
		const { draft, base } = clone('quzhou');
		draft.values['eligibility.incidentSeverity'] = cited({ kind: 'enum', value: 'major' });
		const [inc] = draftEligibility(draft, REGION, base).criteria.filter(
			(c) => c.aspect === 'securityIncidents'
		);
		expect(inc!.when).toMatchObject({ test: 'noIncidentWithinYears', years: 3, majorOnly: true });
	});

	test('a changed qualifier counts as a change', () => {
		const { draft, base } = clone('taian');
		draft.values['eligibility.securityOfficer']![0]!.qualifier = 'discretionary';
		const ids = draftEligibility(draft, REGION, base).criteria.map((c) => c.id);
		expect(ids).toContain('draft.securityOfficer');
		expect(ids).not.toContain('securityOfficer');
	});

	test('Tai’an, security officer no longer required: not required, citing the draft’s value', () => {
		const { draft, base } = clone('taian');
		draft.values['eligibility.securityOfficer'] = cited(no, '不要求');
		const rules = draftEligibility(draft, REGION, base);
		expect(rules.criteria.some((c) => c.aspect === 'securityOfficer')).toBe(false);
		expect(rules.notImposed?.securityOfficer).toEqual({
			citations: ['art-5'],
			note: { zh: '不要求', en: 'the draft’s value' }
		});
		const r = evaluateRegion(rules, { ...IDEAL, dataSecurityOfficer: false }, AS_OF);
		expect(ofAspect(r.roles[0]!, 'securityOfficer')[0]!.status).toBe('notRequired');
	});

	test('Yingkou, a subsidiary no longer qualifies: the related-entity rule is gone', () => {
		const { draft, base } = clone('yingkou');
		draft.values['eligibility.subsidiaryQualifies'] = cited(no);
		const rules = draftEligibility(draft, REGION, base);
		expect(rules.relatedEntities).toBeUndefined();
		const facts = FIXTURES.find(([n]) => n.startsWith('no capital'))![1];
		expect(evaluateRegion(base.eligibility, facts, AS_OF).roles[0]!.unmet).toEqual([]);
		expect(evaluateRegion(rules, facts, AS_OF).roles[0]!.unmet).toEqual(['capital']);
	});

	test('Tai’an, a subsidiary may qualify: capability conditions may be met through it, credit may not', () => {
		const { draft, base } = clone('taian');
		draft.values['eligibility.subsidiaryQualifies'] = cited(yes, '子公司具备条件的，视同具备');
		const rules = draftEligibility(draft, REGION, base);
		expect(rules.relatedEntities).toMatchObject({
			relations: ['subsidiary', 'managedEntity'],
			quote: '子公司具备条件的，视同具备',
			citations: ['art-5']
		});
		const flagged = rules.criteria.filter((c) => c.relatedEntityMay).map((c) => c.id);
		expect(flagged).toEqual([
			'professionalCapacity',
			'securityOfficer',
			'securitySystems',
			'mlps3',
			'incidents'
		]);
		const facts: ApplicantFacts = {
			...IDEAL,
			dataSecurityOfficer: false,
			relatedEntities: [
				{ relation: 'subsidiary', facts: { dataSecurityOfficer: true, dataSecurityDepartment: true } }
			]
		};
		expect(evaluateRegion(base.eligibility, facts, AS_OF).roles[0]!.unmet).toEqual(['securityOfficer']);
		expect(evaluateRegion(rules, facts, AS_OF).roles[0]!.unmet).toEqual([]);
	});

	test('Henan, a look-back added: the text had none, so it applies to both roles', () => {
		const { draft, base } = clone('henan');
		draft.values['eligibility.incidentLookbackYears'] = cited(years(2));
		const [inc] = draftEligibility(draft, REGION, base).criteria.filter(
			(c) => c.aspect === 'securityIncidents'
		);
		expect(inc!.roles).toEqual(['primaryDeveloper', 'secondaryDeveloper']);
	});

	test('changed materials replace the region’s checklist', () => {
		const { draft, base } = clone('quzhou');
		draft.values['application.materials'] = cited(list('useCaseList'));
		expect(draftEligibility(draft, REGION, base).materials.map((m) => m.id)).toEqual(['useCaseList']);
	});
});

// ——— the never-a-false-pass property, over arbitrary drafts and answers ———

const CREDIT_CODES = DIMENSIONS.find((d) => d.id === 'eligibility.creditRequirements')!.options!.map(
	(o) => o.value
);
const MATERIAL_CODES = DIMENSIONS.find((d) => d.id === 'application.materials')!.options!.map((o) => o.value);
const ns: RuleValue = { kind: 'notSpecified' };
const flag = fc.constantFrom<RuleValue>(ns, yes, no);

const valuesArb = fc.record(
	{
		'eligibility.legalForm': fc.constantFrom<RuleValue>(ns, text('法人'), yes),
		'eligibility.domesticCapitalOnly': flag,
		'eligibility.incidentLookbackYears': fc.oneof(
			fc.constantFrom<RuleValue>(ns, { kind: 'unlimited' }, years(-1)),
			fc.integer({ min: 0, max: 5 }).map(years)
		),
		'eligibility.incidentSeverity': fc.constantFrom<RuleValue>(
			ns,
			{ kind: 'enum', value: 'any' },
			{ kind: 'enum', value: 'major' }
		),
		'eligibility.creditRequirements': fc.oneof(
			fc.constant(ns),
			fc.subarray([...CREDIT_CODES, 'bogus']).map((c) => list(...c))
		),
		'eligibility.creditCoversRepresentative': flag,
		'eligibility.operatingCondition': fc.constantFrom<RuleValue>(ns, text('经营状况良好')),
		'eligibility.securityOfficer': flag,
		'eligibility.mlps3Experience': flag,
		'eligibility.capitalRequirement': flag,
		'eligibility.subsidiaryQualifies': flag,
		'application.materials': fc.oneof(
			fc.constant(ns),
			fc.subarray(MATERIAL_CODES).map((c) => list(...c))
		)
	},
	{ requiredKeys: [] }
);

const draftArb = fc.record({ base: fc.constantFrom<string | null>(null, ...withRules), values: valuesArb });

const unanswered = (facts: ApplicantFacts, key: string): boolean => {
	const v = key.startsWith('materials.')
		? facts.materials?.[key.slice('materials.'.length)]
		: (facts as Record<string, unknown>)[key];
	return v === undefined || v === 'unknown';
};

describe('never a pass on "don’t know" or on the authority’s judgement', () => {
	test('any derived draft, any answers', () => {
		fc.assert(
			fc.property(draftArb, applicantFactsArb, ({ base, values }, facts) => {
				const b = base ? clone(base) : null;
				const d = b ? b.draft : blankDraft('某市办法', '某市');
				for (const [dim, v] of Object.entries(values)) d.values[asDimensionId(dim)] = cited(v);
				const rules = draftEligibility(d, REGION, b?.base);
				for (const role of rules.roles)
					expect(
						rules.criteria.some((c) => c.roles.includes(role.role)),
						role.role
					).toBe(true);
				for (const r of evaluateRegion(rules, facts, AS_OF).roles) {
					const mine = rules.criteria.filter((c) => c.roles.includes(r.role));
					const own = mine.filter((c) => !(c.relatedEntityMay && rules.relatedEntities));
					const read = [
						...own.flatMap((c) => factsOf(c.when)),
						...rules.materials.filter((m) => m.roles.includes(r.role)).flatMap((m) => factsOf(m.ready))
					];
					const anyUnknown = read.some((k) => unanswered(facts, k));
					const anyDiscretion = mine.some((c) => c.discretion);
					if (anyUnknown || anyDiscretion) expect(r.verdict).not.toBe('eligible');
					if (r.verdict === 'eligible')
						for (const c of r.criteria) expect(['met', 'notRequired']).toContain(c.status);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
