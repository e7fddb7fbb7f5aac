// For tests and hand-written fixtures only: ids written as literals, branded without a check (the test's own data
// names them; the code under test checks ids read from outside with src/lib/regions/ids.ts). Not for app code.

import type { ClauseId, RegionId, RoleId } from './types';

/** A role id written in a test. */
export const role = (id: string): RoleId => id as RoleId;
/** Role ids written in a test. */
export const roles = (...ids: string[]): RoleId[] => ids.map(role);
/** A clause id (or a qualified ref, "nationalSpec:art-14-2") written in a test. */
export const clause = (id: string): ClauseId => id as ClauseId;
/** Clause ids written in a test. */
export const clauses = (...ids: string[]): ClauseId[] => ids.map(clause);
/** A region (or document) id written in a test: "taian", "nationalSpec", or a draft's id. */
export const region = (id: string): RegionId => id as RegionId;
/** Region ids written in a test. */
export const regionList = (...ids: string[]): RegionId[] => ids.map(region);
