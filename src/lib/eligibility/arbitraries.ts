// fast-check generators of arbitrary applicant answers — partial, 'unknown', contradictory — over the facts
// the packs declare, for property tests. Test-only: imports a dev dependency.

import fc from 'fast-check';
import {
	INCIDENT_KINDS,
	RELATIONS,
	type ApplicantFacts,
	type EntityFacts,
	type SecurityIncident
} from './facts';
import { eligibilityRules, factCatalogue } from './regions';
import type { FactDeclaration } from './types';

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

function answerArb(decl: FactDeclaration): fc.Arbitrary<unknown> {
	switch (decl.kind) {
		case 'boolean':
			return answerOf(fc.boolean());
		case 'choice':
			return answerOf(fc.constantFrom(...(decl.options ?? []).map((o) => o.value)));
		case 'incidents':
			return answerOf(fc.array(incidentArb, { maxLength: 3 }));
	}
}

export const entityFactsArb: fc.Arbitrary<EntityFacts> = fc.record(
	Object.fromEntries(Object.entries(factCatalogue).map(([fact, decl]) => [fact, answerArb(decl)])),
	{ requiredKeys: [] }
);

const roles = [...new Set(eligibilityRules.flatMap((r) => r.roles.map((x) => x.role)))];
const materials = [...new Set(eligibilityRules.flatMap((r) => r.materials.map((m) => m.id)))];

export const applicantFactsArb: fc.Arbitrary<ApplicantFacts> = fc
	.tuple(
		entityFactsArb,
		fc.record(
			{
				rolesSought: answerOf(fc.subarray(roles)),
				relatedEntities: answerOf(
					fc.array(fc.record({ relation: fc.constantFrom(...RELATIONS), facts: entityFactsArb }), {
						maxLength: 2
					})
				),
				materials: fc.dictionary(fc.constantFrom(...materials), answerOf(fc.boolean()))
			},
			{ requiredKeys: [] }
		)
	)
	.map(([a, b]) => ({ ...a, ...b }));
