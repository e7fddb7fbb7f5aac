// The one lazy cache (lazyCache) and its per-region form (regionCache): a region's part (text, profile, criteria,
// journey, walkthroughs, search shard), a built statechart or a draft's machine is loaded the first time a page
// asks for it and kept for the session. One failure rule for all of them: a load that fails (offline and never
// opened, a chunk gone after an update) is NOT cached — asking again retries; a region's part rejects with a
// RegionLoadError naming the region and the part.

import type { RegionId } from './types';

export class RegionLoadError extends Error {
	constructor(
		readonly region: RegionId,
		readonly part: string,
		readonly cause: unknown
	) {
		super(`could not load ${part} of "${region}": ${cause instanceof Error ? cause.message : String(cause)}`);
		this.name = 'RegionLoadError';
	}
}

/** Loaded once, shared by every caller; a failure is not kept (retry by asking again). */
export interface LazyCache<K, T> {
	get(key: K): Promise<T>;
	/** Whether the value for `key` is loaded (resolved) already. */
	has(key: K): boolean;
	/** The value if loaded, else undefined (never starts a load). */
	peek(key: K): T | undefined;
}

export type RegionCache<T> = LazyCache<RegionId, T>;

/** The cache under every lazy load in the app (a region's part, a built journey, a draft's machine): one promise
 * per key, shared; a rejected one is dropped, so the next `get` loads again. `id` names a key that is not a
 * string (equal ids, one load). */
export function lazyCache<K, T>(
	load: (key: K) => Promise<T>,
	id: (key: K) => unknown = (key) => key
): LazyCache<K, T> {
	const pending = new Map<unknown, Promise<T>>();
	const done = new Map<unknown, T>();
	return {
		get(key) {
			const k = id(key);
			let p = pending.get(k);
			if (!p) {
				p = load(key);
				pending.set(k, p);
				p.then(
					(v) => done.set(k, v),
					() => pending.delete(k)
				);
			}
			return p;
		},
		has: (key) => done.has(id(key)),
		peek: (key) => done.get(id(key))
	};
}

/** A region's `part`, failing with a RegionLoadError that names the region and the part. */
export function regionCache<T>(part: string, load: (region: RegionId) => Promise<T>): RegionCache<T> {
	return lazyCache(async (region: RegionId) => {
		try {
			return await load(region);
		} catch (e) {
			throw e instanceof RegionLoadError ? e : new RegionLoadError(region, part, e);
		}
	});
}
