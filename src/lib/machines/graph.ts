// Graph views of a journey statechart for xstate/graph: which events to try in each state, and which parts
// of a snapshot make it a distinct state. The full product of the parallel regions is large, so each view
// keeps the regions that matter to it: "lifecycle" (how a term starts and ends) or one operating region.

import { getAdjacencyMap, getShortestPaths, type AdjacencyMap, type StatePath } from 'xstate/graph';
import type { AnyMachineSnapshot, StateValue } from 'xstate';
import {
	buildJourney,
	isIn,
	type BuiltJourney,
	type JourneyBuildInputs,
	type JourneySnapshot
} from './build';
import { passingData } from './data-conditions';
import { activeNodes, variants } from './explain';
import { ROOT_ID } from './kit';
import type { Facts, JourneyContext, JourneyEvent, JourneyInput } from './types';

/** A journey snapshot as xstate/graph sees it. */
export type GraphSnapshot = AnyMachineSnapshot & JourneySnapshot;
type Snap = GraphSnapshot;

/** Regions of "licensed" that decide how a term ends (evaluations and incidents count through flags). */
export const LIFECYCLE_REGIONS = ['standing', 'renewal', 'exit'];

/**
 * Facts that pass every requirement the role's stages name, every condition the text puts on the data,
 * and every material they ask for.
 */
export function passingInput(built: BuiltJourney, start = '2025-01-01'): JourneyInput {
	const facts: Facts = {};
	for (const s of built.role.admission) for (const r of s.requires ?? []) facts[r.fact] = r.equals as never;
	for (const c of built.role.dataConditions ?? []) Object.assign(facts, passingData(c.test));
	const materials = built.role.admission.flatMap((s) => s.materials?.required ?? []);
	return { region: built.region, role: built.role.id, start, facts, materials };
}

/**
 * The events to try in a snapshot: each event some active state could take (with each payload variant),
 * and the pending deadlines. Events no active state handles, or only refuses, cannot change the snapshot.
 */
export function traversalEvents(built: BuiltJourney) {
	return (snapshot: Snap): JourneyEvent[] => {
		const active = activeNodes(built, snapshot);
		const types = new Set<string>();
		for (const node of active)
			for (const t of node.transitions)
				if (!(t.checks ?? []).some((c) => c.kind === 'never')) types.add(t.event);
		const events: JourneyEvent[] = [...types].flatMap((type) =>
			variants(built, type, snapshot.context as JourneyContext).map((p) => ({ type, ...p }))
		);
		for (const node of active)
			for (const d of new Set(node.after.map((t) => t.deadline)))
				events.push({ type: `xstate.after.${d}.${ROOT_ID}${node.path ? '.' + node.path : ''}` });
		return events;
	};
}

function project(value: StateValue, keep: readonly string[] | null): StateValue {
	if (typeof value === 'string') return value;
	const out: Record<string, StateValue> = {};
	for (const [k, v] of Object.entries(value)) {
		if (k === 'licensed' && keep && typeof v === 'object') {
			const inner: Record<string, StateValue> = {};
			for (const [r, rv] of Object.entries(v)) if (keep.includes(r)) inner[r] = rv as StateValue;
			out[k] = inner;
		} else out[k] = v as StateValue;
	}
	return out;
}

export interface GraphView {
	name: string;
	/** Regions of "licensed" kept in the key (null = all). */
	regions: readonly string[] | null;
	serializeState: (snapshot: Snap) => string;
}

/** How a term starts and ends: admission, standing, evaluations, security, renewal, exit, termination. */
export function lifecycleView(): GraphView {
	return {
		name: 'lifecycle',
		regions: LIFECYCLE_REGIONS,
		serializeState: (s) => {
			const c = s.context;
			const v = project(s.value, LIFECYCLE_REGIONS);
			// Once the term has ended only the ground and whether it was ever renewed matter.
			if (!isIn(s, 'licensed')) return JSON.stringify({ v, ground: c.ground, renewed: c.renewals > 0 });
			return JSON.stringify({
				v,
				ground: c.ground,
				renewed: c.renewals > 0,
				evaluation: c.lastEvaluation,
				evaluationOpen: c.evaluationOpen,
				warned: c.evaluationWarned,
				noImprovement: c.noImprovement,
				major: c.counters.majorIncidents > 0
			});
		}
	};
}

/** One operating region and what gates it (use case and processing, standing, security, training). */
export function regionView(region: string): GraphView {
	const keep = [region, 'useCase', 'standing', 'security', 'training'];
	return {
		name: region,
		regions: keep,
		serializeState: (s) => {
			const c = s.context;
			return JSON.stringify({
				v: project(s.value, keep),
				processed: c.counters.processed > 0,
				released: c.counters.released > 0,
				trained: c.trained
			});
		}
	};
}

/** Admission only: from the call to a signed agreement or a rejection (the stage and its sub-state). */
export function admissionView(): GraphView {
	return {
		name: 'admission',
		regions: [],
		serializeState: (s) => {
			const v = s.value;
			const top = typeof v === 'string' ? v : Object.keys(v)[0]!;
			return top === 'licensed' ? JSON.stringify(top) : JSON.stringify(v);
		}
	};
}

/** Whether admission has ended (licensed or rejected). */
export function admissionEnded(s: JourneySnapshot): boolean {
	return !isIn(s, '') || isIn(s, 'licensed') || isIn(s, 'rejected');
}

export function traversalOptions(built: BuiltJourney, view: GraphView) {
	return {
		input: passingInput(built),
		events: traversalEvents(built) as never,
		serializeState: view.serializeState as never,
		serializeEvent: (e: unknown) => JSON.stringify(e)
	};
}

/** The machine without its trace recording: traversal needs the states, not the log, and is faster so. */
export function traversalMachine(built: BuiltJourney) {
	return built.machine.provide({ actions: { record: () => {} } } as never);
}

export function adjacency(built: BuiltJourney, view: GraphView): AdjacencyMap<Snap, JourneyEvent> {
	return getAdjacencyMap(traversalMachine(built), traversalOptions(built, view)) as never;
}

/** The outcomes a snapshot stands for: "licensed", "renewed", "terminated:<ground>", "rejected". */
export function outcomesOf(s: JourneySnapshot): string[] {
	const out: string[] = [];
	const v = s.value;
	const top = typeof v === 'string' ? v : Object.keys(v)[0];
	if (top === 'licensed') out.push('licensed');
	if (s.context.renewals > 0) out.push('renewed');
	if ((top === 'terminated' || top === 'closed') && s.context.ground)
		out.push(`terminated:${s.context.ground}`);
	if (top === 'rejected') out.push('rejected');
	return out;
}

/** Each machine's map, once: the walk takes hundreds of ms, and a machine is shared by every run of it. */
const outcomeMaps = new WeakMap<BuiltJourney, Readonly<Record<string, readonly JourneyEvent[]>>>();

/** The shortest event path to each outcome (the journey's "map"); computed once per machine, read-only. */
export function outcomePaths(built: BuiltJourney): Readonly<Record<string, readonly JourneyEvent[]>> {
	let known = outcomeMaps.get(built);
	if (!known) outcomeMaps.set(built, (known = walkOutcomes(built)));
	return known;
}

/** The same map, from what the statechart is built from (the outcome-map worker builds it there). */
export function outcomePathsFrom(inputs: JourneyBuildInputs): Record<string, JourneyEvent[]> {
	return walkOutcomes(buildJourney(inputs.journey, inputs.profile, inputs.role, inputs.on));
}

function walkOutcomes(built: BuiltJourney): Record<string, JourneyEvent[]> {
	const paths = getShortestPaths(
		traversalMachine(built),
		traversalOptions(built, lifecycleView())
	) as StatePath<Snap, JourneyEvent>[];
	const best: Record<string, JourneyEvent[]> = {};
	for (const p of paths)
		for (const o of outcomesOf(p.state)) {
			const events = p.steps.map((s) => s.event).filter((e) => e.type !== 'xstate.init');
			if (!best[o] || events.length < best[o].length) best[o] = events;
		}
	return best;
}
