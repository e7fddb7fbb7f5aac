// The questionnaire (computed citations, coverage of every fact) and the schema of imported profiles.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indexCorpus } from '$lib/corpus/corpus';
import { loadCorpus } from '$lib/corpus/load';
import { factsOf, evaluateRegion } from './engine';
import { isTrue, l, materialReady } from './define';
import type { ApplicantFacts } from './facts';
import { applicantFactsArb } from './arbitraries';
import { IDEAL } from './fixtures';
import {
	answerOf,
	buildQuestionnaire,
	progress,
	questionnaire,
	relatedEntityQuestions,
	type Question
} from './questionnaire';
import { eligibilityRules, factCatalogue } from './regions';
import { parseApplicantFacts } from './schema';
import type { RegionEligibility } from './types';
import { clause, region, role } from '$lib/regions/fixture-ids';

const questions: Question[] = questionnaire.flatMap((t) => t.questions);
const byFact = new Map(questions.map((q) => [q.fact, q]));

describe('questionnaire', () => {
	test('topics in order, each with questions; unique ids; both languages', () => {
		expect(questionnaire.map((t) => t.id)).toEqual([
			'role',
			'entity',
			'ownership',
			'finance',
			'credit',
			'security',
			'capability',
			'related',
			'materials'
		]);
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
		for (const q of questions) {
			expect(q.id).toBe(q.fact);
			expect(q.label.zh && q.label.en && q.help.zh && q.help.en, q.id).toBeTruthy();
			if (q.kind === 'choice' || q.kind === 'roles') expect(q.options?.length, q.id).toBeGreaterThan(0);
		}
	});

	test('every fact a criterion or material reads has its question, and every question is used', () => {
		const read = new Set(
			eligibilityRules.flatMap((d) => [
				...d.criteria.flatMap((c) => factsOf(c.when)),
				...d.materials.flatMap((m) => factsOf(m.ready))
			])
		);
		for (const f of read) expect(byFact.has(f), f).toBe(true);
		for (const d of eligibilityRules)
			for (const f of Object.keys(d.facts))
				expect(read.has(f), `${d.region} declares ${f}, never read`).toBe(true);
		for (const q of questions) expect(q.usedBy.length, q.id).toBeGreaterThan(0);
	});

	test('each question cites exactly the clauses of the criteria and materials that read its fact', () => {
		for (const q of questions) {
			if (q.kind === 'roles' || q.kind === 'relatedEntities') continue;
			const expected = new Set<string>();
			for (const d of eligibilityRules) {
				for (const c of d.criteria)
					if (factsOf(c.when).includes(q.fact)) c.citations.forEach((x) => expected.add(`${d.region}:${x}`));
				for (const m of d.materials)
					if (factsOf(m.ready).includes(q.fact)) m.citations.forEach((x) => expected.add(`${d.region}:${x}`));
			}
			expect([...q.citations].sort(), q.id).toEqual([...expected].sort());
		}
	});

	test.each([
		['securityIncidents', ['quzhou:sec-13-1', 'yingkou:sec-2-2-4', 'taian:art-13-3', 'jiangsu:art-9-1']],
		['foreignCapitalInEquityChain', ['yingkou:sec-2-1-p1']],
		['legalRepJudgmentDefaulter', ['taian:art-13-2', 'jiangsu:art-9-1']], // a listing is a bad credit record
		['principalSeriouslyDishonest', ['yingkou:sec-2-1-p1']],
		['auditReportLastYear', ['quzhou:sec-13-p1']],
		['relatedEntities', ['yingkou:sec-2-2-5']],
		['materials.declarationMaterials', ['taian:art-14-2', 'taian:art-14-1']],
		['rolesSought', ['quzhou:sec-4-p1', 'henan:art-3-p3', 'henan:art-3-p4', 'jiangsu:art-7-p3']]
	])('%s cites %j', (fact, cites) => {
		const q = byFact.get(fact);
		expect(q?.citations).toEqual(expect.arrayContaining(cites));
		// Exactly these, among the regions named (another region may read the fact too).
		const named = new Set(cites.map((c) => c.split(':')[0]));
		const among = q?.citations.filter((c) => named.has(c.split(':')[0]!)) ?? [];
		if (fact !== 'rolesSought' && fact !== 'securityIncidents') expect(among.length).toBe(cites.length);
	});

	test('every citation resolves to a clause', async () => {
		const regions = new Set(questions.flatMap((q) => q.citations.map((c) => c.split(':')[0]!)));
		const indexes = new Map(
			await Promise.all([...regions].map(async (r) => [r, indexCorpus(await loadCorpus(region(r)))] as const))
		);
		for (const q of questions)
			for (const ref of q.citations) {
				const [r, id] = ref.split(':') as [string, string];
				expect(indexes.get(r)?.has(clause(id)), `${q.id} ${ref}`).toBe(true);
			}
	});

	test('the roles question offers every role some region defines', () => {
		expect(byFact.get('rolesSought')?.options?.map((o) => o.value)).toEqual([
			'operator',
			'primaryDeveloper',
			'secondaryDeveloper',
			'operatingEntity',
			'developmentEntity'
		]);
	});

	test('the materials topic lists each document once, from the regions’ checklists', () => {
		const topic = questionnaire.find((t) => t.id === 'materials');
		expect(topic?.questions.map((q) => q.fact)).toEqual([
			'materials.applicationForm',
			'materials.securityCommitment',
			'materials.riskSelfAssessment',
			'materials.useCaseList',
			'materials.dataRequestList',
			'materials.declarationMaterials'
		]);
	});

	test('related entities are asked the questions of the conditions they may meet', () => {
		const facts = relatedEntityQuestions().map((q) => q.fact);
		expect(facts).toContain('capitalCoversEarlyOperation');
		expect(facts).toContain('securityIncidents');
		expect(facts).not.toContain('foreignCapitalInEquityChain');
		expect(facts).not.toContain('legalForm');
	});

	test('progress counts answered, unknown and unanswered per topic', () => {
		const p = progress({
			legalForm: 'unknown',
			independentLegalPersonality: true,
			materials: { useCaseList: false }
		});
		expect(p.find((x) => x.topic === 'entity')).toEqual({
			topic: 'entity',
			counts: { answered: 1, unknown: 1, unanswered: 0 },
			total: 2
		});
		expect(p.find((x) => x.topic === 'materials')?.counts.answered).toBe(1);
		const all = progress({ ...IDEAL, rolesSought: [role('operator')] });
		for (const t of all) expect(t.counts.unanswered, t.topic).toBe(0);
		expect(answerOf(IDEAL, byFact.get('materials.useCaseList')!)).toBe(true);
	});

	test('a sixth region is data only: its criteria and materials reach the questionnaire and the engine', () => {
		const sixth: RegionEligibility = {
			region: region('sixth'),
			roles: [{ role: role('operator'), term: l('运营单位', 'operator'), citations: [clause('art-1')] }],
			criteria: [
				{
					id: 'team',
					aspect: 'professionalCapacity',
					roles: [role('operator')],
					label: l('专业团队', 'team'),
					quote: '专业团队',
					citations: [clause('art-2')],
					discretion: false,
					when: isTrue('professionalTeam')
				},
				{
					id: 'office',
					aspect: 'otherConditions',
					roles: [role('operator')],
					label: l('本地办公场所', 'local office'),
					quote: '本地办公场所',
					citations: [clause('art-4')],
					discretion: false,
					when: isTrue('localOffice')
				}
			],
			materials: [
				{
					id: 'businessPlan',
					roles: [role('operator')],
					label: l('运营方案', 'Business plan'),
					quote: '运营方案',
					citations: [clause('art-3')],
					ready: materialReady('businessPlan')
				}
			],
			facts: {
				professionalTeam: {
					topic: 'capability',
					kind: 'boolean',
					label: l('是否有专业团队？', 'Do you have a professional team?'),
					help: l('自我评估。', 'Your own assessment.')
				},
				localOffice: {
					topic: 'capability',
					kind: 'boolean',
					label: l('是否在本地设有办公场所？', 'Do you have an office in the city?'),
					help: l('此问题只来自这一地区。', 'Asked for this region alone.')
				}
			},
			roleLabels: { [role('operator')]: l('运营单位', 'operator') }
		};
		const qs = buildQuestionnaire([...eligibilityRules, sixth]).flatMap((t) => t.questions);
		expect(qs.find((q) => q.fact === 'professionalTeam')?.citations).toContain('sixth:art-2');
		expect(qs.find((q) => q.fact === 'materials.businessPlan')?.citations).toEqual(['sixth:art-3']);
		// A fact no other pack reads: asked in the sixth pack's own words.
		expect(qs.find((q) => q.fact === 'localOffice')).toMatchObject({
			topic: 'capability',
			kind: 'boolean',
			label: { en: 'Do you have an office in the city?' },
			citations: ['sixth:art-4']
		});
		const r = evaluateRegion(
			sixth,
			{ professionalTeam: true, localOffice: true, materials: { businessPlan: true } },
			'2025-01-01'
		);
		expect(r.verdict).toBe('eligible');
	});
});

describe('schema of imported applicant profiles', () => {
	test('the favourable applicant and the empty one parse unchanged', () => {
		expect(parseApplicantFacts(IDEAL)).toEqual({ ok: true, facts: IDEAL });
		expect(parseApplicantFacts({})).toEqual({ ok: true, facts: {} });
	});

	test('every generated set of answers parses, and round-trips through JSON', () => {
		fc.assert(
			fc.property(applicantFactsArb, (facts) => {
				const r = parseApplicantFacts(JSON.parse(JSON.stringify(facts)));
				expect(r).toEqual({ ok: true, facts });
			}),
			{ numRuns: 200 }
		);
	});

	test.each<[string, unknown, string]>([
		['an impossible date', { securityIncidents: [{ date: '2024-02-30' }] }, 'securityIncidents.0.date'],
		['a mistyped key', { mlps3experience: true }, 'mlps3experience'],
		['a legal form not in the list', { legalForm: 'llc' }, 'legalForm'],
		['a role no text defines', { rolesSought: [role('dataBroker')] }, 'rolesSought.0'],
		['a yes/no answered with a string', { professionalTeam: 'yes' }, 'professionalTeam'],
		[
			'a related entity with an unknown relation',
			{ relatedEntities: [{ relation: 'parent', facts: {} }] },
			'relatedEntities.0.relation'
		],
		['a material answered with a number', { materials: { applicationForm: 1 } }, 'materials.applicationForm']
	])('rejects %s, naming the path', (_, input, path) => {
		const r = parseApplicantFacts(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues.join('\n')).toContain(path);
	});

	test("accepts 'unknown' for every answer", () => {
		const facts: ApplicantFacts = Object.fromEntries(
			[...Object.keys(factCatalogue), 'rolesSought', 'relatedEntities'].map((k) => [k, 'unknown'])
		);
		expect(parseApplicantFacts({ ...facts, materials: { x: 'unknown' } }).ok).toBe(true);
	});
});

describe('the questionnaire for the regions chosen', () => {
	test('fewer regions ask fewer questions, each read by a chosen region; none chosen asks everything', async () => {
		const { questionnaireFor, questionnaire } = await import('./questionnaire');
		const count = (t: { questions: unknown[] }[]) => t.reduce((n, x) => n + x.questions.length, 0);
		const all = count(questionnaire);
		const one = questionnaireFor([region('jiangsu')]);
		expect(count(one)).toBeLessThan(all);
		for (const q of one.flatMap((t) => t.questions))
			expect(q.usedBy.every((u) => u.region === 'jiangsu')).toBe(true);
		expect(count(questionnaireFor([region('quzhou'), region('taian')]))).toBeLessThanOrEqual(all);
		expect(questionnaireFor([])).toBe(questionnaire);
	});
});
