// The home page's status filter: which of "in force / draft / lapsed" a document's status on a date falls
// under. A draft for comment (征求意见稿) counts as a draft whatever its dates say; otherwise a lapsed text
// is lapsed and a text in force is in force. A text whose state is unknown (its dates left blank) or not yet
// in force falls under none of the three: it shows under "all" only, never silently as "in force".

import type { DocumentMeta, IsoDate } from '$lib/regions/types';
import { regionStatus, type DocStatus } from './status';

export const STATUS_FILTERS = ['all', 'inForce', 'draft', 'lapsed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export function statusClass(s: DocStatus): Exclude<StatusFilter, 'all'> | null {
	if (s.draft) return 'draft';
	if (s.state === 'lapsed') return 'lapsed';
	if (s.state === 'inForce') return 'inForce';
	return null;
}

/** How many documents fall under each filter on `on`. */
export function statusCounts(docs: readonly DocumentMeta[], on: IsoDate): Record<StatusFilter, number> {
	const out: Record<StatusFilter, number> = { all: docs.length, inForce: 0, draft: 0, lapsed: 0 };
	for (const d of docs) {
		const c = statusClass(regionStatus(d, on));
		if (c) out[c]++;
	}
	return out;
}

/** The documents under `filter` on `on` ("all": every one). */
export function filterByStatus(
	docs: readonly DocumentMeta[],
	filter: StatusFilter,
	on: IsoDate
): DocumentMeta[] {
	return filter === 'all' ? [...docs] : docs.filter((d) => statusClass(regionStatus(d, on)) === filter);
}
