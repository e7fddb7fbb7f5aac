// The one lazy per-region cache: a region's part (text, profile, criteria, journey, walkthroughs, search shard)
// is loaded the first time a page asks for it and kept for the session. One failure rule for all of them: a
// load that fails (offline and never opened, a chunk gone after an update) rejects with a RegionLoadError
// naming the region and the part, and is NOT cached — asking again retries.

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

export interface RegionCache<T> {
	/** The part for `region`: loaded once, shared by every caller; a failure is not kept (retry by asking again). */
	get(region: RegionId): Promise<T>;
	/** Whether the part of `region` is loaded (resolved) already. */
	has(region: RegionId): boolean;
	/** The part if loaded, else undefined (never starts a load). */
	peek(region: RegionId): T | undefined;
}

export function regionCache<T>(part: string, load: (region: RegionId) => Promise<T>): RegionCache<T> {
	const pending = new Map<RegionId, Promise<T>>();
	const done = new Map<RegionId, T>();
	return {
		get(region) {
			let p = pending.get(region);
			if (!p) {
				p = (async () => {
					try {
						return await load(region);
					} catch (e) {
						throw e instanceof RegionLoadError ? e : new RegionLoadError(region, part, e);
					}
				})();
				pending.set(region, p);
				p.then(
					(v) => done.set(region, v),
					() => pending.delete(region)
				);
			}
			return p;
		},
		has: (region) => done.has(region),
		peek: (region) => done.get(region)
	};
}
