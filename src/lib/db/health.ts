// Storage health: open IndexedDB or fall back to memory, report usage, ask for persistence, and
// classify storage errors so the UI can say "storage is full" rather than "something went wrong".
import type { DexieOptions } from 'dexie';
import { createMemoryRepository } from './memory';
import { StaleWriteError, ItemNotFoundError, InvalidItemError, DamagedItemError } from './model';
import { createDexieRepository, type Repository, type RepositoryOptions } from './repository';
import { DB_NAME, createDatabase, type PdaoDatabase } from './schema';

export type UnavailableReason =
	/** No `indexedDB` at all (old browser, some private modes, sandboxed frames). */
	| 'missing'
	/** Another tab holds an older version open and does not let go. */
	| 'blocked'
	/** `open` failed (Firefox private mode before v115, disk errors, a newer incompatible schema). */
	| 'failed'
	/** `open` never answered. */
	| 'timeout';

export type DatabaseStatus =
	| { status: 'ready'; backend: 'indexeddb'; db: PdaoDatabase; repository: Repository }
	| {
			status: 'unavailable';
			backend: 'memory';
			reason: UnavailableReason;
			error?: unknown;
			/** Memory-backed: the app keeps working; unsaved work stays here until saved or exported. */
			repository: Repository;
	  };

export interface OpenOptions extends RepositoryOptions {
	name?: string;
	/** Injected for tests; `null` simulates a browser without IndexedDB. Defaults to the global. */
	indexedDB?: IDBFactory | null;
	IDBKeyRange?: DexieOptions['IDBKeyRange'];
	/** Give up waiting for `open` after this long (default 10 s). */
	timeoutMs?: number;
}

function globalFactory(): IDBFactory | undefined {
	try {
		// Reading the global can itself throw (SecurityError in sandboxed frames).
		return typeof indexedDB === 'undefined' ? undefined : indexedDB;
	} catch {
		return undefined;
	}
}

/** Opens the library database, or explains why not and hands back a memory repository instead. */
export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseStatus> {
	const fallback = (reason: UnavailableReason, error?: unknown): DatabaseStatus => ({
		status: 'unavailable',
		backend: 'memory',
		reason,
		...(error !== undefined && { error }),
		repository: createMemoryRepository(options)
	});
	const factory = options.indexedDB === undefined ? globalFactory() : options.indexedDB;
	if (!factory) return fallback('missing');

	let db: PdaoDatabase;
	try {
		db = createDatabase(options.name ?? DB_NAME, {
			indexedDB: factory,
			...(options.IDBKeyRange && { IDBKeyRange: options.IDBKeyRange })
		});
	} catch (error) {
		return fallback('failed', error);
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	const outcome = await new Promise<DatabaseStatus>((resolve) => {
		db.on('blocked', () => resolve(fallback('blocked')));
		timer = setTimeout(() => resolve(fallback('timeout')), options.timeoutMs ?? 10_000);
		db.open().then(
			() =>
				resolve({
					status: 'ready',
					backend: 'indexeddb',
					db,
					repository: createDexieRepository(db, options)
				}),
			(error: unknown) => resolve(fallback('failed', error))
		);
	});
	clearTimeout(timer);
	// A late open must not leave a connection that blocks the next version or a retry.
	if (outcome.status === 'unavailable') db.close();
	return outcome;
}

export interface StorageEstimate {
	usage: number;
	quota: number;
	/** usage / quota, 0–1. */
	ratio: number;
}

type StorageNavigator = { storage?: Partial<Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>> };

const defaultNavigator = (): StorageNavigator | undefined =>
	typeof navigator === 'undefined' ? undefined : navigator;

/** Usage and quota where the browser reports them; undefined where it does not. */
export async function storageEstimate(nav = defaultNavigator()): Promise<StorageEstimate | undefined> {
	try {
		const estimate = await nav?.storage?.estimate?.();
		if (!estimate || estimate.quota === undefined) return undefined;
		const usage = estimate.usage ?? 0;
		return { usage, quota: estimate.quota, ratio: estimate.quota > 0 ? usage / estimate.quota : 1 };
	} catch {
		return undefined;
	}
}

export type PersistenceResult = 'persisted' | 'granted' | 'denied' | 'unsupported';

/** Asks the browser not to evict the library under storage pressure. */
export async function requestPersistence(nav = defaultNavigator()): Promise<PersistenceResult> {
	const storage = nav?.storage;
	if (!storage?.persist) return 'unsupported';
	try {
		if (await storage.persisted?.()) return 'persisted';
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'denied';
	}
}

export type StorageErrorKind =
	'full' | 'stale' | 'not-found' | 'damaged' | 'invalid' | 'unavailable' | 'unknown';

const UNAVAILABLE = new Set([
	'MissingAPIError',
	'DatabaseClosedError',
	'OpenFailedError',
	'InvalidStateError',
	'SecurityError',
	'VersionError',
	'UnknownError'
]);

/** Walks Dexie's `inner`, `cause` and bulk `failures` to the error that explains a failure. */
function causes(error: unknown): unknown[] {
	const out: unknown[] = [];
	const queue = [error];
	while (queue.length > 0 && out.length < 20) {
		const e = queue.shift();
		if (typeof e !== 'object' || e === null || out.includes(e)) continue;
		out.push(e);
		const { inner, cause, failures } = e as { inner?: unknown; cause?: unknown; failures?: unknown };
		queue.push(inner, cause, ...(Array.isArray(failures) ? failures : []));
	}
	return out;
}

export function classifyStorageError(error: unknown): StorageErrorKind {
	if (error instanceof StaleWriteError) return 'stale';
	if (error instanceof ItemNotFoundError) return 'not-found';
	if (error instanceof DamagedItemError) return 'damaged';
	if (error instanceof InvalidItemError) return 'invalid';
	const chain = causes(error) as { name?: unknown; code?: unknown }[];
	const isFull = (e: { name?: unknown; code?: unknown }) =>
		e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22;
	if (chain.some(isFull)) return 'full';
	if (chain.some((e) => typeof e.name === 'string' && UNAVAILABLE.has(e.name))) return 'unavailable';
	return 'unknown';
}
