// The building blocks' common language: a node spec (label, citations, transitions with checks and effects)
// that converts to an XState config, and an index of the same specs that explains refusals and lists
// deadlines. Every state and transition carries meta { label, citations }.

import type { ClauseId, Localized } from '$lib/regions/types';
import type { Check } from './checks';
import type { Party } from './types';

export const ROOT_ID = 'journey';

/** A named context update (an `assign` action in setup) with its parameters. */
export interface Effect {
	type: string;
	params?: Record<string, unknown>;
}

export interface TransitionSpec {
	event: string;
	/** Absolute path from the root ("licensed.renewal.open", "terminated"); none = stay. */
	target?: string;
	reenter?: boolean;
	checks?: Check[];
	effects?: Effect[];
	label: Localized;
	citations: ClauseId[];
	by?: Party | null;
	milestone?: string;
	notes?: Localized[];
}

export interface DelayedSpec extends Omit<TransitionSpec, 'event' | 'by'> {
	deadline: string;
}

export interface NodeSpec {
	key: string;
	label: Localized;
	citations: ClauseId[];
	type?: 'parallel' | 'final';
	initial?: string;
	children?: NodeSpec[];
	on?: TransitionSpec[];
	after?: DelayedSpec[];
	/** Eventless moves checked on entry (e.g. staff already trained when a renewed term starts). */
	always?: { target: string; checks: Check[]; label: Localized; citations: ClauseId[] }[];
	entry?: Effect[];
	/** For a parallel node whose regions all end: where to go next. */
	onDone?: { target: string; label: Localized; citations: ClauseId[] };
}

export interface IndexedNode {
	path: string;
	label: Localized;
	citations: ClauseId[];
	final: boolean;
	transitions: (TransitionSpec & { source: string })[];
	after: (DelayedSpec & { source: string })[];
}

export type MachineIndex = Map<string, IndexedNode>;

const ref = (path: string) => `#${ROOT_ID}${path ? '.' + path : ''}`;

function guardOf(checks: Check[] | undefined) {
	return checks && checks.length ? { type: 'checks' as const, params: { checks } } : undefined;
}

function actionsOf(t: TransitionSpec | DelayedSpec, source: string, stamp: unknown): unknown[] {
	const to = t.target ?? source;
	return [
		stamp,
		...(t.effects ?? []),
		{
			type: 'record',
			params: {
				event: 'deadline' in t ? `deadline:${t.deadline}` : undefined,
				from: source,
				to,
				label: t.label,
				citations: t.citations,
				milestone: t.milestone,
				notes: t.notes
			}
		}
	];
}

function transitionConfig(t: TransitionSpec | DelayedSpec, source: string) {
	const stamp =
		'deadline' in t ? { type: 'stampDeadline', params: { deadline: t.deadline } } : { type: 'stamp' };
	return {
		...(t.target !== undefined ? { target: ref(t.target) } : {}),
		...(t.reenter ? { reenter: true } : {}),
		guard: guardOf(t.checks),
		actions: actionsOf(t, source, stamp),
		meta: { label: t.label, citations: t.citations, ...(t.milestone ? { milestone: t.milestone } : {}) }
	};
}

/** Convert a node spec (at `path`) to an XState state config, filling the index as it goes. */
export function toConfig(node: NodeSpec, path: string, index: MachineIndex): Record<string, unknown> {
	const indexed: IndexedNode = {
		path,
		label: node.label,
		citations: node.citations,
		final: node.type === 'final',
		transitions: (node.on ?? []).map((t) => ({ ...t, source: path })),
		after: (node.after ?? []).map((t) => ({ ...t, source: path }))
	};
	index.set(path, indexed);

	const on: Record<string, unknown[]> = {};
	for (const t of node.on ?? []) (on[t.event] ??= []).push(transitionConfig(t, path));
	const after: Record<string, unknown[]> = {};
	for (const t of node.after ?? []) (after[t.deadline] ??= []).push(transitionConfig(t, path));

	const config: Record<string, unknown> = {
		meta: { label: node.label, citations: node.citations }
	};
	if (node.type) config.type = node.type;
	if (node.entry?.length) config.entry = node.entry;
	if (Object.keys(on).length) config.on = on;
	if (Object.keys(after).length) config.after = after;
	if (node.always?.length)
		config.always = node.always.map((a) => ({
			target: ref(a.target),
			guard: guardOf(a.checks),
			meta: { label: a.label, citations: a.citations }
		}));
	if (node.children?.length) {
		if (node.type !== 'parallel') config.initial = node.initial ?? node.children[0]!.key;
		config.states = Object.fromEntries(
			node.children.map((c) => [c.key, toConfig(c, path ? `${path}.${c.key}` : c.key, index)])
		);
	}
	if (node.onDone)
		config.onDone = {
			target: ref(node.onDone.target),
			actions: [
				{ type: 'stamp' },
				{
					type: 'record',
					params: {
						from: path,
						to: node.onDone.target,
						label: node.onDone.label,
						citations: node.onDone.citations
					}
				}
			],
			meta: { label: node.onDone.label, citations: node.onDone.citations }
		};
	return config;
}
