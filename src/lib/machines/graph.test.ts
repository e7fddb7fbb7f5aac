// Model-based proof with xstate/graph, per statechart (every region × role of the registry): every state node
// is reachable, every non-final state has a way out, every outcome is reachable, and the number of paths is
// pinned in the region's own folder (src/lib/regions/<id>/expectations.yaml).
//
// The parallel "licensed" state is a product of many regions, so each traversal keeps the part of a snapshot
// it is about (see graph.ts): the lifecycle view (how terms start and end), the admission view, and one view
// per operating region. Together they cover every state node.

import { afterAll, describe, expect, test } from 'vitest';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import { isIn, type BuiltJourney } from './build';
import {
	adjacency,
	admissionEnded,
	admissionView,
	lifecycleView,
	LIFECYCLE_REGIONS,
	outcomesOf,
	regionView,
	traversalMachine,
	traversalOptions,
	type GraphSnapshot,
	type GraphView
} from './graph';
import { loadBuiltJourney } from './registry';
import { expectationsOf, statecharts } from './testing';
import type { JourneyEvent } from './types';

type Snap = GraphSnapshot;
const timings: string[] = [];

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

/** The counts the region pins (its expectations.yaml, `statecharts.<role>`); a missing pin fails the test. */
function pinned(region: string, role: string) {
	const e = expectationsOf(region).statecharts?.[role];
	if (!e)
		throw new Error(
			`pin this statechart's path counts in src/lib/regions/${region}/expectations.yaml: statecharts.${role} { lifecycle, admission, views }`
		);
	return e;
}

describe.each(statecharts.map((s) => [s.key, s.region, s.role]))('%s statechart', (_key, region, role) => {
	const key = `${region}/${role}`;
	const load = () => loadBuiltJourney(region, role, '2025-01-01');

	test('every outcome is reachable; lifecycle shortest paths pinned', { timeout: 60_000 }, async () => {
		const built = await load();
		const t = performance.now();
		const paths = getShortestPaths(
			traversalMachine(built),
			traversalOptions(built, lifecycleView())
		) as StatePath<Snap, JourneyEvent>[];
		timings.push(`${key} lifecycle shortest paths: ${(performance.now() - t).toFixed(0)} ms`);
		expect(paths.length, `${region}/expectations.yaml statecharts.${role}.lifecycle`).toBe(
			pinned(region, role).lifecycle
		);
		const reached = new Set(paths.flatMap((p) => outcomesOf(p.state)));
		for (const o of built.outcomes) expect(reached, o).toContain(o);
		// The shortest way to a licence signs the agreement last.
		const toLicence = paths
			.filter((p) => outcomesOf(p.state).includes('licensed'))
			.sort((a, b) => a.steps.length - b.steps.length)[0]!;
		expect(toLicence.steps.at(-1)!.event.type).toBe('SIGN_AGREEMENT');
	});

	test(
		'admission simple paths pinned (each way to a licence or a rejection)',
		{ timeout: 60_000 },
		async () => {
			const built = await load();
			const t = performance.now();
			const paths = getSimplePaths(traversalMachine(built), {
				...traversalOptions(built, admissionView()),
				toState: (s: Snap) => admissionEnded(s)
			} as never);
			timings.push(`${key} admission simple paths: ${(performance.now() - t).toFixed(0)} ms`);
			expect(paths.length, `${region}/expectations.yaml statecharts.${role}.admission`).toBe(
				pinned(region, role).admission
			);
			expect(paths.some((p) => isIn(p.state as Snap, 'licensed'))).toBe(true);
		}
	);

	test('every state node is reachable, and no state is a dead end', { timeout: 120_000 }, async () => {
		const built = await load();
		const t = performance.now();
		const views = [lifecycleView(), admissionView(), ...operatingRegions(built).map(regionView)];
		const expected = pinned(region, role).views;
		expect(Object.keys(expected).sort(), `${region}/expectations.yaml statecharts.${role}.views`).toEqual(
			operatingRegions(built).sort()
		);
		const seen = new Set<string>();
		for (const view of views) {
			const adj = adjacency(built, view);
			for (const n of visitedNodes(built, adj)) seen.add(n);
			expect(stuckStates(view, adj), view.name).toEqual([]);
			if (view.name in expected) expect(Object.keys(adj).length, view.name).toBe(expected[view.name]);
		}
		timings.push(`${key} all views (reachability, way out): ${(performance.now() - t).toFixed(0)} ms`);
		expect([...built.index.keys()].filter((p) => !seen.has(p))).toEqual([]);
	});
});

afterAll(() => {
	console.log(`exhaustive path enumeration per machine:\n  ${timings.join('\n  ')}`);
});
