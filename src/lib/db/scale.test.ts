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

// At 10,000 items the library still answers what it answers at ten: lists never read a payload, the kind index
// (cold) and the cached rows (warm) agree with the in-memory backend, and an export splits into files that all
// validate and re-import to the same items. How long each step takes is the bench's (bench/timings.ts, storage):
// printed there, never asserted here.
test(`${N} items: lists, filters, export and re-import agree`, async () => {
	const data = items();
	const db = createDatabase(uniqueName());
	const repo = createDexieRepository(db);
	const memory = createMemoryRepository();
	await applyImport(repo, data, 'replace');
	await applyImport(memory, data, 'replace');

	const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
	const query = { kind: 'simulation', region: 'taian', text: '方案 1', sort: 'name' } as const;
	// cold: a fresh repository answers a filtered list from the kind index alone
	const cold = await createDexieRepository(db).listItems(query);
	const all = await repo.listItems();
	const warm = await repo.listItems(query);
	const expected = await memory.listItems(query);
	expect(expected.length).toBeGreaterThan(0);
	expect(ids(cold)).toEqual(ids(expected));
	expect(ids(warm)).toEqual(ids(expected));
	expect(ids(selectEntries(data.map(summaryOf), query))).toEqual(ids(expected));
	const byTag = await repo.listItems({ tag: 't3', sort: 'created' });
	expect(byTag.length).toBeGreaterThan(0);
	expect(ids(byTag)).toEqual(ids(await memory.listItems({ tag: 't3', sort: 'created' })));
	expect(all).toHaveLength(N);
	expect(all.some(isDamaged)).toBe(false);
	// a list is summaries: no payload read
	expect(all.every((row) => !('payload' in row))).toBe(true);

	const files = splitExport((await exportItems(repo)).document).documents.map(serializeExport);
	expect(files.length).toBeGreaterThan(1);
	const parsed = files.map(parseImport);
	expect(parsed.every((p) => p.ok)).toBe(true);
	expect(parsed.reduce((n, p) => n + (p.ok ? p.items.length : 0), 0)).toBe(N);
	for (const p of parsed) await applyImport(repo, p.ok ? p.items : [], 'replace');
	expect(new Set(ids(await repo.listItems()))).toEqual(new Set(ids(data)));
	db.close();
}, 120_000);
