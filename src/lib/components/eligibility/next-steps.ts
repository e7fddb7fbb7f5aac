// The top of a verdict: what fails, what to do, and by when it could change. Read from the engine's own
// result (criteria unmet, answers missing, materials not ready); the date an incident stops counting is
// found by asking the engine itself on the candidate days (so the look-back convention is the engine's,
// eligibility/engine.ts yearsBefore, never a second reading). Pure.

import type { ApplicantFacts, RegionEligibility, RegionResult } from '$lib/eligibility';
import { VERDICT_RANK, evaluateRegion } from '$lib/eligibility/engine';
import { plusDays, plusYears } from '$lib/rules/dates';
import type { ClauseId, IsoDate, Localized } from '$lib/regions/types';

export interface Failing {
	role: Localized;
	label: Localized;
	citations: ClauseId[];
}

export interface NextSteps {
	/** Conditions unmet, in the region's roles' order (at most one line per criterion label). */
	failing: Failing[];
	/** Answers that would decide a condition now unknown (count of distinct facts). */
	unanswered: number;
	/** Materials answered "not ready". */
	missingMaterials: Localized[];
	/** The first day the verdict is better on the same answers (an incident's look-back clears), if any. */
	changesOn: { date: IsoDate; citations: ClauseId[] } | null;
}

/** Whether verdict `a` is more favourable than `b` (the engine's own order: 0 = eligible). */
const better = (a: RegionResult['verdict'], b: RegionResult['verdict']) => VERDICT_RANK[a] < VERDICT_RANK[b];

/** Days on which an incident may stop counting: around `years` after it, for each look-back of the rules. */
function candidates(def: RegionEligibility, facts: ApplicantFacts, asOf: IsoDate): IsoDate[] {
	const list = Array.isArray(facts.securityIncidents) ? facts.securityIncidents : [];
	const years = new Set<number>();
	const walk = (p: unknown) => {
		const q = p as { test?: string; years?: number; of?: unknown[] };
		if (q?.test === 'noIncidentWithinYears' && q.years) years.add(q.years);
		for (const x of q?.of ?? []) walk(x);
	};
	for (const c of def.criteria) walk(c.when);
	const out = new Set<IsoDate>();
	for (const inc of list) {
		const d = inc.date;
		if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) continue;
		for (const y of years) {
			const at = plusYears(d, y);
			for (const k of [-1, 0, 1, 2]) {
				const day = plusDays(at, k);
				if (day > asOf) out.add(day);
			}
		}
	}
	return [...out].sort();
}

export function nextSteps(
	result: RegionResult,
	def: RegionEligibility | undefined,
	facts: ApplicantFacts
): NextSteps {
	const failing: Failing[] = [];
	const seen = new Set<string>();
	const missing = new Set<string>();
	const materials = new Map<string, Localized>();
	for (const role of result.roles)
		for (const c of role.criteria) {
			if (c.status === 'unmet' && !seen.has(c.label.zh)) {
				seen.add(c.label.zh);
				failing.push({ role: role.term, label: c.label, citations: c.citations });
			}
			if (c.status === 'unknown') for (const f of c.missingFacts) missing.add(f.split('.')[0]!);
		}
	for (const role of result.roles)
		for (const x of role.materials) if (x.status === 'missing') materials.set(x.label.zh, x.label);

	let changesOn: NextSteps['changesOn'] = null;
	if (def && failing.length)
		for (const day of candidates(def, facts, result.asOf)) {
			const later = evaluateRegion(def, facts, day);
			if (better(later.verdict, result.verdict)) {
				const after = new Map(later.roles.flatMap((r) => r.criteria.map((c) => [c.id, c.status])));
				const cleared = result.roles
					.flatMap((r) => r.criteria)
					.filter((c) => c.status === 'unmet' && after.get(c.id) !== 'unmet');
				changesOn = { date: day, citations: [...new Set(cleared.flatMap((c) => c.citations))] };
				break;
			}
		}
	return { failing, unanswered: missing.size, missingMaterials: [...materials.values()], changesOn };
}
