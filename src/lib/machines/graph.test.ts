// Model-based proof with xstate/graph, per statechart (every region × role of the registry): every state node
// is reachable, every non-final state has a way out, every outcome is reachable by a shortest path whose every
// step cites its clause, and every way through admission ends in a licence or a rejection. Properties, not
// path counts: a count copied from the output proves only that nothing changed.
//
// The parallel "licensed" state is a product of many regions, so each traversal keeps the part of a snapshot
// it is about (see graph.ts): the lifecycle view (how terms start and end), the admission view, and one view
// per operating region. Together they cover every state node.

import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getSimplePaths, type StatePath } from 'xstate/graph';
import { isIn, type BuiltJourney } from './build';
import {
	adjacency,
	admissionEnded,
	admissionView,
	lifecycleView,
	LIFECYCLE_REGIONS,
	outcomePaths,
	outcomesOf,
	passingInput,
	regionView,
	traversalMachine,
	traversalOptions,
	type GraphSnapshot,
	type GraphView
} from './graph';
import { loadBuiltJourney } from './registry';
import { statecharts } from './testing';
import type { JourneyEvent } from './types';

type Snap = GraphSnapshot;

function operatingRegions(built: BuiltJourney): string[] {
	return [...built.index.keys()]
		.filter((p) => /^licensed\.[^.]+$/.test(p))
		.map((p) => p.split('.')[1]!)
		.filter((r) => !LIFECYCLE_REGIONS.includes(r));
}

/** States of a view with no way out: no event leads to a state the view tells apart (final ones excepted). */
function stuckStates(view: GraphView, adj: Adjacency): string[] {
	const stuck: string[] = [];
	for (const [key, { state, transitions }] of Object.entries(adj)) {
		if ((state as Snap).status === 'done') continue;
		const next = Object.values(transitions) as { state: Snap }[];
		if (!next.some((t) => view.serializeState(t.state as never) !== key)) stuck.push(key);
	}
	return stuck;
}

function visitedNodes(built: BuiltJourney, adj: Adjacency): Set<string> {
	const seen = new Set<string>();
	for (const { state } of Object.values(adj))
		for (const path of built.index.keys()) if (isIn(state as Snap, path)) seen.add(path);
	return seen;
}

type Adjacency = ReturnType<typeof adjacency>;

/** Properties every journey statechart has, whatever its region: nothing here is pinned per region. */
describe.each(statecharts.map((s) => [s.key, s.region, s.role]))('%s statechart', (_key, region, role) => {
	const load = () => loadBuiltJourney(region, role, '2025-01-01');

	test(
		'every outcome is reachable; the shortest path to each (the page’s map) replays with every step cited',
		{ timeout: 60_000 },
		async () => {
			const built = await load();
			const map = outcomePaths(built);
			for (const o of built.outcomes) expect(Object.keys(map), o).toContain(o);
			for (const [outcome, events] of Object.entries(map)) {
				// replayed on the machine with its trace (the traversal leaves the trace out)
				let [snap] = initialTransition(built.machine, passingInput(built));
				for (const e of events) [snap] = transition(built.machine, snap, e as never);
				expect(outcomesOf(snap as Snap), outcome).toContain(outcome);
				const trace = (snap as Snap).context.trace;
				expect(trace.length, outcome).toBeGreaterThan(0);
				for (const t of trace)
					expect(t.citations.length, `${outcome}: ${t.event} → ${t.to}`).toBeGreaterThan(0);
			}
			// The shortest way to a licence signs the agreement last.
			expect(map.licensed!.at(-1)!.type).toBe('SIGN_AGREEMENT');
			// walked once per machine: a second run of the same machine (the same region, role and date) reuses it
			expect(outcomePaths(await load())).toBe(map);
		}
	);

	test(
		'admission: every way through ends in a licence or a rejection, each stage on the way to a licence',
		{ timeout: 60_000 },
		async () => {
			const built = await load();
			const paths = getSimplePaths(traversalMachine(built), {
				...traversalOptions(built, admissionView()),
				toState: (s: Snap) => admissionEnded(s)
			} as never) as StatePath<Snap, JourneyEvent>[];
			expect(paths.length).toBeGreaterThan(0);
			for (const p of paths) expect(admissionEnded(p.state), JSON.stringify(p.state.value)).toBe(true);
			const toLicence = paths.filter((p) => isIn(p.state, 'licensed'));
			expect(toLicence.length).toBeGreaterThan(0);
			const sent = new Set(toLicence.flatMap((p) => p.steps.map((st) => st.event.type)));
			for (const stage of built.role.admission) expect(sent, stage.event).toContain(stage.event);
		}
	);

	test('every state node is reachable, and no state is a dead end', { timeout: 120_000 }, async () => {
		const built = await load();
		const views = [lifecycleView(), admissionView(), ...operatingRegions(built).map(regionView)];
		const seen = new Set<string>();
		for (const view of views) {
			const adj = adjacency(built, view);
			for (const n of visitedNodes(built, adj)) seen.add(n);
			expect(stuckStates(view, adj), view.name).toEqual([]);
		}
		expect([...built.index.keys()].filter((p) => !seen.has(p))).toEqual([]);
	});
});
