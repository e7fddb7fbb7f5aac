// The role a lane's timeline is drawn for. A journey's role says what the profile alone cannot: whether a duty
// stops with the term (Quzhou 二十二, Tai'an 第二十三条 "在运营期限内") or goes on after it (Henan 第二十二条第三款:
// the last quarter's report and the year's summary fall due after the term ends). Pure.

import type { RoleId } from '$lib/regions/types';
import type { TimelineRole } from './types';

/**
 * The role asked for (a saved run's) where the journey has it, else the journey's first role: the operator's,
 * the simulator's default. Null only where there is no journey (a draft without a procedure).
 */
export function laneRole<R extends TimelineRole>(
	journey: { roles: readonly R[] } | null | undefined,
	asked?: RoleId
): R | null {
	if (!journey) return null;
	return journey.roles.find((r) => r.id === asked) ?? journey.roles[0] ?? null;
}
