// Model-based proof with xstate/graph, per statechart (region × role): every state node is reachable, every
// non-final state has a way out, every outcome is reachable, and the number of paths is pinned.
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
import type { JourneyEvent } from './types';

/**
 * Pinned counts: lifecycle shortest paths (one per reachable lifecycle state), admission simple paths, and the
 * states of each operating region's view. nationalRegistration and nationalReport are the national duties every
 * journey carries from 2025-03-01 (blocks/national.ts); adding them left the other counts unchanged.
 */
const EXPECTED: Record<string, { lifecycle: number; admission: number; regions: Record<string, number> }> = {
	'quzhou/operator': {
		lifecycle: 312,
		admission: 4,
		regions: {
			training: 92,
			useCase: 92,
			socialData: 204,
			reporting: 204,
			evaluation: 148,
			security: 92,
			nationalRegistration: 340,
			nationalReport: 260
		}
	},
	'yingkou/operator': {
		lifecycle: 481,
		admission: 3,
		regions: {
			useCase: 59,
			reporting: 59,
			evaluation: 107,
			security: 59,
			nationalRegistration: 299,
			nationalReport: 203
		}
	},
	'taian/operator': {
		lifecycle: 120,
		admission: 4,
		regions: {
			training: 76,
			useCase: 76,
			registration: 300,
			authorizationCertificate: 132,
			reporting: 188,
			evaluation: 76,
			security: 76,
			nationalRegistration: 324,
			nationalReport: 244
		}
	},
	'henan/primaryDeveloper': {
		lifecycle: 220,
		admission: 2,
		regions: {
			useCase: 84,
			dataCheck: 172,
			agreementFiling: 128,
			reporting: 172,
			summary: 216,
			evaluation: 304,
			security: 84,
			nationalRegistration: 320,
			nationalReport: 216
		}
	},
	'henan/secondaryDeveloper': {
		lifecycle: 7,
		admission: 3,
		regions: { useCase: 12, nationalRegistration: 28, nationalReport: 24 }
	},
	'jiangsu/operatingEntity': {
		lifecycle: 16,
		admission: 1,
		regions: {
			useCase: 28,
			reporting: 28,
			evaluation: 28,
			security: 28,

			nationalReport: 100
		}
	},
	'jiangsu/developmentEntity': {
		lifecycle: 53,
		admission: 2,
		regions: {
			useCase: 55,
			socialData: 143,
			reporting: 55,
			evaluation: 55,
			security: 55,
			nationalRegistration: 291,
			nationalReport: 187
		}
	}
};

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

describe.each(Object.keys(EXPECTED))('%s statechart', (key) => {
	const [region, role] = key.split('/') as [string, string];
	const expected = EXPECTED[key]!;
	const load = () => loadBuiltJourney(region, role, '2025-01-01');

	test('every outcome is reachable; lifecycle shortest paths pinned', { timeout: 60_000 }, async () => {
		const built = await load();
		const t = performance.now();
		const paths = getShortestPaths(
			traversalMachine(built),
			traversalOptions(built, lifecycleView())
		) as StatePath<Snap, JourneyEvent>[];
		timings.push(`${key} lifecycle shortest paths: ${(performance.now() - t).toFixed(0)} ms`);
		expect(paths.length).toBe(expected.lifecycle);
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
			expect(paths.length).toBe(expected.admission);
			expect(paths.some((p) => isIn(p.state as Snap, 'licensed'))).toBe(true);
		}
	);

	test('every state node is reachable, and no state is a dead end', { timeout: 120_000 }, async () => {
		const built = await load();
		const t = performance.now();
		const views = [lifecycleView(), admissionView(), ...operatingRegions(built).map(regionView)];
		expect(Object.keys(expected.regions).sort()).toEqual(operatingRegions(built).sort());
		const seen = new Set<string>();
		for (const view of views) {
			const adj = adjacency(built, view);
			for (const n of visitedNodes(built, adj)) seen.add(n);
			expect(stuckStates(view, adj), view.name).toEqual([]);
			if (view.name in expected.regions)
				expect(Object.keys(adj).length, view.name).toBe(expected.regions[view.name]);
		}
		timings.push(`${key} all views (reachability, way out): ${(performance.now() - t).toFixed(0)} ms`);
		expect([...built.index.keys()].filter((p) => !seen.has(p))).toEqual([]);
	});
});

afterAll(() => {
	console.log(`exhaustive path enumeration per machine:\n  ${timings.join('\n  ')}`);
});
