// Contract every region's journey.yaml must pass: its citations exist in the region's text, the profile
// dimensions it reads have usable values, and every state and transition of every role's statechart carries
// meta { label, citations } with clauses that exist.

import { describe, expect, test } from 'vitest';
import { isDimensionId } from '$lib/regions/dimensions';
import { documentsAt, regionIds, loadProfile } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { resolveSource } from './resolve';
import { buildJourney } from './build';
import { journeyRegionIds, loadJourney } from './registry';
import { clause } from '$lib/regions/fixture-ids';

/** Every clause id found anywhere in a value under a key ending in "itations". */
function citationsIn(x: unknown, out: string[] = []): string[] {
	if (Array.isArray(x)) x.forEach((v) => citationsIn(v, out));
	else if (x && typeof x === 'object')
		for (const [k, v] of Object.entries(x)) {
			if (/itations$/.test(k) && Array.isArray(v)) out.push(...v.filter((c) => typeof c === 'string'));
			else citationsIn(v, out);
		}
	return out;
}

/** Every { dimension } source in a journey. */
function dimensionsIn(x: unknown, out: string[] = []): string[] {
	if (Array.isArray(x)) x.forEach((v) => dimensionsIn(v, out));
	else if (x && typeof x === 'object') {
		const o = x as Record<string, unknown>;
		if (typeof o.dimension === 'string' && Object.keys(o).length === 1) out.push(o.dimension);
		else Object.values(o).forEach((v) => dimensionsIn(v, out));
	}
	return out;
}

test('journeys belong to regions; a region without one (a new folder) is not simulated', () => {
	for (const id of journeyRegionIds) expect(regionIds).toContain(id);
	expect(journeyRegionIds.length).toBeGreaterThan(0);
});

describe.each(journeyRegionIds)('%s journey', (id) => {
	test('cites only clauses that exist in the text', async () => {
		const [journey, corpus] = await Promise.all([loadJourney(id), loadCorpus(id)]);
		const known = new Set<string>(corpus.clauses.map((c) => c.id));
		const cited = citationsIn(journey);
		expect(cited.length).toBeGreaterThan(20);
		expect(cited.filter((c) => !known.has(c))).toEqual([]);
	});

	test('reads profile dimensions that have values', async () => {
		const [journey, profile] = await Promise.all([loadJourney(id), loadProfile(id)]);
		for (const dim of dimensionsIn(journey)) {
			if (!isDimensionId(dim)) return expect.fail(`${id}: ${dim} is not in the catalogue`);
			const r = resolveSource({ dimension: dim }, profile, '2025-01-01');
			expect(r, `${id}: ${dim}`).not.toBeNull();
			expect(r!.citations.length, `${id}: ${dim}`).toBeGreaterThan(0);
		}
	});

	test('each role builds a statechart whose states and transitions carry labels and existing citations', async () => {
		const [journey, profile, corpus] = await Promise.all([loadJourney(id), loadProfile(id), loadCorpus(id)]);
		// the region's own clause ids, and `document:clause` refs to the national texts (blocks/national.ts)
		const known = new Set(corpus.clauses.map((c) => c.id));
		for (const doc of documentsAt('national'))
			for (const c of (await loadCorpus(doc.id)).clauses) known.add(clause(`${doc.id}:${c.id}`));
		expect(journey.roles.length).toBeGreaterThan(0);
		for (const role of journey.roles) {
			const built = buildJourney(journey, profile, role.id, '2025-01-01');
			for (const node of built.index.values()) {
				expect(node.label.zh && node.label.en, `${role.id} ${node.path}`).toBeTruthy();
				expect(node.citations.length, `${role.id} ${node.path}`).toBeGreaterThan(0);
				for (const c of node.citations) expect(known.has(c), `${role.id} ${node.path}: ${c}`).toBe(true);
				for (const t of [...node.transitions, ...node.after]) {
					const name = `${role.id} ${node.path} ${'event' in t ? t.event : t.deadline}`;
					expect(t.label.zh && t.label.en, name).toBeTruthy();
					expect(t.citations.length, name).toBeGreaterThan(0);
					for (const c of t.citations) expect(known.has(c), `${name}: ${c}`).toBe(true);
				}
			}
			// The XState config carries the same meta.
			const walk = (node: { meta?: unknown; states?: Record<string, unknown> }, path: string) => {
				const meta = node.meta as { label?: unknown; citations?: unknown[] } | undefined;
				expect(meta?.label, `${role.id} ${path}`).toBeTruthy();
				expect(Array.isArray(meta?.citations), `${role.id} ${path}`).toBe(true);
				for (const [k, child] of Object.entries(node.states ?? {}))
					walk(child as typeof node, path ? `${path}.${k}` : k);
			};
			walk(built.machine.config as never, '');
		}
	});

	test('notes say what the journey leaves out, with clauses', async () => {
		const journey = await loadJourney(id);
		expect(journey.notes.length).toBeGreaterThan(0);
		for (const n of journey.notes) {
			expect(n.text.zh && n.text.en).toBeTruthy();
			expect(n.citations.length).toBeGreaterThan(0);
		}
	});
});
