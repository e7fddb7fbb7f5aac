// Test support: both backends behind one maker, so every repository test runs against each.
// Imported by *.test.ts only (which load fake-indexeddb first).
import { regionList } from '$lib/regions/fixture-ids';
import { createMemoryRepository, type MemorySeed } from './memory';
import type { ItemKind, NewItem, SavedItem } from './model';
import { createDexieRepository, type Repository, type RepositoryOptions } from './repository';
import { createDatabase, type PdaoDatabase } from './schema';

/** A clock that advances one second per reading, so orderings in tests are exact. */
export function steppingClock(start = '2025-01-01T00:00:00.000Z'): () => Date {
	let t = Date.parse(start);
	return () => new Date((t += 1000));
}

let counter = 0;
export const uniqueName = (prefix = 'pdao-test') => `${prefix}-${++counter}-${Date.now()}`;

export interface Harness {
	repo: Repository;
	db?: PdaoDatabase;
	close(): void;
}

export interface Backend {
	name: 'indexeddb' | 'memory';
	make(options?: RepositoryOptions & { seed?: MemorySeed; name?: string }): Promise<Harness>;
}

export const BACKENDS: Backend[] = [
	{
		name: 'indexeddb',
		async make(options = {}) {
			const db = createDatabase(options.name ?? uniqueName());
			await db.open();
			if (options.seed?.rows) await db.scenarios.bulkPut(options.seed.rows as never[]);
			if (options.seed?.payloads) await db.payloads.bulkPut(options.seed.payloads as never[]);
			return { repo: createDexieRepository(db, options), db, close: () => db.close() };
		}
	},
	{
		name: 'memory',
		async make(options = {}) {
			return { repo: createMemoryRepository(options), close: () => undefined };
		}
	}
];

/** Everything stored, trash and damaged records included, for "nothing changed" assertions. */
export async function snapshot(repo: Repository): Promise<unknown[]> {
	const ids = (await repo.listItems({ includeDeleted: true })).map((e) => e.id).sort();
	return repo.getItems(ids);
}

const REGIONS = regionList('taian', 'quzhou', 'jiangsu', 'henan', 'yingkou');

export function sampleItem(n: number, overrides: Partial<NewItem> = {}): NewItem {
	const kinds: ItemKind[] = ['simulation', 'applicant', 'timeline', 'comparison', 'training', 'draft'];
	return {
		kind: kinds[n % kinds.length]!,
		name: `方案 ${n}`,
		tags: n % 3 === 0 ? ['草稿', `t${n % 7}`] : [`t${n % 7}`],
		regions: [REGIONS[n % 5]!],
		payload: { step: n, events: [{ type: 'NEXT', at: n }], note: `第 ${n} 个` },
		...overrides
	};
}

/** A saved item as a library file holds it (valid unless `overrides` says otherwise). */
export function storedItem(overrides: Record<string, unknown> = {}): SavedItem {
	const at = '2025-03-01T10:00:00.000Z';
	return {
		id: 'a1',
		kind: 'simulation',
		name: 'n',
		tags: [],
		regions: [],
		createdAt: at,
		updatedAt: at,
		revision: 1,
		schemaVersion: 1,
		payload: {},
		...overrides
	} as SavedItem;
}
