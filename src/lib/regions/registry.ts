// The registry. Every folder under src/lib/regions/ with a meta.ts is a *document*: its text is read, searched,
// cited and listed on the home page. A regional document with a rule profile is also a *rule region*: the
// compare, eligibility, simulate, timeline, training and drafting tools work over the rule regions only. The
// national documents are documents, not rule regions. Metadata is small and eager; a text is fetched and
// parsed only when a page asks for it.

import { parseCorpus } from '$lib/corpus/parse';
import type { Corpus, DocumentLevel, DocumentMeta, RegionId, RegionMeta, RegionProfile } from './types';

const metaModules = import.meta.glob<DocumentMeta>('./*/meta.ts', { eager: true, import: 'meta' });
const sourceLoaders = import.meta.glob<string>('./*/source.txt', {
	query: '?raw',
	import: 'default'
});
const profileLoaders = import.meta.glob<RegionProfile>('./*/profile.ts', { import: 'profile' });

const byOrder = (a: DocumentMeta, b: DocumentMeta) =>
	(a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id);

/** National first, then provinces, then cities: how the home page and the reader list them. */
export const LEVELS: readonly DocumentLevel[] = ['national', 'province', 'city'];

/** Every text in the corpus, national → province → city, each level in its own order. */
export const documents: readonly DocumentMeta[] = Object.values(metaModules).sort(
	(a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || byOrder(a, b)
);

export const documentIds: readonly RegionId[] = documents.map((d) => d.id);

const documentsById = new Map(documents.map((d) => [d.id, d]));

export function getDocument(id: RegionId): DocumentMeta | undefined {
	return documentsById.get(id);
}

export function isDocumentId(id: string): id is RegionId {
	return documentsById.has(id);
}

/** The documents of one level, in order. */
export function documentsAt(level: DocumentLevel): DocumentMeta[] {
	return documents.filter((d) => d.level === level);
}

/** A rule region: a regional (province or city) document with a rule profile. */
export function isRuleRegion(d: DocumentMeta): d is RegionMeta {
	return d.level !== 'national' && `./${d.id}/profile.ts` in profileLoaders;
}

/** The rule regions, in their order (the tools' columns and pickers). */
export const regions: readonly RegionMeta[] = Object.values(metaModules).filter(isRuleRegion).sort(byOrder);

const byId = new Map(regions.map((r) => [r.id, r]));

export const regionIds: readonly RegionId[] = regions.map((r) => r.id);

/** A rule region's metadata; undefined for a national document. */
export function getRegion(id: RegionId): RegionMeta | undefined {
	return byId.get(id);
}

export function isRegionId(id: string): id is RegionId {
	return byId.has(id);
}

/** The raw source text of a document, exactly as received. */
export async function loadSource(id: RegionId): Promise<string> {
	const load = sourceLoaders[`./${id}/source.txt`];
	if (!load) throw new Error(`no source text for document "${id}"`);
	return load();
}

const corpusCache = new Map<RegionId, Promise<Corpus>>();

/** A document's parsed clause tree; parsed once per session. */
export function loadCorpus(id: RegionId): Promise<Corpus> {
	let p = corpusCache.get(id);
	if (!p) {
		const meta = documentsById.get(id);
		if (!meta) return Promise.reject(new Error(`unknown document "${id}"`));
		p = loadSource(id).then((raw) => parseCorpus(id, raw, meta.parse));
		corpusCache.set(id, p);
	}
	return p;
}

/** A rule region's rule profile (values with citations), loaded on demand. */
export async function loadProfile(id: RegionId): Promise<RegionProfile> {
	const load = profileLoaders[`./${id}/profile.ts`];
	if (!load) throw new Error(`no rule profile for region "${id}"`);
	return load();
}
