// Every criterion of every region, table-driven: the pass side, the fail side, and unknown → needs review.
// Then the regions' data against their texts (clauses exist, quotes verbatim) and their rule profiles.

import { beforeAll, describe, expect, test } from 'vitest';
import { indexCorpus } from '$lib/corpus/corpus';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { expectationsOf } from '$lib/machines/testing';
import { loadProfile, regionIds } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import type { Clause, ClauseId, DimensionId, RegionProfile } from '$lib/regions/types';
import { ASPECTS } from './aspects';
import { evaluateRole, factsOf } from './engine';
import type { ApplicantFacts } from './facts';
import { IDEAL } from './fixtures';
import { eligibilityRules } from './regions';
import type { Criterion, Predicate, RegionEligibility } from './types';

const AS_OF = '2025-06-30'; // three years back: 2022-06-30

type Side = Partial<ApplicantFacts> | null;
/**
 * Per criterion, pass/fail overrides on IDEAL; null for a criterion the authority decides (it can neither pass
 * nor fail). Each region keeps its rows in its folder (expectations.yaml `criteria`), keyed here "region.id".
 */
const TABLE: Record<string, { pass: Side; fail: Side }> = Object.fromEntries(
	regionIds.flatMap((region) =>
		Object.entries(expectationsOf(region).criteria ?? {}).map(([id, row]) => [`${region}.${id}`, row])
	)
);

const rows = eligibilityRules.flatMap((def) =>
	def.criteria.flatMap((c) => c.roles.map((role) => ({ key: `${def.region}.${c.id}`, def, c, role })))
);

function resultOf(def: RegionEligibility, c: Criterion, role: string, facts: ApplicantFacts) {
	const r = evaluateRole(def, role as Criterion['roles'][number], facts, AS_OF);
	const cr = r.criteria.find((x) => x.id === c.id);
	if (!cr) throw new Error(`${def.region}.${c.id} missing from the result`);
	return { role: r, criterion: cr };
}

/** The facts with every answer the criterion reads set to 'unknown' (or removed). */
function blank(facts: ApplicantFacts, c: Criterion, how: 'unknown' | 'unanswered'): ApplicantFacts {
	const out: ApplicantFacts = structuredClone(facts) as ApplicantFacts;
	for (const f of factsOf(c.when)) {
		if (f.startsWith('materials.')) continue;
		const key = f as keyof ApplicantFacts;
		if (how === 'unknown') (out as Record<string, unknown>)[key] = 'unknown';
		else delete out[key];
	}
	// A related entity could otherwise stand in for the applicant.
	if (c.relatedEntityMay) out.relatedEntities = [];
	return out;
}

describe('the table covers every criterion of every region', () => {
	test("no criterion without a row (in its folder's expectations.yaml), no row without a criterion", () => {
		const keys = new Set(eligibilityRules.flatMap((d) => d.criteria.map((c) => `${d.region}.${c.id}`)));
		expect([...keys].sort()).toEqual(Object.keys(TABLE).sort());
	});

	test('the favourable applicant meets every criterion that answers can decide, in every region', () => {
		for (const { key, def, c, role } of rows) {
			const { criterion } = resultOf(def, c, role, IDEAL);
			expect(criterion.status, key).toBe(c.when.test === 'authorityDecides' ? 'unknown' : 'met');
		}
	});
});

describe.each(rows)('$key ($role)', ({ key, def, c, role }) => {
	const row = TABLE[key];

	if (!row || row.pass === null || row.fail === null) {
		test('is left to the authority: unknown, discretionary, needs review, never a pass', () => {
			expect(c.when.test).toBe('authorityDecides');
			expect(c.discretion).toBe(true);
			const { role: r, criterion } = resultOf(def, c, role, IDEAL);
			expect(criterion.status).toBe('unknown');
			expect(criterion.needsReview).toBe(true);
			expect(criterion.missingFacts).toEqual([]);
			expect(r.verdict).toBe('needsReview');
		});
		return;
	}
	const { pass, fail } = row;

	test('pass side → met (needs review only if discretionary)', () => {
		const { criterion } = resultOf(def, c, role, { ...IDEAL, ...pass });
		expect(criterion.status).toBe('met');
		expect(criterion.needsReview).toBe(c.discretion);
		expect(criterion.citations).toEqual(expect.arrayContaining(c.citations));
	});

	test('fail side → unmet, and the role is not eligible', () => {
		const { role: r, criterion } = resultOf(def, c, role, { ...IDEAL, ...fail });
		expect(criterion.status).toBe('unmet');
		expect(r.verdict).toBe('notEligible');
		expect(r.unmet).toContain(c.id);
	});

	test.each(['unknown', 'unanswered'] as const)('%s → unknown, and the role needs review', (how) => {
		const { role: r, criterion } = resultOf(def, c, role, blank(IDEAL, c, how));
		expect(criterion.status).toBe('unknown');
		expect(criterion.needsReview).toBe(true);
		expect(criterion.missingFacts.length).toBeGreaterThan(0);
		expect(r.verdict).toBe('needsReview');
		expect(r.unknown).toContain(c.id);
	});
});

// ——— the data against the texts and the rule profiles ———

describe.each(eligibilityRules.map((d) => [d.region, d] as const))('%s rules', (region, def) => {
	let index: Map<ClauseId, Clause>;
	let profile: RegionProfile;
	beforeAll(async () => {
		index = indexCorpus(await loadCorpus(region));
		profile = await loadProfile(region);
	});

	const allCitations = (): [string, ClauseId][] => [
		...def.roles.flatMap((r) => r.citations.map((c) => [`role ${r.role}`, c] as [string, ClauseId])),
		...def.criteria.flatMap((c) => c.citations.map((x) => [`criterion ${c.id}`, x] as [string, ClauseId])),
		...def.materials.flatMap((m) => m.citations.map((x) => [`material ${m.id}`, x] as [string, ClauseId])),
		...(def.relatedEntities?.citations ?? []).map((x) => ['relatedEntities', x] as [string, ClauseId]),
		...Object.entries(def.notImposed ?? {}).flatMap(([a, n]) =>
			(n?.citations ?? []).map((x) => [`notImposed ${a}`, x] as [string, ClauseId])
		)
	];

	test('every citation names a clause of the text', () => {
		for (const [where, c] of allCitations()) expect(index.has(c), `${region} ${where} cites ${c}`).toBe(true);
	});

	test('every quote is verbatim in the first clause it cites', () => {
		const quoted = [
			...def.criteria.map((c) => [c.id, c.quote, c.citations[0]] as const),
			...def.materials.map((m) => [m.id, m.quote, m.citations[0]] as const),
			...(def.relatedEntities
				? [['relatedEntities', def.relatedEntities.quote, def.relatedEntities.citations[0]] as const]
				: [])
		];
		for (const [id, quote, clause] of quoted) {
			expect(clause, `${region}.${id} cites nothing`).toBeTruthy();
			expect(index.get(clause!)?.text, `${region}.${id}`).toContain(quote);
		}
	});

	test('criteria: unique ids, roles the region has, both labels, facts the region declares', () => {
		const ids = def.criteria.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		const roles = new Set(def.roles.map((r) => r.role));
		const known = new Set<string>(Object.keys(def.facts));
		for (const c of def.criteria) {
			expect(c.roles.length, c.id).toBeGreaterThan(0);
			for (const r of c.roles) expect(roles.has(r), `${c.id} role ${r}`).toBe(true);
			expect(c.label.zh && c.label.en, c.id).toBeTruthy();
			expect(c.citations.length, c.id).toBeGreaterThan(0);
			if (c.when.test === 'authorityDecides') expect(c.discretion, c.id).toBe(true);
			for (const f of factsOf(c.when)) expect(known.has(f), `${c.id} reads ${f}`).toBe(true);
			if (c.relatedEntityMay) expect(def.relatedEntities, c.id).toBeDefined();
		}
		for (const r of def.roles)
			expect(
				def.criteria.some((c) => c.roles.includes(r.role)),
				`role ${r.role} has criteria`
			).toBe(true);
	});

	test('materials are the profile’s application.materials, coded as the catalogue codes them', () => {
		const dim = DIMENSIONS.find((d) => d.id === 'application.materials');
		const codes = new Set(dim?.options?.map((o) => o.value));
		for (const m of def.materials) expect(codes.has(m.id), m.id).toBe(true);
		const v = profile.values['application.materials']?.[0]?.value;
		const expected = v?.kind === 'list' ? v.value : [];
		expect(def.materials.map((m) => m.id).sort()).toEqual([...expected].sort());
	});

	test('agrees with the rule profile, aspect by aspect', () => {
		const first = (dim: DimensionId) => profile.values[dim]?.[0];
		const auto = (aspect: string) => def.criteria.filter((c) => c.aspect === aspect && !c.discretion);
		const any = (aspect: string) => def.criteria.filter((c) => c.aspect === aspect);
		const incidentTests = def.criteria
			.map((c) => c.when)
			.filter(
				(p): p is Extract<Predicate, { test: 'noIncidentWithinYears' | 'noIncidentEver' }> =>
					p.test === 'noIncidentWithinYears' || p.test === 'noIncidentEver'
			);

		for (const a of ASPECTS) {
			if (!('dimension' in a)) continue;
			const v = first(a.dimension);
			if (!v) continue;
			if (v.value.kind === 'notSpecified') {
				// Silent text: nothing decided automatically here, and "not required" cites what the profile cites.
				expect(
					auto(a.id).map((c) => c.id),
					`${region} ${a.id} is silent in the profile`
				).toEqual([]);
				if (any(a.id).length === 0)
					expect(def.notImposed?.[a.id]?.citations ?? [], `${region} notImposed ${a.id}`).toEqual(
						v.citations
					);
			} else {
				expect(def.notImposed?.[a.id], `${region} ${a.id} is not silent in the profile`).toBeUndefined();
			}
			if (v.value.kind === 'boolean' && v.value.value)
				expect(any(a.id).length, `${region} ${a.id} is required in the profile`).toBeGreaterThan(0);
			// Where both cite, they cite the same provisions.
			if (v.citations.length)
				for (const c of any(a.id))
					expect(
						c.citations.some((x) => v.citations.includes(x)),
						`${region}.${c.id} cites ${c.citations} but the profile ${v.citations}`
					).toBe(true);
		}

		const lookback = first('eligibility.incidentLookbackYears')?.value;
		const severity = first('eligibility.incidentSeverity')?.value;
		if (lookback?.kind === 'number') {
			expect(incidentTests.map((p) => p.test)).toEqual(['noIncidentWithinYears']);
			expect(incidentTests[0]).toMatchObject({ years: lookback.value });
		} else if (lookback?.kind === 'unlimited') {
			expect(incidentTests.map((p) => p.test)).toEqual(['noIncidentEver']);
		} else expect(incidentTests).toEqual([]);
		if (severity?.kind === 'enum')
			for (const p of incidentTests) expect(!!p.majorOnly).toBe(severity.value === 'major');

		const subsidiary = first('eligibility.subsidiaryQualifies')?.value;
		expect(!!def.relatedEntities).toBe(subsidiary?.kind === 'boolean' && subsidiary.value);
	});
});
