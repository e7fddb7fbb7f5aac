// A citation is a clause id of the region it is shown with ("art-9-3"), or a `document:clause` ref to another
// document of the corpus ("nationalRegistration:art-9-1": the national duties every journey carries).

import { splitRef } from '$lib/regions/citation';
import { isDocumentId } from '$lib/regions/registry';
import type { ClauseId, RegionId } from '$lib/regions/types';

/** Where a citation points: its document and the clause id within it. */
export function citeTarget(
	region: RegionId,
	id: ClauseId
): { region: RegionId; id: ClauseId; qualified: boolean } {
	const c = splitRef(id);
	if (c.region !== null && isDocumentId(c.region)) return { region: c.region, id: c.id, qualified: true };
	return { region, id, qualified: false };
}

/** Whether a citation is a national clause (`nationalRegistration:art-9-1`): the UI marks it "国家规定". */
export function isNationalCitation(c: string): boolean {
	return /^national[A-Z]\w*:/.test(c);
}

/** Whether a trace entry, deadline, event or state rests on a national clause. */
export function isNational(x: { citations: readonly string[] }): boolean {
	return x.citations.some(isNationalCitation);
}
