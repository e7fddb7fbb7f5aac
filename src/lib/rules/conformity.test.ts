import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { HAND_MARKS, type HandMark } from '$lib/regions/national/marks';
import type { NationalRef } from '$lib/regions/national/framework';
import { cites } from '$lib/regions/profile-kit';
import { profile as national } from '$lib/regions/national/profile';
import { loadAllProfiles } from '$lib/regions/profiles';
import { expectationsOf } from '$lib/machines/testing';
import { getRegion, regions } from '$lib/regions/registry';
import type { DatedValue, Dimension, Qualifier, RegionProfile, RuleValue } from '$lib/regions/types';
import {
	compareValues,
	CONFORMITY_MARKS,
	countMarks,
	effectiveDate,
	markDimension,
	regionConformity,
	type Conformity
} from './conformity';
import { clause, clauses, region as regionNamed } from '$lib/regions/fixture-ids';

const dim = (over: Partial<Dimension> = {}): Dimension => ({
	id: 'term.maxMonths',
	topic: 'agreement',
	label: { zh: '测试', en: 'Test' },
	type: 'number',
	unit: 'months',
	...over
});
const dv = (value: RuleValue, qualifier?: Qualifier, citations = clauses('art-1')): DatedValue => ({
	from: null,
	value,
	summary: { zh: '摘要', en: 'summary' },
	citations,
	...(qualifier ? { qualifier } : {})
});
const num = (value: number, bound: 'atMost' | 'atLeast' | 'exactly' = 'atMost'): RuleValue => ({
	kind: 'number',
	value,
	bound
});
const list = (...value: string[]): RuleValue => ({ kind: 'list', value });
const bool = (value: boolean): RuleValue => ({ kind: 'boolean', value });
const NS: RuleValue = { kind: 'notSpecified' };

describe('compareValues: computed from the typed values', () => {
	const lower = dim({ strictness: 'lower' });
	const higher = dim({ strictness: 'higher' });
	const plain = dim();
	test.each([
		// the issue's own example: a 36-month cap under a 60-month cap "in principle"
		['36 ≤ under 60 ≤ in principle', lower, dv(num(36)), dv(num(60), 'inPrinciple'), 'stricter'],
		[
			'36 ≤ "generally" under 60 ≤ "in principle"',
			lower,
			dv(num(36), 'generally'),
			dv(num(60), 'inPrinciple'),
			'stricter'
		],
		[
			'exactly 36 under 60 ≤',
			lower,
			dv(num(36, 'exactly'), 'inPrinciple'),
			dv(num(60), 'inPrinciple'),
			'stricter'
		],
		['72 ≤ over 60 ≤', lower, dv(num(72)), dv(num(60)), 'looser'],
		['no limit over 60 ≤', lower, dv({ kind: 'unlimited' }), dv(num(60)), 'looser'],
		['exactly 5 against exactly 10', plain, dv(num(5, 'exactly')), dv(num(10, 'exactly')), 'conflicts'],
		[
			'exactly 72 against 60 ≤ in principle',
			lower,
			dv(num(72, 'exactly')),
			dv(num(60), 'inPrinciple'),
			'conflicts'
		],
		['≥ 3 against ≥ 6 retention', higher, dv(num(3, 'exactly')), dv(num(6, 'atLeast')), 'conflicts'],
		['≥ 12 within ≥ 6', higher, dv(num(12, 'atLeast')), dv(num(6, 'atLeast')), 'stricter'],
		['≥ 5 overlapping ≤ 10, lower is stricter', lower, dv(num(5, 'atLeast')), dv(num(10)), 'looser'],
		['≤ 20 overlapping ≥ 10, higher is stricter', higher, dv(num(20)), dv(num(10, 'atLeast')), 'looser'],
		['≥ 5 overlapping ≤ 10, no direction', plain, dv(num(5, 'atLeast')), dv(num(10)), 'unjudged'],
		['≤ 30 within ≤ 60, no direction', plain, dv(num(30)), dv(num(60), 'discretionary'), 'stricter'],
		['the same, unhedged', lower, dv(num(36)), dv(num(36)), 'same'],
		['the same, firmer than "in principle"', lower, dv(num(36)), dv(num(36), 'inPrinciple'), 'stricter'],
		['the same, hedged as firmly', lower, dv(num(36), 'generally'), dv(num(36), 'inPrinciple'), 'same'],
		['the same, only "may"', lower, dv(num(36), 'discretionary'), dv(num(36)), 'looser']
	])('%s → %s', (_, d, r, n, expected) => {
		expect(compareValues(d, r, n).relation).toBe(expected);
	});

	const requirements = dim({
		type: 'list',
		strictness: 'moreItems',
		options: ['a', 'b', 'c'].map((value) => ({ value, label: { zh: value, en: value } }))
	});
	const permissions = { ...requirements, strictness: 'fewerItems' as const };
	const unordered = { ...requirements, strictness: undefined };
	test.each([
		['all required, and more', requirements, list('a', 'b', 'c'), list('a', 'b'), 'stricter'],
		['one requirement missing', requirements, list('a'), list('a', 'b'), 'looser'],
		['one missing, one added', requirements, list('a', 'c'), list('a', 'b'), 'looser'],
		['the same, in another order', requirements, list('b', 'a'), list('a', 'b'), 'same'],
		['fewer permitted', permissions, list('a'), list('a', 'b'), 'stricter'],
		['one more permitted', permissions, list('a', 'b', 'c'), list('a', 'b'), 'looser'],
		['different, no direction', unordered, list('a'), list('b'), 'unjudged']
	])('lists: %s → %s', (_, d, r, n, expected) => {
		expect(compareValues(d, dv(r), dv(n)).relation).toBe(expected);
	});

	const duty = dim({ type: 'boolean', strictness: 'yes', unit: undefined });
	test.each([
		['a duty the nation lacks', duty, dv(bool(true)), dv(bool(false)), 'stricter'],
		['no duty where the nation has one', duty, dv(bool(false)), dv(bool(true)), 'looser'],
		['both require it', duty, dv(bool(true)), dv(bool(true)), 'same'],
		['required only "may"', duty, dv(bool(true), 'discretionary'), dv(bool(true)), 'looser'],
		['no direction', { ...duty, strictness: undefined }, dv(bool(false)), dv(bool(true)), 'unjudged'],
		[
			'an enum differs',
			dim({ type: 'enum', unit: undefined }),
			dv({ kind: 'enum', value: 'x' }),
			dv({ kind: 'enum', value: 'y' }),
			'unjudged'
		],
		[
			'texts differ',
			dim({ type: 'text', unit: undefined }),
			dv({ kind: 'text', value: { zh: '甲', en: 'a' } }),
			dv({ kind: 'text', value: { zh: '乙', en: 'b' } }),
			'unjudged'
		],
		[
			'texts equal',
			dim({ type: 'text', unit: undefined }),
			dv({ kind: 'text', value: { zh: '甲', en: 'a' } }),
			dv({ kind: 'text', value: { zh: '甲', en: 'a' } }),
			'same'
		]
	])('%s → %s', (_, d, r, n, expected) => {
		expect(compareValues(d, r, n).relation).toBe(expected);
	});
});

describe('markDimension: silence, the catalogue, hand marks and dates', () => {
	const lower = dim({ strictness: 'lower' });
	const region = dv(num(72), undefined, clauses('art-14-4'));
	const nat = dv(num(60), 'inPrinciple', clauses('nationalSpec:art-14-2'));
	const hand: HandMark = {
		region: regionNamed('x'),
		dimension: lower.id,
		relation: 'same',
		reason: { zh: '理由', en: 'reason' },
		also: { regional: [clause('art-2')], national: cites<NationalRef>('nationalSpec:art-3') }
	};
	test.each<
		[string, Dimension, DatedValue | undefined, DatedValue | undefined, string | null, string, string]
	>([
		[
			'the catalogue: describes the document',
			dim({ strictness: 'describes' }),
			region,
			nat,
			null,
			'notCompared',
			'catalogue'
		],
		[
			'the catalogue: compared as a twin',
			dim({ comparedAs: 'agreement.requiredContents' }),
			region,
			nat,
			null,
			'notCompared',
			'catalogue'
		],
		['national silent', lower, region, dv(NS), null, 'nationalSilent', 'silence'],
		['national not yet in force', lower, region, undefined, null, 'nationalSilent', 'silence'],
		['both silent', lower, dv(NS), dv(NS), null, 'nationalSilent', 'silence'],
		['region silent', lower, dv(NS), nat, null, 'regionSilent', 'silence'],
		['region not in force on the date', lower, undefined, nat, null, 'regionSilent', 'silence'],
		['looser, text of unknown date', lower, region, nat, null, 'looser', 'computed'],
		[
			'looser, in force from the national date itself',
			lower,
			region,
			nat,
			'2025-03-01',
			'looser',
			'computed'
		],
		['looser, in force the day before', lower, region, nat, '2025-02-28', 'predates', 'computed'],
		[
			'conflicting, in force before',
			lower,
			dv(num(72, 'exactly')),
			nat,
			'2024-12-01',
			'predates',
			'computed'
		],
		['stricter, in force before', lower, dv(num(36)), nat, '2024-12-01', 'stricter', 'computed'],
		['silent, in force before', lower, dv(NS), nat, '2024-12-01', 'regionSilent', 'silence']
	])('%s', (_, d, r, n, effective, mark, basis) => {
		const m = markDimension(d, regionNamed('x'), r, n, { effective });
		expect(m.mark).toBe(mark);
		expect(m.basis).toBe(basis);
		expect(m.reason.zh && m.reason.en).toBeTruthy();
	});

	test('predates keeps the relation and cites 实施规范第二十四条第二款 beside both values’ clauses', () => {
		const m = markDimension(lower, regionNamed('jiangsu'), region, nat, { effective: '2024-12-01' });
		expect(m).toMatchObject({ mark: 'predates', relation: 'looser' });
		expect(m.regional).toEqual(['jiangsu:art-14-4']);
		expect(m.national).toEqual(['nationalSpec:art-14-2', 'nationalSpec:art-24-p2']);
	});

	test('a hand mark decides, and adds its own clauses to both sides', () => {
		const m = markDimension(lower, regionNamed('x'), region, nat, { hand, effective: null });
		expect(m).toMatchObject({ mark: 'same', basis: 'hand', reason: hand.reason });
		expect(m.regional).toEqual(['x:art-14-4', 'x:art-2']);
		expect(m.national).toEqual(['nationalSpec:art-14-2', 'nationalSpec:art-3']);
	});

	test('a hand mark of "conflicts" in a text older than the framework is "predates"', () => {
		const m = markDimension(lower, regionNamed('x'), region, nat, {
			hand: { ...hand, relation: 'conflicts' },
			effective: '2024-01-01'
		});
		expect(m).toMatchObject({ mark: 'predates', relation: 'conflicts', basis: 'hand' });
	});
});

describe('regionConformity', () => {
	const d = dim({ strictness: undefined, type: 'enum', unit: undefined });
	const nat: RegionProfile = {
		region: regionNamed('national'),
		values: {
			[d.id]: [
				{ ...dv({ kind: 'enum', value: 'a' }, undefined, clauses('nationalSpec:art-1')), from: '2025-03-01' }
			]
		}
	};
	const region: RegionProfile = {
		region: regionNamed('r'),
		values: { [d.id]: [dv({ kind: 'enum', value: 'b' })] }
	};
	const hand: HandMark = {
		region: regionNamed('r'),
		dimension: d.id,
		relation: 'stricter',
		reason: { zh: '理', en: 'r' }
	};

	test('applies the region’s hand mark', () => {
		const [m] = regionConformity([d], region, { national: nat, handMarks: [hand], effective: null });
		expect(m).toMatchObject({ mark: 'stricter', basis: 'hand' });
	});

	test('a draft keeps its base region’s hand mark while its value is unchanged, and loses it once changed', () => {
		const clone: RegionProfile = { ...region, region: regionNamed('draft-1') };
		const opts = { national: nat, handMarks: [hand], judgedOn: region, effective: null };
		expect(regionConformity([d], clone, opts)[0]).toMatchObject({ mark: 'stricter', basis: 'hand' });
		const changed: RegionProfile = {
			region: regionNamed('draft-1'),
			values: { [d.id]: [dv({ kind: 'enum', value: 'c' })] }
		};
		expect(regionConformity([d], changed, opts)[0]).toMatchObject({ mark: 'unjudged', basis: 'computed' });
	});

	test('before the framework took effect there is nothing national to conform to', () => {
		const [m] = regionConformity([d], region, { national: nat, effective: null, asOf: '2025-02-28' });
		expect(m!.mark).toBe('nationalSilent');
	});

	test('counts every kind, zero where none', () => {
		const counts = countMarks(regionConformity([d], region, { national: nat, effective: null }));
		expect(Object.keys(counts)).toEqual([...CONFORMITY_MARKS]);
		expect(counts.unjudged).toBe(1);
		expect(Object.values(counts).reduce((a, b) => a + b)).toBe(1);
	});
});

// Each region pins its figures in its own folder (expectations.yaml `conformity`). The hand marks
// (regions/national/marks.ts) are keyed by region id: a region nobody has judged by hand (a new one, or a
// copied folder under another id) gets none, and its undecidable marks stay "unjudged" rather than passing.
describe('each region against the national framework (the shipped data)', async () => {
	const profiles = await loadAllProfiles();
	const table = new Map<string, Conformity[]>(
		profiles.map((p) => [
			p.region,
			regionConformity(DIMENSIONS, p, {
				national,
				handMarks: HAND_MARKS,
				effective: effectiveDate(getRegion(p.region)!)
			})
		])
	);
	const judged = (region: string) => HAND_MARKS.some((h) => h.region === region);
	const pinned = (region: string) => {
		const e = expectationsOf(regionNamed(region)).conformity;
		if (!e) throw new Error(`pin this region's conformity in src/lib/regions/${region}/expectations.yaml`);
		return e;
	};

	test('there is a rule region to judge, and each has a profile', () => {
		expect(regions.length).toBeGreaterThan(0);
		expect([...table.keys()].sort()).toEqual(regions.map((r) => r.id).sort());
	});

	test.each(regions.map((r) => r.id))(
		'%s: took effect before 2025-03-01 only if its expectations say so; a draft’s blank date is not "predates"',
		(region) => {
			expect(effectiveDate(getRegion(region)!), `${region}/expectations.yaml conformity.effective`).toBe(
				pinned(region).effective
			);
		}
	);

	test.each(regions.map((r) => r.id))(
		'%s: a mark for every dimension; none unjudged once judged by hand, else only where the types cannot decide',
		(region) => {
			const marks = table.get(region)!;
			expect(marks).toHaveLength(DIMENSIONS.length);
			const unjudged = marks.filter((m) => m.mark === 'unjudged');
			if (judged(region)) expect(unjudged.map((m) => m.dimension)).toEqual([]);
			else {
				// without hand marks nothing is marked by hand, and an undecided mark says why in both languages
				expect(marks.filter((m) => m.basis === 'hand')).toEqual([]);
				for (const m of unjudged) expect(m.reason.zh && m.reason.en, m.dimension).toBeTruthy();
			}
		}
	);

	test('every compared mark cites clauses of both sides; a silent side cites what it says nearby, if anything', () => {
		for (const marks of table.values())
			for (const m of marks) {
				if (['same', 'stricter', 'looser', 'conflicts', 'predates'].includes(m.mark)) {
					expect(m.regional.length, `${m.region} ${m.dimension}`).toBeGreaterThan(0);
					expect(m.national.length, `${m.region} ${m.dimension}`).toBeGreaterThan(0);
				}
				for (const c of m.regional) expect(c.startsWith(`${m.region}:`), c).toBe(true);
				for (const c of m.national) expect(c, `${m.region} ${m.dimension}`).toMatch(/^national[A-Z][a-z]+:/);
			}
	});

	test('every hand mark is for a known region and dimension, once, and is needed', () => {
		const seen = new Set<string>();
		const dims = new Map(DIMENSIONS.map((d) => [d.id, d]));
		const byRegion = new Map(profiles.map((p) => [p.region, p]));
		for (const h of HAND_MARKS) {
			const key = `${h.region} ${h.dimension}`;
			expect(seen.has(key), `${key} twice`).toBe(false);
			seen.add(key);
			const d = dims.get(h.dimension);
			const p = byRegion.get(h.region);
			expect(d && p, key).toBeTruthy();
			expect(h.reason.zh && h.reason.en, key).toBeTruthy();
			// without it, the mark would be unjudged or say something else
			const without = markDimension(d!, h.region, p!.values[d!.id]![0], national.values[d!.id]![0], {
				effective: null
			});
			expect(without.relation, `${key} is computed the same without the hand mark`).not.toBe(h.relation);
		}
	});

	test.each(regions.map((r) => r.id).filter(judged))(
		'%s: the conformity table (its counts, as its expectations pin them)',
		(region) => {
			expect(countMarks(table.get(region)!), `${region}/expectations.yaml conformity.counts`).toEqual(
				pinned(region).counts
			);
		}
	);

	test.each(
		regions.flatMap((r) =>
			Object.entries(expectationsOf(r.id).conformity?.marks ?? {})
				// a hand-based mark holds only where the region's hand marks apply
				.filter(([, x]) => x.basis !== 'hand' || judged(r.id))
				.map(([dimension, x]) => [r.id, dimension, x.mark, x.basis] as const)
		)
	)('%s %s is %s (%s)', (region, dimension, mark, basis) => {
		const m = table.get(region)!.find((x) => x.dimension === dimension)!;
		expect(m).toMatchObject({ mark, basis });
	});
});
