// Which regions can be simulated, and with which roles: the role ids of every journey.yaml (the packs plugin's
// "?roles" view: small and eager, without the journeys themselves or the statechart engine). A page can list
// the simulable regions from this alone.

import { packRegionOf } from '$lib/regions/ids';
import type { RegionId, RoleId } from '$lib/regions/types';

// The plugin's view of a validated, checked journey.yaml: its roles' ids, typed as such.
const journeyRoles = import.meta.glob<RoleId[]>('../regions/*/journey.yaml', {
	eager: true,
	query: '?roles',
	import: 'default'
});

/** Each region's journey roles (ids), the first being the default; regions without roles left out. */
export const journeyRoleIds: Readonly<Record<RegionId, readonly RoleId[]>> = Object.fromEntries(
	Object.entries(journeyRoles)
		.filter(([, roles]) => roles.length > 0)
		.map(([path, roles]) => [packRegionOf(path), roles])
);

/** Regions whose journey has at least one role, sorted by id. */
export const journeyRegionIds: readonly RegionId[] = Object.entries(journeyRoles)
	.filter(([, roles]) => roles.length > 0)
	.map(([path]) => packRegionOf(path))
	.sort();
