// Which verdicts a region's text can ever produce, whatever the answers, computed from its criteria and
// materials (data), never written by hand. A role with a criterion the text leaves to the authority
// (discretion) can never reach "eligible": that is the law, not a gap in the answers, and the blockers say
// which clauses make it so.

import type { ClauseId, Localized, RegionId } from '$lib/regions/types';
import { VERDICT_RANK } from './engine';
import type { RoleId } from './facts';
import type { Predicate, RegionEligibility, Verdict } from './types';

/** A criterion that keeps "eligible" out of reach: the authority judges it, or decides it alone. */
export interface Blocker {
	criterion: string;
	label: Localized;
	quote: string;
	citations: ClauseId[];
	/** Nothing the applicant answers can meet it (授权, 试点确定, 研究确定). */
	authorityDecides: boolean;
}

export interface RoleReach {
	role: RoleId;
	term: Localized;
	citations: ClauseId[];
	/** Every verdict some set of answers can produce, most favourable first. */
	verdicts: Verdict[];
	/** The most favourable verdict any answers can produce. */
	best: Verdict;
	blockers: Blocker[];
	/** Whether some answer can fail a criterion (then "not eligible" is possible). */
	canFail: boolean;
	/** How many application materials the text lists for the role (then "incomplete" is possible). */
	materials: number;
}

export interface RegionReach {
	region: RegionId;
	roles: RoleReach[];
	/** Every verdict the region can produce, most favourable first (notApplicable when it lacks a role). */
	verdicts: Verdict[];
	best: Verdict;
	/** Roles some other text defines and this one does not: seeking only those is "not applicable" here. */
	lacks: RoleId[];
}

type Outcome = 'met' | 'unmet';

/** A choice fact's options as the pack declares them; undefined where it declares none. */
export type OptionsOf = (fact: string) => readonly string[] | undefined;

/**
 * Can some answers make the predicate come out so? `options`: the choice facts' options (the pack's `facts`);
 * a choice fact without declared options can take any answer, so it can fail.
 */
export function canBe(p: Predicate, outcome: Outcome, options: OptionsOf = () => undefined): boolean {
	switch (p.test) {
		case 'authorityDecides':
			return false; // always unknown
		case 'oneOf': {
			if (outcome === 'met') return p.values.length > 0;
			const offered = options(p.fact);
			return !offered || offered.some((f) => !p.values.includes(f));
		}
		case 'allOf':
			return outcome === 'met'
				? p.of.every((q) => canBe(q, 'met', options))
				: p.of.some((q) => canBe(q, 'unmet', options));
		case 'anyOf':
			return outcome === 'met'
				? p.of.some((q) => canBe(q, 'met', options))
				: p.of.every((q) => canBe(q, 'unmet', options));
		default:
			// a yes/no answer, an incident list ([] meets, one in the window fails), a material's readiness
			return true;
	}
}

const canBeWith = (p: Predicate, outcome: Outcome, options: OptionsOf) => canBe(p, outcome, options);

const byRank = (a: Verdict, b: Verdict) => VERDICT_RANK[a] - VERDICT_RANK[b];

export function reachOfRole(def: RegionEligibility, role: RoleId): RoleReach {
	const roleDef = def.roles.find((r) => r.role === role);
	if (!roleDef) throw new Error(`region "${def.region}" has no role "${role}"`);
	const criteria = def.criteria.filter((c) => c.roles.includes(role));
	const materials = def.materials.filter((m) => m.roles.includes(role));
	const options: OptionsOf = (fact) => def.facts[fact]?.options?.map((o) => o.value);
	const canBe = (p: Predicate, outcome: Outcome) => canBeWith(p, outcome, options);
	const blockers: Blocker[] = criteria
		.filter((c) => c.discretion || !canBe(c.when, 'met'))
		.map((c) => ({
			criterion: c.id,
			label: c.label,
			quote: c.quote,
			citations: c.citations,
			authorityDecides: !canBe(c.when, 'met')
		}));
	const canFail = criteria.some((c) => canBe(c.when, 'unmet'));
	const verdicts: Verdict[] = [];
	if (blockers.length === 0) verdicts.push('eligible');
	// an unanswered question (or a criterion left to the authority) always leaves it open
	if (criteria.length + materials.length > 0) verdicts.push('needsReview');
	if (materials.some((m) => canBe(m.ready, 'unmet'))) verdicts.push('incomplete');
	if (canFail) verdicts.push('notEligible');
	verdicts.sort(byRank);
	return {
		role,
		term: roleDef.term,
		citations: roleDef.citations,
		verdicts,
		best: verdicts[0] ?? 'needsReview',
		blockers,
		canFail,
		materials: materials.length
	};
}

/** `allRoles`: every role some text defines (by default the roles of `others` and of this region). */
export function reachOfRegion(
	def: RegionEligibility,
	others: readonly RegionEligibility[] = []
): RegionReach {
	const roles = def.roles.map((r) => reachOfRole(def, r.role));
	const own = new Set(def.roles.map((r) => r.role));
	const lacks = [...new Set(others.flatMap((o) => o.roles.map((r) => r.role)))].filter((r) => !own.has(r));
	const verdicts = [
		...new Set([...roles.flatMap((r) => r.verdicts), ...(lacks.length ? ['notApplicable' as const] : [])])
	].sort(byRank);
	return { region: def.region, roles, verdicts, best: verdicts[0] ?? 'needsReview', lacks };
}

/** Every region's reach, each against the roles all the texts define. */
export function reachAll(rules: readonly RegionEligibility[]): RegionReach[] {
	return rules.map((def) => reachOfRegion(def, rules));
}
