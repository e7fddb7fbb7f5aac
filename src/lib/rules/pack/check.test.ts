// The build's cross-file checks on a journey's facts: a stage that requires a fact the pack does not declare,
// a declared fact no stage requires, and an aspect outside the catalogue each fail, naming the file and field.
import { describe, expect, test } from 'vitest';
import { ASPECTS } from '$lib/eligibility/aspects';
import { loadJourney } from '$lib/machines/registry';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { regionIds } from '$lib/regions/registry';
import { checkPack, type PackContext } from './check';
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
	checkPack({ journey: j }, ctx).map((p) => `${p.file}: ${p.field}: ${p.message.en}`);

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
