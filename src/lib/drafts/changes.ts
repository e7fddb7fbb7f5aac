// "What changed": a draft's value in force for every dimension, against each region it is compared with
// and against the region it was cloned from. Equality is the comparison page's (rowStatus), so a draft
// row marked "same" here is marked "same" there.

import { DIMENSIONS } from '$lib/regions/dimensions';
import type { DatedValue, Dimension, IsoDate, RegionId, RegionProfile, TopicId } from '$lib/regions/types';
import { rowStatus } from '$lib/rules/compare';
import { valueInForce } from '$lib/rules/in-force';
import type { Draft } from './types';

export type ChangeStatus = 'same' | 'different' | 'draftSilent' | 'otherSilent' | 'bothSilent';

export const CHANGE_STATUSES: readonly ChangeStatus[] = [
	'same',
	'different',
	'draftSilent',
	'otherSilent',
	'bothSilent'
];

export interface RegionChange {
	region: RegionId;
	/** The other region's value in force (undefined: none on that date). */
	value: DatedValue | undefined;
	status: ChangeStatus;
}

export interface DimensionChange {
	dimension: Dimension;
	/** The draft's value in force (undefined: none on that date). */
	value: DatedValue | undefined;
	/** One entry per region compared with, in the order given. */
	against: RegionChange[];
	/**
	 * Whether the draft's dated values differ from its base's (every value, not only the one in force;
	 * summaries and citations aside). Absent when the draft has no base or the base's profile was not given.
	 */
	changedFromBase?: boolean;
}

export interface ChangeOptions {
	asOf?: IsoDate | null;
	topic?: TopicId | null;
	/** The base's profile; by default the entry of `against` for `draft.base`, if there is one. */
	base?: RegionProfile;
}

const silent = (v: DatedValue | undefined) => !v || v.value.kind === 'notSpecified';

/** The status of a draft value against one other region's, in rowStatus's terms. */
export function changeStatus(draft: DatedValue | undefined, other: DatedValue | undefined): ChangeStatus {
	switch (rowStatus([draft, other])) {
		case 'same':
			return 'same';
		case 'different':
			return 'different';
		case 'notSpecified':
			return 'bothSilent';
		case 'partial':
			return silent(draft) ? 'draftSilent' : 'otherSilent';
	}
}

/** Two dated-value lists say the same: same length, same start dates, and each pair equal to rowStatus. */
function sameValues(a: readonly DatedValue[], b: readonly DatedValue[]): boolean {
	if (a.length !== b.length) return false;
	return a.every((x, i) => {
		const y = b[i]!;
		const status = changeStatus(x, y);
		return x.from === y.from && (status === 'same' || status === 'bothSilent');
	});
}

export function draftChanges(
	draft: Draft,
	against: readonly { region: RegionId; profile: RegionProfile }[],
	opts: ChangeOptions = {}
): DimensionChange[] {
	const asOf = opts.asOf ?? null;
	const base =
		draft.base === null ? undefined : (opts.base ?? against.find((a) => a.region === draft.base)?.profile);
	const changes: DimensionChange[] = [];
	for (const dimension of DIMENSIONS) {
		if (opts.topic && dimension.topic !== opts.topic) continue;
		const values = draft.values[dimension.id] ?? [];
		const value = valueInForce(values, asOf);
		const change: DimensionChange = {
			dimension,
			value,
			against: against.map(({ region, profile }) => {
				const other = valueInForce(profile.values[dimension.id] ?? [], asOf);
				return { region, value: other, status: changeStatus(value, other) };
			})
		};
		if (base) change.changedFromBase = !sameValues(values, base.values[dimension.id] ?? []);
		changes.push(change);
	}
	return changes;
}

export interface ChangeSummary {
	/** Per region compared with, in the order given: how many dimensions have each status. */
	regions: { region: RegionId; counts: Record<ChangeStatus, number>; differing: number }[];
	/** How many dimensions differ from the base; null when there is no base to compare with. */
	changedFromBase: number | null;
}

/** Counts for a summary line: `differing` is every dimension where the two do not say the same. */
export function summarizeChanges(changes: readonly DimensionChange[]): ChangeSummary {
	const regions = new Map<RegionId, Record<ChangeStatus, number>>();
	let changed: number | null = null;
	for (const c of changes) {
		for (const a of c.against) {
			let counts = regions.get(a.region);
			if (!counts) {
				counts = { same: 0, different: 0, draftSilent: 0, otherSilent: 0, bothSilent: 0 };
				regions.set(a.region, counts);
			}
			counts[a.status]++;
		}
		if (c.changedFromBase !== undefined) changed = (changed ?? 0) + (c.changedFromBase ? 1 : 0);
	}
	return {
		regions: [...regions].map(([region, counts]) => ({
			region,
			counts,
			differing: counts.different + counts.draftSilent + counts.otherSilent
		})),
		changedFromBase: changed
	};
}
