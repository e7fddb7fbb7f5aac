// A simulator trace (TraceEntry[] from the journey machines) as timeline events, structurally: the trace
// type is not imported, so the timeline depends on the simulator's output shape only.

import type { ClauseId, IsoDate, Localized } from '$lib/regions/types';
import type { TimelineEvent } from './types';

export interface TraceLike {
	date: IsoDate;
	event: string;
	/** The state entered ("terminated" when the step ended the authorization). */
	to?: string;
	label: Localized;
	citations: ClauseId[];
}

/**
 * Deadlines whose firing ends the agreement on a day of its own (a rectification period missed): a termination
 * that day, as a decision would be. An expiry and a served exit notice are not: the timeline dates them itself
 * from the term and from the exit request and consent.
 */
const ENDS_BY_ITSELF = new Set(['deadline:termExpiry', 'deadline:exitNotice']);

export function traceToEvents(trace: readonly TraceLike[]): TimelineEvent[] {
	return trace.map((t) => ({
		date: t.date,
		type:
			t.to === 'terminated' && t.event.startsWith('deadline:') && !ENDS_BY_ITSELF.has(t.event)
				? 'TERMINATE'
				: t.event,
		label: t.label,
		citations: t.citations
	}));
}
