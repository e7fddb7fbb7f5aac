// Rule profiles loaded on demand, one region at a time, shared by every page that shows rule values.

import { SvelteMap } from 'svelte/reactivity';
import { isRegionId, loadProfile } from '$lib/regions/registry';
import type { RegionId, RegionProfile } from '$lib/regions/types';
import { prepareCitations } from './citations-lazy.svelte';

const loaded = new SvelteMap<RegionId, RegionProfile>();
const failed = new SvelteMap<RegionId, string>();
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping only, never rendered
const pending = new Set<RegionId>();

function ensure(region: RegionId) {
	if (loaded.has(region) || pending.has(region) || !isRegionId(region)) return;
	pending.add(region);
	// a profile's values cite its text: shown once their labels are in too
	Promise.all([loadProfile(region), prepareCitations([region])])
		.then(([p]) => loaded.set(region, p))
		.catch((e: unknown) => failed.set(region, String(e)))
		.finally(() => pending.delete(region));
}

/** Set or replace a profile that does not come from a region folder (a draft's). */
export function seedProfile(profile: RegionProfile) {
	loaded.set(profile.region, profile);
	failed.delete(profile.region);
}

/** The profiles of these regions, in order, once all are loaded (starts loading them); null until then. */
export function getProfiles(regions: readonly RegionId[]): RegionProfile[] | null {
	const out: RegionProfile[] = [];
	for (const r of regions) {
		const p = loaded.get(r);
		if (!p) {
			if (typeof window !== 'undefined') ensure(r);
			return null;
		}
		out.push(p);
	}
	return out;
}

export function profileError(regions: readonly RegionId[]): string | null {
	for (const r of regions) if (failed.has(r)) return failed.get(r)!;
	return null;
}
