// The repository: plain async functions over a backend's raw reads and writes. Two backends implement
// the small `Store` below (Dexie here, memory in memory.ts); every rule lives once, in this file.
import Dexie from 'dexie';
import {
	DamagedItemError,
	InvalidItemError,
	ItemNotFoundError,
	StaleWriteError,
	canonical,
	isDamaged,
	rawRevision,
	readItem,
	readRow,
	selectEntries,
	summaryOf,
	type ItemEntry,
	type ItemKind,
	type ItemSummary,
	type ListEntry,
	type ListQuery,
	type NewItem,
	type SavedItem
} from './model';
import type { PayloadRow, PdaoDatabase } from './schema';
import { LIMITS, checkItem } from './validate';

/** Narrows a list with one index; the repository re-checks every criterion, so a superset is fine. */
export interface IndexQuery {
	kind?: ItemKind;
	tag?: string;
	region?: string;
}

/** Raw access inside one atomic unit (a Dexie transaction, or a staged memory write). */
export interface StoreTx {
	/** Raw metadata rows, `undefined` where absent, in the order asked. */
	getRows(ids: string[]): Promise<unknown[]>;
	getPayloads(ids: string[]): Promise<unknown[]>;
	findRows(query: IndexQuery): Promise<unknown[]>;
	/** Ids of rows soft-deleted strictly before the instant. */
	deletedBefore(iso: string): Promise<string[]>;
	putRows(rows: object[]): Promise<void>;
	putPayloads(rows: PayloadRow[]): Promise<void>;
	remove(ids: string[]): Promise<void>;
}

export interface Store {
	readonly backend: 'indexeddb' | 'memory';
	read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
	/** All or nothing: if `fn` rejects, nothing it wrote is kept. */
	write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
	/** Calls `listener` after any committed change, here or (IndexedDB) in another tab. */
	onChange(listener: () => void): () => void;
}

export type ClashPolicy = 'keepBoth' | 'replace';

export interface ImportResult {
	added: string[];
	replaced: string[];
	/** Items that clashed under 'keepBoth' and were stored under a new id. */
	renamed: { from: string; to: string }[];
}

export interface Repository {
	readonly backend: 'indexeddb' | 'memory';
	listItems(query?: ListQuery): Promise<ListEntry[]>;
	getItem(id: string): Promise<ItemEntry | undefined>;
	/** Full items by id (missing ids skipped), or every item not in the trash. */
	getItems(ids?: string[]): Promise<ItemEntry[]>;
	createItem(input: NewItem): Promise<SavedItem>;
	/** Throws StaleWriteError when the stored revision is not `expectedRevision`. */
	saveItem(item: SavedItem, expectedRevision: number): Promise<SavedItem>;
	renameItem(id: string, name: string, expectedRevision?: number): Promise<ItemSummary>;
	duplicateItem(id: string, options?: { locale?: 'zh' | 'en' }): Promise<SavedItem>;
	setTags(id: string, tags: string[], expectedRevision?: number): Promise<ItemSummary>;
	/** Soft delete: the item moves to the trash until restored or purged. */
	deleteItem(id: string): Promise<void>;
	restoreItem(id: string): Promise<void>;
	/** Removes for good what went to the trash before `olderThan`; returns how many. */
	purgeDeleted(olderThan: Date | string): Promise<number>;
	/** Stored entries with these ids (for import planning). */
	findExisting(ids: string[]): Promise<ListEntry[]>;
	/** Writes validated items in one atomic unit. Use transfer.ts's applyImport. */
	importItems(items: SavedItem[], onClash: ClashPolicy): Promise<ImportResult>;
	/** Lists now and after every change; returns the unsubscribe function. */
	observe(
		query: ListQuery,
		onList: (entries: ListEntry[]) => void,
		onError?: (e: unknown) => void
	): () => void;
}

export interface RepositoryOptions {
	now?: () => Date;
	newId?: () => string;
}

const COPY_SUFFIX = { zh: '（副本）', en: ' (copy)' } as const;

/** "Name（副本）", shortening the name (never splitting a surrogate pair) to stay within the limit. */
export function copyName(name: string, locale: 'zh' | 'en' = 'zh'): string {
	const suffix = COPY_SUFFIX[locale];
	let base = name.slice(0, LIMITS.text - suffix.length);
	if (/[\uD800-\uDBFF]$/.test(base)) base = base.slice(0, -1);
	return base + suffix;
}

const normalizeList = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter((s) => s !== ''))];

function assertValid(item: SavedItem): void {
	const problems = checkItem(item);
	if (problems.length > 0) throw new InvalidItemError(problems);
}

function split(item: SavedItem): { row: ItemSummary; payload: PayloadRow } {
	return { row: summaryOf(canonical(item)), payload: { id: item.id, payload: item.payload } };
}

/**
 * Every summary row, kept after an unfiltered list so that filtering, searching and sorting a 10,000-item
 * library re-reads nothing. Dropped on any write through `write` or, via the store's onChange, elsewhere.
 */
function summaryCache(store: Store) {
	let cache: unknown[] | undefined;
	let generation = 0;
	let unwatch: (() => void) | undefined;
	const invalidate = () => {
		generation++;
		cache = undefined;
		unwatch?.();
		unwatch = undefined;
	};
	return {
		invalidate,
		write: <T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> => {
			invalidate();
			return store.write(fn).finally(invalidate);
		},
		async listRows(query: ListQuery): Promise<unknown[]> {
			if (cache) return cache;
			const { kind, tag, region } = query;
			const narrowed = kind !== undefined || tag !== undefined || region !== undefined;
			const seen = generation;
			const rows = await store.read((tx) => tx.findRows(narrowed ? { kind, tag, region } : {}));
			if (!narrowed && seen === generation) {
				cache = rows;
				unwatch = store.onChange(invalidate);
			}
			return rows;
		}
	};
}

/**
 * Lists now and after every change to the store (one listing at a time; changes during one ask for one more),
 * until the returned function is called.
 */
function observeList(
	store: Store,
	invalidate: () => void,
	list: () => Promise<ListEntry[]>,
	onList: (entries: ListEntry[]) => void,
	onError: (e: unknown) => void
): () => void {
	let closed = false;
	let running = false;
	let again = false;
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		do {
			again = false;
			try {
				const entries = await list();
				if (!closed) onList(entries);
			} catch (e) {
				if (!closed) onError(e);
			}
		} while (again && !closed);
		running = false;
	};
	// Drop the cache first: this listener may run before the cache's own.
	const off = store.onChange(() => {
		invalidate();
		void run();
	});
	void run();
	return () => {
		closed = true;
		off();
	};
}

// ——— Reads and writes inside one unit, and the items the repository writes (pure) ———

async function readEntry(tx: StoreTx, id: string): Promise<ItemEntry | undefined> {
	const [[raw], [payload]] = await Promise.all([tx.getRows([id]), tx.getPayloads([id])]);
	return raw === undefined ? undefined : readItem(raw, payload);
}

/** Ids of everything outside the trash, oldest first, damaged rows last. */
async function allIds(tx: StoreTx): Promise<string[]> {
	const entries = selectEntries(await tx.findRows({}), { sort: 'created' });
	const sound = entries.filter((e) => !isDamaged(e)).reverse();
	return [...sound, ...entries.filter(isDamaged)].map((e) => e.id);
}

async function put(tx: StoreTx, items: SavedItem[]): Promise<void> {
	const parts = items.map(split);
	await tx.putRows(parts.map((p) => p.row));
	await tx.putPayloads(parts.map((p) => p.payload));
}

/** A new item at revision 1: the name trimmed, tags and regions without repeats. */
function newItem(input: NewItem, id: string, at: string): SavedItem {
	return {
		id,
		kind: input.kind,
		name: input.name.trim(),
		tags: normalizeList(input.tags ?? []),
		regions: [...new Set(input.regions ?? [])],
		createdAt: at,
		updatedAt: at,
		revision: 1,
		schemaVersion: input.schemaVersion ?? 1,
		payload: input.payload
	};
}

/** An edited item over the stored one: its creation time and trash state kept, the revision one up. */
function savedOver(stored: ItemEntry, item: SavedItem, expectedRevision: number, at: string): SavedItem {
	return {
		id: item.id,
		kind: item.kind,
		name: item.name.trim(),
		tags: normalizeList(item.tags),
		regions: [...new Set(item.regions)],
		createdAt: isDamaged(stored) ? item.createdAt : stored.createdAt,
		updatedAt: at,
		revision: expectedRevision + 1,
		...(stored.deletedAt !== undefined && { deletedAt: stored.deletedAt }),
		schemaVersion: item.schemaVersion,
		payload: item.payload
	};
}

/** What an import writes for each item, and what it did: added, replaced (above both revisions), or renamed. */
function importWrites(
	items: SavedItem[],
	existing: unknown[],
	onClash: ClashPolicy,
	newId: () => string
): { writes: SavedItem[]; result: ImportResult } {
	const result: ImportResult = { added: [], replaced: [], renamed: [] };
	const writes = items.map((item, i): SavedItem => {
		const stored = existing[i];
		if (stored === undefined) {
			result.added.push(item.id);
			return item;
		}
		if (onClash === 'replace') {
			result.replaced.push(item.id);
			// Above both revisions, so an editor holding either one is refused, not overwritten.
			return { ...item, revision: Math.max(item.revision, rawRevision(stored)) + 1 };
		}
		const to = newId();
		result.renamed.push({ from: item.id, to });
		return { ...item, id: to };
	});
	return { writes, result };
}

/** Reads, checks the revision, applies `change` and writes the summary back. */
async function updateIn(
	tx: StoreTx,
	id: string,
	expectedRevision: number | undefined,
	change: (item: ItemSummary) => ItemSummary
): Promise<ItemSummary> {
	const [raw] = await tx.getRows([id]);
	if (raw === undefined) throw new ItemNotFoundError(id);
	const entry = readRow(raw);
	if (expectedRevision !== undefined && rawRevision(raw) !== expectedRevision)
		throw new StaleWriteError(id, expectedRevision, (await readEntry(tx, id))!);
	if (isDamaged(entry)) throw new DamagedItemError(entry);
	const next = { ...change(entry), revision: entry.revision + 1 };
	const problems = checkItem({ ...next, payload: null });
	if (problems.length > 0) throw new InvalidItemError(problems);
	await tx.putRows([next]);
	return next;
}

/** Sets or clears `deletedAt`; works on damaged rows too, so they can be cleared away. */
async function setDeletedIn(tx: StoreTx, id: string, deletedAt: string | undefined): Promise<void> {
	const [raw] = await tx.getRows([id]);
	if (raw === undefined) throw new ItemNotFoundError(id);
	// Stored rows are always objects: both backends key them by their `id` property.
	const { deletedAt: old, ...rest } = raw as Record<string, unknown>;
	if ((old === undefined) === (deletedAt === undefined)) return;
	const revision = rawRevision(raw);
	await tx.putRows([
		{ ...rest, ...(revision > 0 && { revision: revision + 1 }), ...(deletedAt && { deletedAt }) }
	]);
}

/** A copy of an item under a new id, named as a copy, out of the trash, at revision 1. */
function copyOf(source: SavedItem, id: string, at: string, locale: 'zh' | 'en' | undefined): SavedItem {
	const { deletedAt: _deletedAt, ...rest } = source;
	return { ...rest, id, name: copyName(source.name, locale), createdAt: at, updatedAt: at, revision: 1 };
}

export function createRepository(store: Store, options: RepositoryOptions = {}): Repository {
	const now = () => (options.now?.() ?? new Date()).toISOString();
	const newId = options.newId ?? (() => crypto.randomUUID());
	const { invalidate, write, listRows } = summaryCache(store);
	const update = (id: string, revision: number | undefined, change: (item: ItemSummary) => ItemSummary) =>
		write((tx) => updateIn(tx, id, revision, change));
	const setDeleted = (id: string, deletedAt: string | undefined) =>
		write((tx) => setDeletedIn(tx, id, deletedAt));

	const repository: Repository = {
		backend: store.backend,

		listItems: async (query = {}) => selectEntries(await listRows(query), query),

		getItem: (id) => store.read((tx) => readEntry(tx, id)),

		getItems: (ids) =>
			store.read(async (tx) => {
				const keys = ids ?? (await allIds(tx));
				const [rows, payloads] = await Promise.all([tx.getRows(keys), tx.getPayloads(keys)]);
				return rows.flatMap((raw, i) => (raw === undefined ? [] : [readItem(raw, payloads[i])]));
			}),

		createItem: async (input) => {
			const item = newItem(input, newId(), now());
			assertValid(item);
			return write(async (tx) => {
				await put(tx, [item]);
				return item;
			});
		},

		saveItem: (item, expectedRevision) =>
			write(async (tx) => {
				const [[raw], [payload]] = await Promise.all([tx.getRows([item.id]), tx.getPayloads([item.id])]);
				if (raw === undefined) throw new ItemNotFoundError(item.id);
				const stored = readItem(raw, payload);
				if (rawRevision(raw) !== expectedRevision)
					throw new StaleWriteError(item.id, expectedRevision, stored);
				const next = savedOver(stored, item, expectedRevision, now());
				assertValid(next);
				await put(tx, [next]);
				return next;
			}),

		renameItem: (id, name, expectedRevision) =>
			update(id, expectedRevision, (item) => ({ ...item, name: name.trim(), updatedAt: now() })),

		setTags: (id, tags, expectedRevision) =>
			update(id, expectedRevision, (item) => ({ ...item, tags: normalizeList(tags), updatedAt: now() })),

		duplicateItem: (id, options = {}) =>
			write(async (tx) => {
				const source = await readEntry(tx, id);
				if (source === undefined) throw new ItemNotFoundError(id);
				if (isDamaged(source)) throw new DamagedItemError(source);
				const copy = copyOf(source, newId(), now(), options.locale);
				assertValid(copy);
				await put(tx, [copy]);
				return copy;
			}),

		deleteItem: (id) => setDeleted(id, now()),
		restoreItem: (id) => setDeleted(id, undefined),

		purgeDeleted: (olderThan) =>
			write(async (tx) => {
				const cutoff = typeof olderThan === 'string' ? olderThan : olderThan.toISOString();
				const ids = await tx.deletedBefore(cutoff);
				await tx.remove(ids);
				return ids.length;
			}),

		findExisting: (ids) =>
			store.read(async (tx) => (await tx.getRows(ids)).filter((r) => r !== undefined).map(readRow)),

		importItems: (items, onClash) =>
			write(async (tx) => {
				const ids = items.map((i) => i.id);
				if (new Set(ids).size !== ids.length) throw new Error('importItems: duplicate ids');
				const { writes, result } = importWrites(items, await tx.getRows(ids), onClash, newId);
				await put(tx, writes);
				return result;
			}),

		observe: (query, onList, onError = (e) => console.error(e)) =>
			observeList(store, invalidate, () => repository.listItems(query), onList, onError)
	};
	return repository;
}

// ——— The IndexedDB backend ———

export function dexieStore(db: PdaoDatabase): Store {
	const tx: StoreTx = {
		getRows: (ids) => db.scenarios.bulkGet(ids),
		getPayloads: (ids) => db.payloads.bulkGet(ids),
		findRows: ({ kind, tag, region }) =>
			tag !== undefined
				? db.scenarios.where('tags').equals(tag).toArray()
				: kind !== undefined
					? db.scenarios.where('kind').equals(kind).toArray()
					: region !== undefined
						? db.scenarios.where('regions').equals(region).toArray()
						: db.scenarios.toArray(),
		deletedBefore: (iso) => db.scenarios.where('deletedAt').below(iso).primaryKeys(),
		putRows: async (rows) => {
			await db.scenarios.bulkPut(rows as ItemSummary[]);
		},
		putPayloads: async (rows) => {
			await db.payloads.bulkPut(rows);
		},
		remove: async (ids) => {
			await db.scenarios.bulkDelete(ids);
			await db.payloads.bulkDelete(ids);
		}
	};
	const prefix = `idb://${db.name}/`;
	return {
		backend: 'indexeddb',
		read: (fn) => db.transaction('r', db.scenarios, db.payloads, () => fn(tx)),
		write: (fn) => db.transaction('rw', db.scenarios, db.payloads, () => fn(tx)),
		onChange(listener) {
			// Fired for this tab's commits and, through BroadcastChannel, for other tabs'.
			const handler = (parts: Record<string, unknown>) => {
				if (Object.keys(parts).some((k) => k.startsWith(prefix))) listener();
			};
			Dexie.on('storagemutated', handler);
			return () => Dexie.on('storagemutated').unsubscribe(handler);
		}
	};
}

export function createDexieRepository(db: PdaoDatabase, options?: RepositoryOptions): Repository {
	return createRepository(dexieStore(db), options);
}
