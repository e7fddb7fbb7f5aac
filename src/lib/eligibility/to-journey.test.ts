import { describe, expect, test } from 'vitest';
import { journeyRegionIds, loadJourney } from '$lib/machines/registry';
import { evaluateEligibility } from './index';
import { IDEAL } from './fixtures';
import { ASPECTS } from './aspects';
import { journeyFactsFrom } from './to-journey';
import { region, role } from '$lib/regions/fixture-ids';

const journeys = await Promise.all(journeyRegionIds.map((r) => loadJourney(r)));

describe('journey facts from the eligibility answers, as each journey declares them', () => {
	test.each(journeys.map((j) => [j.region, j] as const))(
		'%s: every fact its stages require is declared, with aspects from the catalogue',
		(_, j) => {
			const required = new Set(
				j.roles.flatMap((r) => r.admission.flatMap((s) => s.requires ?? [])).map((q) => q.fact)
			);
			expect(Object.keys(j.facts ?? {}).sort()).toEqual([...required].sort());
			const known = new Set<string>(ASPECTS.map((a) => a.id));
			for (const { aspects } of Object.values(j.facts ?? {}))
				for (const a of aspects) expect(known.has(a), a).toBe(true);
		}
	);

	test.each(journeys.map((j) => [j.region, j] as const))(
		'%s: an ideal applicant meets every declared fact some criterion of its default role decides',
		(region, j) => {
			const result = evaluateEligibility(region, IDEAL, { asOf: '2026-11-23' });
			const facts = journeyFactsFrom(result, j.facts ?? {}, j.roles[0]?.id);
			for (const v of Object.values(facts)) expect(v).toBe(true);
		}
	);

	test('a recent incident makes a lookback fact false; unanswered facts stay unknown; undeclared ones absent', () => {
		const declared = {
			noIncidentInLookback: { aspects: ['securityIncidents'] },
			goodCredit: { aspects: ['unitCredit', 'representativeCredit'] }
		};
		const withIncident = {
			...IDEAL,
			securityIncidents: [{ date: '2026-01-01', major: false, kind: 'data' as const }]
		};
		const result = evaluateEligibility(region('quzhou'), withIncident, { asOf: '2026-11-23' });
		expect(journeyFactsFrom(result, declared)).toMatchObject({ noIncidentInLookback: false });
		expect(journeyFactsFrom(result, {})).toEqual({});
		const empty = journeyFactsFrom(
			evaluateEligibility(region('quzhou'), {}, { asOf: '2026-11-23' }),
			declared
		);
		expect(empty.noIncidentInLookback).toBeUndefined();
		expect(empty.goodCredit).toBeUndefined();
	});

	test('the ideal applicant yields the simulator facts as met (Tai’an’s declarations)', async () => {
		const j = await loadJourney(region('taian'));
		const facts = journeyFactsFrom(
			evaluateEligibility(region('taian'), IDEAL, { asOf: '2026-11-23' }),
			j.facts ?? {},
			role('operator')
		);
		expect(facts).toMatchObject({ goodCredit: true, noIncidentInLookback: true, mlps3Experience: true });
	});
});
