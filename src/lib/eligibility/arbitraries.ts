// fast-check generators of arbitrary applicant answers — partial, 'unknown', contradictory — for property
// tests. Test-only: imports a dev dependency.

import fc from 'fast-check';
import {
	BOOLEAN_FACTS,
	INCIDENT_KINDS,
	LEGAL_FORMS,
	RELATIONS,
	ROLES,
	type ApplicantFacts,
	type EntityFacts,
	type SecurityIncident
} from './facts';

const answerOf = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | 'unknown'> =>
	fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant('unknown' as const) });

const isoDate = fc
	.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

export const incidentArb: fc.Arbitrary<SecurityIncident> = fc.record(
	{
		date: answerOf(isoDate),
		major: answerOf(fc.boolean()),
		kind: answerOf(fc.constantFrom(...INCIDENT_KINDS))
	},
	{ requiredKeys: [] }
);

const booleanFactsArb = fc.record(
	Object.fromEntries(BOOLEAN_FACTS.map((k) => [k, answerOf(fc.boolean())])) as Record<
		(typeof BOOLEAN_FACTS)[number],
		fc.Arbitrary<boolean | 'unknown'>
	>,
	{ requiredKeys: [] }
);

export const entityFactsArb: fc.Arbitrary<EntityFacts> = fc
	.tuple(
		booleanFactsArb,
		fc.record(
			{
				legalForm: answerOf(fc.constantFrom(...LEGAL_FORMS)),
				securityIncidents: answerOf(fc.array(incidentArb, { maxLength: 3 }))
			},
			{ requiredKeys: [] }
		)
	)
	.map(([a, b]) => ({ ...a, ...b }));

export const applicantFactsArb: fc.Arbitrary<ApplicantFacts> = fc
	.tuple(
		entityFactsArb,
		fc.record(
			{
				rolesSought: answerOf(fc.subarray([...ROLES])),
				relatedEntities: answerOf(
					fc.array(fc.record({ relation: fc.constantFrom(...RELATIONS), facts: entityFactsArb }), {
						maxLength: 2
					})
				),
				materials: fc.dictionary(
					fc.constantFrom(
						'applicationForm',
						'securityCommitment',
						'riskSelfAssessment',
						'useCaseList',
						'dataRequestList',
						'declarationMaterials'
					),
					answerOf(fc.boolean())
				)
			},
			{ requiredKeys: [] }
		)
	)
	.map(([a, b]) => ({ ...a, ...b }));
