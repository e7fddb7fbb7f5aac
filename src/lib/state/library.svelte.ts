// The local library (IndexedDB through $lib/db), opened on first use so pages that never save do not load
// Dexie. When IndexedDB is unavailable or full, the app keeps working on a memory store and says so.

import type { DatabaseStatus, ItemKind, Repository, SavedItem } from '$lib/db';
import { m } from '$lib/paraglide/messages';
import { readers } from './readers';
import type { Opened, Payloads } from './saved-payloads';

type Db = typeof import('$lib/db');

let status = $state<'closed' | 'opening' | 'ready' | 'unavailable'>('closed');
let reason = $state<string | null>(null);
let lastError = $state<string | null>(null);
let opened: Promise<{ repo: Repository; db: Db }> | null = null;

/** Why a saved item did not open (`library.openSaved`), in words. */
export const notOpened = (opened: Exclude<Opened<keyof Payloads>, { ok: true }>): string =>
	opened.reason === 'invalid'
		? m.lib_payload_invalid({ name: opened.name, detail: opened.detail })
		: m.lib_not_found();

export const library = readers(
	{
		status: () => status,
		/** Why IndexedDB is not in use ('missing', 'blocked', 'failed', 'timeout'), or a write error ('full'). */
		reason: () => reason,
		lastError: () => lastError
	},
	{
		open(): Promise<{ repo: Repository; db: Db }> {
			opened ??= (async () => {
				status = 'opening';
				const db = await import('$lib/db');
				const s: DatabaseStatus = await db.openDatabase();
				status = s.status === 'ready' ? 'ready' : 'unavailable';
				reason = s.status === 'ready' ? null : s.reason;
				return { repo: s.repository, db };
			})();
			return opened;
		},
		/** A saved item that can be read (not damaged) and, when `kind` is given, of that kind; null otherwise. */
		async getSaved(id: string, kind?: ItemKind): Promise<SavedItem | null> {
			const { repo, db } = await this.open();
			const item = await repo.getItem(id);
			if (!item || db.isDamaged(item) || (kind && item.kind !== kind)) return null;
			return item;
		},
		/** A saved item of `kind` with its payload checked for that kind (see saved-payloads.ts). */
		async openSaved<K extends keyof Payloads>(id: string, kind: K): Promise<Opened<K>> {
			const item = await this.getSaved(id, kind);
			if (!item) return { ok: false, reason: 'notFound' };
			const { checkPayload } = await import('./saved-payloads');
			return checkPayload(item, kind);
		},
		/** Record a failed write (e.g. quota exceeded) so the banner can say the work is only in memory. */
		async noteError(e: unknown) {
			const { db } = await this.open();
			const kind = db.classifyStorageError(e);
			lastError = kind;
			if (kind === 'full' || kind === 'unavailable') reason = kind;
		},
		clearError() {
			lastError = null;
		}
	}
);
