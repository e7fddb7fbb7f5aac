// The regions a user keeps available offline: their files (from the build's list, $lib/offline/regions) put in
// OFFLINE_CACHE, which the service worker reads when this version's cache lacks a file. The chosen ids are kept
// in this browser (localStorage); a region counts as kept only once every file of it is in the cache.

import { errorText } from '$lib/rules/words';
import { base } from '$app/paths';
import {
	KEEP_HEADER,
	OFFLINE_CACHE,
	REGION_FILES_LIST,
	bytesFor,
	filesFor,
	filesToRemove,
	type RegionFilesList
} from '$lib/offline/regions';

import { readers } from './readers';

const KEY = 'pdao.offline.regions';

let list = $state.raw<RegionFilesList | null>(null);
let kept = $state.raw<string[]>([]);
let busy = $state(false);
let error = $state<string | null>(null);

function persist() {
	try {
		localStorage.setItem(KEY, JSON.stringify(kept));
	} catch {
		// storage unavailable: the cache still holds the files; the list is for this page only
	}
}

const url = (path: string) => `${base}${path}`;

export const offlineRegions = readers(
	{
		list: () => list,
		kept: (): readonly string[] => kept,
		busy: () => busy,
		error: () => error,
		/** Whether this browser can keep files (the Cache API, a secure context). */
		supported: () => typeof caches !== 'undefined'
	},
	{
		bytes(ids: readonly string[]) {
			return list ? bytesFor(list, ids) : 0;
		},
		async init(): Promise<void> {
			error = null;
			try {
				const res = await fetch(url(REGION_FILES_LIST));
				if (!res.ok) throw new Error(`${REGION_FILES_LIST}: HTTP ${res.status}`);
				list = (await res.json()) as RegionFilesList;
				let stored: unknown = [];
				try {
					stored = JSON.parse(localStorage.getItem(KEY) ?? '[]');
				} catch {
					stored = [];
				}
				const ids = Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : [];
				// only what is really in the cache counts
				const cache = this.supported ? await caches.open(OFFLINE_CACHE) : null;
				const really: string[] = [];
				for (const id of ids.filter((x) => list!.regions[x])) {
					const files = filesFor(list, [id]);
					if (cache && (await Promise.all(files.map((f) => cache.match(url(f))))).every(Boolean))
						really.push(id);
				}
				kept = really;
				persist();
			} catch (e) {
				error = errorText(e);
			}
		},
		/** Keep `ids` offline: every file of theirs fetched into OFFLINE_CACHE. */
		async keep(ids: readonly string[]): Promise<boolean> {
			if (!list || !ids.length) return false;
			busy = true;
			error = null;
			try {
				const cache = await caches.open(OFFLINE_CACHE);
				await cache.addAll(
					filesFor(list, ids).map((f) => new Request(url(f), { headers: { [KEEP_HEADER]: '1' } }))
				);
				kept = [...kept, ...ids.filter((id) => !kept.includes(id))];
				persist();
				return true;
			} catch (e) {
				error = errorText(e);
				return false;
			} finally {
				busy = false;
			}
		},
		/** Stop keeping `ids` offline (files another kept region needs stay). */
		async remove(ids: readonly string[]): Promise<void> {
			if (!list || !ids.length) return;
			busy = true;
			error = null;
			try {
				const rest = kept.filter((id) => !ids.includes(id));
				const cache = await caches.open(OFFLINE_CACHE);
				await Promise.all(filesToRemove(list, ids, rest).map((f) => cache.delete(url(f))));
				kept = rest;
				persist();
			} catch (e) {
				error = errorText(e);
			} finally {
				busy = false;
			}
		}
	}
);
