// A pack's eligibility.yaml and the engine's rules, both ways. Pure: used by the eager list of every region's
// rules (./regions, for tests and build-time outputs) and by the per-region loader pages use (./load).

import type { RegionId } from '$lib/regions/types';
import type { PackCondition, PackEligibility } from '$lib/rules/pack';
import type { AspectId, Predicate, RegionEligibility } from './types';

/** A pack's condition as the engine's predicate. */
export function toPredicate(c: PackCondition): Predicate {
	if (c === 'authorityDecides') return { test: 'authorityDecides' };
	if ('isTrue' in c)
		return c.alsoUnmetIf
			? { test: 'isTrue', fact: c.isTrue, alsoUnmetIf: c.alsoUnmetIf }
			: { test: 'isTrue', fact: c.isTrue };
	if ('isFalse' in c)
		return c.alsoUnmetIf
			? { test: 'isFalse', fact: c.isFalse, alsoUnmetIf: c.alsoUnmetIf }
			: { test: 'isFalse', fact: c.isFalse };
	if ('allTrue' in c) return { test: 'allOf', of: c.allTrue.map((fact) => ({ test: 'isTrue', fact })) };
	if ('noneTrue' in c) return { test: 'allOf', of: c.noneTrue.map((fact) => ({ test: 'isFalse', fact })) };
	if ('allOf' in c) return { test: 'allOf', of: c.allOf.map(toPredicate) };
	if ('anyOf' in c) return { test: 'anyOf', of: c.anyOf.map(toPredicate) };
	if ('oneOf' in c) return { test: 'oneOf', fact: c.oneOf.fact, values: c.oneOf.values };
	if ('noIncidentWithinYears' in c) {
		const { fact = 'securityIncidents', ...rest } = c.noIncidentWithinYears;
		return { test: 'noIncidentWithinYears', fact, ...rest };
	}
	if ('noIncidentEver' in c) {
		const { fact = 'securityIncidents', ...rest } = c.noIncidentEver;
		return { test: 'noIncidentEver', fact, ...rest };
	}
	return { test: 'materialReady', material: c.materialReady };
}

/** An engine predicate as a pack's condition (the inverse of toPredicate): for rules derived in code. */
export function toCondition(p: Predicate): PackCondition {
	switch (p.test) {
		case 'isTrue':
			return p.alsoUnmetIf?.length ? { isTrue: p.fact, alsoUnmetIf: [...p.alsoUnmetIf] } : { isTrue: p.fact };
		case 'isFalse':
			return p.alsoUnmetIf?.length
				? { isFalse: p.fact, alsoUnmetIf: [...p.alsoUnmetIf] }
				: { isFalse: p.fact };
		case 'allOf': {
			// allTrue / noneTrue only for plain yes/no tests: a bearing answer (alsoUnmetIf) keeps its own entry.
			const plain = (test: 'isTrue' | 'isFalse') =>
				p.of.length > 0 && p.of.every((q) => q.test === test && !q.alsoUnmetIf?.length);
			if (plain('isTrue')) return { allTrue: p.of.map((q) => (q as { fact: string }).fact) };
			if (plain('isFalse')) return { noneTrue: p.of.map((q) => (q as { fact: string }).fact) };
			return { allOf: p.of.map(toCondition) };
		}
		case 'anyOf':
			return { anyOf: p.of.map(toCondition) };
		case 'oneOf':
			return { oneOf: { fact: p.fact, values: [...p.values] } };
		case 'noIncidentWithinYears':
		case 'noIncidentEver': {
			const opts = {
				...(p.fact === 'securityIncidents' ? {} : { fact: p.fact }),
				...(p.majorOnly !== undefined ? { majorOnly: p.majorOnly } : {}),
				...(p.kinds ? { kinds: [...p.kinds] } : {})
			};
			return p.test === 'noIncidentEver'
				? { noIncidentEver: opts }
				: { noIncidentWithinYears: { years: p.years, ...opts } };
		}
		case 'materialReady':
			return { materialReady: p.material };
		case 'authorityDecides':
			return 'authorityDecides';
	}
}

/** The engine's rules as a pack's eligibility.yaml (the inverse of fromPack): a draft exported as a pack. */
export function toPack(r: RegionEligibility): PackEligibility {
	const out: PackEligibility = {
		roles: r.roles.map((x) => ({
			role: x.role,
			label: r.roleLabels[x.role] ?? x.term,
			term: x.term,
			citations: [...x.citations]
		})),
		facts: structuredClone(r.facts),
		criteria: r.criteria.map(({ when, roles, ...c }) => ({
			...structuredClone(c),
			roles: [...roles],
			when: toCondition(when)
		})),
		materials: r.materials.map(({ ready, roles, ...m }) => ({
			...structuredClone(m),
			roles: [...roles],
			ready: toCondition(ready)
		}))
	};
	if (r.relatedEntities) {
		const { relations, ...rest } = structuredClone(r.relatedEntities);
		out.relatedEntities = { ...rest, relations: [...relations] };
	}
	if (r.notImposed) out.notImposed = structuredClone(r.notImposed) as PackEligibility['notImposed'];
	if (r.notes) out.notes = structuredClone(r.notes);
	return out;
}

/** A pack's eligibility.yaml as the engine's rules for region `region` (aspects were checked at build). */
export function fromPack(region: RegionId, pack: PackEligibility): RegionEligibility {
	const { roles, facts, criteria, materials, relatedEntities, notImposed, notes } = pack;
	const out: RegionEligibility = {
		region,
		roles: roles.map(({ role, term, citations }) => ({ role, term, citations })),
		criteria: criteria.map(({ when, aspect, ...c }) => ({
			...c,
			aspect: aspect as AspectId,
			when: toPredicate(when)
		})),
		materials: materials.map(({ ready, ...m }) => ({ ...m, ready: toPredicate(ready) })),
		facts,
		roleLabels: Object.fromEntries(roles.map((r) => [r.role, r.label]))
	};
	if (relatedEntities) out.relatedEntities = relatedEntities;
	if (notImposed) out.notImposed = notImposed as RegionEligibility['notImposed'];
	if (notes) out.notes = notes;
	return out;
}
