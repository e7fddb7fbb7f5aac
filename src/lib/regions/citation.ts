// Where a cited clause is. A region's profile cites its own clauses by id ("art-14-4"); a profile drawn from
// several documents (the national framework) cites qualified refs ("nationalSpec:art-14-2"). Clause ids never
// contain ":", so the two cannot be confused. Pure.

import type { ClauseId, ClauseRef, RegionId } from './types';

/**
 * A qualified ref's parts, or a local id with the region it is local to: the parts of a branded id keep the brand
 * (the one place a ClauseRef is split, and one is joined).
 */
export function splitRef(citation: ClauseRef): { region: RegionId; id: ClauseId };
export function splitRef(citation: ClauseId): { region: RegionId | null; id: ClauseId };
export function splitRef(citation: ClauseId): { region: RegionId | null; id: ClauseId } {
	const i = citation.indexOf(':');
	return i < 0
		? { region: null, id: citation }
		: { region: citation.slice(0, i) as RegionId, id: citation.slice(i + 1) as ClauseId };
}

/** The document and clause a citation made by `region` points to. */
export function citedClause(region: RegionId, citation: ClauseId): { region: RegionId; id: ClauseId } {
	const c = splitRef(citation);
	return { region: c.region ?? region, id: c.id };
}

/** A citation made by `region`, qualified by the document it points to: "taian:art-14-4". */
export function qualifiedRef(region: RegionId, citation: ClauseId): ClauseRef {
	const c = citedClause(region, citation);
	return `${c.region}:${c.id}` as ClauseRef;
}

/** Whether a citation names its document ("nationalSpec:art-14-2") rather than the citing region's own text. */
export function isQualified(citation: string): boolean {
	return citation.includes(':');
}
