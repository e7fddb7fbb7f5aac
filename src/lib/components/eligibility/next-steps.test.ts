import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { evaluateRegion, getEligibilityRules, type ApplicantFacts } from '$lib/eligibility';
import { nextSteps } from './next-steps';

const asOf = '2026-12-05';

describe('the top of a verdict: what fails, what to do, by when it could change', () => {
	test('an incident inside Quzhou’s 3-year look-back fails now and clears the day after its third anniversary', () => {
		const def = getEligibilityRules(region('quzhou'))!;
		const facts: ApplicantFacts = {
			securityIncidents: [{ date: '2025-12-01', major: true, kind: 'data' }]
		};
		const r = evaluateRegion(def, facts, asOf);
		const s = nextSteps(r, def, facts);
		expect(s.failing.length).toBeGreaterThan(0);
		expect(s.failing.some((f) => f.citations.length > 0)).toBe(true);
		expect(s.changesOn).not.toBeNull();
		// the engine's own convention decides the day: counts on the anniversary, not the day after
		// (yearsBefore: on 2028-12-01 the window starts 2025-12-01, the incident's day; the next day it does not)
		expect(s.changesOn!.date).toBe('2028-12-02');
		const before = evaluateRegion(def, facts, '2028-12-01');
		expect(before.verdict).toBe(r.verdict);
		expect(s.changesOn!.citations.length).toBeGreaterThan(0);
	});

	test('nothing failing: no date; unknowns counted as answers to give', () => {
		const def = getEligibilityRules(region('quzhou'))!;
		const r = evaluateRegion(def, {}, asOf);
		const s = nextSteps(r, def, {});
		expect(s.failing).toEqual([]);
		expect(s.changesOn).toBeNull();
		expect(s.unanswered).toBeGreaterThan(0);
	});
});
