import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { isDamaged, selectEntries, summaryOf, type SavedItem } from './model';
import { createMemoryRepository } from './memory';
import { createDexieRepository } from './repository';
import { createDatabase } from './schema';
import { sampleItem, uniqueName } from './testing';
import { applyImport, exportItems, parseImport, serializeExport, splitExport } from './transfer';

const N = 10_000;

function items(): SavedItem[] {
	const t0 = Date.parse('2024-01-01T00:00:00.000Z');
	return Array.from({ length: N }, (_, n) => {
		const s = sampleItem(n);
		const at = new Date(t0 + n * 60_000).toISOString();
		return {
			id: crypto.randomUUID(),
			kind: s.kind,
			name: s.name,
			tags: s.tags!,
			regions: s.regions!,
			createdAt: at,
			updatedAt: at,
			revision: 1,
			schemaVersion: 1,
			// A modest simulation-sized payload: it must never be read by a list.
			payload: { ...(s.payload as object), script: Array.from({ length: 20 }, (_, i) => ({ type: 'E', i })) }
		};
	});
}

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
	const start = performance.now();
	const result = await fn();
	return [result, Math.round((performance.now() - start) * 10) / 10];
}

/** The median of five runs, for the warm numbers. */
async function median<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
	const runs: [T, number][] = [];
	for (let i = 0; i < 5; i++) runs.push(await time(fn));
	runs.sort((a, b) => a[1] - b[1]);
	return runs[2]!;
}

// Measured and printed once, not asserted: fake-indexeddb is a pure-JS engine, far slower than a
// browser's, so its numbers are an upper bound; the in-memory rows show what the repository adds.
test(`timings for ${N} items`, async () => {
	const data = items();
	const db = createDatabase(uniqueName());
	const repo = createDexieRepository(db);

	const query = { kind: 'simulation', region: 'taian', text: '方案 1', sort: 'name' } as const;
	const [, bulkSave] = await time(() => applyImport(repo, data, 'replace'));
	// Cold: a fresh repository answers a filtered list from the kind index alone.
	const [filtered, listColdFiltered] = await time(() => createDexieRepository(db).listItems(query));
	// Cold: the first unfiltered list reads every summary (never a payload) and caches them.
	const [all, listAll] = await time(() => repo.listItems());
	// Warm: the library page refiltering as the user types.
	const [, listWarmFiltered] = await median(() => repo.listItems(query));
	const [byTag, listWarmTag] = await median(() => repo.listItems({ tag: 't3', sort: 'created' }));
	const [files, exportTime] = await time(async () =>
		splitExport((await exportItems(repo)).document).documents.map(serializeExport)
	);
	const [parsed, parseTime] = await time(() => files.map(parseImport));
	const [, reimport] = await time(async () => {
		for (const p of parsed) await applyImport(repo, p.ok ? p.items : [], 'replace');
	});
	const bytes = files.reduce((n, f) => n + f.length, 0);

	const rows = data.map(summaryOf);
	const [, selectOnly] = await median(() => selectEntries(rows, { text: '方案 1', sort: 'name' }));
	const memory = createMemoryRepository();
	await applyImport(memory, data, 'replace');
	const [, memoryList] = await median(() => memory.listItems(query));

	expect(all).toHaveLength(N);
	expect(all.some(isDamaged)).toBe(false);
	expect(filtered.length).toBeGreaterThan(0);
	expect(byTag.length).toBeGreaterThan(0);
	expect(parsed.every((p) => p.ok)).toBe(true);
	expect(parsed.reduce((n, p) => n + (p.ok ? p.items.length : 0), 0)).toBe(N);

	console.log(
		[
			`db timings, ${N} items (fake-indexeddb in Node; a browser's IndexedDB is faster):`,
			`  bulk save (one transaction)        ${bulkSave} ms`,
			`  list + filter, cold (kind index)   ${listColdFiltered} ms`,
			`  list all, cold (every summary)     ${listAll} ms`,
			`  list + filter, warm (cached rows)  ${listWarmFiltered} ms (by tag: ${listWarmTag} ms)`,
			`  export all → ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB   ${exportTime} ms`,
			`  parseImport (every item validated) ${parseTime} ms`,
			`  re-import, replacing all           ${reimport} ms`,
			`  text search + name sort, 10k rows  ${selectOnly} ms (the repository's own share)`,
			`  memory backend list + filter       ${memoryList} ms`
		].join('\n')
	);
	db.close();
}, 120_000);
