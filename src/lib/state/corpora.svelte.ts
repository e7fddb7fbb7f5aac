// A reactive cache of parsed corpora, so any component can show a cited clause's label and text. Pages
// that know which regions they cite seed it from their load data, so the prerendered HTML has the labels.

import { SvelteMap } from 'svelte/reactivity';
import { indexCorpus, subtreeText } from '$lib/corpus/corpus';
import { isDocumentId } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import type { Clause, ClauseId, Corpus, RegionId } from '$lib/regions/types';

interface Entry {
	corpus: Corpus;
	index: Map<ClauseId, Clause>;
}

const entries = new SvelteMap<RegionId, Entry>();
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping only, never rendered
const pending = new Set<RegionId>();

export function seedCorpus(corpus: Corpus) {
	if (!entries.has(corpus.region)) entries.set(corpus.region, { corpus, index: indexCorpus(corpus) });
}

/** Set or replace a corpus: a draft's clauses change as its text is edited. */
export function replaceCorpus(corpus: Corpus) {
	entries.set(corpus.region, { corpus, index: indexCorpus(corpus) });
}

function ensure(region: RegionId) {
	if (entries.has(region) || pending.has(region) || !isDocumentId(region)) return;
	pending.add(region);
	loadCorpus(region)
		.then(seedCorpus, () => {
			// a background load that fails (offline, never fetched) is not kept: the next ask retries
		})
		.finally(() => pending.delete(region));
}

/** The clause, once its region is loaded (starts loading it otherwise); undefined until then. */
export function getClause(region: RegionId, id: ClauseId): Clause | undefined {
	const e = entries.get(region);
	if (!e) {
		if (typeof window !== 'undefined') ensure(region);
		return undefined;
	}
	return e.index.get(id);
}

export function isLoaded(region: RegionId): boolean {
	return entries.has(region);
}

/** The clause's text with everything under it. */
export function clauseFullText(region: RegionId, id: ClauseId): string {
	const e = entries.get(region);
	return e ? subtreeText(e.index, id) : '';
}

/** The clause's text with everything under it, once its region is loaded (starts loading it); null until then. */
export function loadedClauseText(region: RegionId, id: ClauseId): string | null {
	return getClause(region, id) ? clauseFullText(region, id) : null;
}

/** Load the texts of these documents (drafts and unknown ids are skipped: their corpus is seeded by its owner). */
export async function loadCorpora(regions: Iterable<RegionId>): Promise<void> {
	const ids = [...regions].filter((r, i, all) => all.indexOf(r) === i && !entries.has(r) && isDocumentId(r));
	const corpora = await Promise.all(ids.map((id) => loadCorpus(id)));
	for (const c of corpora) seedCorpus(c);
}
