// The statechart as a graph for drawing: one node per state (compound states contain their children),
// one edge per transition with its event. Read straight from the built XState machine, so the diagram
// cannot drift from the machine that runs.

import type { BuiltJourney } from './build';

export interface DiagramNode {
	/** Region-local dotted path ("licensed.renewal.open"); '' is the root. */
	path: string;
	key: string;
	parent: string | null;
	compound: boolean;
	label: { zh: string; en: string } | null;
	citations: string[];
}

export interface DiagramEdge {
	from: string;
	to: string;
	event: string;
	/** A delayed transition (a deadline on the simulated clock). */
	delayed: boolean;
}

interface NodeLike {
	key: string;
	path: string[];
	states: Record<string, NodeLike>;
	meta?: { label?: { zh: string; en: string }; citations?: string[] };
	transitions: Map<string, { target?: NodeLike[] }[]>;
}

export function diagramOf(built: BuiltJourney): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
	const nodes: DiagramNode[] = [];
	const edges: DiagramEdge[] = [];
	const seen = new Set<string>();
	const walk = (node: NodeLike, parent: string | null) => {
		const path = node.path.join('.');
		const children = Object.values(node.states ?? {});
		if (path) {
			nodes.push({
				path,
				key: node.key,
				parent,
				compound: children.length > 0,
				label: node.meta?.label ?? null,
				citations: node.meta?.citations ?? []
			});
		}
		for (const [event, defs] of node.transitions ?? []) {
			for (const def of defs) {
				for (const target of def.target ?? []) {
					const to = target.path.join('.');
					const key = `${path}|${to}|${event}`;
					if (!path || !to || to === path || seen.has(key)) continue;
					seen.add(key);
					edges.push({ from: path, to, event, delayed: event.startsWith('xstate.after') });
				}
			}
		}
		for (const child of children) walk(child, path || null);
	};
	walk(built.machine.root as unknown as NodeLike, null);
	return { nodes, edges };
}
