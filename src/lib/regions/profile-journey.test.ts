// The open data (profile.yaml) and the simulator (journey.yaml) say the same thing where both speak about one rule
// (issue 22, item 5): a journey reads the profile or agrees with it, and never reads a silence as a rule.
import { region as regionNamed } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { loadJourney, journeyRegionIds } from '$lib/machines/registry';
import { expectationsOf } from '$lib/machines/testing';
import { loadProfile, regionIds } from './registry';
import { asDimensionId, DIMENSIONS } from './dimensions';
import type { Journey, RoleJourney } from '$lib/machines/types';
import type { DatedValue, DimensionId, RegionProfile, RuleValue } from './types';

const pairs: [string, Journey, RegionProfile][] = await Promise.all(
	journeyRegionIds.map(async (r) => [r, await loadJourney(r), await loadProfile(r)] as const)
).then((xs) => xs.map(([r, j, p]) => [r, j, p]));

const byId = new Map(pairs.map(([r, j, p]) => [r, { journey: j, profile: p }]));
const known = new Set<string>(DIMENSIONS.map((d) => d.id));

function value(p: RegionProfile, dim: DimensionId): DatedValue {
	const v = p.values[dim]?.[0];
	if (!v) throw new Error(`${p.region} has no value for ${dim}`);
	return v;
}
const kind = (v: DatedValue): RuleValue['kind'] => v.value.kind;
const textOf = (v: DatedValue) => (v.value.kind === 'text' ? v.value.value.zh : '') + v.summary.zh;

/** Every { dimension } a journey reads from the profile, with the path it sits at. */
function profileReads(x: unknown, path = ''): { path: string; dimension: string }[] {
	if (!x || typeof x !== 'object') return [];
	const o = x as Record<string, unknown>;
	if (Object.keys(o).length === 1 && typeof o.dimension === 'string')
		return [{ path, dimension: o.dimension }];
	return Object.entries(o).flatMap(([k, v]) => profileReads(v, `${path}.${k}`));
}

const role = (region: string, id: string): RoleJourney => {
	const r = byId.get(region)!.journey.roles.find((x) => x.id === id);
	if (!r) throw new Error(`${region} has no role ${id}`);
	return r;
};

describe('profile and journey agree', () => {
	test('every region with a journey is a rule region with a profile', () => {
		expect(pairs.length).toBeGreaterThan(0);
		for (const [r] of pairs) expect(regionIds, r).toContain(r);
	});

	test.each(pairs)('%s: a journey reads only catalogued dimensions the text answers', (_r, j, p) => {
		const reads = profileReads(j.roles);
		expect(reads.length).toBeGreaterThan(0);
		for (const { path, dimension } of reads) {
			expect(known.has(dimension), `${path}: ${dimension}`).toBe(true);
			expect(
				kind(value(p, asDimensionId(dimension))),
				`${path} reads ${dimension}, which is silent`
			).not.toBe('notSpecified');
		}
	});

	test.each(pairs)('%s: suspension on a failed evaluation ⇔ a role suspends on failing', (_r, j, p) => {
		const v = value(p, 'suspension.onFailedEvaluation').value;
		const suspendsOnFail = j.roles.some((x) => x.evaluation?.onFail === 'suspendAndRectify');
		expect(v.kind === 'boolean' && v.value).toBe(suspendsOnFail);
	});

	// Who signs each role's agreement: the party both the journey and the profile's signatories name, pinned
	// in the region's folder (expectations.yaml `signatories`, every role listed).
	test.each(pairs)(
		'%s: each role’s agreement is signed by the party its expectations name, in both',
		(r, j, p) => {
			const pinned = expectationsOf(regionNamed(r)).signatories ?? {};
			expect(Object.keys(pinned).sort(), `${r}/expectations.yaml signatories: every role`).toEqual(
				j.roles.map((x) => x.id).sort()
			);
			for (const [id, party] of Object.entries(pinned)) {
				expect(role(r, id).agreement.signedBy.zh, `${r} ${id}`).toContain(party);
				expect(textOf(value(p, 'agreement.signatories')), `${r} ${id}`).toContain(party);
			}
		}
	);

	test.each(pairs)(
		'%s: term caps — a role either reads term.maxMonths or the cap binds another role',
		(_r, j, p) => {
			const cap = value(p, 'term.maxMonths');
			for (const x of j.roles) {
				const m = x.agreement.maxMonths;
				if (m === null) {
					// a role without a cap only where the profile's cap binds another tier
					expect(j.roles.length, `${x.id} has no cap`).toBeGreaterThan(1);
					expect(j.roles[0]!.agreement.maxMonths, `${x.id}: the default role reads the cap`).not.toBeNull();
				} else if ('dimension' in m) expect(m.dimension).toBe('term.maxMonths');
				else if (cap.value.kind === 'number') expect(m.value, x.id).toBe(cap.value.value);
			}
			if (cap.value.kind === 'number')
				expect(j.roles[0]!.agreement.maxMonths, 'the default role reads the cap').toEqual({
					dimension: 'term.maxMonths'
				});
		}
	);

	test.each(pairs)('%s: the default role’s report and evaluation cadences are the profile’s', (_r, j, p) => {
		const first = j.roles[0]!;
		for (const [spec, dim] of [
			[first.reporting?.cadence, 'reporting.operatorCadence'],
			[first.evaluation?.cadence, 'evaluation.cadence']
		] as const) {
			if (!spec) continue;
			const v = value(p, dim).value;
			if ('dimension' in spec) expect(spec.dimension).toBe(dim);
			else if (v.kind === 'enum') expect(spec.value, dim).toBe(v.value);
			else expect(spec.value, dim).toBe('notSpecified');
		}
	});

	test.each(pairs)('%s: renewal — the journey’s kind follows the profile', (_r, j, p) => {
		const deadline = value(p, 'renewal.deadlineMonthsBeforeExpiry');
		const window = value(p, 'renewal.windowOpensMonthsBeforeExpiry');
		const basis = value(p, 'renewal.basis');
		const kinds = j.roles.map((x) => x.renewal?.kind).filter(Boolean);
		expect(kinds.includes('deadline')).toBe(deadline.value.kind === 'number');
		expect(kinds.includes('window')).toBe(window.value.kind === 'number');
		// "by agreement": the text leaves renewal to the agreement, which the profile codes as silence
		expect(kinds.includes('byAgreement')).toBe(
			basis.value.kind === 'notSpecified' && basis.summary.zh.includes('协议')
		);
		if (kinds.includes('byEvaluation')) expect(basis.value.kind).toBe('text');
		if (kinds.length === 0) expect([deadline, window].map(kind)).toEqual(['notSpecified', 'notSpecified']);
	});

	test.each(pairs)(
		'%s: a voluntary-exit notice is read from the profile, and only where it sets one',
		(_r, j, p) => {
			const notice = value(p, 'exit.voluntaryNoticeMonths');
			const reads = j.roles.filter((x) => x.voluntaryExit?.noticeMonths);
			for (const x of reads)
				expect(x.voluntaryExit!.noticeMonths).toEqual({ dimension: 'exit.voluntaryNoticeMonths' });
			expect(reads.length > 0).toBe(notice.value.kind === 'number');
		}
	);
});
