import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { classifyStorageError, openDatabase, requestPersistence, storageEstimate } from './health';
import { DamagedItemError, InvalidItemError, ItemNotFoundError, StaleWriteError } from './model';
import { createDexieRepository } from './repository';
import { createDatabase } from './schema';
import { sampleItem, snapshot, uniqueName } from './testing';
import { exportItems } from './transfer';

afterEach(() => vi.unstubAllGlobals());

describe('openDatabase', () => {
	test('opens IndexedDB when it works', async () => {
		const status = await openDatabase({ name: uniqueName() });
		expect(status).toMatchObject({ status: 'ready', backend: 'indexeddb' });
		const item = await status.repository.createItem(sampleItem(1));
		expect(await status.repository.getItem(item.id)).toEqual(item);
		if (status.status === 'ready') status.db.close();
	});

	test('falls back to memory when indexedDB is missing, and the app keeps working', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const status = await openDatabase({ name: uniqueName() });
		expect(status).toMatchObject({ status: 'unavailable', backend: 'memory', reason: 'missing' });
		const repo = status.repository;
		const item = await repo.createItem(sampleItem(1));
		expect((await repo.listItems()).map((e) => e.id)).toEqual([item.id]);
		// Unsaved work can still leave as a file.
		expect((await exportItems(repo)).document.items).toEqual([item]);
	});

	test('an injected null factory is treated as missing', async () => {
		expect(await openDatabase({ indexedDB: null })).toMatchObject({ reason: 'missing' });
	});

	test('reports an open that throws (private modes) as failed', async () => {
		const factory = {
			open() {
				throw new DOMException(
					'A mutation operation was attempted on a database that did not allow mutations.',
					'InvalidStateError'
				);
			}
		} as unknown as IDBFactory;
		const status = await openDatabase({ name: uniqueName(), indexedDB: factory, IDBKeyRange });
		expect(status).toMatchObject({ status: 'unavailable', reason: 'failed', backend: 'memory' });
		expect(classifyStorageError(status.status === 'unavailable' && status.error)).toBe('unavailable');
	});

	test('gives up on an open that never answers', async () => {
		const factory = { open: () => ({}) } as unknown as IDBFactory;
		const status = await openDatabase({ name: uniqueName(), indexedDB: factory, IDBKeyRange, timeoutMs: 30 });
		expect(status).toMatchObject({ status: 'unavailable', reason: 'timeout' });
	});

	test('reports an upgrade blocked by another tab holding the old version', async () => {
		const name = uniqueName();
		// An old tab: version 1 (native 10), ignoring requests to close.
		const old = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open(name, 10);
			req.onupgradeneeded = () => req.result.createObjectStore('scenarios', { keyPath: 'id' });
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const status = await openDatabase({ name, timeoutMs: 2000 });
		expect(status).toMatchObject({ status: 'unavailable', reason: 'blocked', backend: 'memory' });
		warn.mockRestore();
		old.close();
	});
});

describe('storageEstimate and requestPersistence', () => {
	test('estimate where reported, undefined where not', async () => {
		const nav = { storage: { estimate: async () => ({ usage: 50, quota: 200 }) } };
		expect(await storageEstimate(nav)).toEqual({ usage: 50, quota: 200, ratio: 0.25 });
		expect(await storageEstimate({})).toBeUndefined();
		expect(await storageEstimate(undefined)).toBeUndefined();
		const failing = { storage: { estimate: () => Promise.reject(new Error('no')) } };
		expect(await storageEstimate(failing)).toBeUndefined();
	});

	const yes = async (): Promise<boolean> => true;
	const no = async (): Promise<boolean> => false;
	const fails = (): Promise<boolean> => Promise.reject(new Error('x'));
	test.each([
		['already persisted', { persisted: yes, persist: yes }, 'persisted'],
		['granted', { persisted: no, persist: yes }, 'granted'],
		['denied', { persisted: no, persist: no }, 'denied'],
		['failing', { persist: fails }, 'denied'],
		['no API', {}, 'unsupported']
	] as const)('%s → %s', async (_label, storage, expected) => {
		expect(await requestPersistence({ storage })).toBe(expected);
	});
});

describe('classifyStorageError', () => {
	const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	test.each([
		['QuotaExceededError', quota, 'full'],
		['Dexie AbortError wrapping a quota error', new Dexie.AbortError('aborted', quota), 'full'],
		['Firefox quota', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'full'],
		['legacy code 22', { name: 'Error', code: 22 }, 'full'],
		['bulk failure', new Dexie.BulkError('bulk', [quota]), 'full'],
		['closed database', new Dexie.DatabaseClosedError(), 'unavailable'],
		['missing API', new Dexie.MissingAPIError(), 'unavailable'],
		['stale write', new StaleWriteError('x', 1, { damaged: true, id: 'x', reason: 'r' }), 'stale'],
		['not found', new ItemNotFoundError('x'), 'not-found'],
		['damaged', new DamagedItemError({ damaged: true, id: 'x', reason: 'r' }), 'damaged'],
		['invalid', new InvalidItemError([]), 'invalid'],
		['anything else', new TypeError('x'), 'unknown'],
		['not even an error', 'x', 'unknown']
	])('%s → %s', (_label, error, kind) => {
		expect(classifyStorageError(error)).toBe(kind);
	});

	test('a real quota failure through the repository is "full" and stores nothing', async () => {
		const db = createDatabase(uniqueName());
		let full = false;
		db.use({
			stack: 'dbcore',
			name: 'disk-full',
			create: (down) => ({
				...down,
				table: (name) => {
					const table = down.table(name);
					return {
						...table,
						mutate: async (req) => {
							if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
							return table.mutate(req);
						}
					};
				}
			})
		});
		const repo = createDexieRepository(db);
		await repo.createItem(sampleItem(1));
		const before = await snapshot(repo);
		full = true;
		const error = await repo.createItem(sampleItem(2)).catch((e: unknown) => e);
		expect(classifyStorageError(error)).toBe('full');
		full = false;
		expect(await snapshot(repo)).toEqual(before);
		db.close();
	});
});
