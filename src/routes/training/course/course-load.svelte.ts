// The course a page shows (?id=, or the one a saved course names in its payload): its region's walkthroughs load
// on demand, and with them the walkthrough engine (the simulator, xstate) and the journeys' event words, after the
// first paint, with the texts it quotes — the course shows when its words and its quotes are in. A failed load
// says why, and the page offers to try again.

import { errorText } from '$lib/rules/words';
import { loadCorpora } from '$lib/state/corpora.svelte';
import { prepareCitations } from '$lib/state/citations-lazy.svelte';
import type { Walkthrough } from '$lib/training/types';
import { courseSummaryOf, loadWalkthrough } from '$lib/training/catalogue';

type Engine = typeof import('$lib/training/engine');
type EventWords = typeof import('$lib/machines/events');

export function createCourseLoad() {
	let walkthrough = $state.raw<Walkthrough | undefined>(undefined);
	let status = $state<'loading' | 'ready' | 'failed'>('loading');
	let error = $state('');
	let engine: Engine | null = null;
	let events: EventWords | null = null;
	return {
		get walkthrough() {
			return walkthrough;
		},
		get status() {
			return status;
		},
		get error() {
			return error;
		},
		get engine() {
			return engine;
		},
		get events() {
			return events;
		},
		/** Loads course `id`; false when it is unknown or did not load. */
		async open(id: string): Promise<boolean> {
			status = 'loading';
			try {
				// the texts it quotes and the citations' labels, before the course shows: its quotes and its
				// sources' status lines are in place from the first paint, and nothing moves when they arrive (a
				// text that does not load says so in its quote, and is asked again). Named by the build-time
				// list (the same sources as the walkthrough's: catalogue.test), they load beside the walkthrough
				// rather than after it: one round trip less before the course shows on a slow network.
				const sources = courseSummaryOf(id)?.sources ?? [];
				const [found, e, ev] = await Promise.all([
					loadWalkthrough(id),
					import('$lib/training/engine'),
					import('$lib/machines/events'),
					loadCorpora(sources).catch(() => undefined),
					prepareCitations(sources)
				]);
				engine = e;
				events = ev;
				walkthrough = found;
				status = 'ready';
				return !!found;
			} catch (e) {
				error = errorText(e);
				status = 'failed';
				return false;
			}
		}
	};
}
