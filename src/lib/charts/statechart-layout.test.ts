import { expect, test } from 'vitest';
import { journeyRegionIds, loadBuiltJourney } from '$lib/machines/registry';
import { diagramOf } from '$lib/machines/diagram';
import { layoutStatechart } from './statechart-layout';

test.each(journeyRegionIds)(
	'%s: every state is placed inside the drawing, every edge joins two drawn states',
	async (region) => {
		const built = await loadBuiltJourney(region, undefined, '2026-01-05');
		const d = diagramOf(built);
		expect(d.nodes.length).toBeGreaterThan(5);
		expect(d.edges.length).toBeGreaterThan(5);
		expect(d.edges.some((e) => e.delayed)).toBe(true);
		const paths = new Set(d.nodes.map((n) => n.path));
		for (const e of d.edges) {
			expect(paths.has(e.from), e.from).toBe(true);
			expect(paths.has(e.to), e.to).toBe(true);
		}
		const placed = layoutStatechart(d, (n) => n.key);
		expect(placed.width).toBeGreaterThan(0);
		for (const n of placed.nodes) {
			expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
			expect(n.y + n.height / 2).toBeLessThanOrEqual(placed.height + 0.01);
		}
		expect(placed.edges.filter((e) => e.points.length > 1).length).toBe(placed.edges.length);
	}
);
