// A simulator trace (TraceEntry[] from the journey machines) as timeline events, structurally: the trace
// type is not imported, so the timeline depends on the simulator's output shape only.

import type { ClauseId, IsoDate, Localized } from '$lib/regions/types';
import type { TimelineEvent } from './types';

export interface TraceLike {
	date: IsoDate;
	event: string;
	label: Localized;
	citations: ClauseId[];
}

export function traceToEvents(trace: readonly TraceLike[]): TimelineEvent[] {
	return trace.map((t) => ({ date: t.date, type: t.event, label: t.label, citations: t.citations }));
}
