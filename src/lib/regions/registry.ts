// The region registry: every folder under src/lib/regions/ with a meta.ts is a region. Metadata is small
// and eager; a region's text is fetched and parsed only when a page asks for it.

import { parseCorpus } from '$lib/corpus/parse';
import type { Corpus, RegionId, RegionMeta, RegionProfile } from './types';

const metaModules = import.meta.glob<RegionMeta>('./*/meta.ts', { eager: true, import: 'meta' });
const sourceLoaders = import.meta.glob<string>('./*/source.txt', {
	query: '?raw',
	import: 'default'
});

export const regions: readonly RegionMeta[] = Object.values(metaModules).sort(
	(a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id)
);

const byId = new Map(regions.map((r) => [r.id, r]));

export const regionIds: readonly RegionId[] = regions.map((r) => r.id);

export function getRegion(id: RegionId): RegionMeta | undefined {
	return byId.get(id);
}

export function isRegionId(id: string): id is RegionId {
	return byId.has(id);
}

/** The raw source text of a region, exactly as received. */
export async function loadSource(id: RegionId): Promise<string> {
	const load = sourceLoaders[`./${id}/source.txt`];
	if (!load) throw new Error(`no source text for region "${id}"`);
	return load();
}

const corpusCache = new Map<RegionId, Promise<Corpus>>();

/** A region's parsed clause tree; parsed once per session. */
export function loadCorpus(id: RegionId): Promise<Corpus> {
	let p = corpusCache.get(id);
	if (!p) {
		const meta = byId.get(id);
		if (!meta) return Promise.reject(new Error(`unknown region "${id}"`));
		p = loadSource(id).then((raw) => parseCorpus(id, raw, meta.parse));
		corpusCache.set(id, p);
	}
	return p;
}

const profileLoaders = import.meta.glob<RegionProfile>('./*/profile.ts', { import: 'profile' });

/** A region's rule profile (values with citations), loaded on demand. */
export async function loadProfile(id: RegionId): Promise<RegionProfile> {
	const load = profileLoaders[`./${id}/profile.ts`];
	if (!load) throw new Error(`no rule profile for region "${id}"`);
	return load();
}
