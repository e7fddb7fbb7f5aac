// The simulator's map of outcomes (the shortest path to each outcome: machines/graph) walks every path of the
// statechart: 0.1–0.7 s on a desktop, seconds on a phone. It runs in a worker (machines/outcomes.worker.ts), so the
// page keeps answering clicks and drawing meanwhile. Where the worker cannot run it — no worker in this browser,
// its file not loaded (offline, and never fetched), inputs it cannot take, an error in it — the walk runs on the
// page's thread after the next paint, as it did before: the map always comes, the same either way
// (machines/outcomes.worker.test.ts).

import type { BuiltJourney } from '$lib/machines/build';
import type { OutcomeReply, OutcomeRequest } from '$lib/machines/outcomes.worker';
import type { JourneyEvent } from '$lib/machines/types';
import { nextPaint } from './next-paint';

export type OutcomeMap = Readonly<Record<string, readonly JourneyEvent[]>>;

/** Where the last map was walked: read by the end-to-end test. */
export type Walked = 'worker' | 'page';

const maps = new WeakMap<BuiltJourney, Promise<OutcomeMap>>();
const waiting = new Map<number, { resolve: (m: OutcomeMap) => void; reject: (e: Error) => void }>();
let worker: Worker | null | undefined;
let lastId = 0;

/** The map of `built`'s outcomes (once per statechart). */
export function outcomeMapOf(built: BuiltJourney): Promise<OutcomeMap> {
	let map = maps.get(built);
	if (!map) {
		map = inWorker(built).catch(() => onPage(built));
		maps.set(built, map);
	}
	return map;
}

async function onPage(built: BuiltJourney): Promise<OutcomeMap> {
	const [graph] = await Promise.all([import('$lib/machines/graph'), nextPaint()]);
	mark('page');
	return graph.outcomePaths(built);
}

function mark(where: Walked) {
	if (typeof document !== 'undefined') document.documentElement.dataset.outcomesWalked = where;
}

/** The worker, started on first use; null once it cannot run (then every map is walked on the page). */
function theWorker(): Worker | null {
	if (worker !== undefined) return worker;
	try {
		worker = new Worker(new URL('../machines/outcomes.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return (worker = null);
	}
	worker.onmessage = (e: MessageEvent<OutcomeReply>) => {
		const r = e.data;
		const w = waiting.get(r.id);
		waiting.delete(r.id);
		if (!w) return;
		if ('map' in r) {
			mark('worker');
			w.resolve(r.map);
		} else w.reject(new Error(r.error));
	};
	// the script did not load or failed to start: every map asked of it is walked on the page, and so is the next
	worker.onerror = (e) => {
		e.preventDefault();
		worker?.terminate();
		worker = null;
		for (const w of waiting.values()) w.reject(new Error('the outcome-map worker did not run'));
		waiting.clear();
	};
	return worker;
}

function inWorker(built: BuiltJourney): Promise<OutcomeMap> {
	const w = theWorker();
	if (!w) return Promise.reject(new Error('no worker'));
	return new Promise((resolve, reject) => {
		const id = ++lastId;
		waiting.set(id, { resolve, reject });
		try {
			// inputs that cannot be cloned (a reactive proxy, were one ever passed) throw here: walked on the page
			w.postMessage({ id, inputs: built.inputs } satisfies OutcomeRequest);
		} catch (e) {
			waiting.delete(id);
			reject(e instanceof Error ? e : new Error(String(e)));
		}
	});
}
