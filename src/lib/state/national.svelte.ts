// The national framework's profile and the hand-judged conformity marks, loaded on demand (the pages that
// compare against the national baseline), and each column's marks computed from them.

import type { HandMark } from '$lib/regions/national/marks';
import type { Dimension, IsoDate, RegionMeta, RegionProfile } from '$lib/regions/types';
import { effectiveDate, regionConformity, type Conformity } from '$lib/rules/conformity';
import { nationalDocumentIds } from '$lib/regions/registry';
import { prepareCitations } from './citations-lazy.svelte';

export interface NationalData {
	profile: RegionProfile;
	handMarks: readonly HandMark[];
}

let data = $state.raw<NationalData | null>(null);
let failed = $state<string | null>(null);
let pending = false;

function ensure() {
	if (data || pending || typeof window === 'undefined') return;
	pending = true;
	// the framework's values cite the national texts: shown once their labels are in too
	Promise.all([
		import('$lib/regions/national/profile'),
		import('$lib/regions/national/marks'),
		prepareCitations(nationalDocumentIds())
	])
		.then(([p, h]) => (data = { profile: p.profile, handMarks: h.HAND_MARKS }))
		.catch((e: unknown) => (failed = String(e)))
		.finally(() => (pending = false));
}

/** The national profile and hand marks once loaded (starts loading them); null until then. */
export function getNational(): NationalData | null {
	ensure();
	return data;
}

export function nationalError(): string | null {
	return failed;
}

/** A column of the comparison: a region, or a draft with the region it was cloned from. */
export interface MarkedColumn {
	profile: RegionProfile;
	meta: Pick<RegionMeta, 'validity'> | undefined;
	/** A draft's base region: its hand marks hold for the values the draft has not changed. */
	base?: RegionProfile | null;
}

/** One column's marks against the national framework. */
export function columnMarks(
	dimensions: readonly Dimension[],
	national: NationalData,
	column: MarkedColumn,
	asOf: IsoDate | null
): Conformity[] {
	return regionConformity(dimensions, column.profile, {
		national: national.profile,
		handMarks: national.handMarks,
		judgedOn: column.base ?? column.profile,
		effective: column.meta ? effectiveDate(column.meta) : null,
		asOf
	});
}
