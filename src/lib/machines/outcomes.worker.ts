// The map of outcomes (graph.outcomePathsFrom) off the page's thread: the walk over every path of a statechart
// takes 0.1–0.7 s on a desktop and seconds on a phone. The page posts the statechart's build inputs (plain data)
// with an id; the worker builds the same statechart, walks it and answers with the map or the error, under that id.
// The page side is src/lib/state/outcome-map.ts.

import type { JourneyBuildInputs } from './build';
import { outcomePathsFrom } from './graph';
import type { JourneyEvent } from './types';

export interface OutcomeRequest {
	id: number;
	inputs: JourneyBuildInputs;
}

export type OutcomeReply =
	{ id: number; map: Record<string, JourneyEvent[]> } | { id: number; error: string };

/** One request's answer (what the worker posts back). */
export function answer({ id, inputs }: OutcomeRequest): OutcomeReply {
	try {
		return { id, map: outcomePathsFrom(inputs) };
	} catch (e) {
		return { id, error: e instanceof Error ? e.message : String(e) };
	}
}

// in a worker (not when a test imports the module for `answer`)
if ('WorkerGlobalScope' in globalThis)
	globalThis.onmessage = (e: MessageEvent<OutcomeRequest>) => globalThis.postMessage(answer(e.data));
