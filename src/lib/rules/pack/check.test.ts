// The build's cross-file checks on a journey's facts: a stage that requires a fact the pack does not declare,
// a declared fact no stage requires, and an aspect outside the catalogue each fail, naming the file and field.
import { describe, expect, test } from 'vitest';
import { ASPECTS } from '$lib/eligibility/aspects';
import { loadJourney } from '$lib/machines/registry';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { regionIds } from '$lib/regions/registry';
import { checkPack, formatPackProblems, type PackContext } from './check';
import { wordsIn } from '../words';
import type { PackJourney } from './journey';

const region = regionIds[0]!;
const { region: _r, ...pack } = await loadJourney(region);
const journey = pack as PackJourney;
const ctx: PackContext = {
	region,
	// clause ids are not what this test is about: every id exists
	clauses: () => ({ has: () => true }) as unknown as ReadonlySet<string>,
	dimensions: DIMENSIONS,
	aspects: new Set(ASPECTS.map((a) => a.id))
};
const problems = (j: PackJourney) =>
	checkPack({ journey: j }, ctx).map((p) => `${p.file}: ${p.field}: ${wordsIn(p.message, 'en')}`);

describe(`journey facts (${region}'s journey, altered)`, () => {
	test('as shipped: no problem', () => {
		expect(problems(journey)).toEqual([]);
	});

	test('a stage requiring an undeclared fact fails, naming the field', () => {
		const j = structuredClone(journey);
		const [fact] = Object.keys(j.facts ?? {});
		expect(fact).toBeDefined();
		delete j.facts![fact!];
		expect(problems(j)).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^journey\\.yaml: roles\\[\\d+\\]\\.admission\\[\\d+\\]\\.requires\\[\\d+\\]\\.fact: fact "${fact}" is not declared`
				)
			)
		);
	});

	test('a declared fact no stage requires, and an unknown aspect, fail', () => {
		const j = structuredClone(journey);
		j.facts = { ...j.facts, unusedFact: { aspects: ['notAnAspect'] } };
		expect(problems(j)).toEqual([
			'journey.yaml: facts.unusedFact: fact "unusedFact" is declared but no stage requires it',
			'journey.yaml: facts.unusedFact.aspects[0]: aspect "notAnAspect" is not in the catalogue'
		]);
	});
});

describe('a problem is the app’s own words, said in the language asked for', () => {
	test('the same problem in Chinese and in English, each naming the id', () => {
		const j = structuredClone(journey);
		j.facts = { ...j.facts, unusedFact: { aspects: [] } };
		const [p] = checkPack({ journey: j }, ctx);
		expect(p).toBeDefined();
		expect(wordsIn(p!.message, 'zh-CN')).toBe('声明了但没有环节读取的事实“unusedFact”');
		expect(wordsIn(p!.message, 'en')).toBe('fact "unusedFact" is declared but no stage requires it');
	});

	test('formatPackProblems says each in English, with the file and the field', () => {
		const j = structuredClone(journey);
		j.roles = [...j.roles, j.roles[0]!];
		const problems = checkPack({ journey: j }, ctx);
		expect(formatPackProblems('src/lib/regions/x', problems)).toContain(
			`src/lib/regions/x/journey.yaml: roles[${j.roles.length - 1}].id: duplicate role "${j.roles[0]!.id}"`
		);
	});
});
