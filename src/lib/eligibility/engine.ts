// The eligibility engine: pure functions from a region's criteria (data) and an applicant's facts to a
// verdict with its reasons. No region is named here; a new region is a new data file.
//
// Three-valued throughout: a criterion is met, unmet, or unknown (an answer missing or "I don't know").
//
// Headline precedence (VERDICT_PRECEDENCE), per role — the first that applies wins:
//   1. notApplicable — the region has none of the roles sought (region level: no role is evaluated);
//   2. notEligible   — a criterion is certainly unmet on the answers;
//   3. incomplete    — a required application material is answered "not ready" (named), even when another
//                      criterion is unknown or left to the authority: the applicant can act on it now;
//   4. needsReview   — an answer is missing or "I don't know" (a criterion or a material), or a criterion is
//                      met only subject to the authority's judgement: never a pass on unknown or discretion;
//   5. eligible      — every criterion met automatically and every material ready.
// A region's headline is the most favourable of the roles evaluated (the reverse of the same order).

import { parseIsoDate } from '$lib/rules/dates';
import type { IsoDate } from '$lib/regions/types';
import { ASPECTS, ASPECT_ORDER, dimensionOf } from './aspects';
import type { ApplicantFacts, EntityFacts, RoleId, SecurityIncident } from './facts';
import type {
	Criterion,
	CriterionResult,
	Material,
	MaterialResult,
	Predicate,
	RegionEligibility,
	RegionResult,
	RoleResult,
	Verdict
} from './types';

type Tri = 'met' | 'unmet' | 'unknown';

interface Outcome {
	status: Tri;
	/** Facts whose answer would decide an unknown outcome. */
	missing: string[];
}

const MET: Outcome = { status: 'met', missing: [] };
const UNMET: Outcome = { status: 'unmet', missing: [] };
const unknown = (...missing: string[]): Outcome => ({ status: 'unknown', missing });

/** The facts a predicate reads (materials as "materials.<id>"), in order, without repeats. */
export function factsOf(p: Predicate): string[] {
	const out = new Set<string>();
	const walk = (q: Predicate): void => {
		switch (q.test) {
			case 'allOf':
			case 'anyOf':
				q.of.forEach(walk);
				break;
			case 'materialReady':
				out.add(`materials.${q.material}`);
				break;
			case 'authorityDecides':
				break;
			case 'isTrue':
			case 'isFalse':
				out.add(q.fact);
				for (const f of q.alsoUnmetIf ?? []) out.add(f);
				break;
			default:
				out.add(q.fact);
		}
	};
	walk(p);
	return [...out];
}

type Maybe = 'yes' | 'no' | 'maybe';

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The same calendar day `years` earlier; 29 February falls back to 28 February (as date-fns' addYears).
 * String arithmetic: this runs for every look-back test, and the engine must stay well under a millisecond.
 */
export function yearsBefore(date: IsoDate, years: number): IsoDate {
	const y = String(Number(date.slice(0, 4)) - years).padStart(4, '0');
	const md = date.slice(5);
	if (md !== '02-29') return `${y}-${md}`;
	const n = Number(y);
	const leap = (n % 4 === 0 && n % 100 !== 0) || n % 400 === 0;
	return `${y}-02-${leap ? '29' : '28'}`;
}

/** Does an incident count under a test? 'maybe' where an answer it depends on is missing. */
function incidentCounts(
	inc: SecurityIncident,
	asOf: IsoDate,
	from: IsoDate | null,
	majorOnly: boolean | undefined,
	kinds: readonly string[] | undefined
): Maybe {
	const parts: Maybe[] = [];
	if (majorOnly) parts.push(inc.major === true ? 'yes' : inc.major === false ? 'no' : 'maybe');
	if (kinds) {
		const k = inc.kind;
		parts.push(k === undefined || k === 'unknown' ? 'maybe' : kinds.includes(k) ? 'yes' : 'no');
	}
	const d = inc.date;
	if (d === undefined || d === 'unknown' || !ISO_SHAPE.test(d)) {
		// A listed incident happened at some point: undated, it may fall inside a look-back window, and it
		// counts for "ever".
		if (from !== null) parts.push('maybe');
	} else if (d > asOf)
		parts.push('no'); // after the evaluation date: it had not happened yet
	else if (from !== null) parts.push(d >= from ? 'yes' : 'no');
	if (parts.includes('no')) return 'no';
	return parts.includes('maybe') ? 'maybe' : 'yes';
}

/**
 * allOf (one unmet part decides it) and anyOf (one met part decides it): a part with the deciding outcome
 * settles it at once; otherwise any unknown part leaves it unknown, naming every fact still missing; otherwise
 * the other outcome.
 */
function combine(
	parts: readonly Predicate[],
	facts: ApplicantFacts,
	asOf: IsoDate,
	decides: Outcome,
	otherwise: Outcome
): Outcome {
	const missing: string[] = [];
	let anyUnknown = false;
	for (const q of parts) {
		const o = evaluatePredicate(q, facts, asOf);
		if (o.status === decides.status) return decides;
		if (o.status === 'unknown') {
			anyUnknown = true;
			missing.push(...o.missing);
		}
	}
	return anyUnknown ? unknown(...new Set(missing)) : otherwise;
}

function evaluatePredicate(p: Predicate, facts: ApplicantFacts, asOf: IsoDate): Outcome {
	switch (p.test) {
		case 'isTrue':
		case 'isFalse': {
			// A yes to an answer that bears on the same words decides it, whatever the direct answer says.
			if (p.alsoUnmetIf) for (const f of p.alsoUnmetIf) if (facts[f] === true) return UNMET;
			const v = facts[p.fact];
			if (typeof v !== 'boolean') return unknown(p.fact);
			return v === (p.test === 'isTrue') ? MET : UNMET;
		}
		case 'oneOf': {
			const v = facts[p.fact];
			if (typeof v !== 'string' || v === 'unknown') return unknown(p.fact);
			return p.values.includes(v) ? MET : UNMET;
		}
		case 'noIncidentWithinYears':
		case 'noIncidentEver': {
			const list = facts[p.fact];
			if (!Array.isArray(list)) return unknown(p.fact);
			const from = p.test === 'noIncidentWithinYears' ? yearsBefore(asOf, p.years) : null;
			let maybe = false;
			for (const inc of list as SecurityIncident[]) {
				const c = incidentCounts(inc, asOf, from, p.majorOnly, p.kinds);
				if (c === 'yes') return UNMET;
				if (c === 'maybe') maybe = true;
			}
			return maybe ? unknown(p.fact) : MET;
		}
		case 'allOf':
			return combine(p.of, facts, asOf, UNMET, MET);
		case 'anyOf':
			return combine(p.of, facts, asOf, MET, UNMET);
		case 'materialReady': {
			const v = facts.materials?.[p.material];
			if (typeof v !== 'boolean') return unknown(`materials.${p.material}`);
			return v ? MET : UNMET;
		}
		case 'authorityDecides':
			return unknown();
	}
}

/** A predicate over one entity's facts (the applicant's, or a related entity's). */
export function evaluate(p: Predicate, facts: ApplicantFacts | EntityFacts, asOf: IsoDate): Tri {
	return evaluatePredicate(p, facts, asOf).status;
}

function evaluateCriterion(
	c: Criterion,
	def: RegionEligibility,
	facts: ApplicantFacts,
	asOf: IsoDate
): CriterionResult {
	let o = evaluatePredicate(c.when, facts, asOf);
	let via: CriterionResult['via'];
	let citations = c.citations;
	const rule = def.relatedEntities;
	if (o.status !== 'met' && c.relatedEntityMay && rule) {
		const related = facts.relatedEntities;
		if (!Array.isArray(related)) {
			// It might still be met through a subsidiary or managed entity nobody has told us about.
			o = unknown(...o.missing, 'relatedEntities');
		} else {
			const missing = [...o.missing];
			let anyUnknown = o.status === 'unknown';
			for (const [index, e] of related.entries()) {
				if (!rule.relations.includes(e.relation)) continue;
				const r = evaluatePredicate(c.when, e.facts, asOf);
				if (r.status === 'met') {
					via = { relation: e.relation, index };
					if (e.name) via.name = e.name;
					citations = [...new Set([...c.citations, ...rule.citations])];
					break;
				}
				if (r.status === 'unknown') {
					anyUnknown = true;
					missing.push(...r.missing.map((f) => `relatedEntities.${index}.${f}`));
				}
			}
			o = via ? MET : anyUnknown ? unknown(...new Set(missing)) : UNMET;
		}
	}
	// Plain literals and conditional assignment, not spreads: this is the hot path.
	const status = o.status;
	const r: CriterionResult = {
		id: c.id,
		aspect: c.aspect,
		label: c.label,
		quote: c.quote,
		citations,
		status,
		discretion: c.discretion,
		needsReview: status === 'unknown' || (status === 'met' && c.discretion),
		missingFacts: o.missing
	};
	const dimension = dimensionOf(c.aspect);
	if (dimension) r.dimension = dimension;
	if (via) r.via = via;
	if (c.note) r.note = c.note;
	return r;
}

function evaluateMaterial(m: Material, facts: ApplicantFacts, asOf: IsoDate): MaterialResult {
	const o = evaluatePredicate(m.ready, facts, asOf);
	const r: MaterialResult = {
		id: m.id,
		label: m.label,
		quote: m.quote,
		citations: m.citations,
		status: o.status === 'met' ? 'ready' : o.status === 'unmet' ? 'missing' : 'unknown',
		missingFacts: o.missing
	};
	if (m.note) r.note = m.note;
	return r;
}

const byAspect = (a: CriterionResult, b: CriterionResult): number =>
	(ASPECT_ORDER.get(a.aspect) ?? 0) - (ASPECT_ORDER.get(b.aspect) ?? 0);

/** One role of a region: its criteria (and notRequired for the aspects it does not impose), materials, verdict. */
export function evaluateRole(
	def: RegionEligibility,
	role: RoleId,
	facts: ApplicantFacts,
	asOf: IsoDate
): RoleResult {
	const roleDef = def.roles.find((r) => r.role === role);
	if (!roleDef) throw new Error(`region "${def.region}" has no role "${role}"`);
	const criteria: CriterionResult[] = [];
	const covered = new Set<string>();
	for (const c of def.criteria) {
		if (!c.roles.includes(role)) continue;
		criteria.push(evaluateCriterion(c, def, facts, asOf));
		covered.add(c.aspect);
	}
	for (const a of ASPECTS) {
		if (covered.has(a.id)) continue;
		const ni = def.notImposed?.[a.id];
		const r: CriterionResult = {
			id: `notRequired:${a.id}`,
			aspect: a.id,
			label: a.label,
			citations: ni ? ni.citations : [],
			status: 'notRequired',
			discretion: false,
			needsReview: false,
			missingFacts: []
		};
		if ('dimension' in a) r.dimension = a.dimension;
		if (ni?.note) r.note = ni.note;
		criteria.push(r);
	}
	criteria.sort(byAspect); // stable: region order within an aspect

	const materials = def.materials
		.filter((m) => m.roles.includes(role))
		.map((m) => evaluateMaterial(m, facts, asOf));

	const unmet = criteria.filter((c) => c.status === 'unmet').map((c) => c.id);
	const unknownIds = criteria.filter((c) => c.status === 'unknown').map((c) => c.id);
	const discretionary = criteria.filter((c) => c.status === 'met' && c.discretion).map((c) => c.id);
	const materialsOutstanding = materials.filter((m) => m.status !== 'ready').map((m) => m.id);
	const materialsMissing = materials.filter((m) => m.status === 'missing').map((m) => m.id);

	// VERDICT_PRECEDENCE, worst first (notApplicable is decided per region, before any role is evaluated).
	const verdict: Verdict =
		unmet.length > 0
			? 'notEligible'
			: materialsMissing.length > 0
				? 'incomplete'
				: unknownIds.length > 0 || discretionary.length > 0 || materialsOutstanding.length > 0
					? 'needsReview'
					: 'eligible';

	return {
		role,
		term: roleDef.term,
		roleCitations: roleDef.citations,
		verdict,
		criteria,
		materials,
		unmet,
		unknown: unknownIds,
		discretionary,
		materialsOutstanding,
		materialsMissing
	};
}

/**
 * The headline precedence, the first that applies winning: a role's verdict is the first of these its
 * criteria and materials call for; a region's is the most favourable (last) of its roles' verdicts.
 */
export const VERDICT_PRECEDENCE: readonly Verdict[] = [
	'notApplicable',
	'notEligible',
	'incomplete',
	'needsReview',
	'eligible'
];

/** Most favourable first (0 = eligible): the reverse of VERDICT_PRECEDENCE, for sorting and comparing. */
export const VERDICT_RANK = Object.fromEntries(
	VERDICT_PRECEDENCE.map((v, i) => [v, VERDICT_PRECEDENCE.length - 1 - i])
) as Record<Verdict, number>;

/** A whole region: the roles sought that it has (all of its roles if none is stated), or notApplicable. */
export function evaluateRegion(def: RegionEligibility, facts: ApplicantFacts, asOf: IsoDate): RegionResult {
	if (!parseIsoDate(asOf)) throw new RangeError(`asOf is not a valid date: ${asOf}`);
	const sought = Array.isArray(facts.rolesSought) && facts.rolesSought.length ? facts.rolesSought : null;
	const roles = sought ? def.roles.filter((r) => sought.includes(r.role)) : def.roles;
	const results = roles.map((r) => evaluateRole(def, r.role, facts, asOf));
	const verdict: Verdict = results.reduce<Verdict>(
		(best, r) => (VERDICT_RANK[r.verdict] < VERDICT_RANK[best] ? r.verdict : best),
		'notApplicable'
	);
	return {
		region: def.region,
		asOf,
		verdict,
		rolesSought: sought ? [...sought] : null,
		regionRoles: def.roles,
		roleExists: results.length > 0,
		roles: results
	};
}
