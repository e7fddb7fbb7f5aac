import { expect, test } from 'vitest';
import { evaluateEligibility } from './index';
import { IDEAL } from './fixtures';
import { journeyFactsFrom } from './to-journey';

test('an ideal applicant yields the simulator facts as met', () => {
	const facts = journeyFactsFrom(evaluateEligibility('taian', IDEAL, { asOf: '2026-11-23' }), 'operator');
	expect(facts).toMatchObject({ goodCredit: true, noIncidentInLookback: true, mlps3Experience: true });
});

test('a recent incident makes noIncidentInLookback false; unanswered facts stay unknown', () => {
	const withIncident = {
		...IDEAL,
		securityIncidents: [{ date: '2026-01-01', major: false, kind: 'data' as const }]
	};
	expect(journeyFactsFrom(evaluateEligibility('quzhou', withIncident, { asOf: '2026-11-23' }))).toMatchObject(
		{
			noIncidentInLookback: false
		}
	);
	const empty = journeyFactsFrom(evaluateEligibility('quzhou', {}, { asOf: '2026-11-23' }));
	expect(empty.noIncidentInLookback).toBeUndefined();
	expect(empty.goodCredit).toBeUndefined();
});
