import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { RegionLoadError } from '$lib/regions/lazy';
import { eligibilityRegionIds, factCatalogue, relatedEntitiesQuestion, roleLabels } from './catalogue';
import { loadedEligibilityRules, loadEligibilityFor, loadEligibilityRules } from './load';
import { questionnaire, questionnaireFor as eagerFor } from './questionnaire';
import { buildQuestionnaire, questionnaireFor } from './questionnaire-core';
import { eligibilityRules } from './regions';

describe('the build-time eligibility catalogue', () => {
	test('lists the regions with criteria in region order, as the eager rules do', () => {
		expect(eligibilityRegionIds).toEqual(eligibilityRules.map((r) => r.region));
		expect(eligibilityRegionIds.length).toBeGreaterThan(0);
	});

	test('holds every fact, role label and the related-entities question, first pack in region order wording each', () => {
		const facts = Object.fromEntries([...eligibilityRules].reverse().flatMap((r) => Object.entries(r.facts)));
		const labels = Object.fromEntries(
			[...eligibilityRules].reverse().flatMap((r) => Object.entries(r.roleLabels))
		);
		expect(factCatalogue).toEqual(facts);
		expect(roleLabels).toEqual(labels);
		expect(relatedEntitiesQuestion).toEqual(
			eligibilityRules.find((r) => r.relatedEntities)?.relatedEntities?.question
		);
	});
});

describe('rules loaded per region', () => {
	test('a region loads only itself, the same rules as the eager list', async () => {
		const [first, second] = eligibilityRegionIds;
		expect(loadedEligibilityRules(second!)).toBeUndefined();
		const rules = await loadEligibilityFor([first!]);
		expect(rules).toEqual([eligibilityRules[0]]);
		expect(loadedEligibilityRules(first!)).toEqual(eligibilityRules[0]);
		expect(loadedEligibilityRules(second!)).toBeUndefined();
	});

	test('none chosen: every region with criteria, in region order', async () => {
		expect(await loadEligibilityFor([])).toEqual(eligibilityRules);
	});

	test('the questionnaire over loaded rules is the eager one', async () => {
		const all = await loadEligibilityFor([]);
		expect(buildQuestionnaire(all)).toEqual(questionnaire);
		const one = [eligibilityRegionIds[1]!];
		expect(questionnaireFor(one, all)).toEqual(eagerFor(one));
		expect(questionnaireFor([], all)).toEqual(questionnaire);
	});

	test('a region without criteria fails with a message naming it', async () => {
		const err = await loadEligibilityRules(region('nationalSpec')).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(RegionLoadError);
		expect((err as Error).message).toContain('"nationalSpec"');
	});
});
