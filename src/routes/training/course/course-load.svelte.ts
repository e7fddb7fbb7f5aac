// The course a page shows (?id=, or the one a saved course names in its payload): its region's walkthroughs load
// on demand, and with them the walkthrough engine (the simulator, xstate) and the journeys' event words, after the
// first paint — the course shows when its words are in. A failed load says why, and the page offers to try again.

import { errorText } from '$lib/rules/words';
import type { Walkthrough } from '$lib/training/types';
import { loadWalkthrough } from '$lib/training/catalogue';

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
				const [found, e, ev] = await Promise.all([
					loadWalkthrough(id),
					import('$lib/training/engine'),
					import('$lib/machines/events')
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
