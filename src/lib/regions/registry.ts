// The registry. Every folder under src/lib/regions/ with a meta.yaml is a *document* — a pack of data files
// validated at build time (src/lib/rules/pack/, README "Adding a region"); the folder name is its id. Its text
// is read, searched, cited and listed on the home page. A regional document with a rule profile is also a
// *rule region*: the compare, eligibility, simulate, timeline, training and drafting tools work over the rule
// regions only. The national documents are documents, not rule regions. What loads eagerly is the manifest —
// each document's DocumentMeta (names, level, province, title, status and validity: meta.yaml?manifest, the
// packs plugin) — so that it stays small however many documents there are; the rest of a meta (issuer, document
// number, parse options, notes: DocumentDetails), a text and a rule profile load per document when a page asks
// for them, through the one lazy cache ($lib/regions/lazy).

import { packRegionOf } from './ids';
import { regionCache } from './lazy';
import type {
	DocumentDetails,
	DocumentLevel,
	DocumentMeta,
	RegionDetails,
	RegionId,
	RegionMeta,
	RegionProfile
} from './types';

/** "./taian/meta.yaml" → "taian": a folder with a meta.yaml the pack check passed is a document, so its name is a
 * RegionId (made by packRegionOf; everything read from outside goes through asDocumentId or asRegionId below). */
const folderOf = packRegionOf;

const metaModules = import.meta.glob<Omit<DocumentMeta, 'id'>>('./*/meta.yaml', {
	eager: true,
	query: '?manifest',
	import: 'default'
});
const detailLoaders = import.meta.glob<Omit<DocumentDetails, 'id'>>('./*/meta.yaml', {
	import: 'default'
});
const sourceLoaders = import.meta.glob<string>('./*/source.txt', {
	query: '?raw',
	import: 'default'
});
const profileLoaders = import.meta.glob<Omit<RegionProfile, 'region'>>('./*/profile.yaml', {
	import: 'default'
});

const byOrder = (a: DocumentMeta, b: DocumentMeta) =>
	(a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id);

/** National first, then provinces, then cities: how the home page and the reader list them. */
export const LEVELS: readonly DocumentLevel[] = ['national', 'province', 'city'];

const allDocuments = Object.entries(metaModules).map(
	([path, meta]) => ({ id: folderOf(path), ...meta }) as DocumentMeta
);

/** Every text in the corpus, national → province → city, each level in its own order. */
export const documents: readonly DocumentMeta[] = [...allDocuments].sort(
	(a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || byOrder(a, b)
);

export const documentIds: readonly RegionId[] = documents.map((d) => d.id);

// Keyed by any string, so that a string read from outside can be looked up and the document's own id returned.
const documentsById: ReadonlyMap<string, DocumentMeta> = new Map(documents.map((d) => [d.id, d]));

export function getDocument(id: RegionId): DocumentMeta | undefined {
	return documentsById.get(id);
}

export function isDocumentId(id: string): id is RegionId {
	return documentsById.has(id);
}

/** The document id `id` names — the registry's own id, so no cast — or undefined when there is no such document. */
export function asDocumentId(id: string): RegionId | undefined {
	return documentsById.get(id)?.id;
}

/** The documents of one level, in order. */
export function documentsAt(level: DocumentLevel): DocumentMeta[] {
	return documents.filter((d) => d.level === level);
}

/** The national documents' ids: the baseline every region is compared with. */
export const nationalDocumentIds = (): RegionId[] => documentsAt('national').map((d) => d.id);

/** A rule region: a regional (province or city) document with a rule profile. */
export function isRuleRegion(d: DocumentMeta): d is RegionMeta {
	return d.level !== 'national' && `./${d.id}/profile.yaml` in profileLoaders;
}

/** The rule regions, in their order (the tools' columns and pickers). */
export const regions: readonly RegionMeta[] = allDocuments.filter(isRuleRegion).sort(byOrder);

const byId: ReadonlyMap<string, RegionMeta> = new Map(regions.map((r) => [r.id, r]));

export const regionIds: readonly RegionId[] = regions.map((r) => r.id);

/** A rule region's metadata; undefined for a national document. */
export function getRegion(id: RegionId): RegionMeta | undefined {
	return byId.get(id);
}

export function isRegionId(id: string): id is RegionId {
	return byId.has(id);
}

/** The rule region `id` names — the registry's own id, so no cast — or undefined when it names no rule region (a
 * national document, a removed region, a typo in a URL or a file). */
export function asRegionId(id: string): RegionId | undefined {
	return byId.get(id)?.id;
}

/** The raw source text of a document, exactly as received. */
export async function loadSource(id: RegionId): Promise<string> {
	const load = sourceLoaders[`./${id}/source.txt`];
	if (!load) throw new Error(`no source text for document "${id}"`);
	return load();
}

/** A rule region's rule profile (values with citations), loaded on demand. */
export async function loadProfile(id: RegionId): Promise<RegionProfile> {
	const load = profileLoaders[`./${id}/profile.yaml`];
	if (!load) throw new Error(`no rule profile for region "${id}"`);
	return { region: id, ...(await load()) };
}

const details = regionCache('meta', async (id): Promise<DocumentDetails> => {
	const load = detailLoaders[`./${id}/meta.yaml`];
	if (!load) throw new Error(`no meta for document "${id}"`);
	return { ...(await load()), id };
});

/** A document's whole meta (the manifest's fields and the details: issuer, document number, parse options,
 * notes), loaded once per session; a failed load (RegionLoadError) can be retried. */
export function loadDetails(id: RegionId): Promise<DocumentDetails> {
	return details.get(id);
}

/** A rule region's whole meta (what a draft cloned from it copies); rejects for any other document. */
export async function loadRegionDetails(id: RegionId): Promise<RegionDetails> {
	if (!isRegionId(id)) throw new Error(`"${id}" is not a rule region`);
	return (await loadDetails(id)) as RegionDetails;
}
