// Timings of the pure engines, in Node: medians over repeated runs. Printed by `npm run bench`, never
// asserted (the machines are shared and noisy). A section whose module is missing reports why.

import { regionIds } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { median, pct, queryTimes, r3, time } from './measure';

type Section = Record<string, number | string>;

async function search(): Promise<Section> {
	const { loadSearchIndex } = await import('$lib/search/search');
	const t = performance.now();
	const index = await loadSearchIndex(loadCorpus, [...regionIds]);
	const buildMs = performance.now() - t;
	const times = queryTimes((q) => index.search(q), 20);
	return {
		indexBuildMs: r3(buildMs),
		queryP50Ms: r3(pct(times, 50)),
		queryP95Ms: r3(pct(times, 95)),
		queries: times.length
	};
}

async function eligibility(): Promise<Section> {
	const { evaluateAll } = await import('$lib/eligibility');
	const { IDEAL: facts } = await import('$lib/eligibility/fixtures');
	evaluateAll(facts, { asOf: '2026-11-23' });
	return { allRegionsMedianMs: r3(median(time(() => evaluateAll(facts, { asOf: '2026-11-23' }), 2000))) };
}

const ENDING = /TERMINATE|EXIT|REJECT|REFUSE|WITHDRAW|REVOKE|INCIDENT|RISK|OBJECT/;

/** 50 UI-like steps over 3 years: list what is possible (available(), which explains every refusal), send the first
 * enabled non-ending event, advance the clock; plus exhaustive shortest paths to every outcome. */
async function journeys(): Promise<Section> {
	const { loadBuiltJourney } = await import('$lib/machines/registry');
	const { startJourney } = await import('$lib/machines/simulator');
	const { outcomePaths } = await import('$lib/machines/graph');
	const { plusDays } = await import('$lib/rules/dates');
	const out: Section = {};
	for (const region of regionIds) {
		const built = await loadBuiltJourney(region, undefined, '2025-01-01');
		const facts = Object.fromEntries(
			built.role.admission.flatMap((st) => st.requires ?? []).map((q) => [q.fact, q.equals])
		);
		const run = () => {
			const sim = startJourney(built, { start: '2025-01-01', facts, materials: [] });
			let sent = 0;
			for (let i = 0; sent < 50 && i < 200; i++) {
				const e = sim.available().find((a) => a.enabled && !ENDING.test(a.type));
				if (e) sim.send({ type: e.type, ...(e.payload ?? {}) } as never);
				sim.advanceTo(plusDays('2025-01-01', Math.round(((i + 1) * 1090) / 50)));
				sent++;
			}
			sim.stop();
		};
		out[`${region}50UiStepsMs`] = r3(median(time(run, 7)));
		const t = performance.now();
		outcomePaths(built);
		out[`${region}PathsMs`] = r3(performance.now() - t);
	}
	return out;
}

async function timelines(): Promise<Section> {
	const { computeTimeline } = await import('$lib/timeline');
	const { loadAllProfiles } = await import('$lib/regions/profiles');
	const { getRegion } = await import('$lib/regions/registry');
	const profiles = await loadAllProfiles();
	const once = () =>
		profiles.map((p) =>
			computeTimeline({
				region: p.region,
				profile: p,
				meta: getRegion(p.region)!,
				agreementStart: '2025-06-01'
			})
		);
	return { fiveRegionsMedianMs: r3(median(time(once, 200))) };
}

async function storage(): Promise<Section> {
	await import('fake-indexeddb/auto');
	const db = await import('$lib/db');
	const status = await db.openDatabase({ name: `bench-${Date.now()}` });
	const repo = status.repository;
	const kinds = ['simulation', 'applicant', 'comparison'] as const;
	let t = performance.now();
	const items = Array.from({ length: 10_000 }, (_, i) => ({
		kind: kinds[i % 3]!,
		name: `方案 ${i}`,
		regions: [regionIds[i % regionIds.length]!],
		tags: i % 7 ? [] : ['试点'],
		payload: { i }
	}));
	for (const item of items) await repo.createItem(item);
	const saveMs = performance.now() - t;
	t = performance.now();
	await repo.listItems({});
	const listFirstMs = performance.now() - t;
	// the library page refiltering as the user types: the median of ten
	const query = { kind: 'applicant', region: regionIds[0], text: '方案' } as const;
	const filterMedian = async (r: typeof repo) => {
		const xs: number[] = [];
		for (let i = 0; i < 10; i++) {
			const t0 = performance.now();
			await r.listItems(query);
			xs.push(performance.now() - t0);
		}
		return median(xs);
	};
	const filter = await filterMedian(repo);
	// cold: a fresh repository answers a filtered list from the kind index alone
	t = performance.now();
	if (status.status === 'ready') await db.createDexieRepository(status.db).listItems(query);
	const listColdFilterMs = performance.now() - t;
	// what the repository itself adds: the in-memory backend, same rows, same filter
	const memory = db.createMemoryRepository();
	for (const item of items) await memory.createItem(item);
	const memoryFilter = await filterMedian(memory);
	t = performance.now();
	const { document } = await db.exportItems(repo);
	const text = db.serializeExport(document);
	const exportMs = performance.now() - t;
	t = performance.now();
	const parsed = db.parseImport(
		text.length <= db.MAX_IMPORT_BYTES ? text : db.serializeExport(db.splitExport(document).documents[0]!)
	);
	if (parsed.ok) await db.applyImport(repo, parsed.items, 'replace');
	const importMs = performance.now() - t;
	return {
		items: 10_000,
		createOneByOneMs: r3(saveMs),
		listAllFirstMs: r3(listFirstMs),
		listFilterMedianMs: r3(filter),
		listColdFilterMs: r3(listColdFilterMs),
		memoryListFilterMedianMs: r3(memoryFilter),
		exportMs: r3(exportMs),
		reimportFirstPartMs: r3(importMs)
	};
}

export async function run(): Promise<Record<string, Section>> {
	const out: Record<string, Section> = {};
	for (const [name, fn] of [
		['search', search],
		['eligibility', eligibility],
		['journeys', journeys],
		['timelines', timelines],
		['storage', storage]
	] as const) {
		try {
			out[name] = await fn();
		} catch (e) {
			out[name] = { skipped: String(e) };
		}
	}
	return out;
}
