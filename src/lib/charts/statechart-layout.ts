// Lay out a statechart diagram with dagre (a kept layout library): leaf states as boxes, transitions as
// routed edges. Compound states are drawn as clusters around their children. Pure: data in, geometry out.

import dagre from '@dagrejs/dagre';
import type { DiagramEdge, DiagramNode } from '$lib/machines/diagram';

export interface PlacedNode extends DiagramNode {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedEdge extends DiagramEdge {
	points: { x: number; y: number }[];
}

const charWidth = 13;

export function layoutStatechart(
	diagram: { nodes: DiagramNode[]; edges: DiagramEdge[] },
	labelOf: (n: DiagramNode) => string
): { nodes: PlacedNode[]; edges: PlacedEdge[]; width: number; height: number } {
	const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
	g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 46, marginx: 12, marginy: 12 });
	g.setDefaultEdgeLabel(() => ({}));
	for (const n of diagram.nodes) {
		const text = labelOf(n);
		g.setNode(
			n.path,
			n.compound
				? { label: text }
				: { label: text, width: Math.min(220, 24 + text.length * charWidth), height: 34 }
		);
	}
	for (const n of diagram.nodes) if (n.parent) g.setParent(n.path, n.parent);
	// dagre routes edges between leaves; an edge to a compound state goes to its first leaf
	const leafOf = (path: string): string => {
		const child = diagram.nodes.find((n) => n.parent === path);
		return child ? leafOf(child.path) : path;
	};
	diagram.edges.forEach((e, i) => g.setEdge(leafOf(e.from), leafOf(e.to), {}, String(i)));
	dagre.layout(g);
	const nodes = diagram.nodes.map((n) => {
		const p = g.node(n.path);
		return { ...n, x: p.x, y: p.y, width: p.width, height: p.height };
	});
	const edges = diagram.edges.map((e, i) => ({
		...e,
		points: (g.edge({ v: leafOf(e.from), w: leafOf(e.to), name: String(i) })?.points ?? []).map(
			(p: { x: number; y: number }) => ({
				x: p.x,
				y: p.y
			})
		)
	}));
	const graph = g.graph();
	return { nodes, edges, width: graph.width ?? 0, height: graph.height ?? 0 };
}
