// The in-memory backend, used when IndexedDB is unavailable: work stays here until saved or exported.
// It mimics IndexedDB where it matters: values are cloned in and out, writes are serialised and
// all-or-nothing (staged, then committed only if the whole write succeeds).
import { rawMatches } from './model';
import {
	createRepository,
	type Repository,
	type RepositoryOptions,
	type Store,
	type StoreTx
} from './repository';

const GONE = Symbol('gone');
type Staged = Map<string, unknown>;

export interface MemorySeed {
	/** Raw metadata rows, written as they are (tests use this to plant damaged records). */
	rows?: unknown[];
	payloads?: unknown[];
}

const keyOf = (row: unknown) => String((row as { id?: unknown }).id);

export function memoryStore(seed: MemorySeed = {}): Store {
	const rows = new Map<string, unknown>();
	const payloads = new Map<string, unknown>();
	for (const row of seed.rows ?? []) rows.set(keyOf(row), structuredClone(row));
	for (const row of seed.payloads ?? []) payloads.set(keyOf(row), structuredClone(row));
	const listeners = new Set<() => void>();
	let queue: Promise<unknown> = Promise.resolve();

	function view(stagedRows?: Staged, stagedPayloads?: Staged): StoreTx {
		const get = (base: Map<string, unknown>, staged: Staged | undefined, id: string) => {
			const value = staged?.has(id) ? staged.get(id) : base.get(id);
			return value === GONE ? undefined : value;
		};
		const allRows = () => {
			const ids = new Set([...rows.keys(), ...(stagedRows?.keys() ?? [])]);
			return [...ids].map((id) => get(rows, stagedRows, id)).filter((r) => r !== undefined);
		};
		const writable = (staged: Staged | undefined) => {
			if (!staged) throw new Error('memory store: write inside a read');
			return staged;
		};
		return {
			getRows: async (ids) => ids.map((id) => structuredClone(get(rows, stagedRows, id))),
			getPayloads: async (ids) => ids.map((id) => structuredClone(get(payloads, stagedPayloads, id))),
			findRows: async (query) =>
				allRows()
					.filter((r) => rawMatches(r, query))
					.map((r) => structuredClone(r)),
			deletedBefore: async (iso) =>
				allRows()
					.filter((r) => {
						const at = (r as { deletedAt?: unknown }).deletedAt;
						return typeof at === 'string' && at < iso;
					})
					.map(keyOf),
			putRows: async (list) => {
				const staged = writable(stagedRows);
				for (const row of list) staged.set(keyOf(row), structuredClone(row));
			},
			putPayloads: async (list) => {
				const staged = writable(stagedPayloads);
				for (const row of list) staged.set(row.id, structuredClone(row));
			},
			remove: async (ids) => {
				for (const id of ids) {
					writable(stagedRows).set(id, GONE);
					writable(stagedPayloads).set(id, GONE);
				}
			}
		};
	}

	function commit(base: Map<string, unknown>, staged: Staged) {
		for (const [id, value] of staged) {
			if (value === GONE) base.delete(id);
			else base.set(id, value);
		}
	}

	return {
		backend: 'memory',
		read: (fn) => fn(view()),
		write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
			const run = async () => {
				const stagedRows: Staged = new Map();
				const stagedPayloads: Staged = new Map();
				const result = await fn(view(stagedRows, stagedPayloads));
				commit(rows, stagedRows);
				commit(payloads, stagedPayloads);
				if (stagedRows.size + stagedPayloads.size > 0)
					queueMicrotask(() => listeners.forEach((listener) => listener()));
				return result;
			};
			const done = queue.then(run, run);
			queue = done.catch(() => undefined);
			return done;
		},
		onChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
}

export function createMemoryRepository(options: RepositoryOptions & { seed?: MemorySeed } = {}): Repository {
	return createRepository(memoryStore(options.seed), options);
}
