// Where a cited clause is. A region's profile cites its own clauses by id ("art-14-4"); a profile drawn from
// several documents (the national framework) cites qualified refs ("nationalSpec:art-14-2"). Clause ids never
// contain ":", so the two cannot be confused. Pure.

import type { ClauseId, ClauseRef, RegionId } from './types';

/** The document and clause a citation made by `region` points to. */
export function citedClause(region: RegionId, citation: string): { region: RegionId; id: ClauseId } {
	const i = citation.indexOf(':');
	return i < 0 ? { region, id: citation } : { region: citation.slice(0, i), id: citation.slice(i + 1) };
}

/** A citation made by `region`, qualified by the document it points to: "taian:art-14-4". */
export function qualifiedRef(region: RegionId, citation: string): ClauseRef {
	const c = citedClause(region, citation);
	return `${c.region}:${c.id}`;
}

/** Whether a citation names its document ("nationalSpec:art-14-2") rather than the citing region's own text. */
export function isQualified(citation: string): boolean {
	return citation.includes(':');
}
