// The roles each rule region's text defines (the `roles` of its eligibility.yaml: the glossary's id, the
// glossary's word and the text's own word, with the clauses that define them), for saying which tier a rule
// value binds (DatedValue.roles; issue 22, item 1). Plain data: no engine, no DOM.

import { packRegionOf } from './ids';
import type { ClauseId, Localized, RegionId, RoleId } from './types';

export interface RoleInfo {
	role: RoleId;
	/** The glossary's word (一级开发主体 / primary developer), the same in every region that has the role. */
	label: Localized;
	/** The text's own word. */
	term: Localized;
	citations: ClauseId[];
}

// only the roles of each eligibility.yaml (the packs plugin's `?roles`), not the criteria
const modules = import.meta.glob<{ roles: RoleInfo[] }>('./*/eligibility.yaml', {
	eager: true,
	query: '?roles',
	import: 'default'
});

/** Each rule region's roles, in the order its eligibility.yaml declares them. */
export const REGION_ROLES: Readonly<Record<RegionId, readonly RoleInfo[]>> = Object.fromEntries(
	Object.entries(modules).map(([path, pack]) => [
		packRegionOf(path),
		pack.roles.map(({ role, label, term, citations }) => ({ role, label, term, citations }))
	])
);

const anywhere = new Map<RoleId, RoleInfo>(
	Object.values(REGION_ROLES)
		.flat()
		.map((r) => [r.role, r])
);

/**
 * A role as region `region` defines it; for a region that declares none (a draft cloned from a region keeps
 * its values' role ids), the role as any region defines it, the ids being the glossary's.
 */
export function roleInfo(region: RegionId, role: RoleId): RoleInfo | undefined {
	return REGION_ROLES[region]?.find((r) => r.role === role) ?? anywhere.get(role);
}
