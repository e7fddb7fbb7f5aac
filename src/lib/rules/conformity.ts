// Conformity: a region's value of each dimension weighed against the national framework's. Computed from the
// typed values where the dimension says which way is stricter (or the values are equal); judged by hand where
// it cannot be (src/lib/regions/national/marks.ts); every mark cites the clauses of both sides. Pure.

import { qualifiedRef, splitRef } from '$lib/regions/citation';
import { cite } from '$lib/regions/profile-kit';
import { NATIONAL_EFFECTIVE, NATIONAL_ID } from '$lib/regions/national/framework';
import type { HandMark } from '$lib/regions/national/marks';
import type {
	ClauseRef,
	DatedValue,
	Dimension,
	DimensionId,
	IsoDate,
	Localized,
	Qualifier,
	RegionId,
	RegionMeta,
	RegionProfile,
	RuleValue
} from '$lib/regions/types';
import { valueInForce } from './in-force';
import { deepEqual } from './equal';
import { formatRuleValue, QUALIFIERS } from './format';
import { validityWindow } from './validity';

/** How a region's value relates to the national one, before the region's date is taken into account. */
export type Relation = 'same' | 'stricter' | 'looser' | 'conflicts';

/**
 * same / stricter / looser / conflicts: both speak and are compared; regionSilent / nationalSilent: one side
 * is silent; predates: looser or conflicting, in a text that took effect before the national framework
 * (实施规范第二十四条第二款: "应参照本规范逐步完善"); notCompared: the dimension describes the document itself,
 * or is compared through a typed twin; unjudged: both speak, differ, and no rule or hand mark decides (never in
 * the shipped data — a test sees to it — but possible in a user's draft).
 */
export type ConformityMark =
	Relation | 'regionSilent' | 'nationalSilent' | 'predates' | 'notCompared' | 'unjudged';

/** Every mark, in the order the summaries list them: the differences first. */
export const CONFORMITY_MARKS: readonly ConformityMark[] = [
	'stricter',
	'looser',
	'conflicts',
	'predates',
	'unjudged',
	'same',
	'regionSilent',
	'nationalSilent',
	'notCompared'
];

export interface Conformity {
	region: RegionId;
	dimension: DimensionId;
	mark: ConformityMark;
	/** The comparison itself; differs from `mark` only where the mark is "predates". */
	relation: ConformityMark;
	/** computed from the typed values, judged by hand, or decided by a side's silence or the catalogue. */
	basis: 'computed' | 'hand' | 'silence' | 'catalogue';
	reason: Localized;
	/** The region's clauses, qualified ("taian:art-14-4"). */
	regional: ClauseRef[];
	/** The national clauses ("nationalSpec:art-14-2"). */
	national: ClauseRef[];
}

const L = (zh: string, en: string): Localized => ({ zh, en });

// ——— comparing typed values ———

/** How firmly a value is stated: no hedge, a hedge (原则上, 一般, 暂), or a mere permission (可). */
function firmness(q: Qualifier | undefined): number {
	if (!q) return 0;
	return q === 'discretionary' ? 2 : 1;
}

const hedge = (q: Qualifier | undefined): Localized => (q ? QUALIFIERS[q] : L('未加限定', 'unqualified'));

type Judgement = { relation: Relation | 'unjudged'; reason: Localized };

/** Equal values: the firmer statement is the stricter. */
function byQualifier(r: DatedValue, n: DatedValue): Judgement {
	const a = firmness(r.qualifier);
	const b = firmness(n.qualifier);
	if (a === b)
		return {
			relation: 'same',
			reason:
				r.qualifier === n.qualifier
					? L('与国家规定相同。', 'The same as the national rule.')
					: L(
							`取值相同；限定语不同但程度相当（地方：${hedge(r.qualifier).zh}，国家：${hedge(n.qualifier).zh}）。`,
							`The same value; hedged differently but as firmly (region: ${hedge(r.qualifier).en}, national: ${hedge(n.qualifier).en}).`
						)
		};
	return a < b
		? {
				relation: 'stricter',
				reason: L(
					`取值相同，地方规定更确定（地方：${hedge(r.qualifier).zh}，国家：${hedge(n.qualifier).zh}）。`,
					`The same value, stated more firmly by the region (region: ${hedge(r.qualifier).en}, national: ${hedge(n.qualifier).en}).`
				)
			}
		: {
				relation: 'looser',
				reason: L(
					`取值相同，地方规定不如国家确定（地方：${hedge(r.qualifier).zh}，国家：${hedge(n.qualifier).zh}）。`,
					`The same value, stated less firmly by the region (region: ${hedge(r.qualifier).en}, national: ${hedge(n.qualifier).en}).`
				)
			};
}

type Interval = [number, number];

function interval(v: RuleValue): Interval | null {
	if (v.kind === 'unlimited') return [0, Infinity];
	if (v.kind !== 'number') return null;
	if (v.bound === 'atMost') return [0, v.value];
	if (v.bound === 'atLeast') return [v.value, Infinity];
	return [v.value, v.value];
}

function byNumber(dim: Dimension, r: DatedValue, n: DatedValue): Judgement {
	const a = interval(r.value);
	const b = interval(n.value);
	if (!a || !b) return { relation: 'unjudged', reason: L('无法比较。', 'Cannot be compared.') };
	const rv = formatRuleValue(dim, r.value);
	const nv = formatRuleValue(dim, n.value);
	if (a[0] === b[0] && a[1] === b[1]) return byQualifier(r, n);
	if (a[1] < b[0] || b[1] < a[0])
		return {
			relation: 'conflicts',
			reason: L(
				`地方（${rv.zh}）与国家（${nv.zh}）的取值没有交集。`,
				`The region’s value (${rv.en}) and the national one (${nv.en}) have nothing in common.`
			)
		};
	if (a[0] >= b[0] && a[1] <= b[1])
		return {
			relation: 'stricter',
			reason: L(
				`地方（${rv.zh}）在国家允许的范围（${nv.zh}）之内，且更窄。`,
				`The region’s value (${rv.en}) lies within the national range (${nv.en}) and is narrower.`
			)
		};
	if (a[0] <= b[0] && a[1] >= b[1])
		return {
			relation: 'looser',
			reason: L(
				`地方（${rv.zh}）允许国家（${nv.zh}）以外的取值。`,
				`The region (${rv.en}) allows values the national rule (${nv.en}) does not.`
			)
		};
	// the two ranges overlap without one holding the other: the dimension's direction decides
	if (dim.strictness === 'lower' || dim.strictness === 'higher') {
		const lower = dim.strictness === 'lower';
		const stricter = lower ? a[1] < b[1] : a[0] > b[0];
		return {
			relation: stricter ? 'stricter' : 'looser',
			reason: L(
				`地方（${rv.zh}）与国家（${nv.zh}）部分重合；按${lower ? '越小越严' : '越大越严'}，地方${stricter ? '更严' : '更宽'}。`,
				`The region (${rv.en}) and the national rule (${nv.en}) overlap; ${lower ? 'lower' : 'higher'} is stricter, so the region is ${stricter ? 'stricter' : 'looser'}.`
			)
		};
	}
	return {
		relation: 'unjudged',
		reason: L(
			`地方（${rv.zh}）与国家（${nv.zh}）部分重合，未定方向。`,
			`The region (${rv.en}) and the national rule (${nv.en}) overlap, with no direction to decide.`
		)
	};
}

function labels(dim: Dimension, codes: string[]): Localized {
	return formatRuleValue(dim, { kind: 'list', value: codes });
}

function byList(dim: Dimension, r: DatedValue, n: DatedValue): Judgement {
	if (r.value.kind !== 'list' || n.value.kind !== 'list')
		return { relation: 'unjudged', reason: L('无法比较。', 'Cannot be compared.') };
	const mine = new Set(r.value.value);
	const theirs = new Set(n.value.value);
	const missing = [...theirs].filter((x) => !mine.has(x));
	const extra = [...mine].filter((x) => !theirs.has(x));
	if (!missing.length && !extra.length) return byQualifier(r, n);
	const m = labels(dim, missing);
	const e = labels(dim, extra);
	if (dim.strictness === 'moreItems') {
		if (missing.length)
			return {
				relation: 'looser',
				reason: L(
					`地方未要求国家要求的：${m.zh}${extra.length ? `（另加：${e.zh}）` : ''}。`,
					`The region does not require what the national rule does: ${m.en}${extra.length ? ` (it adds: ${e.en})` : ''}.`
				)
			};
		return {
			relation: 'stricter',
			reason: L(
				`地方要求国家所要求的全部，另加：${e.zh}。`,
				`The region requires all the national rule does, and adds: ${e.en}.`
			)
		};
	}
	if (dim.strictness === 'fewerItems') {
		if (extra.length)
			return {
				relation: 'looser',
				reason: L(`地方另允许：${e.zh}。`, `The region also allows: ${e.en}.`)
			};
		return {
			relation: 'stricter',
			reason: L(
				`地方只允许国家所列的一部分（不含：${m.zh}）。`,
				`The region allows only part of the national list (not: ${m.en}).`
			)
		};
	}
	return {
		relation: 'unjudged',
		reason: L('两者所列不同，未定方向。', 'The lists differ, with no direction to decide.')
	};
}

function byBoolean(dim: Dimension, r: DatedValue, n: DatedValue): Judgement {
	if (r.value.kind !== 'boolean' || n.value.kind !== 'boolean')
		return { relation: 'unjudged', reason: L('无法比较。', 'Cannot be compared.') };
	if (r.value.value === n.value.value) return byQualifier(r, n);
	if (dim.strictness !== 'yes')
		return {
			relation: 'unjudged',
			reason: L('两者不同，未定方向。', 'They differ, with no direction to decide.')
		};
	return r.value.value
		? {
				relation: 'stricter',
				reason: L('地方作此要求，国家不要求。', 'The region requires it; the national rule does not.')
			}
		: {
				relation: 'looser',
				reason: L('国家作此要求，地方明确不要求。', 'The national rule requires it; the region says no.')
			};
}

/**
 * The comparison of two values both sides state, from their types alone (no silence, no hand mark): equal
 * values, number ranges, lists of requirements or permissions, duties; anything else is "unjudged".
 */
export function compareValues(dim: Dimension, r: DatedValue, n: DatedValue): Judgement {
	if (deepEqual(normalized(r.value), normalized(n.value))) return byQualifier(r, n);
	if (interval(r.value) && interval(n.value)) return byNumber(dim, r, n);
	if (r.value.kind === 'list' && n.value.kind === 'list') return byList(dim, r, n);
	if (r.value.kind === 'boolean' && n.value.kind === 'boolean') return byBoolean(dim, r, n);
	return {
		relation: 'unjudged',
		reason: L('两者不同，须人工判断。', 'They differ and must be judged by hand.')
	};
}

function normalized(v: RuleValue): RuleValue {
	return v.kind === 'list' ? { kind: 'list', value: [...v.value].sort() } : v;
}

// ——— marking a whole profile ———

export interface ConformityOptions {
	/** The national framework's profile. */
	national: RegionProfile;
	/** Hand marks for the region the values were judged on. */
	handMarks?: readonly HandMark[];
	/**
	 * The profile the hand marks were judged on (default: the profile being marked). A draft cloned from a
	 * region keeps the region's hand marks for every value it has not changed.
	 */
	judgedOn?: RegionProfile;
	/** The first day the regional text is in force; null where the text leaves it blank or unknown. */
	effective: IsoDate | null;
	asOf?: IsoDate | null;
}

/** The first day a region's text is in force, where its validity rule gives one (a draft's blank date: null). */
export function effectiveDate(meta: Pick<RegionMeta, 'validity'>): IsoDate | null {
	return validityWindow(meta.validity)?.from ?? null;
}

const same = (a: DatedValue | undefined, b: DatedValue | undefined) =>
	!!a && !!b && deepEqual(normalized(a.value), normalized(b.value)) && a.qualifier === b.qualifier;

const PREDATES_CITATION = cite<ClauseRef>('nationalSpec:art-24-p2');

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** One dimension's mark for one region. */
export function markDimension(
	dim: Dimension,
	region: RegionId,
	regional: DatedValue | undefined,
	national: DatedValue | undefined,
	opts: { hand?: HandMark; effective: IsoDate | null }
): Conformity {
	const regionalRefs = (regional?.citations ?? []).map((c) => qualifiedRef(region, c));
	const nationalRefs = (national?.citations ?? []).map((c) => qualifiedRef(NATIONAL_ID, c));
	const base = { region, dimension: dim.id, regional: regionalRefs, national: nationalRefs };
	const out = (relation: ConformityMark, basis: Conformity['basis'], reason: Localized): Conformity => ({
		...base,
		mark: relation,
		relation,
		basis,
		reason
	});

	if (dim.strictness === 'describes')
		return out(
			'notCompared',
			'catalogue',
			L(
				'此项描述文件本身（名称、日期、效力），不作比较。',
				'This describes the document itself (names, dates, force): not compared.'
			)
		);
	if (dim.comparedAs)
		return out(
			'notCompared',
			'catalogue',
			L(`逐项比较见 ${dim.comparedAs}。`, `Compared item by item as ${dim.comparedAs}.`)
		);

	let judged: Conformity;
	if (opts.hand) {
		const also = opts.hand.also ?? {};
		judged = {
			...out(opts.hand.relation, 'hand', opts.hand.reason),
			regional: unique([...regionalRefs, ...(also.regional ?? []).map((c) => qualifiedRef(region, c))]),
			national: unique([...nationalRefs, ...(also.national ?? [])])
		};
	} else if (!national || national.value.kind === 'notSpecified')
		judged = out(
			'nationalSilent',
			'silence',
			national
				? L('国家框架未规定此项。', 'The national framework does not speak to this.')
				: L('该日期国家框架尚未施行。', 'The national framework was not yet in force on that date.')
		);
	else if (!regional || regional.value.kind === 'notSpecified')
		judged = out(
			'regionSilent',
			'silence',
			regional
				? L(
						'地方文本未规定此项；国家框架有规定。',
						'The regional text is silent; the national framework speaks.'
					)
				: L('该日期地方文本尚未施行。', 'The regional text was not yet in force on that date.')
		);
	else {
		const j = compareValues(dim, regional, national);
		judged = out(j.relation, 'computed', j.reason);
	}

	if (
		opts.effective !== null &&
		opts.effective < NATIONAL_EFFECTIVE &&
		(judged.relation === 'looser' || judged.relation === 'conflicts')
	)
		return {
			...judged,
			mark: 'predates',
			reason: L(
				`${judged.reason.zh} 地方文本 ${opts.effective} 施行，早于国家框架（${NATIONAL_EFFECTIVE}）；实施规范第二十四条第二款：此前已开展的授权运营应参照规范逐步完善。`,
				`${judged.reason.en} The regional text took effect on ${opts.effective}, before the national framework (${NATIONAL_EFFECTIVE}); spec art. 24(2): operations begun before it are to be brought into line gradually.`
			),
			national: unique([...judged.national, PREDATES_CITATION])
		};
	return judged;
}

/** Every dimension's mark for one region (or draft), in catalogue order. */
export function regionConformity(
	dimensions: readonly Dimension[],
	profile: RegionProfile,
	opts: ConformityOptions
): Conformity[] {
	const asOf = opts.asOf ?? null;
	const judgedOn = opts.judgedOn ?? profile;
	const hands = new Map(
		(opts.handMarks ?? []).filter((h) => h.region === judgedOn.region).map((h) => [h.dimension, h])
	);
	return dimensions.map((dim) => {
		const regional = valueInForce(profile.values[dim.id] ?? [], asOf);
		const national = valueInForce(opts.national.values[dim.id] ?? [], asOf);
		const hand = hands.get(dim.id);
		// a hand mark holds only for the value it judged
		const holds =
			hand && (judgedOn === profile || same(regional, valueInForce(judgedOn.values[dim.id] ?? [], asOf)));
		return markDimension(dim, profile.region, regional, national, {
			hand: holds ? hand : undefined,
			effective: opts.effective
		});
	});
}

/** How many marks of each kind (every kind present, zero where none). */
export function countMarks(marks: readonly Conformity[]): Record<ConformityMark, number> {
	const counts = Object.fromEntries(CONFORMITY_MARKS.map((m) => [m, 0])) as Record<ConformityMark, number>;
	for (const m of marks) counts[m.mark]++;
	return counts;
}

/** A mark in the exported files (the open data and a saved comparison): its fields under their published names. */
export function conformityJson(m: Conformity) {
	return {
		mark: m.mark,
		relation: m.relation,
		basis: m.basis,
		reason: m.reason,
		regionalCitations: m.regional,
		nationalCitations: m.national
	};
}

/** Where a mark's citation points, for a link: the document (or region) and the clause id. */
export function refTarget(ref: ClauseRef): { region: RegionId; id: string } {
	return splitRef(ref);
}

/** Marks looked up by region and dimension. */
export type ConformityLookup = ReadonlyMap<RegionId, ReadonlyMap<DimensionId, Conformity>>;

export function indexMarks(marks: Iterable<Conformity>): ConformityLookup {
	const out = new Map<RegionId, Map<DimensionId, Conformity>>();
	for (const m of marks) {
		let byDim = out.get(m.region);
		if (!byDim) out.set(m.region, (byDim = new Map()));
		byDim.set(m.dimension, m);
	}
	return out;
}

/** The marks of each region, from its metadata (its date) and profile, with the shipped hand marks. */
export function allRegionsConformity(
	dimensions: readonly Dimension[],
	metas: readonly Pick<RegionMeta, 'id' | 'validity'>[],
	profiles: readonly RegionProfile[],
	national: RegionProfile,
	handMarks: readonly HandMark[],
	asOf: IsoDate | null = null
): Conformity[] {
	return profiles.flatMap((p) => {
		const meta = metas.find((m) => m.id === p.region);
		return regionConformity(dimensions, p, {
			national,
			handMarks,
			effective: meta ? effectiveDate(meta) : null,
			asOf
		});
	});
}
