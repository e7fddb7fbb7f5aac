// Which of a text's dated values applies on a date: one rule for every tool (simulator, timeline, compare,
// eligibility, training, the drafting sandbox).
//
// A value applies from its `from` day; a value with `from: null` applies from the text's own entry into force,
// whenever that is (the profile format's meaning of null). On a date, the value in force is the one with the
// latest `from` not after that date; before the first `from` of a dimension that has no `from: null` value,
// none is in force — a rule does not apply before the day it takes effect (立法法第一百零四条: 不溯及既往), so no
// tool may fall back to a later value. Whether the text itself is in force on that date is a separate answer
// (`validityOn`, and the document status): this function says what the text provides for that date.

import type { DatedValue, DimensionId, IsoDate, RegionProfile } from '$lib/regions/types';

/**
 * The value in force on `on`: the one whose `from` is the latest on or before `on` (`from: null` counts as
 * the text's entry into force, before every dated `from`); undefined when none has taken effect yet. Two values
 * with the same `from` (an error the draft validator reports): the later in the list. Without a date (`null`),
 * the value with the latest `from`: the text as it will read once every dated change has taken effect.
 */
export function valueInForce<C extends string = string>(
	values: readonly DatedValue<C>[],
	on: IsoDate | null
): DatedValue<C> | undefined {
	let best: DatedValue<C> | undefined;
	for (const v of values) {
		if (on !== null && v.from !== null && v.from > on) continue;
		if (!best || (v.from ?? '') >= (best.from ?? '')) best = v;
	}
	return best;
}

/** A profile's value for `dimension` in force on `on` (valueInForce over that dimension's dated values). */
export function profileValueOn(
	profile: Pick<RegionProfile, 'values'>,
	dimension: DimensionId,
	on: IsoDate | null
): DatedValue | undefined {
	return valueInForce(profile.values[dimension] ?? [], on);
}
